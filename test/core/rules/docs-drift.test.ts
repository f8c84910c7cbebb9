// docs/rules.md is generated from the registry; it must match what the generator writes now, and each
// rule's declared fix kind must match the fixes it really reports.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { REGENERATE, RULE_DOCS_PATH, renderRuleDocs } from '../../../scripts/gen-rule-docs';
import { allRules } from '../../../server/src/core/rules';
import { runPairRules, runSideRules } from '../../../server/src/core/run-rules';
import { resolveConfig } from '../../../server/src/core/config';
import { goldPair000, sideOf } from './helpers';
import { sampleText } from '../../support/shared';

describe('docs/rules.md', () => {
  it('matches the rule registry', () => {
    assert.ok(existsSync(RULE_DOCS_PATH), `docs/rules.md is missing: run \`${REGENERATE}\``);
    const want = renderRuleDocs();
    const got = readFileSync(RULE_DOCS_PATH, 'utf8');
    if (got !== want) {
      const a = got.split('\n');
      const b = want.split('\n');
      const k = a.findIndex((l, i) => l !== b[i]);
      assert.fail(`docs/rules.md is out of date with the rule registry (first difference at line ${k + 1}: ${JSON.stringify(a[k])} should be ${JSON.stringify(b[k])}); regenerate it with \`${REGENERATE}\``);
    }
  });
  it('documents every rule with its id, severity, scope and options', () => {
    const md = renderRuleDocs();
    for (const r of allRules) {
      assert.ok(md.includes(`### ${r.id}\n`), r.id);
      for (const k of Object.keys(r.options ?? {})) assert.ok(md.includes(`\`${k}\` (default`), `${r.id}: option ${k}`);
    }
  });
  it("each rule's declared fix kind matches the fixes it reports on the samples", () => {
    const text = sampleText('003').text + '\n\nKIm và Kim. Nga ,  Triều  . ' + 'hoà hòa hòa '.normalize('NFD');
    const findings = [...runSideRules(sideOf(text, 'vi'), resolveConfig({})), ...runSideRules(sideOf('He said the the word twice, then left.', 'en'), resolveConfig({})), ...runPairRules(goldPair000(), resolveConfig({}))];
    for (const f of findings) {
      const rule = allRules.find((r) => r.id === f.rule)!;
      for (const fix of f.fixes ?? []) {
        if (fix.safe) assert.equal(rule.fix, 'safe', `${f.rule} reports a safe fix but declares ${rule.fix ?? 'none'}`);
        else assert.ok(rule.fix, `${f.rule} reports an explicit fix but declares none`);
      }
    }
    const seen = new Set(findings.filter((f) => f.fixes?.length).map((f) => f.rule));
    for (const id of ['segmentation-underscore', 'segmenter-error', 'unicode-normalization', 'case-typo', 'doubled-word', 'extra-text', 'single-line-document']) assert.ok(seen.has(id), `no fix seen for ${id}`);
  });
});
