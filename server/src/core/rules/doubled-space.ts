// doubled-space: two or more spaces between words inside a line.
import type { SideRule } from './rule';
import { matchesIn } from './support/scan';

const RUN = /(?<=[^\s])  +(?=[^\s])/g;

export const doubledSpace: SideRule = {
  id: 'doubled-space',
  scope: 'side',
  description: 'Two or more spaces between words inside a line.',
  docs:
    'Doubled spaces are invisible in most views but break search, counts and exact matching. ' +
    'Indentation and line ends are left alone. The fix leaves one space.',
  defaultSeverity: 'info',
  fix: 'safe',
  tags: ['spacing', 'side'],
  local: true,
  lineFix: true,
  options: { maxFindings: { type: 'integer', default: 20, min: 0 } },
  check(side, ctx) {
    const runs = [...matchesIn(side, RUN)];
    if (!runs.length) return;
    const edit = (run: { start: number; end: number }) => ({ uri: side.uri, start: run.start, end: run.end, newText: ' ' });
    if (runs.length > (ctx.options.maxFindings as number)) {
      ctx.report({
        message: `${runs.length} places with doubled spaces`,
        uri: side.uri,
        span: { start: runs[0].start, end: runs[0].end },
        data: { count: runs.length },
        fixes: [{ title: 'Replace every doubled space by one space', edits: runs.map(edit), safe: true }],
      });
      return;
    }
    for (const run of runs) {
      ctx.report({ message: `${run.end - run.start} spaces in a row`, uri: side.uri, span: { start: run.start, end: run.end }, fixes: [{ title: 'Leave one space', edits: [edit(run)], safe: true }] });
    }
  },
};
