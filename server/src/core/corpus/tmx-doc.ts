// Hook for document pairs: TMX units from an aligned document pair (its sentence beads), for
// `bitext export --tmx` once the analyze pipeline hands the CLI an `AlignedPair`. A bead's sentences
// on each side are joined by a space; beads with an empty side are left out (TMX units pair texts).
import type { AlignedPair } from '../rules/rule';
import type { Side } from '../types';
import type { TmxUnit } from './tmx';

function sentenceText(side: Side, indices: number[]): string {
  return indices
    .map((i) => side.text.slice(side.seg.sentences[i].start, side.seg.sentences[i].end).replace(/\s+/g, ' ').trim())
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
