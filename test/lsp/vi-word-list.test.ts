// The language server's settings take `viWordList` from bitext.config.json like the CLI: the list's
// text goes into the config (so a worker thread gets it), a list that cannot be read is a problem shown
// to the user and the file is ignored, and an untrusted workspace reads neither.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSettings } from '../../server/src/lsp/settings';
import { resolveConfig } from '../../server/src/core/config';
import { buildSide } from '../../server/src/core/document';
import { runSideRules } from '../../server/src/core/run-rules';
import { repoRoot } from '../support/shared';

describe('lsp settings: viWordList', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-lsp-vi-words-'));
    copyFileSync(join(repoRoot, 'test', 'fixtures', 'vi-words', 'words.txt'), join(dir, 'words.txt'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the list named in bitext.config.json, and vietnamese-tone uses it', () => {
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ viWordList: 'words.txt' }));
    const settings = resolveSettings(dir, {});
    assert.deepEqual(settings.problems, []);
    const config = resolveConfig(structuredClone(settings.service.config ?? {}));
    const side = buildSide('mem://tin.txt', 'Hai bên hợp tác về cơ sở hạ tàng và nông nghiệp.', undefined, 'vi');
    assert.deepEqual(runSideRules(side, config, { only: ['vietnamese-tone'] }).map((finding) => finding.fixes![0].edits[0].newText), ['tầng']);
  });

  it('a missing list is a problem shown, the config file ignored; an untrusted workspace reads nothing', () => {
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ viWordList: 'nope.txt' }));
    const settings = resolveSettings(dir, {});
    assert.equal(settings.problems.length, 1);
    assert.match(settings.problems[0], /viWordList: nope\.txt: cannot be read/);
    assert.equal(settings.service.config?.viWordListText, undefined);
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ viWordList: 'words.txt' }));
    assert.equal(resolveSettings(dir, {}, [], false).service.config?.viWordListText, undefined);
  });
});
