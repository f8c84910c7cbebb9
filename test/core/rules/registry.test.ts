// The registry and config: every rule is well formed, ids are unique, config turns rules off, changes
// severities and thresholds, and bad config is refused with a message that names the problem.
import { strict as assert } from 'node:assert';
import { allRules, getRule, pairRules, sideRules } from '../../../server/src/core/rules';
import { ConfigError, parseConfig, resolveConfig } from '../../../server/src/core/config';
import { MAX_FINDINGS_PER_RULE, runSideRules } from '../../../server/src/core/run-rules';
import { fixAll, lettersAndDigits } from '../../../server/src/core/fixes';
import type { SideRule } from '../../../server/src/core/rules/rule';
import { sideOf } from './helpers';

describe('rule registry', () => {
  it('has every rule of issue 4, once, each with id, description, docs and a severity', () => {
    const ids = allRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of [
      'missing-translation', 'truncated-translation', 'extra-text', 'number-mismatch', 'length-ratio', 'untranslated', 'punctuation-mismatch',
      'segmentation-underscore', 'segmenter-error', 'spaced-punctuation', 'single-line-document', 'case-typo', 'vietnamese-orthography',
      'unicode-normalization', 'doubled-word', 'doubled-space', 'uncertain-alignment', 'added-sentence', 'vietnamese-tone',
    ]) {
      const r = getRule(id);
      assert.ok(r, id);
      assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(r.description.length > 10 && r.docs.length > r.description.length, id);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(r.defaultSeverity));
    }
    assert.equal(sideRules.length + pairRules.length, 19);
    assert.ok(allRules.some((r) => r.scope === 'line-pair'), 'line-pair rules of the corpus registry are included');
    assert.equal(getRule('no-such-rule'), undefined);
  });
  it('config turns a rule off, changes its severity and its thresholds', () => {
    const side = sideOf('Two  spaces. Three   spaces.', 'en');
    const run = (rules: object) => runSideRules(side, resolveConfig({ rules } as never), { only: ['doubled-space'] });
    assert.equal(run({}).length, 2);
    assert.equal(run({ 'doubled-space': 'off' }).length, 0);
    assert.deepEqual(run({ 'doubled-space': { severity: 'error' } }).map((f) => f.severity), ['error', 'error']);
    assert.equal(run({ 'doubled-space': { maxFindings: 1 } }).length, 1, 'summarised above the threshold');
  });
  it('a rule that throws becomes one finding, not a crash', () => {
    const broken: SideRule = { id: 'broken', scope: 'side', description: 'd', docs: 'dd', defaultSeverity: 'warning', tags: [], check() { throw new Error('boom'); } };
    const fs = runSideRules(sideOf('x'), resolveConfig({}), { rules: [broken] });
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /boom/);
  });
  it('parses bitext.config.json and refuses bad values clearly', () => {
    const c = parseConfig('\uFEFF{"segmentation":"keep","rules":{"case-typo":"off"},"pairs":{"src/*.txt":"tgt/$1.txt"}}');
    assert.equal(c.segmentation, 'keep');
    assert.deepEqual(c.rules['case-typo'], { severity: 'off' });
    assert.equal(c.pairs['src/*.txt'], 'tgt/$1.txt');
    assert.throws(() => parseConfig('{'), (e: Error) => e instanceof ConfigError && /not valid JSON/.test(e.message));
    assert.throws(() => parseConfig('{"segmentation":"drop"}'), /segmentation/);
    assert.throws(() => parseConfig('{"rules":{"x":{"severity":"loud"}}}'), /rules\.x\.severity/);
    assert.throws(() => parseConfig('[]'), /object/);
  });
});

describe('side rules on bad input', () => {
  it('empty text, CRLF, NFD and a BOM-less one-liner give findings or nothing, never an exception', () => {
    for (const t of ['', '\r\n\r\n', 'Kim_là  ông , Kim .\r\nHết .\r\n', 'Tiếng Việt'.normalize('NFD') + ' _ __ a_ _b', '"', '( )']) {
      const fs = runSideRules(sideOf(t), resolveConfig({}));
      assert.ok(fs.every((f) => !/failed on this text/.test(f.message)), JSON.stringify(t));
    }
  });
});

describe('findings per rule and document are capped', () => {
  it(`past ${MAX_FINDINGS_PER_RULE} findings the rest is one summary finding that carries their safe fixes`, () => {
    const n = MAX_FINDINGS_PER_RULE + 250;
    const text = 'Ông Kim đến hôm nay . ' + Array.from({ length: n }, (_, i) => `Lần ${i} ông Kim_là khách .`).join(' ');
    const side = sideOf(text, 'vi');
    const config = resolveConfig({ segmentation: 'keep' });
    const fs = runSideRules(side, config, { only: ['segmenter-error'] });
    assert.equal(fs.length, MAX_FINDINGS_PER_RULE + 1);
    const summary = fs[fs.length - 1];
    assert.equal(summary.data?.more, 250);
    assert.match(summary.message, /^and 250 more segmenter-error findings/);
    assert.equal(summary.fixes?.[0].edits.length, 250);
    const out = fixAll(fs, text, side.uri).text;
    assert.ok(!out.includes('Kim_là'), 'fix all splits every one, the summarised ones too');
    assert.equal(lettersAndDigits(out), lettersAndDigits(text));
  });
});
