// The editor's dictionary: `bitext.dictionary` (or `dictionary` in bitext.config.json) is read from
// inside the workspace by the server's settings, and the service's alignment uses it: on the fixture
// story (test/fixtures/dictionary, a made-up translation that drops a sentence length cannot place) the
// dropped sentence is found only with it. Outside the workspace, or untrusted, nothing is read.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBitextService } from '../../server/src/core/service';
import { resolveSettings } from '../../server/src/lsp/settings';
import { memFs } from '../support/memfs';

const FIXTURES = join(__dirname, '..', 'fixtures', 'dictionary');
const english = readFileSync(join(FIXTURES, 'story.en.txt'), 'utf8');
const madeUp = readFileSync(join(FIXTURES, 'story.fr.txt'), 'utf8');

function missingWith(settings: ReturnType<typeof resolveSettings>): string[] {
  const service = createBitextService({ fs: memFs({ '/w/story.en.txt': english, '/w/story.fr.txt': madeUp }) });
  service.configure({ ...settings.service, root: '/w' });
  service.update('/w/story.en.txt', english, 1);
  return service
    .findingsFor('/w/story.en.txt')
    .filter((finding) => finding.rule === 'missing-translation')
    .map((finding) => english.slice(finding.span.start, finding.span.end));
}

describe('lsp settings: bitext.dictionary', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bitext-lsp-dict-'));
    dir = join(root, 'project');
    mkdirSync(dir);
    for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(dir, name));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('the editor setting (over the config file) gives the aligner the dictionary: the dropped sentence is found', () => {
    const dropped = 'Children painted the old school bright yellow.';
    assert.notDeepEqual(missingWith(resolveSettings(dir, {})), [dropped]);
    const fromEditor = resolveSettings(dir, { dictionary: 'words.dict' });
    assert.deepEqual(fromEditor.problems, []);
    assert.deepEqual(missingWith(fromEditor), [dropped]);
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ dictionary: 'words.dict' }));
    assert.deepEqual(missingWith(resolveSettings(dir, {})), [dropped]);
  });

  it('a dictionary outside the workspace, missing, or in an untrusted workspace is not used, and a problem says why', () => {
    copyFileSync(join(dir, 'words.dict'), join(root, 'outside.dict'));
    const outside = resolveSettings(dir, { dictionary: '../outside.dict' });
    assert.equal(outside.service.dictionary, undefined);
    assert.match(outside.problems.join('\n'), /^bitext\.dictionary: \.\.\/outside\.dict: outside the workspace/m);
    const missing = resolveSettings(dir, { dictionary: 'nope.dict' });
    assert.match(missing.problems.join('\n'), /nope\.dict: no such file \(no dictionary is used\)/);
    const untrusted = resolveSettings(dir, { dictionary: 'words.dict' }, [], false);
    assert.equal(untrusted.service.dictionary, undefined);
    assert.deepEqual(untrusted.problems, []);
  });
});
