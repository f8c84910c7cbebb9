// Learns what the corpus rules need from a bounded sample of line pairs (the first lines of a corpus,
// or the lines an editor has open): the length-ratio distribution and the two sides' trigram profile.
import type { Lang } from '../types';
import { majorityLang } from '../lang';
import { LangProfileBuilder } from './profile';
import { StatsSampler } from './stats';
import type { CorpusStatsEx } from './types';

/**
 * Lines sampled at the start of a corpus to learn its length ratio and language profiles: the corpus
 * runner, the editor's line-aligned view and `analyze` on a line-aligned pair all sample this many.
 */
export const CORPUS_SAMPLE_LINES = 20000;

export interface LearnedCorpus {
  /** Undefined when the sample has fewer than 50 non-empty pairs. */
  stats: CorpusStatsEx | undefined;
  langA: Lang;
  langB: Lang;
}

/** `skip(i)` leaves pair i out (e.g. lines that are not valid UTF-8). */
export function learnCorpusStats(linesA: string[], linesB: string[], skip: (line: number) => boolean = () => false): LearnedCorpus {
  const count = Math.min(linesA.length, linesB.length);
  const sampler = new StatsSampler(Math.max(count, 1));
  const profile = new LangProfileBuilder();
  for (let i = 0; i < count; i++) {
    if (skip(i)) continue;
    sampler.add(linesA[i], linesB[i]);
    profile.add('a', linesA[i]);
    profile.add('b', linesB[i]);
  }
  const ratio = sampler.finish();
  const langProfile = profile.finish();
  return {
    stats: ratio ? { ...ratio, langProfile } : undefined,
    langA: majorityLang(linesA.slice(0, 2000)),
    langB: majorityLang(linesB.slice(0, 2000)),
  };
}
