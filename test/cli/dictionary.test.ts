// `--dict FILE` and the config's "dictionary" in the commands that align (check, export), on the
// fixture story (test/fixtures/dictionary: a made-up translation that drops the third sentence, which
// length alone cannot place) copied to a temporary folder.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'dictionary');
// the finding on the dropped sentence: at its column (1-based) on the one line of story.en.txt
const DROPPED = new RegExp(
  `^story\\.en\\.txt:1:${readFileSync(join(FIXTURES, 'story.en.txt'), 'utf8').indexOf('Children painted') + 1} \\w+ missing-translation 1 sentence in paragraph 1 `,
  'm',
);

describe('bitext check / export with a dictionary', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bitext-dict-'));
    dir = join(root, 'project');
    mkdirSync(dir);
    for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(dir, name));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('check --dict reports the dropped sentence, which check alone does not place', async () => {
    const plain = await cli(dir, 'check', 'story.en.txt');
    assert.doesNotMatch(plain.out, DROPPED, plain.out);
    const withDict = await cli(dir, 'check', '--dict', 'words.dict', 'story.en.txt');
    assert.match(withDict.out, DROPPED, withDict.out + withDict.err);
  });

  it('the config\'s "dictionary" is used the same way, and refused outside the workspace (exit 2)', async () => {
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ dictionary: 'words.dict' }));
    assert.match((await cli(dir, 'check', 'story.en.txt')).out, DROPPED);
    copyFileSync(join(dir, 'words.dict'), join(root, 'outside.dict'));
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ dictionary: '../outside.dict' }));
    const outside = await cli(dir, 'check', 'story.en.txt');
    assert.equal(outside.code, 2);
    assert.match(outside.err, /dictionary \.\.\/outside\.dict: outside the workspace/);
    // named on the command line, the same file is the user's choice
    assert.match((await cli(dir, 'check', '--dict', '../outside.dict', 'story.en.txt')).out, DROPPED);
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ dictionary: 7 }));
    const bad = await cli(dir, 'check', 'story.en.txt');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /dictionary: expected the path of a dictionary file/);
  });

  it('a missing or empty dictionary is a clear message and exit 2', async () => {
    const missing = await cli(dir, 'check', '--dict', 'nope.dict', 'story.en.txt');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^bitext check: --dict nope\.dict: no such file$/m);
    writeFileSync(join(dir, 'empty.dict'), '# nothing\n');
    const empty = await cli(dir, 'export', '--tmx', 'out.tmx', '--dict', 'empty.dict', 'story.en.txt');
    assert.equal(empty.code, 2);
    assert.match(empty.err, /no "target @ source" entry/);
  });

  it('export --tmx --dict leaves the dropped sentence out and pairs the other five', async () => {
    const run = await cli(dir, 'export', '--tmx', 'out.tmx', '--dict', 'words.dict', 'story.en.txt');
    assert.equal(run.code, 0, run.err);
    const tmx = readFileSync(join(dir, 'out.tmx'), 'utf8');
    assert.equal(tmx.match(/<tu[ >]/g)?.length, 5);
    assert.doesNotMatch(tmx, /Children painted/);
    assert.match(tmx, /The baker opened a shop beside the church\.<\/seg>[\s\S]*?Liv mesuvageb doten s gapo vug ra tekodu\.<\/seg>/);
  });
});
