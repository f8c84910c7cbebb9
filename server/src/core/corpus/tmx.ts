// TMX 1.4b, written and read as text pieces so that any corpus size streams through bounded memory.
// Writer: `tmxHeader` once, `tmxUnit` per translation unit, `TMX_FOOTER` once. Reader: `TmxReader`
// takes text chunks and gives back complete units. Only what TMX needs for plain text is handled:
// header srclang, <tu>/<tuv xml:lang>/<seg>, entities and character references, CDATA; inline codes
// (<bpt> <ept> <ph> <it> <ut>) are dropped with their content, <hi>/<sub> keep their text.
// Every language code written (srclang, xml:lang) is a valid BCP 47 tag: 'vi_VN' -> 'vi-VN', else 'und'.
import { bcp47Tag } from '../lang';

export interface TmxHeaderInfo {
  srclang: string;
  creationtool?: string;
  creationtoolversion?: string;
  /** Extra <prop> entries of the header. */
  props?: Record<string, string>;
}

export interface TmxVariant {
  lang: string;
  text: string;
}

export interface TmxUnit {
  variants: TmxVariant[];
  props?: Record<string, string>;
}

/** XML 1.0 cannot hold these at all (not even as character references). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for element content or attributes; characters XML cannot hold become <ph> codes by the caller. */
export function escapeXml(s: string): string {
  // a CR as a character reference: XML readers turn a raw CR into a line feed
  return s.replace(/[&<>"\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#xD;'));
}

/**
 * Segment content: escaped text, with each character XML cannot hold written as an empty
 * `<ph type="x-char" x="HEX"/>` placeholder, which `TmxReader` turns back into the character.
 */
export function segContent(s: string): string {
  XML_FORBIDDEN.lastIndex = 0;
  if (!XML_FORBIDDEN.test(s)) return escapeXml(s);
  XML_FORBIDDEN.lastIndex = 0;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = XML_FORBIDDEN.exec(s))) {
    out += escapeXml(s.slice(last, m.index)) + `<ph type="x-char" x="${m[0].charCodeAt(0).toString(16)}"/>`;
    last = m.index + m[0].length;
  }
  return out + escapeXml(s.slice(last));
}

export function tmxHeader(h: TmxHeaderInfo): string {
  const props = Object.entries(h.props ?? {})
    .map(([k, v]) => `\n      <prop type="${escapeXml(k)}">${escapeXml(v)}</prop>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tmx version="1.4">\n' +
    `  <header creationtool="${escapeXml(h.creationtool ?? 'bitext')}" creationtoolversion="${escapeXml(h.creationtoolversion ?? '0.1.0')}"` +
    ` segtype="sentence" o-tmf="plaintext" adminlang="en" srclang="${escapeXml(h.srclang === '*all*' ? h.srclang : bcp47Tag(h.srclang))}" datatype="plaintext"` +
    (props ? `>${props}\n  </header>\n` : '/>\n') +
    '  <body>\n'
  );
}

export function tmxUnit(u: TmxUnit): string {
  let s = '    <tu>\n';
  for (const [k, v] of Object.entries(u.props ?? {})) s += `      <prop type="${escapeXml(k)}">${escapeXml(v)}</prop>\n`;
  for (const v of u.variants) s += `      <tuv xml:lang="${escapeXml(bcp47Tag(v.lang))}"><seg>${segContent(v.text)}</seg></tuv>\n`;
  return s + '    </tu>\n';
}

export const TMX_FOOTER = '  </body>\n</tmx>\n';

export class TmxFormatError extends Error {}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, hex, dec, name) => (name ? NAMED[name] : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10))));
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** One piece of XML: text, a CDATA section, a comment, or a tag. */
type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'cdata'; text: string }
  | { kind: 'comment' }
  | { kind: 'tag'; name: string; attrs: string; closing: boolean; empty: boolean };

/**
 * The pieces of `s` in order, in one pass (each `<` is looked at once). An unfinished comment, CDATA
 * section or tag at the end is a TmxFormatError.
 */
function* pieces(s: string): Generator<Piece> {
  let pos = 0;
  while (pos < s.length) {
    const lt = s.indexOf('<', pos);
    if (lt < 0) {
      yield { kind: 'text', text: s.slice(pos) };
      return;
    }
    if (lt > pos) yield { kind: 'text', text: s.slice(pos, lt) };
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end < 0) throw new TmxFormatError('a comment (<!--) is not closed');
      yield { kind: 'comment' };
      pos = end + 3;
    } else if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) throw new TmxFormatError('a CDATA section is not closed');
      yield { kind: 'cdata', text: s.slice(lt + 9, end) };
      pos = end + 3;
    } else {
      const gt = s.indexOf('>', lt + 1);
      if (gt < 0) throw new TmxFormatError('a tag is not closed (a "<" without ">")');
      const inner = s.slice(lt + 1, gt);
      const closing = inner.startsWith('/');
      const empty = !closing && inner.endsWith('/');
      const body = inner.slice(closing ? 1 : 0, empty ? -1 : undefined);
      const m = /^[^\s/>]*/.exec(body)!;
      yield { kind: 'tag', name: m[0], attrs: body.slice(m[0].length), closing, empty };
      pos = gt + 1;
    }
  }
}

const INLINE_CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** Plain text of a <seg> element's content. */
export function segText(inner: string): string {
  return segFromPieces(pieces(inner), false);
}

/**
 * Reads a segment's pieces up to its `</seg>` (when `closed`) or the end: text unescaped, CDATA
 * literal, x-char placeholders back to their character, inline codes dropped with their content,
 * other tags (hi, sub) keeping their text.
 */
function segFromPieces(it: Iterator<Piece>, closed: boolean): string {
  let out = '';
  let codeDepth = 0;
  for (let r = it.next(); !r.done; r = it.next()) {
    const p = r.value;
    if (p.kind === 'text') {
      if (!codeDepth) out += unescapeXml(p.text);
    } else if (p.kind === 'cdata') {
      if (!codeDepth) out += p.text;
    } else if (p.kind === 'tag') {
      if (p.name === 'seg' && p.closing && closed) return out;
      if (closed && p.closing && (p.name === 'tuv' || p.name === 'tu')) throw new TmxFormatError('a <seg> is not closed');
      if (!INLINE_CODES.has(p.name)) continue;
      if (p.empty) {
        if (!codeDepth && p.name === 'ph' && attr(p.attrs, 'type') === 'x-char') {
          const x = attr(p.attrs, 'x');
          if (x && /^[0-9a-fA-F]{1,6}$/.test(x)) out += String.fromCodePoint(parseInt(x, 16));
        }
      } else codeDepth += p.closing ? (codeDepth ? -1 : 0) : 1;
    }
  }
  if (closed) throw new TmxFormatError('a <seg> is not closed');
  return out;
}

/** Incremental TMX reader: `push` text chunks, get the complete units so far; `end` at the end. */
export class TmxReader {
  private buf = '';
  srclang: string | undefined;
  private sawTmx = false;
  /** Where the scan for the next unit resumes in `buf` (everything before it was looked at). */
  private scan = 0;
  /** Start of the open <tu> in `buf`, or -1. */
  private open = -1;

  constructor(readonly maxUnitChars = 64 * 1024 * 1024) {}

  push(chunk: string): TmxUnit[] {
    this.buf += chunk;
    const out: TmxUnit[] = [];
    if (!this.sawTmx) {
      const h = /<header\b([^>]*)>/.exec(this.buf);
      if (h) {
        this.sawTmx = true;
        this.srclang = attr(h[1], 'srclang');
        this.scan = h.index + h[0].length;
      } else if (this.buf.length > 1 << 20) {
        throw new TmxFormatError('no TMX <header> in the first megabyte: this is not a TMX file');
      } else return out;
    }
    // Each '<' is looked at once: an unfinished comment, CDATA section or tag waits for more text
    // from where it starts, so the scan is linear in the file whatever it holds.
    const s = this.buf;
    let pos = this.scan;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        pos = s.length;
        break;
      }
      let end: number;
      if (s.startsWith('<!--', lt)) end = skip(s, lt + 4, '-->');
      else if (s.startsWith('<![CDATA[', lt)) end = skip(s, lt + 9, ']]>');
      else if (lt + 9 > s.length && ('<![CDATA['.startsWith(s.slice(lt)) || '<!--'.startsWith(s.slice(lt)))) end = -1;
      else end = skip(s, lt + 1, '>');
      if (end < 0) {
        pos = lt;
        break;
      }
      if (s.startsWith('<tu', lt) && /^[\s>/]/.test(s[lt + 3] ?? '')) {
        if (this.open < 0) this.open = lt;
        if (s[end - 2] === '/') {
          out.push({ variants: [] });
          this.open = -1;
        }
      } else if (s.startsWith('</tu>', lt) && this.open >= 0) {
        out.push(parseTu(s.slice(this.open, end)));
        this.open = -1;
      }
      pos = end;
    }
    const keep = this.open >= 0 ? this.open : pos;
    this.buf = s.slice(keep);
    this.scan = pos - keep;
    if (this.open >= 0) this.open = 0;
    if (this.buf.length > this.maxUnitChars) throw new TmxFormatError(`a <tu> longer than ${this.maxUnitChars} characters, or a broken file`);
    return out;
  }

  end(): TmxUnit[] {
    if (!this.sawTmx) throw new TmxFormatError('no TMX <header> found: this is not a TMX file');
    if (this.open >= 0) throw new TmxFormatError('the file ends inside a <tu> (truncated TMX)');
    return [];
  }
}

/** The position after `close` searched from `from`, or -1 when the text does not hold it yet. */
function skip(s: string, from: number, close: string): number {
  const i = s.indexOf(close, from);
  return i < 0 ? -1 : i + close.length;
}

/** One <tu>...</tu> block: its variants (language and segment text) and props. */
function parseTu(block: string): TmxUnit {
  const variants: TmxVariant[] = [];
  const props: Record<string, string> = {};
  const it = pieces(block);
  let variant: TmxVariant | undefined;
  for (let r = it.next(); !r.done; r = it.next()) {
    const p = r.value;
    if (p.kind !== 'tag') continue;
    if (p.name === 'tuv' && !p.closing) {
      if (variant) throw new TmxFormatError('a <tuv> is not closed before the next one');
      variant = { lang: attr(p.attrs, 'xml:lang') ?? attr(p.attrs, 'lang') ?? 'und', text: '' };
      if (p.empty) {
        variants.push(variant);
        variant = undefined;
      }
    } else if (p.name === 'tuv' && p.closing) {
      if (variant) variants.push(variant);
      variant = undefined;
    } else if (p.name === 'seg' && !p.closing && variant) {
      if (!p.empty) variant.text = segFromPieces(it, true);
    } else if (p.name === 'prop' && !p.closing && !variant && !p.empty) {
      let text = '';
      for (let q = it.next(); !q.done; q = it.next()) {
        const v = q.value;
        if (v.kind === 'tag' && v.name === 'prop' && v.closing) break;
        if (v.kind === 'text') text += unescapeXml(v.text);
        else if (v.kind === 'cdata') text += v.text;
      }
      props[attr(p.attrs, 'type') ?? ''] = text;
    }
  }
  if (variant) throw new TmxFormatError('a <tuv> is not closed');
  return Object.keys(props).length ? { variants, props } : { variants };
}

/** True when a TMX language code names the language `lang` ('vi' matches 'vi', 'vi-VN', 'VI_vn'). */
export function langMatches(code: string, lang: string): boolean {
  const c = code.toLowerCase().replace('_', '-');
  const l = lang.toLowerCase();
  return c === l || c.startsWith(l + '-');
}
