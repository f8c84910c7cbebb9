// spaced-punctuation: spaces before closing punctuation, inside brackets and inside paired quotes.
import { excerptAround } from './support/excerpt';
import type { SideRule } from './rule';
import { spacingIssues } from './support/spacing';
import { underscoreTokens } from './support/scan';
import { compactEdits } from './segmentation-underscore';

const WHERE = { before: 'before', after: 'after', 'inside-quotes': 'inside' } as const;

export const spacedPunctuation: SideRule = {
  id: 'spaced-punctuation',
  scope: 'side',
  description: 'A space before `,` `.` `)` or after `(`, or inside paired quotes (`Nga , Triều`, `( CSIS )`).',
  docs:
    'Tokenisers put spaces around every punctuation mark. The fix deletes the stray space only; paired ' +
    'straight quotes hug their content. French spacing before ; : ! ? is respected. In segmented text ' +
    'kept as such (`"segmentation": "keep"`) the rule stays silent.',
  defaultSeverity: 'warning',
  fix: 'safe',
  tags: ['spacing', 'side'],
  local: true,
  lineFix: true,
  options: { maxFindings: { type: 'integer', default: 20, min: 0 } },
  check(side, ctx) {
    if (ctx.options.segmentation === 'keep' && underscoreTokens(side).length >= 3) return;
    const issues = spacingIssues(side);
    if (!issues.length) return;
    const max = ctx.options.maxFindings as number;
    if (issues.length > max) {
      ctx.report({
        message: `${issues.length} spaces around punctuation (tokeniser output), e.g. "${excerptAround(side.text, side.region.start, side.region.end, issues[0].start, issues[0].end)}"`,
        uri: side.uri,
        span: { start: issues[0].start, end: issues[0].end },
        data: { count: issues.length },
        fixes: [{ title: 'Restore punctuation spacing everywhere', edits: compactEdits(side, { length: 0, starts: [], ends: [] }, issues), safe: true }],
      });
      return;
    }
    for (const issue of issues) {
      // a quote mark shown in quotes is unreadable: name the pair of marks instead
      const what = issue.where === 'inside-quotes' ? `space just inside the quotation marks ${issue.mark}…${issue.mark}` : `space ${WHERE[issue.where]} "${issue.mark}"`;
      ctx.report({
        message: what,
        uri: side.uri,
        span: { start: issue.start, end: issue.end },
        fixes: [{ title: `Remove the space ${WHERE[issue.where]} "${issue.mark}"`, edits: [{ uri: side.uri, start: issue.start, end: issue.end, newText: '' }], safe: true }],
      });
    }
  },
};
