import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { segment, splitParagraphs, splitSentences } from '../../server/src/core/segment';
import type { Segmentation, Span } from '../../server/src/core/types';
import { decodeBytes } from '../../server/src/core/text';
import { sampleText } from '../support/shared';
import { SENTENCE_CASES } from './sentences.cases';

const whole = (t: string): Span => ({ start: 0, end: t.length });
const texts = (t: string, spans: Span[]) => spans.map((s) => t.slice(s.start, s.end));

/** Paragraphs counted independently of the code under test: runs of non-blank lines. */
function blankLineBlocks(region: string): string[] {
  const blocks: string[][] = [[]];
  for (const line of region.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') { if (blocks[blocks.length - 1].length) blocks.push([]); }
    else blocks[blocks.length - 1].push(line.trim());
  }
  return blocks.filter((b) => b.length).map((b) => b.join('\n'));
}

/** Sides of 000 located by the source line (independently of the pairing code). */
function sides000() {
  const { text } = sampleText('000');
  const m = /^Nguồn:.*$/m.exec(text);
  assert.ok(m, '000 has a Nguồn: line');
  return { text, vi: { start: 0, end: m.index }, en: { start: m.index + m[0].length, end: text.length } };
}

/** Invariants every segmentation must keep: order, nesting, trimming, no lost character. */
function checkInvariants(text: string, region: Span, seg: Segmentation) {
  let prevEnd = region.start;
  seg.paragraphs.forEach((p, pi) => {
    assert.equal(p.index, pi);
    assert.ok(p.start >= prevEnd && p.end > p.start && p.end <= region.end);
    assert.ok(p.sentenceCount >= 1);
    let sEnd = p.start;
    for (let k = 0; k < p.sentenceCount; k++) {
      const s = seg.sentences[p.firstSentence + k];
      assert.equal(s.paragraph, pi);
      assert.equal(s.index, p.firstSentence + k);
      assert.ok(s.start >= sEnd && s.end > s.start && s.end <= p.end, `sentence ${s.index} inside paragraph ${pi}`);
      assert.doesNotMatch(text.slice(s.start, s.start + 1) + text.slice(s.end - 1, s.end), /\s/, 'sentence spans are trimmed');
      sEnd = s.end;
    }
    prevEnd = p.end;
  });
  const ink = (s: string) => s.replace(/\s+/g, '');
  assert.equal(seg.sentences.map((s) => ink(text.slice(s.start, s.end))).join(''), ink(text.slice(region.start, region.end)), 'no character lost');
}

describe('segment: sentence case table', () => {
  it('holds at least 60 cases', () => assert.ok(SENTENCE_CASES.length >= 60, `${SENTENCE_CASES.length} cases`));
  for (const c of SENTENCE_CASES) {
    it(c.name, () => {
      assert.deepEqual(texts(c.input, splitSentences(c.input, whole(c.input), c.lang)), c.expected);
    });
  }
});

describe('segment: sample 000', () => {
  it('Vietnamese side: 17 paragraphs (title, hashtag line, 15 body paragraphs), as the blank lines say', () => {
    const { text, vi } = sides000();
    const seg = segment(text, vi, 'vi');
    const blocks = blankLineBlocks(text.slice(vi.start, vi.end));
    assert.equal(blocks.length, 17);
    assert.deepEqual(texts(text, seg.paragraphs), blocks);
    assert.match(text.slice(seg.paragraphs[0].start, seg.paragraphs[0].end), /^Putin và Kim cùng nhau/);
    assert.match(text.slice(seg.paragraphs[1].start, seg.paragraphs[1].end), /^#Sựkiệnhôm nay/);
    checkInvariants(text, vi, seg);
    const last = seg.sentences[seg.sentences.length - 1];
    assert.equal(text.slice(last.start, last.end), 'Tháng trước, một tàu vũ trụ robot của Nga phóng từ cơ sở này tình cờ rơi vào mặt trăng khi');
  });

  it('English side: paragraphs as the blank lines say, ending with the byline and the web boilerplate', () => {
    const { text, en } = sides000();
    const seg = segment(text, en, 'en');
    const paras = texts(text, seg.paragraphs);
    assert.deepEqual(paras, blankLineBlocks(text.slice(en.start, en.end)));
    assert.deepEqual(paras.slice(-3), ['Alina Lobzina and Valeriya Safronova contributed reporting.', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *']);
    checkInvariants(text, en, seg);
    const sents = texts(text, seg.sentences);
    assert.ok(sents.includes('“Are we going to help North Korea launch its satellites and rockets?” one reporter asked.'));
    assert.ok(!sents.some((s) => /\b(Mr|Mrs|Dr|[A-Z])\.$/.test(s)), 'no sentence ends at Mr. or an initial');
  });

  it('CRLF line ends give the same paragraphs and sentences', () => {
    const { text, en } = sides000();
    const lf = text.slice(en.start, en.end);
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = segment(lf, whole(lf), 'en');
    const b = segment(crlf, whole(crlf), 'en');
    assert.deepEqual(texts(crlf, b.paragraphs), texts(lf, a.paragraphs));
    assert.deepEqual(texts(crlf, b.sentences), texts(lf, a.sentences));
    checkInvariants(crlf, whole(crlf), b);
  });

  it('NFD text segments like NFC', () => {
    const { text, vi } = sides000();
    const nfc = text.slice(vi.start, vi.end);
    const nfd = nfc.normalize('NFD');
    assert.notEqual(nfd.length, nfc.length);
    const a = segment(nfc, whole(nfc), 'vi');
    const b = segment(nfd, whole(nfd), 'vi');
    assert.deepEqual(texts(nfd, b.sentences).map((s) => s.normalize('NFC')), texts(nfc, a.sentences));
    checkInvariants(nfd, whole(nfd), b);
  });

  it('a file with a BOM, decoded, segments from its first letter', () => {
    const body = 'Xin chào.\r\n\r\nTạm biệt. Hẹn gặp lại.\r\n';
    const { text } = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]));
    const seg = segment(text, whole(text), 'vi');
    assert.deepEqual(texts(text, seg.paragraphs), ['Xin chào.', 'Tạm biệt. Hẹn gặp lại.']);
    assert.deepEqual(texts(text, seg.sentences), ['Xin chào.', 'Tạm biệt.', 'Hẹn gặp lại.']);
    // a BOM left in the text by mistake is whitespace, not a character of the first sentence
    const withBom = '\uFEFF' + body;
    assert.equal(segment(withBom, whole(withBom), 'vi').sentences[0].start, 1);
  });
});

describe('segment: sample 003 (one line, word-segmented)', () => {
  const { text } = sampleText('003');
  const seg = segment(text, whole(text), 'vi');
  const sents = texts(text, seg.sentences);

  it('is one paragraph', () => {
    assert.equal(text.split(/\r?\n/).filter((l) => l.trim()).length, 1);
    assert.equal(seg.paragraphs.length, 1);
    checkInvariants(text, whole(text), seg);
  });

  it('splits into its real sentences', () => {
    assert.ok(sents.includes('Ông Kim_Jong-un sẽ gặp Tổng_thống Putin trong chuyến công_du đầu_tiên tới Nga sau 4 năm , dường_như nhằm củng_cố mặt_trận đối_phó sức_ép từ phương Tây .'));
    assert.ok(sents.includes('Nhưng sau 4 năm , hoàn_cảnh đã thay_đổi .'));
    assert.ok(sents.includes('Tuy_nhiên , xung_đột Ukraine đã buộc họ phải suy_nghĩ_lại về các ưu_tiên của mình .'));
    assert.ok(sents.includes('" Đó là mối lo_ngại thực_sự đối_với Mỹ " .'));
    assert.ok(sents.some((s) => s.includes('( CSIS ) , nhận_định') && s.endsWith('trước Moskva .')));
    // spaced stops followed by a capital: every one ends a sentence, so none is inside a sentence
    for (const s of sents) assert.doesNotMatch(s.slice(0, -1), / [.?!] "? ?\p{Lu}/u, s);
    // no sentence starts with a lower-case letter
    for (const s of sents) assert.doesNotMatch(s, /^\p{Ll}/u, s);
  });

  it('segments the same in NFD form (title rule included)', () => {
    const nfd = text.normalize('NFD');
    const b = segment(nfd, whole(nfd), 'vi');
    assert.deepEqual(texts(nfd, b.sentences).map((s) => s.normalize('NFC')), sents);
  });

  it('takes the run-in title as its own sentence and ends with the author line', () => {
    assert.equal(sents[0], 'Động_lực thúc_đẩy Nga - Triều_xích lại gần nhau');
    assert.equal(sents[sents.length - 1], 'Vũ_Hoàng ( Theo Foreign_Policy )');
  });
});

describe('segment: paragraphs', () => {
  it('blank lines of whitespace, CRLF and lone CR separate paragraphs; single line ends do not', () => {
    const t = '  Một.\n  Hai.\r\n \t \r\nBa.\r\rBốn\n\n\n';
    assert.deepEqual(texts(t, splitParagraphs(t, whole(t))), ['Một.\n  Hai.', 'Ba.', 'Bốn']);
  });

  it('respects the region and returns offsets into the full text', () => {
    const t = 'Nguồn: x\n\nA b. C d.\n\nE f.';
    const region = { start: t.indexOf('A'), end: t.length };
    const seg = segment(t, region, 'en');
    assert.deepEqual(texts(t, seg.paragraphs), ['A b. C d.', 'E f.']);
    assert.deepEqual(seg.sentences.map((s) => [s.paragraph, t.slice(s.start, s.end)]), [[0, 'A b.'], [0, 'C d.'], [1, 'E f.']]);
    assert.deepEqual(seg.paragraphs.map((p) => [p.firstSentence, p.sentenceCount]), [[0, 2], [2, 1]]);
  });

  it('empty and whitespace-only text have no paragraphs', () => {
    for (const t of ['', '   ', '\r\n\r\n', '\uFEFF']) assert.deepEqual(segment(t, whole(t), 'und'), { paragraphs: [], sentences: [] });
  });

  it('a region beyond the text is clamped, never a crash', () => {
    const t = 'Một câu.';
    assert.deepEqual(texts(t, splitParagraphs(t, { start: 0, end: 999 })), ['Một câu.']);
    assert.deepEqual(splitSentences(t, { start: 5, end: 2 }, 'vi'), []);
  });

  it('an unclosed bracket does not swallow the rest of a long paragraph', () => {
    const t = 'Mở ngoặc (không đóng. ' + 'Câu tiếp theo rất dài và bình thường. '.repeat(20);
    const n = splitSentences(t, whole(t), 'vi').length;
    assert.ok(n >= 18, `${n} sentences`);
  });
});

describe('segment: any text', () => {
  it('keeps its invariants on random text (quotes, stops, CRLF, NFD, brackets, surrogates)', () => {
    const pieces = ['Ông', 'Kim_Jong-un', 'nói', 'Mr.', 'U.S.', 'V.', '3.5', '...', '…', '.', ' . ', '?', '!', '"', '“', '”', '(', ')', ' ', '  ', '\n', '\r\n', '\n\n', '\r\n \r\n', 'a', 'Đ', 'ệ'.normalize('NFD'), '😀', '\uFEFF', ',', 'The', 'v.v.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom('vi', 'en', 'und'), (parts, lang) => {
        const t = parts.join('');
        checkInvariants(t, whole(t), segment(t, whole(t), lang));
      }),
      { numRuns: 400 },
    );
  });
});
