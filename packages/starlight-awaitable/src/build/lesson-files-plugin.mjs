// Vite plugin: the virtual module `virtual:starlight-awaitable/lessons`, which gives the components every program
// and recorded output under the site's lessons folder (the plugin's `lessons` option). `import.meta.glob` needs a
// literal pattern, so the pattern is written into this generated module instead of into the components.
const ID = 'virtual:starlight-awaitable/lessons';
const RESOLVED = '\0' + ID;

/** @param {string} lessonsDir the lessons folder, relative to the site's root ("content/lessons") */
export function lessonFiles(lessonsDir) {
  const root = '/' + lessonsDir.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  return {
    name: 'starlight-awaitable:lesson-files',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? [
            `export const LESSONS_ROOT = ${JSON.stringify(root)};`,
            `export const lessonFiles = import.meta.glob(${JSON.stringify([`${root}/**/*.py`, `${root}/**/*.ts`, `${root}/**/*.out`])}, ` +
              `{ query: '?raw', import: 'default', eager: true });`,
          ].join('\n')
        : undefined,
  };
}
