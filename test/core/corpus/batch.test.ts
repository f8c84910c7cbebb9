import { strict as assert } from 'node:assert';
import { DIGEST_STRIDE } from '../../../server/src/core/rules/rule';
import { decodeLines, makeBatchChecker } from '../../../server/src/core/corpus/batch';

const enc = (s: string) => new TextEncoder().encode(s);

describe('corpus batch decoding and checking', () => {
  it('strips CRLF and a BOM on the first line only, keeps every other character', () => {
    const { lines, bad } = decodeLines(enc('\ufeffXin chào\r\nthế giới\r\n\ufeffkeep\n'), 3, true);
    assert.deepEqual(lines, ['Xin chào', 'thế giới', '\ufeffkeep']);
    assert.equal(bad.size, 0);
  });
  it('finds invalid UTF-8 per line with the offset of the bad byte, other lines intact', () => {
    const bytes = new Uint8Array([...enc('tốt\n'), ...enc('Zolt'), 0xe1, ...enc('n\n'), ...enc('ok')]);
    const { lines, bad } = decodeLines(bytes, 3, false);
    assert.deepEqual([lines[0], lines[2]], ['tốt', 'ok']);
    assert.deepEqual([...bad], [[1, 4]]);
  });
  it('reports encoding errors and missing lines as findings, in line order', () => {
    const check = makeBatchChecker({ config: {}, stats: undefined, langA: 'vi', langB: 'en', neighbours: true });
    const a = new Uint8Array([...enc('Hai nhà lãnh đạo đã nhìn vào hoạt động.\n'), 0xff, ...enc('\nBa\n')]);
    const b = enc('The two leaders looked at the launch site.\nTwo\n');
    const out = check({ start: 0, a, b, countA: 3, countB: 2 });
    assert.equal(out.n, 3);
    assert.deepEqual(out.findings.map((f) => [f.line, f.rule, f.side]), [[1, 'line-encoding', 'a'], [2, 'line-empty', 'b']]);
    assert.match(out.findings[1].message, /fewer lines/);
    // Line 0 is a consistency candidate (>= 20 characters), line 2 (one-sided) is not.
    const digests = out.digests['line-inconsistent'];
    assert.equal(digests[0 * DIGEST_STRIDE], 1);
    assert.notEqual(digests[0 * DIGEST_STRIDE + 2], 0);
    assert.equal(digests[2 * DIGEST_STRIDE], 0);
  });
});
