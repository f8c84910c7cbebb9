// Language codes as they appear in file and folder names (`x.vi.txt`, `corpus/eng/x.txt`), mapped to
// ISO 639-1. Data, not logic: add codes here.
const CODES: Record<string, string> = {
  vi: 'vi', vie: 'vi', vn: 'vi', vietnamese: 'vi',
  en: 'en', eng: 'en', english: 'en',
  fr: 'fr', fra: 'fr', fre: 'fr', de: 'de', deu: 'de', ger: 'de', es: 'es', spa: 'es', it: 'it', ita: 'it',
  pt: 'pt', por: 'pt', nl: 'nl', nld: 'nl', ru: 'ru', rus: 'ru', uk: 'uk', ukr: 'uk', pl: 'pl', pol: 'pl',
  cs: 'cs', ces: 'cs', hu: 'hu', hun: 'hu', ro: 'ro', ron: 'ro', tr: 'tr', tur: 'tr', el: 'el', ell: 'el',
  zh: 'zh', zho: 'zh', chi: 'zh', ja: 'ja', jpn: 'ja', ko: 'ko', kor: 'ko', th: 'th', tha: 'th',
  id: 'id', ind: 'id', ms: 'ms', msa: 'ms', km: 'km', khm: 'km', lo: 'lo', lao: 'lo', ar: 'ar', ara: 'ar',
  hi: 'hi', hin: 'hi', sv: 'sv', swe: 'sv', da: 'da', dan: 'da', fi: 'fi', fin: 'fi', no: 'no', nb: 'nb',
};

/** The ISO 639-1 code a name part stands for, or undefined if it is not a language code. */
export function langOfCode(code: string): string | undefined {
  return CODES[code.toLowerCase()];
}
