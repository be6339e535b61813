/**
 * Everything Monaco needs, in one lazily imported chunk (≈850 KB gzip): the editor core, Python highlighting,
 * the editing features we use, and its web worker. Nothing imports this module statically.
 *
 * Highlighting comes from Shiki with the same grammar and themes as the build-time static code (Workbench.astro),
 * (monaco-shiki.ts), so opening the editor changes no colour. One theme per colour scheme, following
 * Starlight's `data-theme` on <html> live.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { CODE_THEMES } from './code-style.ts';
import { useShikiHighlighting } from './monaco-shiki.ts';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

const scheme = () => (document.documentElement.dataset.theme === 'light' ? 'light' : 'dark');
const highlighting = await useShikiHighlighting(monaco);
highlighting.useScheme(scheme());

/** Tokenizes code before an editor shows it, so its first frame is coloured (see monaco-shiki.ts). */
export const prepareHighlighting = (code: string, language = 'python'): void => highlighting.warmUp(code, language);

/**
 * Makes a language other than Python ready for an editor: TypeScript's grammar is a separate chunk, loaded when
 * the first TypeScript editor opens (Monaco's own TypeScript service is not used: highlighting is all we need).
 */
export async function useLanguage(language: 'python' | 'typescript'): Promise<void> {
  if (language === 'python') return;
  const { default: grammar } = await import('shiki/langs/typescript.mjs');
  await highlighting.addLanguage('typescript', grammar);
}

/** The Monaco theme for the page's current colour scheme (Starlight resolves "auto" to light or dark). */
export function editorTheme(): string {
  return CODE_THEMES[scheme()];
}

// One observer for the page: Monaco's theme is global to all its editors.
new MutationObserver(() => highlighting.useScheme(scheme())).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['data-theme'],
});

export { monaco };
