// The extension manifest: package.json's editor sections match what the rule registry generates,
// every command it names is registered by the client, and the grammar is well formed.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifest } from '../../client/src/manifest';
import { allRules } from '../../server/src/core/rules';
import { repoRoot } from '../support/shared';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

describe('extension manifest', () => {
  it('matches the generated sections (run `npx tsx client/src/manifest.ts --write` after changing rules)', () => {
    const m = manifest();
    assert.deepEqual({ main: pkg.main, activationEvents: pkg.activationEvents, contributes: pkg.contributes }, m);
  });

  it('has a described setting for every rule and every config option', () => {
    const props = pkg.contributes.configuration.properties;
    for (const r of allRules) assert.ok(props['bitext.rules'].properties[r.id]?.markdownDescription, `no setting for rule ${r.id}`);
    for (const k of ['bitext.segmentation', 'bitext.pairs', 'bitext.lineAligned', 'bitext.originalLanguage', 'bitext.include', 'bitext.fixAllOnSave']) {
      assert.ok(props[k]?.markdownDescription, `no described setting ${k}`);
    }
    assert.equal(props['bitext.fixAllOnSave'].default, false);
  });

  it('names only commands the client registers', () => {
    const src = ['commands.ts', 'alignment.ts', 'links.ts'].map((f) => readFileSync(join(repoRoot, 'client', 'src', f), 'utf8')).join('\n');
    for (const c of pkg.contributes.commands) assert.ok(src.includes(`registerCommand('${c.command}'`), `${c.command} is not registered`);
  });

  it('has a grammar whose includes all resolve and whose scope matches the manifest', () => {
    const g = JSON.parse(readFileSync(join(repoRoot, 'syntaxes', 'bitext.tmLanguage.json'), 'utf8'));
    assert.equal(g.scopeName, pkg.contributes.grammars[0].scopeName);
    const includes = JSON.stringify(g).match(/"include":"#([^"]+)"/g) ?? [];
    for (const inc of includes) {
      const name = inc.slice(12, -1);
      assert.ok(g.repository[name], `#${name} is not in the repository`);
    }
  });
});
