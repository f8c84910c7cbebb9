// The editor-facing service over the pure core, with an in-memory file system: what each document
// shows, silence on ordinary text, pairs that break, caps on huge texts, and re-analysis around an
// edit agreeing with a full analysis.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBitextService } from '../../server/src/core/service';
import { memFs } from '../support/memfs';
import { LOCAL_RULES } from '../../server/src/core/service/incremental';
import { analyze } from '../../server/src/core/analyze';
import type { TextEdit } from '../../server/src/core/types';
import { sampleText } from '../support/shared';
import { parallelDocument } from '../support/parallel-text';

/** Applies edits (non-overlapping) from the end backwards: an independent check of the fixes. */
function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
const SIDE_LOCAL = LOCAL_RULES.filter((r) => !['number-mismatch', 'untranslated', 'punctuation-mismatch'].includes(r));

describe('bitext service', () => {
  const s003 = sampleText('003').text;

  it('says nothing about an ordinary text with no counterpart and no artifacts', () => {
    const text = 'Dear Anna,\n\nThank you for the book. I liked the last chapter best.\n\nTom\n';
    const svc = createBitextService({ fs: memFs({ '/w/letter.txt': text }) });
    svc.update('/w/letter.txt', text, 1);
    assert.deepEqual(svc.findingsFor('/w/letter.txt'), []);
    assert.equal(svc.hoverAt('/w/letter.txt', 20), undefined);
    assert.equal(svc.counterpartAt('/w/letter.txt', 20), undefined);
    assert.deepEqual(svc.codeActions('/w/letter.txt', { start: 0, end: text.length }), []);
  });

  it('gives a lone segmented text its findings, a quick fix per finding and a safe fix-all', () => {
    const svc = createBitextService({ fs: memFs({ '/w/003.txt': s003 }) });
    svc.update('/w/003.txt', s003, 1);
    const fs = svc.findingsFor('/w/003.txt');
    const kim = fs.find((f) => f.rule === 'segmenter-error' && s003.slice(f.span.start, f.span.end).includes('Kim_là'));
    assert.ok(kim, 'no segmenter-error on Kim_là');
    const actions = svc.codeActions('/w/003.txt', kim.span);
    const quick = actions.find((a) => a.kind === 'quickfix' && a.fixes.includes(kim));
    assert.ok(quick);
    const fixed = apply(s003, quick.edits);
    assert.ok(fixed.includes('Kim là') && letters(fixed) === letters(s003));
    const all = svc.fixAll('/w/003.txt');
    const sorted = [...all.edits].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].start >= sorted[i - 1].end, 'overlapping edits in fix-all');
    const clean = apply(s003, all.edits);
    assert.equal(letters(clean), letters(s003));
    assert.ok(!clean.includes('_'));
    assert.match(svc.hoverAt('/w/003.txt', kim.span.start)!, /no counterpart: No counterpart found for 003\.txt/);
  });

  it('keeps offsets true in a CRLF text', () => {
    const crlf = s003.replace(/ \. /g, ' .\r\n');
    const svc = createBitextService({ fs: memFs({ '/w/c.txt': crlf }) });
    svc.update('/w/c.txt', crlf, 1);
    const kim = svc.findingsFor('/w/c.txt').filter((f) => f.rule === 'segmenter-error').map((f) => crlf.slice(f.span.start, f.span.end));
    assert.ok(kim.some((k) => k.includes('Kim_là')), `spans: ${kim}`);
  });

  it('caps the findings of a document and says so in one summary', () => {
    const svc = createBitextService({ fs: memFs({ '/w/003.txt': s003 }), limits: { maxFindings: 3 } });
    svc.update('/w/003.txt', s003, 1);
    const fs = svc.findingsFor('/w/003.txt');
    const summary = fs.filter((f) => f.rule === 'bitext-summary');
    assert.equal(summary.length, 1);
    assert.match(summary[0].message, /first 3 of \d+ findings/);
    assert.equal(fs.length, 4);
  });

  it('publishes for both files of a sibling pair and says so when the counterpart disappears', () => {
    const files: Record<string, string | Uint8Array> = {
      '/w/s.vi.txt': 'Ông Kim  đến Nga vào thứ Ba.\n\nHai nhà lãnh đạo đã gặp nhau.\n',
      '/w/s.en.txt': 'Mr. Kim arrived in Russia on Tuesday.\n\nThe two  leaders met.\n',
    };
    const svc = createBitextService({ fs: memFs(files) });
    svc.update('/w/s.vi.txt', files['/w/s.vi.txt'] as string, 1);
    assert.deepEqual(svc.partnersOf('/w/s.vi.txt'), ['/w/s.en.txt']);
    assert.ok(svc.findingsFor('/w/s.en.txt').some((f) => f.rule === 'doubled-space'), 'the closed counterpart has no findings');
    assert.equal(svc.status('/w/s.vi.txt')?.counterpart, '/w/s.en.txt');
    const cp = svc.counterpartAt('/w/s.vi.txt', 3)!;
    assert.equal(cp.uri, '/w/s.en.txt');
    assert.equal((files['/w/s.en.txt'] as string).slice(cp.span.start, cp.span.end), 'Mr. Kim arrived in Russia on Tuesday.');
    delete files['/w/s.en.txt'];
    assert.ok(svc.filesChanged(['/w/s.en.txt']).includes('/w/s.vi.txt'));
    const broken = svc.findingsFor('/w/s.vi.txt').find((f) => f.rule === 'pair-broken');
    assert.match(broken!.message, /s\.en\.txt was deleted or renamed/);
    files['/w/s.en.txt'] = new Uint8Array([0, 1, 2]);
    svc.filesChanged(['/w/s.en.txt']);
    assert.match(svc.findingsFor('/w/s.vi.txt').find((f) => f.rule === 'unreadable-counterpart')!.message, /cannot be read: the file is binary/);
  });

  it('checks the first lines of a huge line-aligned corpus and the lines around an edit, says so once, and pairs line N with line N', () => {
    const N = 200_000;
    const bad = 150_000;
    const vi = Array.from({ length: N }, (_, i) => `Câu số ${i} ở đây.`).join('\n') + '\n';
    // Line `bad` of the English side has the wrong number.
    const en = Array.from({ length: N }, (_, i) => `Sentence number ${i === bad ? i + 7 : i} is here.`).join('\n') + '\n';
    const files: Record<string, string> = { '/c/train.vi': vi, '/c/train.en': en };
    const svc = createBitextService({ fs: memFs(files), limits: { maxLineAlignedChars: 100_000 } });
    svc.update('/c/train.vi', vi, 1);
    const st = svc.status('/c/train.vi')!;
    assert.equal(st.form, 'line-aligned');
    assert.equal(st.totalParagraphs, N);
    const lineOf = (f: { data?: Record<string, unknown> }) => f.data?.line as number;
    const first = svc.findingsFor('/c/train.vi');
    const summaries = first.filter((f) => f.rule === 'bitext-summary');
    assert.equal(summaries.length, 1);
    assert.match(summaries[0].message, /checked the first [\d,]+ lines.*run `bitext check` for the whole corpus/);
    assert.ok(first.every((f) => f.rule === 'bitext-summary' || lineOf(f) < 20_000), 'a finding beyond the first lines');
    const enFindings = () => svc.findingsFor('/c/train.en').filter((f) => f.rule !== 'bitext-summary');
    assert.ok(!enFindings().some((f) => lineOf(f) === bad));

    // Hover and counterpart on line `bad`, far beyond the checked lines: line `bad` of the other side.
    const at = vi.indexOf(`Câu số ${bad} ở đây.`);
    const hover = svc.hoverAt('/c/train.vi', at + 2)!;
    assert.ok(hover.includes(`line ${(bad + 1).toLocaleString('en')} of train.en`), hover);
    assert.ok(hover.includes(`Sentence number ${bad + 7} is here.`), hover);
    const loc = svc.counterpartAt('/c/train.vi', at + 2)!;
    assert.equal(loc.uri, '/c/train.en');
    assert.equal(en.slice(loc.span.start, loc.span.end), `Sentence number ${bad + 7} is here.`);

    // Typing on that line checks the lines around it: the number mismatch there is found.
    const edited = vi.slice(0, at) + 'x' + vi.slice(at);
    svc.update('/c/train.vi', edited, 2, { start: at, oldEnd: at, newEnd: at + 1 });
    const near = [...svc.findingsFor('/c/train.vi'), ...enFindings()].filter((f) => lineOf(f) === bad);
    assert.ok(near.some((f) => /number/.test(f.rule)), `no number finding on line ${bad}: ${JSON.stringify(near.map((f) => f.rule))}`);
    const f = near.find((x) => x.uri === '/c/train.vi') ?? near[0];
    const text = f.uri === '/c/train.vi' ? edited : en;
    assert.ok(text.slice(f.span.start, f.span.end).length > 0 && text.lastIndexOf('\n', f.span.start - 1) === (f.uri === '/c/train.vi' ? at - 1 : en.indexOf(`Sentence number ${bad + 7}`) - 1), 'the finding is not on that line');
    assert.match(svc.findingsFor('/c/train.vi').find((x) => x.rule === 'bitext-summary')!.message, /around your edits/);
  });

  describe('re-analysis around an edit', function () {
    this.timeout(60000);

    it('on a lone text: the same local findings as a full analysis', () => {
      // 003 cut into paragraphs of three sentences, so there is something to re-check around an edit.
      const paras = s003.split(/(?<= \. )/).reduce<string[][]>((acc, sent, i) => (i % 3 ? acc[acc.length - 1].push(sent) : acc.push([sent]), acc), []);
      let text = paras.map((p) => p.join('').trim()).join('\n\n') + '\n';
      const files = { '/l/a.txt': text };
      const inc = createBitextService({ fs: memFs(files), limits: { incrementalMin: 0 } });
      const full = createBitextService({ fs: memFs(files), limits: { incrementalMin: -1 } });
      inc.update('/l/a.txt', text, 1);
      inc.findingsFor('/l/a.txt');
      const key = (f: { rule: string; span: { start: number; end: number } }) => `${f.rule}@${f.span.start}-${f.span.end}`;
      const edits: [string, string][] = [['Kim_là', 'Kim là'], ['Nga ,', 'Nga  ,'], ['Putin', 'Putin_là'], [' . ', ' .\n\n']];
      edits.forEach(([from, to], k) => {
        const at = text.indexOf(from, text.length / 3);
        text = text.slice(0, at) + to + text.slice(at + from.length);
        inc.update('/l/a.txt', text, k + 2);
        full.update('/l/a.txt', text, k + 2);
        const fi = inc.findingsFor('/l/a.txt');
        assert.ok(inc.pendingSettle('/l/a.txt') > 0, `edit ${k} was not handled incrementally`);
        const ff = full.findingsFor('/l/a.txt');
        assert.deepEqual(fi.filter((f) => SIDE_LOCAL.includes(f.rule)).map(key).sort(), ff.filter((f) => SIDE_LOCAL.includes(f.rule)).map(key).sort(), `edit ${k}`);
      });
    });

    const { vi, en } = parallelDocument(150);

    it('agrees with a full analysis on segmentation and local findings, and settles to it', () => {
      const files = { '/b/x.vi.txt': vi, '/b/x.en.txt': en };
      const inc = createBitextService({ fs: memFs(files), limits: { incrementalMin: 0 } });
      const full = createBitextService({ fs: memFs(files), limits: { incrementalMin: -1 } });
      let text = vi;
      inc.update('/b/x.vi.txt', text, 1);
      inc.findingsFor('/b/x.vi.txt');
      // Another document opening makes the service look at the disk afresh; the pair stays incremental.
      inc.update('/b/notes.txt', 'A note.\n', 1);
      const edits: [number, number, string][] = [
        [0.3, 0, 'a'],
        [0.5, 0, '  '],
        [0.6, 0, '\n\n'],
        [0.7, 40, ''],
        [0.2, 0, 'Chúc một ngày tốt lành. '],
      ];
      const key = (f: { rule: string; span: { start: number; end: number } }) => `${f.rule}@${f.span.start}-${f.span.end}`;
      edits.forEach(([where, del, ins], k) => {
        const at = Math.floor(text.length * where);
        text = text.slice(0, at) + ins + text.slice(at + del);
        inc.update('/b/x.vi.txt', text, k + 2);
        full.update('/b/x.vi.txt', text, k + 2);
        const fi = inc.findingsFor('/b/x.vi.txt');
        const ff = full.findingsFor('/b/x.vi.txt');
        assert.ok(inc.pendingSettle('/b/x.vi.txt') > 0, 'the edit was not handled incrementally');
        assert.deepEqual(fi.filter((f) => SIDE_LOCAL.includes(f.rule)).map(key).sort(), ff.filter((f) => SIDE_LOCAL.includes(f.rule)).map(key).sort(), `edit ${k}`);
        assert.equal(inc.status('/b/x.vi.txt')!.totalParagraphs, full.status('/b/x.vi.txt')!.totalParagraphs);
        let same = 0;
        for (let j = 0; j < 40; j++) {
          const o = Math.floor((text.length * (j + 0.5)) / 40);
          if (JSON.stringify(inc.counterpartAt('/b/x.vi.txt', o)) === JSON.stringify(full.counterpartAt('/b/x.vi.txt', o))) same++;
        }
        assert.ok(same >= 36, `only ${same}/40 counterparts agree after edit ${k}`);
      });
      inc.settle('/b/x.vi.txt');
      assert.equal(inc.pendingSettle('/b/x.vi.txt'), 0);
      assert.deepEqual(inc.findingsFor('/b/x.vi.txt').map(key).sort(), full.findingsFor('/b/x.vi.txt').map(key).sort());
    });

    it('takes a full analysis done elsewhere (a worker) unless the pair changed meanwhile', () => {
      const files = { '/w/y.vi.txt': vi, '/w/y.en.txt': en };
      const svc = createBitextService({ fs: memFs(files), limits: { incrementalMin: 0 } });
      const full = createBitextService({ fs: memFs(files), limits: { incrementalMin: -1 } });
      const key = (f: { rule: string; span: { start: number; end: number } }) => `${f.rule}@${f.span.start}-${f.span.end}`;
      svc.update('/w/y.vi.txt', vi, 1);
      svc.findingsFor('/w/y.vi.txt');
      assert.equal(svc.fullJob('/w/y.vi.txt'), undefined, 'a full analysis is pending on a fresh pair');
      const cut = (t: string, at: number, n: number) => t.slice(0, at) + t.slice(at + n);
      let text = cut(vi, Math.floor(vi.length / 2), 3000);
      svc.update('/w/y.vi.txt', text, 2);
      svc.findingsFor('/w/y.vi.txt');
      const job = svc.fullJob('/w/y.vi.txt')!;
      assert.ok(job && job.size === text.length + en.length);
      // The job is plain data: it survives a structured clone (a worker's postMessage).
      const stale = analyze(structuredClone(job.input), structuredClone(job.config));
      text = cut(text, Math.floor(text.length / 4), 10);
      svc.update('/w/y.vi.txt', text, 3);
      svc.findingsFor('/w/y.vi.txt');
      assert.equal(svc.acceptFull(job, stale), false, 'a result for an older text was taken');
      assert.ok(svc.pendingSettle('/w/y.vi.txt') > 0);
      const job2 = svc.fullJob('/w/y.vi.txt')!;
      assert.equal(svc.acceptFull(job2, analyze(job2.input, job2.config)), true);
      assert.equal(svc.pendingSettle('/w/y.vi.txt'), 0);
      full.update('/w/y.vi.txt', text, 3);
      assert.deepEqual(svc.findingsFor('/w/y.vi.txt').map(key).sort(), full.findingsFor('/w/y.vi.txt').map(key).sort());
    });
  });
  it('keeps an alignment correction through a re-analysis around an edit near it', () => {
    const dir = join(__dirname, '..', '..', 'examples');
    // numbered notes first, so that an edit in the article is re-analysed in a window, not as a whole
    const notes = (make: (k: number) => string) => Array.from({ length: 20 }, (_, k) => make(k + 1) + '\n\n').join('');
    const vi = notes((k) => `Ghi chép số ${k}: kho sách có ${k * 7} cuốn mới.`) + readFileSync(join(dir, 'library.vi.txt'), 'utf8');
    const en = notes((k) => `Note number ${k}: the stock has ${k * 7} new books.`) + readFileSync(join(dir, 'library.en.txt'), 'utf8');
    const linked = 'Trẻ em dưới 12 tuổi được mượn tối đa 5 cuốn sách mỗi lần.';
    const wrong = 'It is open from 7.30 a.m. to 9 p.m., seven days a week.';
    const svc = createBitextService({ fs: memFs({ '/w/l.vi.txt': vi, '/w/l.en.txt': en }), limits: { incrementalMin: 0 } });
    svc.configure({ links: [{ a: linked, b: wrong }] });
    svc.update('/w/l.vi.txt', vi, 1);
    const counterpart = (text: string) => {
      const at = svc.counterpartAt('/w/l.vi.txt', text.indexOf(linked) + 2)!;
      return en.slice(at.span.start, at.span.end);
    };
    assert.equal(counterpart(vi), wrong);
    // a word typed in the same paragraph, before the linked sentence
    const at = vi.indexOf('bảy ngày một tuần');
    const edited = vi.slice(0, at) + 'tất cả ' + vi.slice(at);
    svc.update('/w/l.vi.txt', edited, 2, { start: at, oldEnd: at, newEnd: at + 'tất cả '.length });
    assert.ok(svc.pendingSettle('/w/l.vi.txt') > 0, 're-analysed around the edit only');
    assert.equal(counterpart(edited), wrong);
  });
});
