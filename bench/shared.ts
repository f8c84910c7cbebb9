// Locates the project's shared data folder (`../shared` beside the repository, or $BITEXT_SHARED).
// Only the benchmarks (and scripts/make-corpus.ts, which builds bench corpora) read it; unit tests use
// fixtures in the repository. A bench that needs it fails with a clear message when it is missing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..');

export function sharedPath(...parts: string[]): string {
  const base = process.env.BITEXT_SHARED ? resolve(process.env.BITEXT_SHARED) : resolve(repoRoot, '..', 'shared');
  const path = join(base, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `shared data missing: ${path} not found. The benchmarks need the project's shared folder beside the repository ` +
        `(../shared) or its path in BITEXT_SHARED.`,
    );
  }
  return path;
}
