// Writes docs/rules.md from the rule registry (`allRules`): id, default severity, scope, description,
// documentation paragraph, options with their defaults, and the kind of fix. The registry is the only
// source; test/core/rules/docs-drift.test.ts fails when the file and the registry disagree.
//   npx tsx scripts/gen-rule-docs.ts --write   (rewrites docs/rules.md)
//   npx tsx scripts/gen-rule-docs.ts           (prints it)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../server/src/core/rules';
import { optionDefaults, type Rule } from '../server/src/core/rules/rule';

export const RULE_DOCS_PATH = join(__dirname, '..', 'docs', 'rules.md');
export const REGENERATE = 'npx tsx scripts/gen-rule-docs.ts --write';

const SCOPES: Record<Rule['scope'], { title: string; about: string }> = {
  pair: { title: 'Pair rules', about: 'They read the alignment of a text and its translation.' },
  side: { title: 'Single-side rules', about: 'They read one text (one side of a pair, or a lone file).' },
  'line-pair': { title: 'Line-pair rules', about: 'They read line N of both sides of a line-aligned corpus, one line pair at a time.' },
};

const FIX: Record<string, string> = {
  safe: 'safe (applied by fix all; changes no letter or digit)',
  explicit: 'explicit (offered as a quick fix, applied only when asked for)',
  none: 'none',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderRuleDocs(rules: readonly Rule[] = allRules): string {
  const out: string[] = [
    '# Rules',
    '',
    `<!-- Generated from the rule registry (server/src/core/rules) by \`${REGENERATE}\`. Do not edit by hand. -->`,
    '',
    'Each rule can be turned off or given another severity, and its options changed, in `bitext.config.json`',
    '(`"rules": { "<id>": "off" | "error" | "warning" | "info" | "hint" | { "severity": ..., "<option>": ... } }`)',
    'or in the matching VS Code settings (`bitext.rules`).',
    '',
    '| id | scope | default severity | fix | description |',
    '|---|---|---|---|---|',
  ];
  for (const r of rules) out.push(`| [\`${r.id}\`](#${r.id}) | ${r.scope} | ${r.defaultSeverity} | ${r.fix ?? 'none'} | ${cell(r.description)} |`);
  for (const scope of ['pair', 'side', 'line-pair'] as const) {
    const list = rules.filter((r) => r.scope === scope);
    if (!list.length) continue;
    out.push('', `## ${SCOPES[scope].title}`, '', SCOPES[scope].about);
    for (const r of list) {
      out.push('', `### ${r.id}`, '', r.description, '', r.docs, '');
      out.push(`- Default severity: \`${r.defaultSeverity}\``);
      out.push(`- Scope: \`${r.scope}\``);
      out.push(`- Fix: ${FIX[r.fix ?? 'none']}`);
      const opts = Object.entries(optionDefaults(r));
      out.push(`- Options: ${opts.length ? opts.map(([k, v]) => `\`${k}\` (default \`${JSON.stringify(v)}\`)`).join(', ') : 'none besides `severity`'}`);
      if (r.scope === 'line-pair' && r.corpus) out.push('- Runs on: the whole corpus in line order (`bitext check`, `bitext corpus check`)');
      if (r.tags.length) out.push(`- Tags: ${r.tags.join(', ')}`);
    }
  }
  return out.join('\n') + '\n';
}

if (require.main === module) {
  const md = renderRuleDocs();
  if (process.argv.includes('--write')) {
    writeFileSync(RULE_DOCS_PATH, md);
    console.log(`docs/rules.md written (${allRules.length} rules)`);
  } else process.stdout.write(md);
}
