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
export function escapeXml(text: string): string {
  // a CR as a character reference: XML readers turn a raw CR into a line feed
  return text.replace(/[&<>"\r]/g, (special) => (special === '&' ? '&amp;' : special === '<' ? '&lt;' : special === '>' ? '&gt;' : special === '"' ? '&quot;' : '&#xD;'));
}

/**
 * Segment content: escaped text, with each character XML cannot hold written as an empty
 * `<ph type="x-char" x="HEX"/>` placeholder, which `TmxReader` turns back into the character.
 */
export function segContent(text: string): string {
  XML_FORBIDDEN.lastIndex = 0;
  if (!XML_FORBIDDEN.test(text)) return escapeXml(text);
  XML_FORBIDDEN.lastIndex = 0;
  let out = '';
  let last = 0;
  let forbidden: RegExpExecArray | null;
  while ((forbidden = XML_FORBIDDEN.exec(text))) {
    out += escapeXml(text.slice(last, forbidden.index)) + `<ph type="x-char" x="${forbidden[0].charCodeAt(0).toString(16)}"/>`;
    last = forbidden.index + forbidden[0].length;
  }
  return out + escapeXml(text.slice(last));
}

export function tmxHeader(info: TmxHeaderInfo): string {
  const props = Object.entries(info.props ?? {})
    .map(([propType, value]) => `\n      <prop type="${escapeXml(propType)}">${escapeXml(value)}</prop>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tmx version="1.4">\n' +
    `  <header creationtool="${escapeXml(info.creationtool ?? 'bitext')}" creationtoolversion="${escapeXml(info.creationtoolversion ?? '0.1.0')}"` +
    ` segtype="sentence" o-tmf="plaintext" adminlang="en" srclang="${escapeXml(info.srclang === '*all*' ? info.srclang : bcp47Tag(info.srclang))}" datatype="plaintext"` +
    (props ? `>${props}\n  </header>\n` : '/>\n') +
    '  <body>\n'
  );
}

export function tmxUnit(unit: TmxUnit): string {
  let unitXml = '    <tu>\n';
  for (const [propType, value] of Object.entries(unit.props ?? {})) unitXml += `      <prop type="${escapeXml(propType)}">${escapeXml(value)}</prop>\n`;
  for (const variant of unit.variants) unitXml += `      <tuv xml:lang="${escapeXml(bcp47Tag(variant.lang))}"><seg>${segContent(variant.text)}</seg></tuv>\n`;
  return unitXml + '    </tu>\n';
}

export const TMX_FOOTER = '  </body>\n</tmx>\n';

export class TmxFormatError extends Error {}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, hex, dec, name) => (name ? NAMED[name] : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10))));
}

function attr(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return match ? unescapeXml(match[1] ?? match[2]) : undefined;
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
function* pieces(source: string): Generator<Piece> {
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('<', pos);
    if (open < 0) {
      yield { kind: 'text', text: source.slice(pos) };
      return;
    }
    if (open > pos) yield { kind: 'text', text: source.slice(pos, open) };
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4);
      if (end < 0) throw new TmxFormatError('a comment (<!--) is not closed');
      yield { kind: 'comment' };
      pos = end + 3;
    } else if (source.startsWith('<![CDATA[', open)) {
      const end = source.indexOf(']]>', open + 9);
      if (end < 0) throw new TmxFormatError('a CDATA section is not closed');
      yield { kind: 'cdata', text: source.slice(open + 9, end) };
      pos = end + 3;
    } else {
      const close = source.indexOf('>', open + 1);
      if (close < 0) throw new TmxFormatError('a tag is not closed (a "<" without ">")');
      const inner = source.slice(open + 1, close);
      const closing = inner.startsWith('/');
      const empty = !closing && inner.endsWith('/');
      const body = inner.slice(closing ? 1 : 0, empty ? -1 : undefined);
      const tagName = /^[^\s/>]*/.exec(body)!;
      yield { kind: 'tag', name: tagName[0], attrs: body.slice(tagName[0].length), closing, empty };
      pos = close + 1;
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
function segFromPieces(rest: Iterator<Piece>, closed: boolean): string {
  let out = '';
  let codeDepth = 0;
  for (let step = rest.next(); !step.done; step = rest.next()) {
    const piece = step.value;
    if (piece.kind === 'text') {
      if (!codeDepth) out += unescapeXml(piece.text);
    } else if (piece.kind === 'cdata') {
      if (!codeDepth) out += piece.text;
    } else if (piece.kind === 'tag') {
      if (piece.name === 'seg' && piece.closing && closed) return out;
      if (closed && piece.closing && (piece.name === 'tuv' || piece.name === 'tu')) throw new TmxFormatError('a <seg> is not closed');
      if (!INLINE_CODES.has(piece.name)) continue;
      if (piece.empty) {
        if (!codeDepth && piece.name === 'ph' && attr(piece.attrs, 'type') === 'x-char') {
          const hex = attr(piece.attrs, 'x');
          if (hex && /^[0-9a-fA-F]{1,6}$/.test(hex)) out += String.fromCodePoint(parseInt(hex, 16));
        }
      } else codeDepth += piece.closing ? (codeDepth ? -1 : 0) : 1;
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
      const found = /<header\b([^>]*)>/.exec(this.buf);
      if (found) {
        this.sawTmx = true;
        this.srclang = attr(found[1], 'srclang');
        this.scan = found.index + found[0].length;
      } else if (this.buf.length > 1 << 20) {
        throw new TmxFormatError('no TMX <header> in the first megabyte: this is not a TMX file');
      } else return out;
    }
    // Each '<' is looked at once: an unfinished comment, CDATA section or tag waits for more text
    // from where it starts, so the scan is linear in the file whatever it holds.
    const buffered = this.buf;
    let pos = this.scan;
    for (;;) {
      const open = buffered.indexOf('<', pos);
      if (open < 0) {
        pos = buffered.length;
        break;
      }
      let end: number;
      if (buffered.startsWith('<!--', open)) end = skip(buffered, open + 4, '-->');
      else if (buffered.startsWith('<![CDATA[', open)) end = skip(buffered, open + 9, ']]>');
      else if (open + 9 > buffered.length && ('<![CDATA['.startsWith(buffered.slice(open)) || '<!--'.startsWith(buffered.slice(open)))) end = -1;
      else end = skip(buffered, open + 1, '>');
      if (end < 0) {
        pos = open;
        break;
      }
      if (buffered.startsWith('<tu', open) && /^[\s>/]/.test(buffered[open + 3] ?? '')) {
        if (this.open < 0) this.open = open;
        if (buffered[end - 2] === '/') {
          out.push({ variants: [] });
          this.open = -1;
        }
      } else if (buffered.startsWith('</tu>', open) && this.open >= 0) {
        out.push(parseTu(buffered.slice(this.open, end)));
        this.open = -1;
      }
      pos = end;
    }
    const keep = this.open >= 0 ? this.open : pos;
    this.buf = buffered.slice(keep);
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
function skip(source: string, from: number, close: string): number {
  const closeAt = source.indexOf(close, from);
  return closeAt < 0 ? -1 : closeAt + close.length;
}

/** One <tu>...</tu> block: its variants (language and segment text) and props. */
function parseTu(block: string): TmxUnit {
  const variants: TmxVariant[] = [];
  const props: Record<string, string> = {};
  const rest = pieces(block);
  let variant: TmxVariant | undefined;
  for (let step = rest.next(); !step.done; step = rest.next()) {
    const piece = step.value;
    if (piece.kind !== 'tag') continue;
    if (piece.name === 'tuv' && !piece.closing) {
      if (variant) throw new TmxFormatError('a <tuv> is not closed before the next one');
      variant = { lang: attr(piece.attrs, 'xml:lang') ?? attr(piece.attrs, 'lang') ?? 'und', text: '' };
      if (piece.empty) {
        variants.push(variant);
        variant = undefined;
      }
    } else if (piece.name === 'tuv' && piece.closing) {
      if (variant) variants.push(variant);
      variant = undefined;
    } else if (piece.name === 'seg' && !piece.closing && variant) {
      if (!piece.empty) variant.text = segFromPieces(rest, true);
    } else if (piece.name === 'prop' && !piece.closing && !variant && !piece.empty) {
      let text = '';
      for (let propStep = rest.next(); !propStep.done; propStep = rest.next()) {
        const propPiece = propStep.value;
        if (propPiece.kind === 'tag' && propPiece.name === 'prop' && propPiece.closing) break;
        if (propPiece.kind === 'text') text += unescapeXml(propPiece.text);
        else if (propPiece.kind === 'cdata') text += propPiece.text;
      }
      props[attr(piece.attrs, 'type') ?? ''] = text;
    }
  }
  if (variant) throw new TmxFormatError('a <tuv> is not closed');
  return Object.keys(props).length ? { variants, props } : { variants };
}

/** True when a TMX language code names the language `lang` ('vi' matches 'vi', 'vi-VN', 'VI_vn'). */
export function langMatches(code: string, lang: string): boolean {
  const tag = code.toLowerCase().replace('_', '-');
  const wanted = lang.toLowerCase();
  return tag === wanted || tag.startsWith(wanted + '-');
}
