// Data for the sentence splitter: abbreviations and sentence-starting words, per language.
// Add words here, not logic. Entries are written without the final period and compared in NFC.
//
// - `titles`: abbreviations that stand before a name or a number; a period after one never ends a
//   sentence when more text follows (`Mr. Putin`, `Dr. Smith`, `PGS.TS. Nguyễn`, `TP. Hồ Chí Minh`).
// - `ambiguous`: abbreviations that often end a sentence too (`U.S.`, `Inc.`, `etc.`): the period ends
//   the sentence only when the next word is one of the language's `starters`, and never before a digit.
//   Single capital letters (initials: `Vladimir V. Putin`) and dotted forms not listed (`TP.HCM.`,
//   `Th.S.`) are treated as ambiguous too.
// - `starters`: frequent sentence-initial words (capitalised as at a sentence start).
import type { Lang } from '../types';

export interface AbbreviationData {
  titles: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
  starters: ReadonlySet<string>;
}

const words = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

/** Used for every language (they turn up in Vietnamese and other texts too). */
const COMMON_TITLES = words(`
  Mr Mrs Ms Mx Dr Prof Messrs Mme Mlle Sra Hr Fr Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Gov Sen Rep
  Pres Rev Hon Amb Supt Insp St Ste Mt Ft cf
`);
const COMMON_AMBIGUOUS = words(`
  Inc Ltd Co Corp Bros Jr Sr etc vs al Ph.D PhD U.S U.N U.K E.U a.m p.m A.M P.M e.g i.e
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Nr Vol vol pp Fig fig Ref ref Art Sec Ch ch approx
`);

const EN_STARTERS = words(`
  The A An He She It They We I You This That These Those There Here His Her Its Their Our My Your
  But And Or So Yet In On At As For From By With Without If When While After Before Since Although
  Though Because What Who Why How Where Which Some Many Most Both All Each Every No Not Last Next
  Then Now Still However Meanwhile Despite Under Over During Against Among Mr Mrs Ms Dr
`);

const VI_TITLES = words(`
  TS PGS GS ThS Th.S BS KS TP Tp NXB NSƯT NSND GĐ PGĐ TGĐ Đ/c đ/c
`);
const VI_AMBIGUOUS = words(`v.v vv tp TT CN Tr tr UBND HĐND`);
const VI_STARTERS = words(`
  Ông Bà Anh Chị Em Cô Chú Bác Tôi Chúng Họ Nó Đây Đó Điều Việc Người Những Các Một Hai Ba Nhưng Và
  Vì Nếu Khi Trong Theo Tuy Tuy_nhiên Sau Trước Tại Ở Với Từ Cũng Còn Hiện Hiện_nay Năm Tháng Ngày Giờ_đây
  Ngoài_ra Thế Cả Mặc_dù Dù Để Do Này Lúc Hôm Bên Song
`);

const HU_TITLES = words(`dr Dr id ifj özv pl kb ún stb Kft Bt Zrt Nyrt u krt sz szt vö ld ill tel`);
const HU_STARTERS = words(`
  A Az Egy És De Ez Azt Ha Hogy Nem Már Most Itt Ott Akkor Aztán Mert Mikor Amikor Én Te Ő Mi Ti Ők
`);

function data(titles: string[], ambiguous: string[], starters: string[]): AbbreviationData {
  const nfc = (a: string[]) => new Set(a.map((w) => w.normalize('NFC')));
  return { titles: nfc([...COMMON_TITLES, ...titles]), ambiguous: nfc([...COMMON_AMBIGUOUS, ...ambiguous]), starters: nfc(starters) };
}

const BY_LANG: Record<string, AbbreviationData> = {
  en: data([], [], EN_STARTERS),
  vi: data(VI_TITLES, VI_AMBIGUOUS, VI_STARTERS),
  hu: data(HU_TITLES, [], HU_STARTERS),
};
/** For any other language: the common lists, and the starters of all languages above. */
const FALLBACK = data([], [], [...EN_STARTERS, ...VI_STARTERS, ...HU_STARTERS]);

export function abbreviationsFor(lang: Lang): AbbreviationData {
  return BY_LANG[lang] ?? FALLBACK;
}

/**
 * Capitalised Vietnamese words that open a sentence and are not part of names: when one follows a
 * lower-case word with no punctuation between, near the start of a paragraph, a title has run into
 * the first sentence (`... xích lại gần nhau Ông Kim_Jong-un sẽ gặp ...`).
 */
export const VI_TITLE_BREAK_WORDS: ReadonlySet<string> = new Set(
  words(`Ông Bà Đây Đó Nhưng Tuy_nhiên Theo Khi Giờ_đây Hiện_nay Ngoài_ra Trong_khi`).map((w) => w.normalize('NFC')),
);
