import { strict as assert } from 'node:assert';
import { hash32, SEED_A, SEED_B, sourceKey, sourceKeyHashes, targetKey, targetKeyHash } from '../../../server/src/core/corpus/hash';
import { ConsistencyTable } from '../../../server/src/core/corpus/consistency';
import { sampleText } from '../../support/shared';

describe('corpus hashing and the inconsistency table', () => {
  const lines = sampleText('000').text.split('\n').filter((l) => l.trim());
  it('streaming key hashes equal the hashes of the built keys, on real lines', () => {
    for (const l of [...lines, '  Hoà   bình ', 'Ho\u0300a bi\u0300nh', '“Quoted” — text…']) {
      const k = sourceKey(l);
      assert.deepEqual(sourceKeyHashes(l), [hash32(k, SEED_A), hash32(k, SEED_B), k.length], l);
      assert.equal(targetKeyHash(l), hash32(targetKey(l)), l);
    }
  });
  it('NFC and NFD spellings, case, spacing and punctuation make the same translation key', () => {
    assert.equal(targetKeyHash('Hòa bình, thế giới!'), targetKeyHash('ho\u0300a  bi\u0300nh thế giới'));
    assert.notEqual(targetKeyHash('Hòa bình'), targetKeyHash('Hoà bính'));
  });
  it('reports the second translation of a source line, pointing at the first', () => {
    const t = new ConsistencyTable(1024);
    const [h1, h2] = sourceKeyHashes(lines[0]);
    assert.equal(t.observe(0, h1, h2 | 1, targetKeyHash('Putin and Kim strengthen ties')), undefined);
    assert.equal(t.observe(5, h1, h2 | 1, targetKeyHash('putin and kim strengthen ties.')), undefined);
    assert.deepEqual(t.observe(9, h1, h2 | 1, targetKeyHash('Putin and Kim deepen ties')), { firstLine: 0 });
  });
  it('stays bounded: a full table stops remembering and says so', () => {
    const t = new ConsistencyTable(1024);
    for (let i = 0; i < 2000; i++) t.observe(i, hash32(String(i)), hash32(String(i), SEED_B) | 1, 1);
    assert.equal(t.size, 768);
    assert.equal(t.dropped, 2000 - 768);
    assert.ok(t.saturated);
    // Lines already in the table are still checked.
    assert.deepEqual(t.observe(5000, hash32('3'), hash32('3', SEED_B) | 1, 2), { firstLine: 3 });
  });
});
