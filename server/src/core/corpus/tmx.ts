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
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
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

/** Plain text of a <seg> element's content. */
export function segText(inner: string): string {
  let out = '';
  // CDATA sections are literal.
  const parts = inner.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  for (const p of parts) {
    if (p.startsWith('<![CDATA[')) {
      out += p.slice(9, -3);
      continue;
    }
    let t = p.replace(/<ph\b[^>]*type="x-char"[^>]*\/>/g, (tag) => {
      const x = attr(tag.slice(3, -2), 'x');
      return x ? `&#x${x};` : '';
    });
    t = t.replace(/<(bpt|ept|ph|it|ut)\b[^>]*\/>/g, '').replace(/<(bpt|ept|ph|it|ut)\b[^>]*>[\s\S]*?<\/\1>/g, '');
    t = t.replace(/<[^>]*>/g, '');
    out += unescapeXml(t);
  }
  return out;
}

/** Incremental TMX reader: `push` text chunks, get the complete units so far; `end` at the end. */
export class TmxReader {
  private buf = '';
  srclang: string | undefined;
  private sawTmx = false;

  constructor(readonly maxUnitChars = 64 * 1024 * 1024) {}

  push(chunk: string): TmxUnit[] {
    this.buf += chunk;
    const out: TmxUnit[] = [];
    if (!this.sawTmx) {
      const h = /<header\b([^>]*)>/.exec(this.buf);
      if (h) {
        this.sawTmx = true;
        this.srclang = attr(h[1], 'srclang');
      } else if (this.buf.length > 1 << 20) {
        throw new TmxFormatError('no TMX <header> in the first megabyte: this is not a TMX file');
      } else return out;
    }
    let pos = 0;
    for (;;) {
      const open = findTuOpen(this.buf, pos);
      if (open < 0) {
        pos = Math.max(pos, this.buf.length - 4);
        break;
      }
      const close = this.buf.indexOf('</tu>', open);
      if (close < 0) {
        pos = open;
        break;
      }
      out.push(parseTu(this.buf.slice(open, close)));
      pos = close + 5;
    }
    this.buf = this.buf.slice(pos);
    if (this.buf.length > this.maxUnitChars) throw new TmxFormatError(`a <tu> longer than ${this.maxUnitChars} characters, or a broken file`);
    return out;
  }

  end(): TmxUnit[] {
    if (!this.sawTmx) throw new TmxFormatError('no TMX <header> found: this is not a TMX file');
    if (findTuOpen(this.buf, 0) >= 0) throw new TmxFormatError('the file ends inside a <tu> (truncated TMX)');
    return [];
  }
}

function findTuOpen(s: string, from: number): number {
  let i = s.indexOf('<tu', from);
  while (i >= 0) {
    const c = s[i + 3];
    if (c === '>' || c === ' ' || c === '\n' || c === '\t' || c === '\r') return i;
    if (c === undefined) return -1;
    i = s.indexOf('<tu', i + 3);
  }
  return -1;
}

function parseTu(block: string): TmxUnit {
  const variants: TmxVariant[] = [];
  const re = /<tuv\b([^>]*)>([\s\S]*?)<\/tuv>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(block))) {
    const lang = attr(m[1], 'xml:lang') ?? attr(m[1], 'lang') ?? 'und';
    const seg = /<seg\b[^>]*>([\s\S]*?)<\/seg>/.exec(m[2]);
    variants.push({ lang, text: seg ? segText(seg[1]) : '' });
  }
  const props: Record<string, string> = {};
  const head = block.split('<tuv')[0];
  const pre = /<prop\b([^>]*)>([\s\S]*?)<\/prop>/g;
  while ((m = pre.exec(head))) props[attr(m[1], 'type') ?? ''] = unescapeXml(m[2]);
  return Object.keys(props).length ? { variants, props } : { variants };
}

/** True when a TMX language code names the language `lang` ('vi' matches 'vi', 'vi-VN', 'VI_vn'). */
export function langMatches(code: string, lang: string): boolean {
  const c = code.toLowerCase().replace('_', '-');
  const l = lang.toLowerCase();
  return c === l || c.startsWith(l + '-');
}
