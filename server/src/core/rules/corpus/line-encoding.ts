import type { LinePairRule } from '../rule';

/**
 * A line that is not valid UTF-8. The reader marks the pair (`invalidUtf8`, the byte offset of the first
 * bad byte); this rule runs alone on such a line ('encoding' order), every other check is skipped.
 */
export const lineEncoding: LinePairRule = {
  id: 'line-encoding',
  scope: 'line-pair',
  description: 'A line that is not valid UTF-8 (another encoding, or corrupt bytes).',
  docs:
    'Every line is decoded as UTF-8 and a line with invalid bytes is reported with the byte offset of the ' +
    'first bad byte; the other checks are skipped for it. Usually part of the file was written in a legacy ' +
    'encoding (Latin-1, Windows-1258, ISO-8859-2): convert it to UTF-8, or filter the pair out.',
  defaultSeverity: 'error',
  tags: ['corpus'],
  order: 'encoding',
  checkLine(pair) {
    const invalid = pair.invalidUtf8;
    if (!invalid) return [];
    if (invalid.input !== undefined) {
      return [{ side: 'both', message: `input line is not valid UTF-8 (first bad byte at byte ${invalid.input})` }];
    }
    const reports = [];
    for (const side of ['a', 'b'] as const) {
      const byte = invalid[side];
      if (byte === undefined) continue;
      reports.push({
        side,
        message: `${side === 'a' ? '{A}' : '{B}'} is not valid UTF-8 (first bad byte at byte ${byte} of the line); other checks skipped`,
        data: { byte },
      });
    }
    return reports;
  },
};
