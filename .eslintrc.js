// eslint-config-taro (React) + typescript-eslint's recommended rules; Prettier owns formatting.
module.exports = {
  root: true,
  extends: ['taro/react', 'plugin:@typescript-eslint/recommended', 'prettier'],
  // One parser for TS and JS, so plain .js/.mjs files need no Babel config of their own.
  parser: '@typescript-eslint/parser',
  // jsxPragma null: with the automatic JSX runtime an unused `import React` is reported.
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true }, jsxPragma: null },
  env: { es2022: true },
  rules: {
    // The JSX runtime is automatic (react-jsx): no React import in scope.
    'react/react-in-jsx-scope': 'off',
    'react/jsx-uses-react': 'off',
    // Warnings fail the lint (--max-warnings 0), so what taro/react only warns about must be real.
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
  },
  overrides: [
    {
      files: ['src/**/*.{ts,tsx}'],
      env: { browser: true },
    },
    {
      files: ['scripts/**', 'config/**', 'test/**', '*.js', '*.mjs'],
      env: { node: true },
    },
    {
      files: ['test/**'],
      env: { jest: true },
      rules: {
        // Test harnesses emulate CommonJS loaders (module.exports of a fake module); real requires are still caught.
        'import/no-commonjs': 'off',
      },
    },
    {
      // CommonJS config files (jest, babel, eslint, jest setup).
      files: ['*.js', 'test/setup/*.js'],
      rules: {
        'import/no-commonjs': 'off',
        '@typescript-eslint/no-var-requires': 'off',
      },
    },
  ],
}
