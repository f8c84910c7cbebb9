// What the .vsix ships, as @vscode/vsce lists it (`vsce ls`, the same file selection as
// `vsce package`): the bundled client and server, the grammar, the manifest, README, LICENSE and the
// third-party notices;
// no sources, source maps, tests or node_modules.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { repoRoot } from '../support/shared';
import { run } from './tools';

const ALLOWED = [/^out\/[^/]+\.js$/, /^syntaxes\//, /^package\.json$/, /^README\.md$/, /^LICENSE$/, /^THIRD-PARTY-NOTICES\.txt$/, /^language-configuration[^/]*\.json$/];

describe('packaging: the .vsix contents', function () {
  this.timeout(60_000);

  it('ships only out/*.js bundles, syntaxes/, package.json, README and LICENSE', async () => {
    const vsce = join(repoRoot, 'node_modules', '.bin', 'vsce');
    const { stdout } = await run(vsce, ['ls', '--no-dependencies'], { cwd: repoRoot, timeoutMs: 60_000 });
    const files = stdout.split('\n').map((s) => s.trim()).filter(Boolean);
    const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(unexpected, [], `files that should not ship: ${unexpected.join(', ')}`);
    // the bundled Vietnamese syllable list is MIT: its notice ships beside the bundle
    for (const needed of ['package.json', 'LICENSE', 'THIRD-PARTY-NOTICES.txt', 'README.md', 'out/client.js', 'out/server.js']) {
      assert.ok(files.includes(needed), `${needed} missing from the package (listed: ${files.join(', ')})`);
    }
    assert.ok(files.some((f) => f.startsWith('syntaxes/')), 'no grammar in syntaxes/');
  });

  it('`npm run package` packages with vsce without bundling node_modules', () => {
    const pkg = require(join(repoRoot, 'package.json')) as { scripts: Record<string, string>; files?: unknown };
    assert.match(pkg.scripts.package, /vsce package/);
    assert.match(pkg.scripts.package, /--no-dependencies/);
    assert.equal(pkg.files, undefined, 'vsce refuses a "files" key together with .vscodeignore');
  });
});
