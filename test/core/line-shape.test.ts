// Streamed shape of a big file (issue 10, item 9): `lineShape` (node/disk.ts) tells the line count
// and line-shapedness exactly as pairing's countLines / isLineShaped do on the whole text.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { lineShape } from '../../server/src/node/disk';
import { countLines, isLineShaped } from '../../server/src/core/pairing';

describe('lineShape: streamed, the same answer as on the whole text', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'bitext-shape-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('property: line count and line-shaped, on any text of lines, blanks, CR and LF', () => {
    const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', 'a', 'Một', 'xy z');
    const path = join(dir, 't.txt');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        writeFileSync(path, text);
        assert.deepEqual(lineShape(path), { lines: countLines(text), shaped: isLineShaped(text) }, JSON.stringify(text));
      }),
      { numRuns: 300 },
    );
  });
});
