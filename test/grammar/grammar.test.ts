// The TextMate grammar (syntaxes/bitext.tmLanguage.json) run by vscode-textmate + vscode-oniguruma, the
// engine VS Code uses, on lines of the shared samples and on lines written here. Each check names the
// exact token texts and a scope each must carry. Without the two packages the test fails, saying how
// to install them (see tokenize.ts).
import { strict as assert } from 'node:assert';
import type { Side } from '../../server/src/core/types';
import { underscoreTokens } from '../../server/src/core/rules/support/scan';
import { sampleText } from '../support/shared';
import { loadBitextGrammar, type Tok, type Tokenize } from './tokenize';

const ROOT = 'text.bitext';
const SOURCE_LINE = 'meta.source-line.bitext';
const SOURCE_LABEL = 'keyword.other.source-line.bitext';
const SEPARATOR = 'punctuation.separator.key-value.bitext';
const URL = 'markup.underline.link.bitext';
const EMAIL = 'markup.underline.link.email.bitext';
const HASHTAG = 'entity.name.tag.hashtag.bitext';
const JOINED = 'variable.other.joined-word.bitext';
const NUMBER = 'constant.numeric.bitext';
const SPACED = 'invalid.deprecated.spaced-punctuation.bitext';
const CURLY = 'string.quoted.double.curly.bitext';
const STRAIGHT = 'string.quoted.double.straight.bitext';
const Q_BEGIN = 'punctuation.definition.string.begin.bitext';
const Q_END = 'punctuation.definition.string.end.bitext';
/** Scopes that mark an artifact or a link: none may appear on ordinary prose. */
const MARKERS = [URL, EMAIL, HASHTAG, JOINED, SPACED];

/** Expected token: its text and the scopes it must carry; no scope = plain text (root scope only). */
type Want = [text: string, ...scopes: string[]];

const show = (toks: Tok[]) => toks.map((t) => `${JSON.stringify(t.text)} [${t.scopes.slice(1).join(' ')}]`).join(', ');

/**
 * The tokens over the first occurrence of `fragment` in `line` must be `want`, in order: the same texts
 * (a plain token at either edge may run on beyond the fragment and is compared clipped to it; a
 * coloured one must match exactly) and each with its scopes.
 */
function expectTokens(line: string, toks: Tok[], fragment: string, want: Want[]): void {
  const at = line.indexOf(fragment);
  assert.ok(at >= 0, `${JSON.stringify(fragment)} is not in the line`);
  const end = at + fragment.length;
  const got = toks.filter((t) => t.end > at && t.start < end);
  const where = `tokens over ${JSON.stringify(fragment)}: ${show(got)}`;
  assert.deepEqual(got.map((t) => line.slice(Math.max(t.start, at), Math.min(t.end, end))), want.map((w) => w[0]), where);
  got.forEach((t, i) => {
    const scopes = want[i].slice(1);
    if (scopes.length === 0) {
      assert.deepEqual(t.scopes, [ROOT], `${JSON.stringify(t.text)} should be plain; ${where}`);
      return;
    }
    assert.ok(t.start >= at && t.end <= end, `${JSON.stringify(t.text)} runs beyond the fragment; ${where}`);
    for (const s of scopes) assert.ok(t.scopes.includes(s), `${JSON.stringify(t.text)} lacks ${s}; ${where}`);
  });
}

const texts = (toks: Tok[], scope: string) => toks.filter((t) => t.scopes.includes(scope)).map((t) => t.text);

describe('TextMate grammar (vscode-textmate + oniguruma)', function () {
  let tokenize: Tokenize;
  let lines000: string[];
  let toks000: Tok[][];
  let line003: string;
  let toks003: Tok[];

  before(async () => {
    tokenize = await loadBitextGrammar();
    lines000 = sampleText('000').text.split(/\r?\n/);
    toks000 = tokenize(lines000).tokens;
    const lines003 = sampleText('003').text.split(/\r?\n/);
    assert.equal(lines003.length, 1, '003 is one long line');
    line003 = lines003[0];
    toks003 = tokenize([line003]).tokens[0];
  });

  const one = (line: string) => tokenize([line]).tokens[0];
  const find000 = (prefix: string) => {
    const i = lines000.findIndex((l) => l.startsWith(prefix));
    assert.ok(i >= 0, `000 has no line starting ${JSON.stringify(prefix)}`);
    return { line: lines000[i], toks: toks000[i] };
  };

  it('loses no character: the tokens of every sample line concatenate to the line', () => {
    lines000.forEach((l, i) => assert.equal(toks000[i].map((t) => t.text).join(''), l, `000 line ${i + 1}`));
    assert.equal(toks003.map((t) => t.text).join(''), line003);
  });

  it('colours the source line of 000: its label and its URL', () => {
    const { line, toks } = find000('Nguồn:');
    const url = line.slice(line.indexOf('https://'));
    assert.match(url, /^https:\/\/www\.nytimes\.com\/\S+$/);
    expectTokens(line, toks, line, [
      ['Nguồn', SOURCE_LINE, SOURCE_LABEL],
      [':', SOURCE_LINE, SEPARATOR],
      [' ', SOURCE_LINE],
      [url, SOURCE_LINE, URL],
    ]);
  });

  it('keeps a URL after other text on a source line, without its final full stop', () => {
    const line = 'Source: The New York Times, https://www.nytimes.com/2023/09/13/world/putin_kim.html.';
    expectTokens(line, one(line), 'The New York Times, https://www.nytimes.com/2023/09/13/world/putin_kim.html.', [
      ['The New York Times, ', SOURCE_LINE],
      ['https://www.nytimes.com/2023/09/13/world/putin_kim.html', SOURCE_LINE, URL],
      ['.', SOURCE_LINE],
    ]);
    assert.deepEqual(texts(one(line), JOINED), [], 'the `_` inside a URL is not a joined word');
  });

  it('colours the hashtags of 000, Vietnamese letters included', () => {
    const { line, toks } = find000('#Sựkiệnhôm');
    expectTokens(line, toks, '#Sựkiệnhôm nay #Putin và #Kim tăng', [
      ['#Sựkiệnhôm', HASHTAG], [' nay '], ['#Putin', HASHTAG], [' và '], ['#Kim', HASHTAG], [' tăng'],
    ]);
    assert.deepEqual(texts(toks, HASHTAG), ['#Sựkiệnhôm', '#Putin', '#Kim']);
    assert.deepEqual(texts(one('C# and issue#12 are not hashtags'), HASHTAG), []);
  });

  it('colours numbers: 19 (000, and Covid-19 in 003), 4/2019 and 10/9 (003), 3.5, 1.000 and 25%', () => {
    const i = lines000.findIndex((l) => l.includes('ngưỡng 19 tháng'));
    assert.ok(i >= 0, '000 has "ngưỡng 19 tháng"');
    expectTokens(lines000[i], toks000[i], 'ngưỡng 19 tháng', [['ngưỡng '], ['19', NUMBER], [' tháng']]);
    expectTokens(line003, toks003, 'Covid-19 và', [['Covid-'], ['19', NUMBER], [' và']]);
    expectTokens(line003, toks003, 'tháng 4/2019 ,', [['tháng '], ['4/2019', NUMBER], [' ,', SPACED]]);
    expectTokens(line003, toks003, 'ngày 10/9 lên', [['ngày '], ['10/9', NUMBER], [' lên']]);
    const mine = 'Giá tăng 3.5 lần, có 1.000 người và 25% số phiếu; không phải số: A4, x2, Covid19.';
    expectTokens(mine, one(mine), 'tăng 3.5 lần, có 1.000 người và 25% số', [
      ['tăng '], ['3.5', NUMBER], [' lần, có '], ['1.000', NUMBER], [' người và '], ['25%', NUMBER], [' số'],
    ]);
    assert.deepEqual(texts(one(mine), NUMBER), ['3.5', '1.000', '25%'], 'digits glued to letters are not numbers');
  });

  it('colours `_`-joined words of 003 (Kim_Jong-un, củng_cố), the same words the segmentation rule finds', () => {
    expectTokens(line003, toks003, 'Ông Kim_Jong-un sẽ', [['Ông '], ['Kim_Jong-un', JOINED], [' sẽ']]);
    expectTokens(line003, toks003, 'nhằm củng_cố mặt_trận', [['nhằm '], ['củng_cố', JOINED], [' '], ['mặt_trận', JOINED]]);
    expectTokens(line003, toks003, 'Triều_Tiên_Kim_Jong-un', [['Triều_Tiên_Kim_Jong-un', JOINED]]);
    // every `_` word the rule's scanner finds in 003 is one joined-word token, and nothing else is
    const side = { uri: '003', text: line003, region: { start: 0, end: line003.length }, lang: 'vi' } as unknown as Side;
    const rule = underscoreTokens(side);
    const fromRule = rule.starts.map((s, k) => line003.slice(s, rule.ends[k]));
    assert.ok(fromRule.length > 100, `003 has many joined words (${fromRule.length})`);
    assert.deepEqual(texts(toks003, JOINED), fromRule);
  });

  it('colours spaced punctuation of 003: ` , `, `( CSIS )`, and a space before a full stop', () => {
    expectTokens(line003, toks003, 'Nga sau 4 năm , dường_như', [['Nga sau '], ['4', NUMBER], [' năm'], [' ,', SPACED], [' '], ['dường_như', JOINED]]);
    expectTokens(line003, toks003, 'Quốc_tế ( CSIS ) , nhận_định', [
      ['Quốc_tế', JOINED], [' '], ['( ', SPACED], ['CSIS'], [' )', SPACED], [' ,', SPACED], [' '], ['nhận_định', JOINED],
    ]);
    expectTokens(line003, toks003, 'phương Tây . Lãnh_đạo', [['phương Tây'], [' .', SPACED], [' '], ['Lãnh_đạo', JOINED]]);
    const fine = 'Không lỗi: (CSIS), “trích dẫn”, một … hai ... ba, và « guillemets » kiểu Pháp.';
    assert.deepEqual(texts(one(fine), SPACED), [], 'correct spacing, an ellipsis and French guillemets are not flagged');
  });

  it('colours quotes: “cuộc chiến thiêng liêng” in 000 and " người đối_thoại thú_vị " (with its inner spaces) in 003', () => {
    const i = lines000.findIndex((l) => l.includes('“cuộc chiến thiêng liêng”'));
    assert.ok(i >= 0, '000 has “cuộc chiến thiêng liêng”');
    expectTokens(lines000[i], toks000[i], '“cuộc chiến thiêng liêng” của', [
      ['“', CURLY, Q_BEGIN], ['cuộc chiến thiêng liêng', CURLY], ['”', CURLY, Q_END], [' của'],
    ]);
    expectTokens(line003, toks003, 'Kim_là " người đối_thoại thú_vị " , ', [
      ['Kim_là', JOINED], [' '],
      ['"', STRAIGHT, Q_BEGIN], [' ', STRAIGHT, SPACED], ['người ', STRAIGHT], ['đối_thoại', STRAIGHT, JOINED], [' ', STRAIGHT],
      ['thú_vị', STRAIGHT, JOINED], [' ', STRAIGHT, SPACED], ['"', STRAIGHT, Q_END],
      [' ,', SPACED], [' '],
    ]);
    const curly = 'Ông gọi đó là “ cuộc chiến , thiêng liêng ” .';
    expectTokens(curly, one(curly), '“ cuộc chiến , thiêng liêng ” .', [
      ['“', CURLY, Q_BEGIN], [' ', CURLY, SPACED], ['cuộc chiến', CURLY], [' ,', CURLY, SPACED], [' thiêng liêng', CURLY],
      [' ', CURLY, SPACED], ['”', CURLY, Q_END], [' .', SPACED],
    ]);
  });

  it('ends an unclosed quote at the end of its line: the next line is not a string', () => {
    const { tokens } = tokenize(['Ông nói: “chưa xong', 'Dòng sau.']);
    assert.deepEqual(tokens[1].map((t) => t.scopes), [[ROOT]]);
    const straight = 'a "b and no closing quote';
    assert.deepEqual(one(straight).map((t) => t.scopes), [[ROOT]], 'a lone straight quote opens nothing');
  });

  it('leaves plain English prose uncoloured, and the English half of 000 free of `_`, hashtag, link and spacing scopes', () => {
    const prose = 'The committee met on Tuesday and agreed, after a long debate, to publish the report (in full).';
    assert.deepEqual(one(prose).map((t) => [t.text, t.scopes]), [[prose, [ROOT]]]);
    const src = lines000.findIndex((l) => l.startsWith('Nguồn:'));
    const english = lines000.map((l, i) => ({ l, toks: toks000[i] })).slice(src + 1).filter((e) => e.l.trim());
    assert.ok(english.length > 10 && english.every((e) => !/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i.test(e.l)), 'the lines after the source line are the English side');
    for (const { l, toks } of english) {
      for (const s of MARKERS) assert.deepEqual(texts(toks, s), [], `${s} in English line "${l.slice(0, 60)}…"`);
    }
  });

  it('colours an e-mail address as a link, not as a joined word (a_b@example.com); file names and paths neither', () => {
    const line = 'Liên hệ a_b@example.com hoặc xem ban_dich.txt trong thu_muc/ban_dich, không phải lỗi tách từ.';
    const toks = one(line);
    expectTokens(line, toks, 'hệ a_b@example.com hoặc', [['hệ '], ['a_b@example.com', EMAIL], [' hoặc']]);
    assert.deepEqual(texts(toks, JOINED), [], 'as the segmentation rule: no joined word in an e-mail, a file name or a path');
    assert.deepEqual(texts(toks, URL), []);
  });

  it('finishes 100,000-character lines (no catastrophic backtracking) with the right tokens', () => {
    const n = 100_000;
    const cases: [string, string, string[]][] = [
      ['one long word ending in _', 'a'.repeat(n) + '_', []],
      ['hyphens ending in _', 'a-'.repeat(n / 2) + '_', []],
      ['a long _ chain', ('ab_').repeat(n / 3) + 'c', [JOINED]],
      ['digits glued to a letter', '1'.repeat(n) + 'x', []],
      ['spaces before a letter', 'x' + ' '.repeat(n) + ',y', []],
      ['a URL of dots', 'https://x.vn/' + '.'.repeat(n) + 'x', [URL]],
      ['dots after https://, no URL', 'https://' + '.'.repeat(n), []],
      ['a would-be e-mail', 'a.'.repeat(n / 2) + '@', []],
      ['an open quote', ' "' + 'a'.repeat(n), []],
    ];
    for (const [name, line, scopes] of cases) {
      const { tokens, stoppedEarly } = tokenize([line], 10_000);
      assert.equal(stoppedEarly, false, `${name}: tokenizing stopped at the 10 s limit`);
      assert.equal(tokens[0].map((t) => t.text).join(''), line, `${name}: characters lost`);
      const found = [...new Set(tokens[0].flatMap((t) => t.scopes.slice(1)))].sort();
      assert.deepEqual(found, scopes, `${name}: scopes`);
    }
  });
});
