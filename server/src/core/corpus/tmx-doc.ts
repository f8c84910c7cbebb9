// Hook for document pairs: TMX units from an aligned document pair (its sentence beads), for
// `bitext export --tmx` once the analyze pipeline hands the CLI an `AlignedPair`. A bead's sentences
// on each side are joined by a space; beads with an empty side are left out (TMX units pair texts).
import type { AlignedPair } from '../rules/rule';
import type { Side } from '../types';
import { tmxHeader, TMX_FOOTER, tmxUnit, type TmxUnit } from './tmx';

function sentenceText(side: Side, indices: number[]): string {
  return indices
    .map((index) => side.text.slice(side.seg.sentences[index].start, side.seg.sentences[index].end).replace(/\s+/g, ' ').trim())
    .join(' ');
}

export function exportAlignedPairUnits(pair: AlignedPair): TmxUnit[] {
  const out: TmxUnit[] = [];
  for (const bead of pair.sentenceBeads) {
    if (!bead.a.length || !bead.b.length) continue;
    out.push({
      variants: [
        { lang: pair.a.lang, text: sentenceText(pair.a, bead.a) },
        { lang: pair.b.lang, text: sentenceText(pair.b, bead.b) },
      ],
      props: { 'x-bead': `${bead.a.join(',')}:${bead.b.join(',')}`, 'x-confidence': bead.confidence.toFixed(2) },
    });
  }
  return out;
}

export interface DocumentPairTmx {
  /** The whole TMX document. */
  text: string;
  units: number;
  /** Sentences of each side with no counterpart (not exported). */
  unpairedA: number;
  unpairedB: number;
}

/**
 * An aligned document pair as one TMX document (the CLI's `bitext export --tmx` and the editor's
 * "Bitext: Export TMX" both write this). The original is the TMX source: side B when side A is the
 * translation; `langs` overrides the detected languages.
 */
export function documentPairTmx(pair: AlignedPair, form: string, langs?: [string, string]): DocumentPairTmx {
  const units = exportAlignedPairUnits(pair);
  const langA = langs?.[0] ?? pair.a.lang;
  const langB = langs?.[1] ?? pair.b.lang;
  if (langs) for (const unit of units) [unit.variants[0].lang, unit.variants[1].lang] = [langA, langB];
  const srclang = pair.translation === 'a' ? langB : langA;
  let unpairedA = 0;
  let unpairedB = 0;
  for (const bead of pair.sentenceBeads) {
    if (!bead.b.length) unpairedA += bead.a.length;
    if (!bead.a.length) unpairedB += bead.b.length;
  }
  let text = tmxHeader({ srclang: srclang || 'und', props: { 'x-pair': form } });
  for (const unit of units) text += tmxUnit(unit);
  return { text: text + TMX_FOOTER, units: units.length, unpairedA, unpairedB };
}
