// A long Vietnamese–English parallel text written for the tests, with its alignment known by
// construction: sentence k of each side says the same thing (the same subject, action, number and
// circumstance). Deterministic; sizes are whatever a test needs (thousands of sentences), which the
// two seed samples cannot give.
import type { Bead } from '../../server/src/core/types';

const SUBJECTS: [string, string][] = [
  ['Người thợ mộc', 'The carpenter'],
  ['Cô giáo trẻ', 'The young teacher'],
  ['Ông lão đánh cá', 'The old fisherman'],
  ['Bác sĩ của làng', 'The village doctor'],
  ['Hai đứa trẻ nhà bên', 'The two children next door'],
  ['Người bán hàng', 'The shopkeeper'],
  ['Chị gái tôi', 'My sister'],
  ['Viên thuyền trưởng', 'The captain'],
  ['Bà cụ ở cuối phố', 'The old woman at the end of the street'],
  ['Anh nông dân', 'The farmer'],
  ['Mấy người lính', 'A few soldiers'],
];
const ACTIONS: [string, string][] = [
  ['đã mua', 'bought'],
  ['đã bán', 'sold'],
  ['đã sửa lại', 'repaired'],
  ['mang về nhà', 'brought home'],
  ['tìm thấy', 'found'],
  ['đã đếm', 'counted'],
  ['chất lên xe', 'loaded onto the cart'],
];
const THINGS: [string, string][] = [
  ['chiếc thuyền gỗ', 'wooden boats'],
  ['cuốn sách cũ', 'old books'],
  ['con gà', 'chickens'],
  ['bao gạo', 'sacks of rice'],
  ['cái ghế', 'chairs'],
  ['tấm lưới đánh cá', 'fishing nets'],
  ['thùng nước mắm', 'barrels of fish sauce'],
  ['bó củi khô', 'bundles of dry firewood'],
];
const CIRCUMSTANCES: [string, string][] = [
  ['trước khi trời mưa', 'before the rain came'],
  ['ở chợ phía bắc', 'at the northern market'],
  ['vào sáng thứ Hai', 'on Monday morning'],
  ['cho cả gia đình', 'for the whole family'],
  ['mà không nói một lời nào với ai trong làng', 'without saying a word to anyone in the village'],
  ['sau một ngày dài làm việc ngoài đồng dưới cái nắng gay gắt của mùa hè', 'after a long day of work in the fields under the harsh summer sun'],
  ['', ''],
  ['khi mọi người còn đang ngủ', 'while everyone was still asleep'],
];

export interface ParallelSentences {
  vi: string[];
  en: string[];
  /** Gold beads over sentence indices: `{ a: [k], b: [k] }`. */
  beads: Bead[];
}

/** `count` Vietnamese sentences and their English translations. */
export function parallelSentences(count: number): ParallelSentences {
  const vi: string[] = [];
  const en: string[] = [];
  const beads: Bead[] = [];
  for (let index = 0; index < count; index++) {
    const [subjectVi, subjectEn] = SUBJECTS[index % SUBJECTS.length];
    const [actionVi, actionEn] = ACTIONS[(index * 3 + 1) % ACTIONS.length];
    const [thingVi, thingEn] = THINGS[(index * 5 + 2) % THINGS.length];
    const [whenVi, whenEn] = CIRCUMSTANCES[(index * 7 + 3) % CIRCUMSTANCES.length];
    const amount = index + 2;
    const mainVi = `${subjectVi} ${actionVi} ${amount} ${thingVi}${whenVi ? ' ' + whenVi : ''}`;
    const mainEn = `${subjectEn} ${actionEn} ${amount} ${thingEn}${whenEn ? ' ' + whenEn : ''}.`;
    vi.push(`${mainVi}.`);
    en.push(mainEn);
    beads.push({ a: [index], b: [index], confidence: 1 });
  }
  return { vi, en, beads };
}

/** A document pair of `paragraphs` paragraphs (2 to 6 sentences each), blank-line separated. */
export function parallelDocument(paragraphs: number): { vi: string; en: string } {
  const sizes = Array.from({ length: paragraphs }, (_, index) => 2 + ((index * 7) % 5));
  const { vi, en, beads } = parallelSentences(sizes.reduce((sum, size) => sum + size, 0));
  const paragraphsVi: string[] = [];
  const paragraphsEn: string[] = [];
  let next = 0;
  for (const size of sizes) {
    const group = beads.slice(next, next + size);
    next += size;
    paragraphsVi.push(group.flatMap((bead) => bead.a.map((index) => vi[index])).join(' '));
    paragraphsEn.push(group.flatMap((bead) => bead.b.map((index) => en[index])).join(' '));
  }
  return { vi: paragraphsVi.join('\n\n') + '\n', en: paragraphsEn.join('\n\n') + '\n' };
}

/** Base line pairs for `scripts/make-corpus.ts` (corpora with injected faults), Vietnamese and English. */
export function corpusBase(count = 4000): { pairs: { a: string; b: string }[]; langs: [string, string] } {
  const { vi, en } = parallelSentences(count);
  return { pairs: vi.map((a, index) => ({ a, b: en[index] })), langs: ['vi', 'en'] };
}
