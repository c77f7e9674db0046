// ESLint flat config. The one architectural rule: the pure service (server/src/service/) never imports
// the LSP transport (vscode-languageserver, vscode-languageclient, vscode) — only the protocol *types*.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure service never imports the LSP transport; the rules below add the layering of docs/architecture.md.
const TRANSPORT = {
  paths: [
    { name: 'vscode-languageserver', message: 'server/src/service/ is the pure language service: use vscode-languageserver-types, and wire the connection in server/src/lsp/.' },
    { name: 'vscode-languageserver/node', message: 'server/src/service/ is the pure language service: wire the connection in server/src/lsp/.' },
    { name: 'vscode-languageclient', message: 'The service never imports the client.' },
    { name: 'vscode', message: 'The service runs outside VS Code (CLI, any LSP client).' },
  ],
  patterns: [{ group: ['vscode-languageserver/*', 'vscode-languageclient/*'], message: 'server/src/service/ must not depend on the LSP transport.' }],
};
const FORMATS = ['dockerfile', 'compose', 'kubernetes', 'kustomize', 'ansible'];
const UP = '^(?:\\.\\./|\\./)+';

function layerRules() {
  const block = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { paths: TRANSPORT.paths, patterns: [...TRANSPORT.patterns, ...patterns] }] } });
  const top = { regex: `${UP}(?:formats|languageService|cli)$`, message: 'Only the facade and the registry sit above the formats: import what you need from below instead.' };
  const out = [block(['server/src/service/**/*.ts'], [])];
  // A format imports no other format (shared helpers live in common/, schema/, workspace/ …) and nothing above it.
  for (const f of FORMATS) {
    const others = FORMATS.filter((x) => x !== f).join('|');
    out.push(block([`server/src/service/${f}/**/*.ts`], [{ regex: `${UP}(?:${others})(?:/|$)`, message: `A format never imports another (${f} → another format): put shared code in common/, or read the other file's facts from the workspace index.` }, top]));
  }
  // Below the formats: no format at all.
  const anyFormat = { regex: `${UP}(?:${FORMATS.join('|')})(?:/|$)`, message: 'This layer is below the formats and knows none of them.' };
  out.push(block(['server/src/service/{yaml,common,schema,workspace,kb,notes,rules,data,kinds,general,snippets}/**/*.ts', 'server/src/service/{classify,text,types,provider}.ts'], [anyFormat, top]));
  // The model knows no format, no file kind and no rule.
  out.push(block(['server/src/service/model.ts'], [anyFormat, top, { regex: `${UP}(?:rules|kinds|yaml|workspace)(?:/|$)`, message: 'model.ts is the bottom of the service: parsers register with it, it imports none of them.' }]));
  return out;
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'test-results/**', '.vscode-test/**', 'bench/.work/**', 'scratch/**', 'server/src/service/compose/validate.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // The service's layers (docs/architecture.md): formats stand side by side, everything below them knows none.
  ...layerRules(),
);
