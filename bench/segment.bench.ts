// Segmentation and language detection speed on a 20 MB single line (the worst case a user can open),
// with 1x/2x/4x sizes to show linear growth, and Intl.Segmenter's sentence split for comparison.
// Prints figures; asserts nothing about time.
import { segment } from '../server/src/core/segment';
import { detectLang } from '../server/src/core/lang';
import { sampleText } from '../test/support/shared';

const MB = 1024 * 1024;
const seg003 = sampleText('003').text;
const t000 = sampleText('000').text;
const en000 = t000.slice(t000.search(/^Nguồn:.*$/m)).replace(/^.*\n/, '');

/** A flat (non-rope) single line of about `bytes` UTF-16 units, mixing 003 and 000's English side. */
function oneLine(units: number): string {
  const unit = (seg003 + ' ' + en000.replace(/\s+/g, ' ') + ' ').normalize('NFC');
  const parts: string[] = [];
  let n = 0;
  while (n < units) { parts.push(unit); n += unit.length; }
  return parts.join('').slice(0, units).split('').join(''); // flatten the string
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

console.log('segment(text, whole, lang) on one line (no line ends):');
for (const size of [5 * MB, 10 * MB, 20 * MB]) {
  const text = oneLine(size);
  globalThis.gc?.();
  const r = time(() => segment(text, { start: 0, end: text.length }, 'vi'));
  const heap = process.memoryUsage().heapUsed / MB;
  console.log(`  ${(size / MB).toFixed(0).padStart(2)} MB: ${r.ms.toFixed(0).padStart(5)} ms, ${r.value.sentences.length} sentences, ${r.value.paragraphs.length} paragraph(s), heap ${heap.toFixed(0)} MB`);
}

{
  const text = oneLine(20 * MB).normalize('NFD');
  const r = time(() => segment(text, { start: 0, end: text.length }, 'vi'));
  console.log(`  20 MB NFD line: ${r.ms.toFixed(0)} ms, ${r.value.sentences.length} sentences`);
  const withLines = text.replace(/ \. /g, ' .\n\n');
  const p = time(() => segment(withLines, { start: 0, end: withLines.length }, 'vi'));
  console.log(`  20 MB with a blank line after each sentence: ${p.ms.toFixed(0)} ms, ${p.value.paragraphs.length} paragraphs`);
  const punct = '. '.repeat(10 * MB);
  const q = time(() => segment(punct, { start: 0, end: punct.length }, 'und'));
  console.log(`  20 MB of ". . . ." (no letters): ${q.ms.toFixed(0)} ms, ${q.value.sentences.length} sentence(s)`);
}

console.log('detectLang on a 20 MB line (samples ~20k chars):');
{
  const text = oneLine(20 * MB);
  const r = time(() => detectLang(text));
  console.log(`  ${r.ms.toFixed(1)} ms -> ${r.value}`);
  const nfd = text.normalize('NFD');
  const r2 = time(() => detectLang(nfd));
  console.log(`  NFD: ${r2.ms.toFixed(1)} ms -> ${r2.value}`);
}

console.log('Intl.Segmenter (sentence granularity), for comparison:');
{
  const s = new Intl.Segmenter('vi', { granularity: 'sentence' });
  for (const kb of [100, 200, 400]) {
    const text = oneLine(kb * 1024);
    const r = time(() => { let n = 0; for (const _ of s.segment(text)) n++; return n; });
    const ours = time(() => segment(text, { start: 0, end: text.length }, 'vi').sentences.length);
    console.log(`  ${kb} KB line: Intl.Segmenter ${r.ms.toFixed(0)} ms (${r.value} segments) vs segment() ${ours.ms.toFixed(1)} ms (${ours.value} sentences)`);
  }
  const en = new Intl.Segmenter('en', { granularity: 'sentence' });
  const probes = ['But Mr. Putin was sounding optimistic. He touted cooperation.', 'President Vladimir V. Putin of Russia met him.', '“Are we going to help?” one reporter asked.', 'nhau Ông Kim_Jong-un sẽ gặp Tổng_thống Putin . Lãnh_đạo Triều_Tiên', 'The U.N. sanctions committee met.'];
  for (const p of probes) console.log(`  Intl.Segmenter: ${JSON.stringify([...en.segment(p)].map((x) => x.segment.trim()))}`);
}
