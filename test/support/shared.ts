// The project's two seed samples, kept in the repository (test/fixtures/samples): 000, one file with
// two sides (a Vietnamese translation, a source line, the English original), and 003, a lone
// word-segmented Vietnamese text. Unit tests read only fixtures in the repository; the shared data
// folder beside the repository is for `npm run bench` alone (bench/shared.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');

/** The folder of the seed samples. */
export const samplesDir = join(repoRoot, 'test', 'fixtures', 'samples');

export function sampleText(prefix: '000' | '003'): { path: string; text: string } {
  const name = readdirSync(samplesDir).find((file) => file.startsWith(prefix + '_'));
  if (!name) throw new Error(`fixture missing: no ${prefix}_*.txt in ${samplesDir}`);
  const path = join(samplesDir, name);
  return { path, text: readFileSync(path, 'utf8') };
}
