// The extension's manifest sections (`contributes`, `activationEvents`, `main` of package.json),
// generated from the rule registry so the settings never drift from the rules.
// `npx tsx client/src/manifest.ts --write` updates package.json in place, touching only those keys.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../server/src/core/rules';

const SEVERITIES = ['off', 'error', 'warning', 'info', 'hint'];

function ruleSchema(rule: (typeof allRules)[number]): Record<string, unknown> {
  // Each option's declaration (type, default, range) becomes its JSON schema.
  const specs = Object.entries(rule.options ?? {});
  const thresholds = Object.fromEntries(
    specs.map(([name, spec]) => [
      name,
      spec.type === 'boolean'
        ? { type: 'boolean', default: spec.default }
        : { type: spec.type, default: spec.default, ...(spec.min !== undefined ? { minimum: spec.min } : {}), ...(spec.max !== undefined ? { maximum: spec.max } : {}) },
    ]),
  );
  return {
    markdownDescription: `${rule.description} Default severity: \`${rule.defaultSeverity}\`.${specs.length ? ` Options: ${specs.map(([name, spec]) => `\`${name}\` (default ${JSON.stringify(spec.default)})`).join(', ')}.` : ''}`,
    anyOf: [
      { type: 'string', enum: SEVERITIES },
      { type: 'object', properties: { severity: { type: 'string', enum: SEVERITIES }, ...thresholds }, additionalProperties: false },
    ],
  };
}

export function manifest(): { contributes: Record<string, unknown>; activationEvents: string[]; main: string } {
  const rules = [...allRules].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    main: './out/client.js',
    activationEvents: ['onLanguage:plaintext', 'onLanguage:bitext'],
    contributes: {
      languages: [
        {
          id: 'bitext',
          aliases: ['Bitext (parallel text)', 'bitext'],
          extensions: ['.vi', '.en'],
          filenamePatterns: ['*.vi.txt', '*.en.txt', '*_vi.txt', '*_en.txt'],
        },
      ],
      grammars: [{ language: 'bitext', scopeName: 'text.bitext', path: './syntaxes/bitext.tmLanguage.json' }],
      commands: [
        { command: 'bitext.goToCounterpart', title: 'Go to Counterpart', category: 'Bitext' },
        { command: 'bitext.openCounterpartBeside', title: 'Open Counterpart Beside', category: 'Bitext' },
        { command: 'bitext.showAlignment', title: 'Show Alignment', category: 'Bitext' },
        { command: 'bitext.exportTmx', title: 'Export TMX', category: 'Bitext' },
        { command: 'bitext.linkSentence', title: 'Link with Counterpart Sentence…', category: 'Bitext' },
        { command: 'bitext.unlinkSentence', title: 'Unlink Sentence', category: 'Bitext' },
        { command: 'bitext.mergeWithNext', title: 'Merge with Next Bead', category: 'Bitext' },
        { command: 'bitext.splitHere', title: 'Split This Bead Here', category: 'Bitext' },
        { command: 'bitext.markUnpaired', title: 'Link Sentence to No Counterpart', category: 'Bitext' },
      ],
      // A paragraph is one line: wrap it; typographic quotes and dashes (’ – “ ”) are the text's own, not look-alikes to box.
      configurationDefaults: {
        '[bitext]': {
          'editor.wordWrap': 'on',
          'editor.unicodeHighlight.allowedCharacters': Object.fromEntries([...'’‘“”–—…'].map((c) => [c, true])),
        },
      },
      menus: {
        'editor/context': [
          { command: 'bitext.goToCounterpart', when: 'editorLangId == bitext || editorLangId == plaintext', group: 'navigation@90' },
          { command: 'bitext.openCounterpartBeside', when: 'editorLangId == bitext || editorLangId == plaintext', group: 'navigation@91' },
          { command: 'bitext.showAlignment', when: 'editorLangId == bitext', group: 'navigation@92' },
          { command: 'bitext.linkSentence', when: 'editorLangId == bitext', group: 'navigation@93' },
        ],
      },
      configuration: {
        title: 'Bitext',
        properties: {
          'bitext.rules': {
            type: 'object',
            default: {},
            markdownDescription:
              'Per rule: `"off"` or a severity (`error`, `warning`, `info`, `hint`), or an object `{ "severity": …, …thresholds }`. Overrides `rules` in `bitext.config.json`.',
            properties: Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)])),
            additionalProperties: false,
          },
          'bitext.segmentation': {
            type: ['string', 'null'],
            enum: ['keep', 'remove', null],
            default: null,
            markdownEnumDescriptions: [
              'A tokenised NLP corpus: keep `_`-joined words; only segmenter errors (`Kim_là`) are findings.',
              'Text for readers and aligners: `_` and spaced punctuation are findings, fixed to plain text.',
              'Use `segmentation` from `bitext.config.json` (default `remove`).',
            ],
            markdownDescription: 'What to do with word-segmented text (`củng_cố`, `Nga , Triều`). Unset: `bitext.config.json` decides.',
          },
          'bitext.pairs': {
            type: 'object',
            default: {},
            additionalProperties: { type: 'string' },
            markdownDescription:
              'Pairing rules that win over the automatic ones: a glob relative to the workspace root (each `*`/`**` captures) mapped to the counterpart path, with `$1`, `$2`… for the captures. Example: `{ "src/*.txt": "tgt/$1.txt" }`.',
          },
          'bitext.lineAligned': {
            type: ['string', 'null'],
            enum: ['auto', 'always', 'never', null],
            default: null,
            markdownDescription:
              'Treat a two-file pair as a line-aligned corpus (line N ↔ line N): `auto` (from names and content), `always` or `never`. Unset: `bitext.config.json` decides (default `auto`).',
          },
          'bitext.originalLanguage': {
            type: ['string', 'object', 'null'],
            default: null,
            additionalProperties: { type: 'string' },
            markdownDescription:
              'The language of the originals (a code such as `en`): in a pair of files, the one in this language is the original and the other the translation. Or per pair: globs relative to the workspace root mapped to a code, `{ "news/**": "en", "novels/**": "vi" }`. Unset: a source line says it, else Bitext guesses from which side has paragraphs the other lacks (shown, not used by the checks). Overrides `originalLanguage` in `bitext.config.json`.',
          },
          'bitext.dictionary': {
            type: ['string', 'null'],
            default: null,
            markdownDescription:
              'A bilingual dictionary for the aligner, in hunalign\'s format (`word @ word`, one entry a line, either way round; `scripts/freedict-to-hunalign.ts` converts a FreeDict dictionary): a path inside the workspace folder. Its words are evidence beside what the aligner learns from each pair, so dropped and added sentences are found where lengths alone cannot tell. Overrides `dictionary` in `bitext.config.json`; not read in an untrusted workspace.',
          },
          'bitext.include': {
            type: 'array',
            items: { type: 'string' },
            default: [],
            markdownDescription: 'Globs (relative to the workspace root) limiting the files Bitext checks, e.g. `["corpus/**", "**/*.vi.txt"]`. Empty: every plain-text file; a text with no counterpart and nothing to fix stays silent anyway.',
          },
          'bitext.fixAllOnSave': {
            type: 'boolean',
            default: false,
            markdownDescription: 'Apply every safe fix (spacing, `_`, Unicode form; never letters or digits) when a file is saved.',
          },
          'bitext.colourPlainText': {
            type: 'boolean',
            default: true,
            markdownDescription:
              'Colour plain-text files Bitext recognises (part of a pair, or holding word-segmentation or spacing artifacts) by switching their language to Bitext. A file you switch back to Plain Text stays plain; an ordinary `.txt` is never switched.',
          },
          'bitext.debounceMs': {
            type: 'number',
            default: 200,
            minimum: 0,
            markdownDescription: 'Milliseconds to wait after typing stops before the pair is checked again.',
          },
          'bitext.fullCheckDelayMs': {
            type: 'number',
            default: 1500,
            minimum: 0,
            markdownDescription: 'Milliseconds of idle time after which a big pair, re-checked only around each edit while typing, is checked again as a whole (in the background, so typing stays fast).',
          },
        },
      },
    },
  };
}

if (require.main === module) {
  const file = join(__dirname, '..', '..', 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const generated = manifest();
  const next = { ...pkg, main: generated.main, activationEvents: generated.activationEvents, contributes: generated.contributes };
  if (process.argv.includes('--write')) {
    writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
    console.log('package.json: main, activationEvents, contributes updated');
  } else {
    console.log(JSON.stringify(generated, null, 2));
  }
}
