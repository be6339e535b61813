import { defineConfig } from 'vitest/config';
import { lessonFiles } from './packages/starlight-awaitable/src/build/lesson-files-plugin.mjs';

// Unit tests: pure TypeScript beside the code (src/**/*.test.ts) or under tests/unit.
// Runtime tests (Pyodide in Node) are slower and run as their own project: `npm run test:runtime`.
export default defineConfig({
  plugins: [lessonFiles('content/lessons')],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
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
