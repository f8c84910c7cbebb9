// Pairing: finds the counterpart of a text. Five forms (see docs/formats.md): one file with a source
// line, sibling files, line-aligned corpora, folders per language, and a lone file; a pairing rule
// set by the user wins over all of them. The file system comes in through `FileSystem`; no I/O here.
import type { Span } from './types';
import { tryListDir, tryReadText, type FileSystem } from './fs';
import { langOfCode } from './langcodes';
import { globToRegExp } from './glob';
import { splitAtSourceLine, type SourceLineSplit } from './source-line';
import { baseOf, dirOf, forwardSlashes, joinPath } from './paths';

export { splitAtSourceLine } from './source-line';
export type { SourceLineSplit } from './source-line';

export type PairForm = 'one-file' | 'siblings' | 'line-aligned' | 'folders' | 'configured' | 'lone';

export interface PairingConfig {
  /**
   * User pairing rules: a glob (relative to `root`, `*` and `**` capture) mapped to the counterpart path
   * with `$1`, `$2`… standing for the captures. E.g. `{ "src/*.txt": "tgt/$1.txt" }`.
   */
  pairs?: Record<string, string>;
  /** Workspace root the globs are relative to (POSIX separators). */
  root?: string;
  /** Treat a two-file pair as line-aligned: 'auto' (from names and content), 'always' or 'never'. */
  lineAligned?: 'auto' | 'always' | 'never';
  /** The text given is only the start of a bigger file: its shape comes from `FsView.lineShape`. */
  textIsSample?: boolean;
}

export interface PairPlan {
  form: PairForm;
  path: string;
  counterpart?: string;
  /** One sentence for the user: how the pair was found, or why none was. */
  note: string;
  /** For the one-file form: where the source line is. */
  sourceLine?: Span;
  /** For the one-file form: the split found in the text the plan was made from. */
  split?: SourceLineSplit;
}

const sep = forwardSlashes;
const join = joinPath;

/** Finds the counterpart of `path` (whose text is `text`). */
export function findCounterpart(path: string, text: string, fileSystem: FileSystem, config: PairingConfig = {}): PairPlan {
  const configured = fromConfig(path, fileSystem, config);
  if (configured) return configured;

  const split = splitAtSourceLine(text);
  if (split) {
    return {
      form: 'one-file',
      path,
      sourceLine: split.line,
      split,
      note: `Paired within the file: the text above the source line (line ${split.lineNumber + 1}) and the text below it.`,
    };
  }

  const sibling = findSibling(path, fileSystem);
  if (sibling) return withLineAligned({ form: 'siblings', path, counterpart: sibling, note: `Paired with its sibling ${baseOf(sibling)}.` }, text, fileSystem, config);

  const folder = findInLanguageFolder(path, fileSystem);
  if (folder) return withLineAligned({ form: 'folders', path, counterpart: folder, note: `Paired with ${folder} (folder per language).` }, text, fileSystem, config);

  return {
    form: 'lone',
    path,
    note:
      `No counterpart found for ${baseOf(path)}. To pair it, name a sibling (${suggestSibling(path)}), put it in a folder per language ` +
      `(vi/${plainName(path)} beside en/${plainName(path)}), put both texts in one file separated by a line "Nguồn: <url>", ` +
      `or add a rule to "bitext.pairs" in settings.`,
  };
}

function fromConfig(path: string, fileSystem: FileSystem, config: PairingConfig): PairPlan | undefined {
  if (!config.pairs) return undefined;
  const root = sep(config.root ?? '');
  const slashed = sep(path);
  const rel = root && slashed.startsWith(root.endsWith('/') ? root : root + '/') ? slashed.slice(root.length).replace(/^\//, '') : slashed;
  for (const [glob, target] of Object.entries(config.pairs)) {
    const match = globToRegExp(glob).exec(rel);
    if (!match) continue;
    const relTarget = target.replace(/\$(\d+)/g, (_, n: string) => match[Number(n)] ?? '');
    const counterpart = root && !relTarget.startsWith('/') ? join(root, relTarget) : relTarget;
    if (counterpart === slashed) continue;
    const exists = fileSystem.isFile(counterpart);
    return {
      form: 'configured',
      path,
      counterpart: exists ? counterpart : undefined,
      note: exists
        ? `Paired with ${counterpart} by the pairing rule "${glob}".`
        : `The pairing rule "${glob}" names ${counterpart}, which does not exist.`,
    };
  }
  return undefined;
}

/**
 * The ways a file name can carry a language code: `x.vi.txt`, `x.vi`, `x_vi.txt`, `x-vi.txt`. Each
 * reading gives a key (the name with the code taken out) and the language; two files are siblings
 * when they share a key in different languages.
 */
function readings(base: string): { key: string; lang: string }[] {
  const out: { key: string; lang: string }[] = [];
  const parts = base.split('.');
  const count = parts.length;
  const add = (key: string, code: string) => {
    const lang = langOfCode(code);
    if (lang) out.push({ key, lang });
  };
  if (count >= 3) add([...parts.slice(0, count - 2), '{}', parts[count - 1]].join('.'), parts[count - 2]);
  if (count >= 2) add([...parts.slice(0, count - 1), '{}'].join('.'), parts[count - 1]);
  const stem = count >= 2 ? parts.slice(0, count - 1).join('.') : base;
  const ext = count >= 2 ? '.' + parts[count - 1] : '';
  const match = /^(.+)([_-])([A-Za-z]{2,3})$/.exec(stem);
  if (match) add(`${match[1]}${match[2]}{}${ext}`, match[3]);
  return out;
}

function findSibling(path: string, fileSystem: FileSystem): string | undefined {
  const dir = dirOf(path);
  const base = baseOf(path);
  const own = readings(base);
  if (own.length === 0) return undefined;
  const names = tryListDir(fileSystem, dir);
  for (const reading of own) {
    const candidates: { name: string; lang: string }[] = [];
    // Only names that share the part before the language code can match: a cheap test first, so a
    // folder of thousands of files is not read in full for every file.
    const prefix = reading.key.slice(0, reading.key.indexOf('{}'));
    for (const name of names) {
      if (name === base || !name.startsWith(prefix)) continue;
      for (const other of readings(name)) if (other.key === reading.key && other.lang !== reading.lang) candidates.push({ name, lang: other.lang });
    }
    if (candidates.length === 0) continue;
    const partner = reading.lang === 'en' ? 'vi' : 'en';
    candidates.sort((first, second) => Number(second.lang === partner) - Number(first.lang === partner) || (first.name < second.name ? -1 : 1));
    const pick = join(dir, candidates[0].name);
    if (fileSystem.isFile(pick)) return pick;
  }
  return undefined;
}

function findInLanguageFolder(path: string, fileSystem: FileSystem): string | undefined {
  const parts = sep(path).split('/');
  // The nearest folder named for a language: corpus/vi/x.txt, corpus/vi/sub/x.txt.
  for (let i = parts.length - 2; i >= 0; i--) {
    const own = langOfCode(parts[i]);
    if (!own) continue;
    const parent = parts.slice(0, i).join('/') || (sep(path).startsWith('/') ? '/' : '.');
    const siblings = tryListDir(fileSystem, parent).filter((n) => n !== parts[i] && langOfCode(n) && langOfCode(n) !== own);
    const partner = own === 'en' ? 'vi' : 'en';
    siblings.sort((first, second) => Number(langOfCode(second) === partner) - Number(langOfCode(first) === partner) || (first < second ? -1 : 1));
    for (const folder of siblings) {
      const candidate = [...parts.slice(0, i), folder, ...parts.slice(i + 1)].join('/');
      if (fileSystem.isFile(candidate)) return candidate;
    }
    return undefined;
  }
  return undefined;
}

/**
 * A two-file pair is a line-aligned corpus when both files hold one segment per line: the same number
 * of lines, more than two, and few blank lines (an empty line is a fault in a corpus, while documents
 * separate every paragraph with one).
 */
function withLineAligned(plan: PairPlan, text: string, fileSystem: FileSystem, config: PairingConfig): PairPlan {
  const mode = config.lineAligned ?? 'auto';
  let lineAligned = mode === 'always';
  if (mode === 'auto' && plan.counterpart) {
    const other = config.textIsSample ? undefined : tryReadText(fileSystem, plan.counterpart);
    if (other !== undefined) lineAligned = isLineShaped(text) && isLineShaped(other) && countLines(text) === countLines(other);
    else if (fileSystem.lineShape && (config.textIsSample || isLineShaped(text))) {
      // a side too big to read whole: both shapes streamed
      const own = config.textIsSample ? fileSystem.lineShape(plan.path) : { lines: countLines(text), shaped: isLineShaped(text) };
      const theirs = fileSystem.lineShape(plan.counterpart);
      lineAligned = !!own && !!theirs && own.shaped && theirs.shaped && own.lines === theirs.lines;
    }
  }
  if (!lineAligned) return plan;
  return { ...plan, form: 'line-aligned', note: `Line-aligned with ${plan.counterpart}: line N of one is the translation of line N of the other.` };
}

export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let count = 1;
  let newline = text.indexOf('\n');
  while (newline >= 0) {
    if (newline < text.length - 1) count++;
    newline = text.indexOf('\n', newline + 1);
  }
  return count;
}

/** More than two lines, and under a third of them blank (a trailing newline does not count). */
export function isLineShaped(text: string): boolean {
  const body = text.replace(/(\r?\n)+$/, '');
  const lines = countLines(body);
  if (lines < 3) return false;
  return blankLines(body) * 3 < lines;
}

/** Lines holding only spaces, tabs and a CR ('\n' ends a line: CRLF counts exactly as LF). */
function blankLines(text: string): number {
  let blank = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    let cursor = start;
    while (cursor < stop) {
      const code = text.charCodeAt(cursor);
      if (code !== 0x20 && code !== 0x09 && code !== 0x0d) break;
      cursor++;
    }
    if (cursor === stop) blank++;
    if (end < 0) return blank;
    start = end + 1;
  }
}

/** The file name without a language code in it (`x.vi.txt` -> `x.txt`), as folders per language want. */
function plainName(path: string): string {
  const base = baseOf(path);
  const reading = readings(base)[0];
  return reading ? reading.key.replace(/[._-]?\{\}/, '') : base;
}

function suggestSibling(path: string): string {
  const base = baseOf(path);
  const reading = readings(base)[0];
  if (reading) return reading.key.replace('{}', reading.lang === 'en' ? 'vi' : 'en');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? `${base.slice(0, dot)}.en${base.slice(dot)}` : `${base}.en`;
}

