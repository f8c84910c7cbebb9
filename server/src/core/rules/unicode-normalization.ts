// unicode-normalization: decomposed (NFD) letters, NFC and NFD mixed, or old and new tone placement
// mixed (`hoà` / `hòa`).
import type { SideRule } from './rule';
import type { TextEdit } from '../types';
import { matchesIn, regionText } from './support/scan';
import * as chars from './support/chars';
// local copies: module exports are getters under some loaders, and these run per character
const { perWord, regionWords } = chars;
import { moveToneTo, tonePlacement } from './support/tone-placement';

/** A base character with its combining marks: the smallest unit NFC may change. */
const CLUSTER = /\P{M}\p{M}+/gu;
/** A word needs one of these letters to have a tone placement that differs between styles. */
const GLIDE_VOWEL = 'oOuUòóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ';

export const unicodeNormalization: SideRule = {
  id: 'unicode-normalization',
  scope: 'side',
  description: 'Decomposed (NFD) letters, NFC and NFD mixed, or old and new tone placement mixed (`hoà`/`hòa`).',
  docs:
    'The same Vietnamese letter can be stored precomposed (NFC) or decomposed (NFD); search, counts and ' +
    'tools disagree when both occur. The safe fix normalizes to NFC (the letters stay the same). Old ' +
    '(`hoà`, `thuỷ`) and new (`hòa`, `thủy`) tone placement are both right, but not mixed in one text; ' +
    'the offered fix (explicit) moves the minority to the majority style.',
  defaultSeverity: 'warning',
  fix: 'safe',
  tags: ['unicode', 'side'],
  lineFix: true,
  check(side, ctx) {
    const text = regionText(side);
    if (text.normalize('NFC') !== text) {
      const edits: TextEdit[] = [];
      for (const { start, end, m: cluster } of matchesIn(side, CLUSTER)) {
        const clusterNfc = cluster[0].normalize('NFC');
        if (clusterNfc !== cluster[0]) edits.push({ uri: side.uri, start, end, newText: clusterNfc });
      }
      // letters that have a decomposed form and are written composed (đ, ø have none: they prove nothing)
      const composed = (text.match(/[\u00c0-\u024f\u1e00-\u1eff]/g) ?? []).filter((c) => c.normalize('NFD') !== c).length;
      const first = edits[0];
      ctx.report({
        message: composed
          ? `${edits.length} letters are in decomposed Unicode (NFD), mixed with composed (NFC) text`
          : `${edits.length} letters are in decomposed Unicode (NFD)`,
        uri: side.uri,
        span: { start: first.start, end: first.end },
        data: { nfdLetters: edits.length },
        fixes: [{ title: 'Normalize to NFC', edits, safe: true }],
      });
    }
    if (side.lang !== 'vi') return;
    const found: { start: number; end: number; style: 'old' | 'new'; word: string }[] = [];
    const placement = perWord(tonePlacement);
    const source = side.text;
    regionWords(side, (start, end) => {
      if (end - start > 7) return;
      let cursor = start;
      while (cursor < end && !GLIDE_VOWEL.includes(source[cursor])) cursor++;
      if (cursor === end) return;
      const written = source.slice(start, end);
      const style = placement(written);
      if (style) found.push({ start, end, style, word: written });
    });
    const olds = found.filter((f) => f.style === 'old');
    const news = found.filter((f) => f.style === 'new');
    if (!olds.length || !news.length) return;
    const majority = olds.length > news.length ? 'old' : 'new';
    const minority = majority === 'old' ? news : olds;
    const edits: TextEdit[] = [];
    for (const form of minority) {
      const moved = moveToneTo(form.word, majority);
      if (moved && moved !== form.word) edits.push({ uri: side.uri, start: form.start, end: form.end, newText: moved });
    }
    const example = (xs: typeof found) => xs[0].word.normalize('NFC');
    ctx.report({
      message: `old and new tone placement mixed: ${olds.length} like "${example(olds)}", ${news.length} like "${example(news)}"`,
      uri: side.uri,
      span: { start: minority[0].start, end: minority[0].end },
      data: { old: olds.length, new: news.length },
      fixes: edits.length ? [{ title: `Use the ${majority} tone placement everywhere (${edits.length} words)`, edits, safe: false }] : [],
    });
  },
};
