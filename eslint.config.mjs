import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // `const { omitted, ...rest } = row` is how a key is left out of an object.
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] } },
  // One direction between modules: an import cycle is an error (checked by hand with a two-file cycle in lib/).
  { rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] } },
  // Layers: db/ is the bottom (lib/ builds on it, never the reverse), and what deploy/ ships never needs tests/.
  {
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './db', from: './lib', message: 'db/ imports nothing from lib/: pass what a query needs as an argument.' },
            { target: './db', from: ['./app', './components'] },
            { target: './lib', from: ['./app', './components'] },
            { target: ['./deploy', './lib', './db', './app', './components'], from: './tests' },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'db/migrations/**']),
]);
