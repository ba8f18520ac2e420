// ESLint (flat config): the house rules a machine can check. `npm run lint` (part of `npm test`)
// runs this and `prettier --check .`.
//
// The import rules encode ARCHITECTURE.md's "Layout" table: each folder names the parts of the
// engine it may import; every other part is reported with a message that says which rule it breaks.
import tseslint from '@async-lanes/typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** The parts of src/engine an import can reach, by their first path segment under src/engine. */
const ENGINE_PARTS = ['names', 'ir', 'errors', 'syntax', 'runtime', 'interp', 'models', 'events', 'shims', 'api', 'engine'];

/**
 * ARCHITECTURE.md "Layout": what each engine folder may import (besides its own files).
 * `names` (src/engine/names.ts: model names, languages) is open to every layer.
 * `models/model` is the scheduling-model interface alone, not the models.
 */
const ENGINE_LAYERS = [
  { folder: 'names.ts', may: [] },
  { folder: 'errors.ts', may: [] },
  { folder: 'ir', may: ['names'] },
  { folder: 'events', may: ['names'] },
  { folder: 'shims', may: [] },
  { folder: 'syntax', may: ['names', 'ir', 'errors'] },
  { folder: 'runtime', may: ['names', 'ir', 'errors', 'events'] },
  { folder: 'models', may: ['names', 'ir', 'errors', 'events', 'runtime'] },
  { folder: 'interp', may: ['names', 'ir', 'errors', 'events', 'runtime', 'models/model'] },
  { folder: 'api.ts', may: ['names', 'ir', 'events'] },
];

const NO_REACT = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'].map((name) => ({
  name,
  message: 'ARCHITECTURE.md: engine code and the worker protocol never import React (they run in a Worker and in Node).',
}));

const NO_TESTS = {
  regex: '^(\\.\\./)+tests/',
  message: 'src/ never imports from tests/: what the app ships lives under src/ (ARCHITECTURE.md "Layout").',
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Import patterns that leave `folder` for a part of the engine it may not import. */
function engineRestrictions({ folder, may }) {
  const patterns = [NO_TESTS];
  for (const part of ENGINE_PARTS) {
    if (part === folder.replace(/\.ts$/, '')) continue;
    const allowedInside = may.filter((m) => m.startsWith(`${part}/`)).map((m) => m.slice(part.length + 1));
    if (may.includes(part)) continue;
    // From src/engine/X/... an import of part P reads '../P', '../../P/...'; files directly in
    // src/engine (names.ts, api.ts) reach it as './P'.
    const prefix = folder.endsWith('.ts') ? '\\./' : '(\\.\\./)+';
    const except = allowedInside.length ? `(?!(${allowedInside.map(escape).join('|')})$)` : '';
    patterns.push({
      regex: `^${prefix}${escape(part)}(\\.ts)?(/${except}|$)`,
      message:
        `ARCHITECTURE.md "Layout": src/engine/${folder} may import only ` +
        `${may.length ? may.join(', ') : 'nothing else in the engine'}` +
        `${allowedInside.length ? '' : ` — not ${part}`}. Move the shared piece down (names.ts holds what every layer shares).`,
    });
  }
  return { paths: NO_REACT, patterns };
}

function layerConfigs() {
  return ENGINE_LAYERS.map((layer) => ({
    files: layer.folder.endsWith('.ts') ? [`src/engine/${layer.folder}`] : [`src/engine/${layer.folder}/**`],
    rules: { 'no-restricted-imports': ['error', engineRestrictions(layer)] },
  }));
}

/** Outside the engine: the UI talks to the engine only through the worker protocol and src/engine/api.ts. */
const ENTRY_ONLY = (who, allowed) => ({
  regex: `^(\\.\\./)+engine/(?!(${allowed.join('|')})$)`,
  message: `ARCHITECTURE.md "Layout": ${who} imports the engine only through ${allowed.map((a) => `src/engine/${a}.ts`).join(' and ')}.`,
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'tools/*/node_modules/',
      'public/',
      'test-results/',
      'bench/results/',
      'bench/programs/',
      'tests/conformance/cases/',
      'tests/conformance/shims/',
      'tests/cases/',
      'tests/golden/',
      'tests/syntax/golden/',
      'tests/fuzz/crashers/',
      'tests/oracle/node-capture-hook.mjs',
      'src/ui/example-snippets/',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { '@typescript-eslint': tseslint.plugin, 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // ARCHITECTURE.md "Layout": one concept per file, roughly 100–600 lines.
      'max-lines': ['error', { max: 600 }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TESTS] }] },
  },
  ...layerConfigs(),
  {
    files: ['src/engine/engine.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: NO_REACT, patterns: [NO_TESTS] }] },
  },
  {
    files: ['src/worker/protocol.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: NO_REACT, patterns: [NO_TESTS, ENTRY_ONLY('src/worker/protocol.ts', ['api'])] }] },
  },
  {
    files: ['src/worker/**', 'src/cli/**'],
    ignores: ['src/worker/protocol.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TESTS, ENTRY_ONLY('src/worker and src/cli', ['api', 'engine'])] }] },
  },
  {
    files: ['src/ui/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_TESTS,
            ENTRY_ONLY('the UI', ['api']),
            {
              regex: '^(\\.\\./)+worker/(?!protocol$)',
              message: 'ARCHITECTURE.md "Layout": the UI reaches the worker only through src/worker/protocol.ts (and the Worker URL).',
            },
          ],
        },
      ],
    },
  },
);
