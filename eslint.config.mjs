// ESLint flat config. The one architectural rule: the pure service (server/src/service/) never imports
// the LSP transport (vscode-languageserver, vscode-languageclient, vscode) — only the protocol *types*.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode-languageserver', message: 'server/src/service/ is the pure language service: use vscode-languageserver-types, and wire the connection in server/src/lsp/.' },
          { name: 'vscode-languageserver/node', message: 'server/src/service/ is the pure language service: wire the connection in server/src/lsp/.' },
          { name: 'vscode-languageclient', message: 'The service never imports the client.' },
          { name: 'vscode', message: 'The service runs outside VS Code (CLI, any LSP client).' },
        ],
        patterns: [{ group: ['vscode-languageserver/*', 'vscode-languageclient/*'], message: 'server/src/service/ must not depend on the LSP transport.' }],
      }],
    },
  },
);
