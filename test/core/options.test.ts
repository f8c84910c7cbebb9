// Rule options: declared once per option (type, default, range), validated once when the config is
// read, with a message that names the setting; resolved in one place for document and line-pair rules.
import { strict as assert } from 'node:assert';
import { ConfigError, parseConfig, resolveConfig, resolveRuleOptions, ruleOptions } from '../../server/src/core/config';
import { resolveLineRules } from '../../server/src/core/corpus/engine';
import { allRules, getRule } from '../../server/src/core/rules';
import { linePairRules } from '../../server/src/core/rules/corpus';
import { optionDefaults, type Rule } from '../../server/src/core/rules/rule';

const rule = (id: string): Rule => getRule(id)!;
const refused = (json: string, message: string) =>
  assert.throws(() => parseConfig(json), (error: Error) => error instanceof ConfigError && error.message === message, json);

describe('rule options', () => {
  it('every declared default fits its own declaration', () => {
    const declared = allRules.filter((entry) => entry.options);
    assert.ok(declared.length >= 10);
    for (const entry of declared) assert.doesNotThrow(() => resolveRuleOptions(entry, optionDefaults(entry)), entry.id);
  });

  it('a string, a negative, a fraction or a boolean where a number belongs is refused with the setting named', () => {
    refused('{"rules":{"length-ratio":{"zScore":"4"}}}', 'rules.length-ratio.zScore: expected a number of at least 0, got "4" (a string)');
    refused('{"rules":{"doubled-space":{"maxFindings":-1}}}', 'rules.doubled-space.maxFindings: expected a whole number of at least 0, got -1');
    refused('{"rules":{"doubled-space":{"maxFindings":2.5}}}', 'rules.doubled-space.maxFindings: expected a whole number of at least 0, got 2.5');
    refused('{"rules":{"line-too-long":{"maxChars":true}}}', 'rules.line-too-long.maxChars: expected a whole number of at least 1, got true');
    refused('{"rules":{"line-shift":{"sameSide":"no"}}}', 'rules.line-shift.sameSide: expected true or false, got "no" (a string)');
    refused('{"rules":{"length-ratio":{"minFactor":[2]}}}', 'rules.length-ratio.minFactor: expected a number of at least 1, got a list');
  });

  it('an option the rule does not have is refused, with the options it has', () => {
    refused('{"rules":{"untranslated":{"minWord":3}}}', "rules.untranslated.minWord: untranslated has no option 'minWord' (its options: minWords, minLetters)");
    refused('{"rules":{"case-typo":{"maxFindings":3}}}', "rules.case-typo.maxFindings: case-typo has no option 'maxFindings' (it has none besides severity)");
    // A rule Bitext does not know is left alone (settings written for another version).
    assert.deepEqual(parseConfig('{"rules":{"no-such-rule":{"x":1}}}').rules['no-such-rule'], { x: 1 });
  });

  it('defaults, then config: every declared option is present, of its type, for document and line-pair rules alike', () => {
    const config = resolveConfig({ rules: { 'length-ratio': { zScore: 5 }, 'line-length-ratio': { z: 6, severity: 'error' } } });
    const documentRule = ruleOptions(config, rule('length-ratio'));
    assert.equal(documentRule.severity, 'info');
    assert.deepEqual(documentRule.options, { minChars: 40, zScore: 5, minFactor: 2.2, minPairs: 10, segmentation: 'remove' });
    const lineRule = resolveLineRules(linePairRules, config.rules).find((resolved) => resolved.rule.id === 'line-length-ratio')!;
    assert.equal(lineRule.severity, 'error');
    assert.deepEqual(lineRule.options, { z: 6, minChars: 20, shortChars: 30, severity: 'error' });
    const off = resolveLineRules(linePairRules, resolveConfig({ rules: { 'line-shift': 'off' } } as never).rules);
    assert.ok(!off.some((resolved) => resolved.rule.id === 'line-shift'));
  });

  it('line-pair rule config that skipped bitext.config.json is still checked where it is resolved', () => {
    assert.throws(() => resolveLineRules(linePairRules, { 'line-too-long': { maxChars: 'many' } }), /rules\.line-too-long\.maxChars: expected a whole number of at least 1, got "many"/);
  });
});
