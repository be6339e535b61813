import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit tests: pure TypeScript beside the code (src/**/*.test.ts) or under tests/unit.
// Runtime tests (Pyodide in Node) are slower and run as their own project: `npm run test:runtime`.
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'runtime',
          include: ['tests/runtime/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Pyodide per file is plenty of memory and CPU on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
