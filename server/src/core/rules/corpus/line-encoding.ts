import type { LinePairRule } from '../rule';

/** A line that is not valid UTF-8. Found while reading (the runner reports it); `checkLine` finds nothing. */
export const lineEncoding: LinePairRule = {
  id: 'line-encoding',
  scope: 'line-pair',
  description: 'A line that is not valid UTF-8 (another encoding, or corrupt bytes).',
  docs:
    'Every line is decoded as UTF-8 and a line with invalid bytes is reported with the byte offset of the ' +
    'first bad byte; the other checks are skipped for it. Usually part of the file was written in a legacy ' +
    'encoding (Latin-1, Windows-1258, ISO-8859-2): convert it to UTF-8, or filter the pair out.',
  defaultSeverity: 'error',
  tags: ['corpus', 'stateful'],
  checkLine() {
    return [];
  },
};
