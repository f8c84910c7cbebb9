// The corpus rules that need more than one line pair, each whole in its file: line-count (the two line
// counts, at the end of a run), line-encoding (a line the reader found not to be valid UTF-8) and
// line-inconsistent (a table of earlier lines, fed in line order), driven as the corpus runner drives them.
import { strict as assert } from 'node:assert';
import { makeBatchChecker } from '../../../server/src/core/corpus/batch';
import { checkLinePair, resolveLineRules } from '../../../server/src/core/corpus/engine';
import type { LinePairInContext } from '../../../server/src/core/corpus/types';
import { linePairRules } from '../../../server/src/core/rules/corpus';
import { lineCount } from '../../../server/src/core/rules/corpus/line-count';
import { lineEncoding } from '../../../server/src/core/rules/corpus/line-encoding';
import { lineInconsistent } from '../../../server/src/core/rules/corpus/line-inconsistent';
import { DIGEST_STRIDE, type CorpusReport } from '../../../server/src/core/rules/rule';

const enc = (text: string) => new TextEncoder().encode(text);
const pair = (a: string, b: string, extra: Partial<LinePairInContext> = {}): LinePairInContext => ({ line: 4, a, b, langA: 'vi', langB: 'en', ...extra });

describe('whole-corpus rules', () => {
  it('line-count: one finding at the end when the files have different line counts, on the shorter side', () => {
    const reports: CorpusReport[] = [];
    const hooks = lineCount.corpus!;
    hooks.end!(hooks.begin({}), { linesA: 1200, linesB: 1200 }, (report) => reports.push(report));
    assert.equal(reports.length, 0);
    hooks.end!(hooks.begin({}), { linesA: 1200, linesB: 1187 }, (report) => reports.push(report));
    assert.equal(reports.length, 1);
    assert.equal(reports[0].line, 1187);
    assert.equal(reports[0].side, 'b');
    assert.equal(reports[0].message, '{A} has 1,200 lines and {B} 1,187: the pair is not line-aligned after line 1187');
    assert.deepEqual(reports[0].data, { linesA: 1200, linesB: 1187 });
    hooks.end!(hooks.begin({}), { linesA: 3, linesB: 5 }, (report) => reports.push(report));
    assert.equal(reports[1].side, 'a');
    assert.equal(lineCount.checkLine, undefined, 'no per-line check: it needs the whole corpus');
  });

  it('line-encoding: reports each side the reader marked, with the byte offset; nothing on valid text', () => {
    const check = lineEncoding.checkLine!;
    assert.deepEqual(check(pair('tốt', 'good'), {}, undefined), []);
    const both = check(pair('t\uFFFDt', 'go\uFFFD', { invalidUtf8: { a: 1, b: 2 } }), {}, undefined);
    assert.deepEqual(both.map((report) => [report.side, report.data]), [['a', { byte: 1 }], ['b', { byte: 2 }]]);
    assert.match(both[0].message, /^\{A\} is not valid UTF-8 \(first bad byte at byte 1 of the line\); other checks skipped$/);
    const input = check(pair('x', 'y', { invalidUtf8: { input: 7 } }), {}, undefined);
    assert.deepEqual(input, [{ side: 'both', message: 'input line is not valid UTF-8 (first bad byte at byte 7)' }]);
  });

  it('the engine runs line-encoding alone on a line that is not valid UTF-8, and never on a valid one', () => {
    const rules = resolveLineRules(linePairRules);
    // An empty side B would be a line-empty finding on a valid line.
    const invalid = checkLinePair(pair('t\uFFFDt', '', { invalidUtf8: { a: 1 } }), rules, undefined);
    assert.deepEqual(invalid.map((finding) => finding.rule), ['line-encoding']);
    const valid = checkLinePair(pair('tốt lắm', ''), rules, undefined);
    assert.deepEqual(valid.map((finding) => finding.rule), ['line-empty']);
    const off = checkLinePair(pair('t\uFFFDt', '', { invalidUtf8: { a: 1 } }), resolveLineRules(linePairRules, { 'line-encoding': { severity: 'off' } }), undefined);
    assert.deepEqual(off, [], 'switched off: the line is still not checked by the others');
  });

  it('line-inconsistent: digests made where lines are checked, fed in order, report the later differing translation', () => {
    const source = 'Hai nhà lãnh đạo đã gặp nhau tại sân bay vũ trụ.';
    const a = enc(`${source}\nNgắn.\n${source}\n${source}\n\n`);
    const b = enc('The two leaders met at the spaceport.\nShort.\nThe two leaders met at the spaceport!\nThe leaders met at the cosmodrome.\nText on one side.\n');
    const out = makeBatchChecker({ config: {}, stats: undefined, langA: 'vi', langB: 'en', neighbours: true })({ start: 10, a, b, countA: 5, countB: 5 });
    const digests = out.digests['line-inconsistent'];
    // Lines shorter than minChars (20) and one-sided lines take no part.
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => digests[i * DIGEST_STRIDE]), [1, 0, 1, 1, 0]);
    const hooks = lineInconsistent.corpus!;
    const table = hooks.begin({ minChars: 20, tableSlots: 1024 });
    const reports: CorpusReport[] = [];
    for (let i = 0; i < out.n; i++) {
      if (digests[i * DIGEST_STRIDE]) hooks.line!(table, out.start + i, digests, i * DIGEST_STRIDE + 1, (report) => reports.push(report));
    }
    // Line 12 differs from line 10 only in punctuation: the same translation. Line 13 is another one.
    assert.deepEqual(reports, [
      { line: 13, side: 'b', message: '{A} is the same as on line 11, but the translation differs', data: { firstLine: 11 } },
    ]);
    assert.equal(hooks.summary!(table), undefined, 'nothing dropped: no note');
  });

  it('line-inconsistent: a full table says so in one note for the summary', () => {
    const hooks = lineInconsistent.corpus!;
    const table = hooks.begin({ minChars: 20, tableSlots: 1024 });
    const digest = new Uint32Array(3);
    for (let line = 0; line < 1000; line++) {
      digest.set([line * 7919 + 1, line * 104729 + 1, 5]);
      hooks.line!(table, line, digest, 0, () => assert.fail('distinct sources are not inconsistent'));
    }
    assert.match(hooks.summary!(table) ?? '', /^the inconsistency table was full; 232 later source lines were not remembered$/);
  });
});
