// `bitext export --tmx OUT.tmx FILE` for a document pair: paired as `bitext check` pairs files,
// aligned by analyze(), and each sentence bead with text on both sides written as a TMX unit
// (core/corpus/tmx-doc.ts). Beads with an empty side are left out and counted.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../core/analyze';
import { ConfigError, type BitextConfig } from '../../core/config';
import { documentPairTmx } from '../../core/corpus/tmx-doc';
import { loadConfig, planPaths, type PairJob } from '../analyze-paths';
import type { CliIO } from '../io';
import { shownPath } from './check';
import { BufferedWriter } from './writer';
import { failure, openOutput } from '../safe-output';

/** Two files larger than this are taken as a line-aligned corpus without reading them to pair them. */
const DOCUMENT_MAX_BYTES = 32 * 1024 * 1024;

export type ExportPairing =
  | { kind: 'document'; job: PairJob; config: BitextConfig }
  | { kind: 'line-aligned'; a: string; b: string }
  | { kind: 'error'; message: string };

/**
 * What `bitext export` was given: with one FILE, its pair as found by pairing (a document pair, or a
 * line-aligned corpus and its counterpart); with A B, a document pair when pairing pairs A with B as
 * documents, and otherwise a line-aligned pair as given (the command's original meaning).
 */
export function pairForExport(invocation: CliIO, positionals: string[]): ExportPairing {
  const abs = positionals.map((p) => resolve(invocation.cwd, p));
  if (abs.length === 2 && abs.some((path) => (statSync(path, { throwIfNoEntry: false })?.size ?? 0) > DOCUMENT_MAX_BYTES)) {
    return { kind: 'line-aligned', a: abs[0], b: abs[1] };
  }
  let config;
  try {
    config = loadConfig(invocation.cwd);
  } catch (failure) {
    if (failure instanceof ConfigError) return { kind: 'error', message: failure.message };
    throw failure;
  }
  const { jobs, lineAligned, errors } = planPaths(invocation, [positionals[0]], config, true);
  if (abs.length === 2) {
    const job = jobs[0];
    const docB = job && [...job.docs.values()].find((d) => d.path === abs[1]);
    if (job && docB && job.input.form !== 'line-aligned') return { kind: 'document', job, config };
    return { kind: 'line-aligned', a: abs[0], b: abs[1] };
  }
  if (errors.length) return { kind: 'error', message: errors.join('; ') };
  if (lineAligned.length) return { kind: 'line-aligned', a: lineAligned[0].a, b: lineAligned[0].b };
  const job = jobs[0];
  if (!job || (job.input.form !== 'one-file' && !job.input.b)) {
    return { kind: 'error', message: `${positionals[0]}: no counterpart found (${job?.input.note ?? 'not paired'}); give both files: bitext export --tmx OUT.tmx A B` };
  }
  return { kind: 'document', job, config };
}

/** Aligns the pair and writes its sentence beads as TMX. Exit 0, or 2 when it cannot be written. */
export async function exportDocumentPair(invocation: CliIO, job: PairJob, out: string, langs?: [string, string], shown = shownPath(invocation, out)): Promise<number> {
  const config = loadConfig(invocation.cwd);
  const analysis = analyze(job.input, config);
  const pair = analysis.pair;
  if (!pair) {
    invocation.stderr.write(`bitext export: ${job.input.a.uri}: ${analysis.notes.join(' ') || 'the file has no counterpart'}\n`);
    return 2;
  }
  const tmx = documentPairTmx(pair, job.input.form, langs);
  const { unpairedA, unpairedB } = tmx;
  const file = openOutput(out, shown);
  const writer = new BufferedWriter(file.stream);
  try {
    await writer.write(tmx.text);
    await writer.flush();
  } catch (error) {
    throw await failure([file], error);
  }
  await file.commit();
  const left = unpairedA + unpairedB ? `; ${unpairedA} sentences of side A and ${unpairedB} of side B have no counterpart and are not exported` : '';
  invocation.stderr.write(`bitext export: ${tmx.units.toLocaleString('en-US')} units (sentence beads) written to ${shownPath(invocation, out)}${left}\n`);
  return 0;
}
