// Vite plugin: Monaco's modules import their own .css files. Left alone, Astro hoists that CSS (≈137 KB) into
// every page's <head> as render-blocking styles, although Monaco loads only when a learner touches an editor.
// This plugin turns each Monaco .css import into a tiny JS module that inserts a <style> when the lazy chunk
// runs. Fonts referenced with url() are imported as assets so their URLs stay right.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const PREFIX = '\0monaco-style:'; // the virtual id must not end in .css, or Vite's CSS pipeline takes it back

/** @returns {import('vite').Plugin} */
export function monacoCssAsJs() {
  return {
    name: 'awaitable:monaco-css-as-js',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.endsWith('.css') || !importer.includes('monaco-editor')) return null;
      return PREFIX + resolve(dirname(importer.replace(/^\0monaco-style:/, '')), source) + '.js';
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      const imports = [];
      const css = readFileSync(file, 'utf8').replace(/url\((['"]?)(\.[^'")]+)\1\)/g, (_, _quote, path) => {
        const name = `asset${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(resolve(dirname(file), path) + '?url')};`);
        return `url(\${${name}})`;
      });
      return `${imports.join('\n')}
const style = document.createElement('style');
style.dataset.monaco = ${JSON.stringify(file.slice(file.lastIndexOf('monaco-editor')))};
style.textContent = \`${css.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\`;
document.head.append(style);
`;
    },
  };
}
