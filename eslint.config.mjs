// Lint rules, including the architecture: src/core stays pure (no vscode import).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'src/core/templates/compiled/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: adapters in src/features talk to VS Code.' }],
        patterns: [{ group: ['**/features/**', '**/host/**', '**/webview/**', '../extension'], message: 'src/core must not depend on adapters.' }],
      }],
    },
  },
);
