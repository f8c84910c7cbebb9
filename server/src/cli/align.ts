// `bitext align`: aligns a file with its counterpart (or two files given), at paragraph or sentence
// level, and prints beads, TSV or JSON.
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { alignSides, alignUnits, formatBead, orientDictionary } from '../core/align';
import { DEFAULT_CONFIG } from '../core/config';
import { applyLinks, linkConstraints } from '../core/links';
import { readLinksFile } from '../node/config-file';
import { buildLineSide, buildSide, regionText } from '../core/document';
import type { FileSystem } from '../core/fs';
import { findCounterpart, splitAtSourceLine } from '../core/pairing';
import { LineIndex } from '../core/text';
import type { Bead, Side, Span } from '../core/types';
import { parseCommandArgs } from './command';
import { loadDictionary } from './dictionary-file';
import { FileError, readTextFile } from './files';
import { UsageError, type CliIO } from './io';

const HELP = `Usage: bitext align [options] FILE [COUNTERPART]

Aligns FILE with its translation: COUNTERPART when given, else the counterpart found from FILE
(a source line inside it, a sibling file, a folder per language).

Options:
  --level paragraph|sentence   unit to align (default: sentence)
  --format beads|tsv|json      beads: one bead per line, [i,j]:[k], 0-based (default)
                               tsv: bead, then the two texts; json: texts, ranges, confidence
  --presplit                   each line of the two files is one unit (as hunalign takes input)
  --dict FILE                  a bilingual dictionary in hunalign's format, one entry a line:
                               "word of COUNTERPART @ word of FILE", or the other way round (it is
                               turned to fit); scripts/freedict-to-hunalign.ts converts a FreeDict
                               dictionary; used as evidence beside what the aligner learns from the
                               pair itself
  --encoding NAME              read a file that is not valid UTF-8 in this legacy encoding
                               (e.g. windows-1252, iso-8859-2)
  -h, --help                   show this help
`;

export async function alignCommand(invocation: CliIO): Promise<number> {
  const parsed = parseCommandArgs(
    invocation,
    {
      level: { type: 'string', default: 'sentence' },
      format: { type: 'string', default: 'beads' },
      presplit: { type: 'boolean', default: false },
      encoding: { type: 'string' },
      dict: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const level = values.level as string;
  const format = values.format as string;
  if (level !== 'paragraph' && level !== 'sentence') throw new UsageError(`--level must be paragraph or sentence, not '${level}'`);
  if (format !== 'beads' && format !== 'tsv' && format !== 'json') throw new UsageError(`--format must be beads, tsv or json, not '${format}'`);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError(`expected FILE [COUNTERPART]\n\n${HELP}`);
  if (values.presplit && positionals.length !== 2) throw new UsageError('--presplit needs two files');

  let sides: [Side, Side];
  try {
    // presplit sides only need a language for the JSON output: detecting it costs time on big files
    sides = loadSides(invocation.cwd, positionals, !!values.presplit, values.encoding as string | undefined, invocation, format === 'json');
  } catch (error) {
    if (error instanceof FileError) {
      invocation.stderr.write(`bitext align: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const [sideA, sideB] = sides;
  const loaded = loadDictionary(invocation, 'bitext align', values.dict as string | undefined, { ...DEFAULT_CONFIG });
  if (!loaded.ok) return 2;
  // either way round: the dictionary is turned to fit FILE and COUNTERPART as given
  const dictionary = loaded.dictionary && orientDictionary(loaded.dictionary, regionText(sideA), regionText(sideB));
  let beads: Bead[];
  let unitsA: Span[];
  let unitsB: Span[];
  if (values.presplit) {
    unitsA = sideA.seg.sentences;
    unitsB = sideB.seg.sentences;
    beads = alignUnits(unitsA.map((s) => sideA.text.slice(s.start, s.end)), unitsB.map((s) => sideB.text.slice(s.start, s.end)), { dictionary });
  } else {
    // the editor's alignment corrections (.bitext/links.json) hold for sentences: the aligner realigns around them
    const links = level === 'paragraph' ? [] : readLinksFile(invocation.cwd).links;
    const aligned = alignSides(sideA, sideB, { dictionary, constraints: linkConstraints(sideA, sideB, links) });
    beads = level === 'paragraph' ? aligned.paragraphBeads : applyLinks(sideA, sideB, aligned.sentenceBeads, links).beads;
    unitsA = level === 'paragraph' ? sideA.seg.paragraphs : sideA.seg.sentences;
    unitsB = level === 'paragraph' ? sideB.seg.paragraphs : sideB.seg.sentences;
  }
  for (const [side, units] of [[sideA, unitsA], [sideB, unitsB]] as const) {
    if (!units.length) invocation.stderr.write(`note: ${side.uri}: ${side === sideB && sideA.uri === sideB.uri ? 'the text below the source line' : side === sideA && sideA.uri === sideB.uri ? 'the text above the source line' : 'the file'} is empty: nothing to align with\n`);
  }
  writeBeads(invocation, format, beads, { side: sideA, units: unitsA }, { side: sideB, units: unitsB });
  return 0;
}

function loadSides(cwd: string, files: string[], presplit: boolean, encoding: string | undefined, invocation: CliIO, needLang: boolean): [Side, Side] {
  const read = (path: string) => readTextFile(cwd, path, { fallbackEncoding: encoding, encodingOption: true });
  const first = read(files[0]);
  if (presplit) {
    const second = read(files[1]);
    const lang = needLang ? undefined : 'und';
    return [buildLineSide(files[0], first.text, lang), buildLineSide(files[1], second.text, lang)];
  }
  if (files.length === 2) {
    const second = read(files[1]);
    return [buildSide(files[0], first.text), buildSide(files[1], second.text)];
  }
  const fsView: FileSystem = {
    isFile: (path) => {
      try {
        return statSync(resolve(cwd, path)).isFile();
      } catch {
        return false;
      }
    },
    listDir: (d) => readdirSync(resolve(cwd, d)),
    readText: (p) => read(p).text,
  };
  const plan = findCounterpart(files[0], first.text, fsView);
  if (plan.form === 'one-file') {
    const split = splitAtSourceLine(first.text);
    if (!split) throw new FileError(`${files[0]}: no source line found`);
    // the side above the source line comes first
    return [buildSide(files[0], first.text, split.above), buildSide(files[0], first.text, split.below)];
  }
  if (!plan.counterpart) throw new FileError(`${files[0]}: ${plan.note}`);
  invocation.stderr.write(`note: ${files[0]}: ${plan.note}\n`);
  const second = read(plan.counterpart);
  if (plan.form === 'line-aligned') return [buildLineSide(files[0], first.text), buildLineSide(plan.counterpart, second.text)];
  return [buildSide(files[0], first.text), buildSide(plan.counterpart, second.text)];
}

interface UnitSet {
  side: Side;
  units: readonly Span[];
}

function writeBeads(invocation: CliIO, format: string, beads: readonly Bead[], unitsA: UnitSet, unitsB: UnitSet): void {
  const text = (units: UnitSet, idx: readonly number[]) =>
    idx.length ? units.side.text.slice(units.units[idx[0]].start, units.units[idx[idx.length - 1]].end) : '';
  if (format === 'beads') {
    const out: string[] = [];
    for (const bead of beads) out.push(formatBead(bead));
    invocation.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
    return;
  }
  if (format === 'tsv') {
    const flat = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\t/g, ' ');
    const out: string[] = [];
    for (const bead of beads) out.push(`${formatBead(bead)}\t${flat(text(unitsA, bead.a))}\t${flat(text(unitsB, bead.b))}`);
    invocation.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
    return;
  }
  const lia = new LineIndex(unitsA.side.text);
  const lib = unitsA.side.text === unitsB.side.text ? lia : new LineIndex(unitsB.side.text);
  const range = (units: UnitSet, lines: LineIndex, idx: readonly number[]) =>
    idx.length
      ? { start: lines.positionAt(units.units[idx[0]].start), end: lines.positionAt(units.units[idx[idx.length - 1]].end) }
      : null;
  const json = {
    a: { uri: unitsA.side.uri, lang: unitsA.side.lang, units: unitsA.units.length },
    b: { uri: unitsB.side.uri, lang: unitsB.side.lang, units: unitsB.units.length },
    beads: beads.map((bead) => ({
      a: bead.a,
      b: bead.b,
      confidence: bead.confidence,
      aText: text(unitsA, bead.a),
      bText: text(unitsB, bead.b),
      aRange: range(unitsA, lia, bead.a),
      bRange: range(unitsB, lib, bead.b),
    })),
  };
  invocation.stdout.write(JSON.stringify(json, null, 1) + '\n');
}
