/**
 * Everything Monaco needs, in one lazily imported chunk (≈850 KB gzip): the editor core, Python highlighting,
 * the editing features we use, and its web worker. Nothing imports this module statically.
 *
 * Highlighting comes from Shiki with the same grammar and themes as the build-time static code (Workbench.astro),
 * through @shikijs/monaco, so opening the editor changes no colour. One theme per colour scheme, following
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
import { shikiToMonaco } from '@shikijs/monaco';
import { createHighlighterCore, type ThemeRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import python from 'shiki/langs/python.mjs';
import githubDark from 'shiki/themes/github-dark-default.mjs';
import githubLight from 'shiki/themes/github-light-default.mjs';
import { CODE_THEMES, LINE_NUMBER_COLOURS } from './code-style';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

/** The GitHub themes' line numbers are too faint for WCAG AA; the static view uses the same replacements. */
const withReadableLineNumbers = (theme: ThemeRegistration, scheme: 'light' | 'dark'): ThemeRegistration => ({
  ...theme,
  colors: {
    ...theme.colors,
    'editorLineNumber.foreground': LINE_NUMBER_COLOURS[scheme],
    'editorLineNumber.activeForeground': theme.colors?.['editor.foreground'] ?? LINE_NUMBER_COLOURS[scheme],
  },
});

const highlighter = await createHighlighterCore({
  themes: [withReadableLineNumbers(githubDark, 'dark'), withReadableLineNumbers(githubLight, 'light')],
  langs: [python],
  engine: createJavaScriptRegexEngine(),
});
shikiToMonaco(highlighter, monaco);

/** The Monaco theme for the page's current colour scheme (Starlight resolves "auto" to light or dark). */
export function editorTheme(): string {
  return document.documentElement.dataset.theme === 'light' ? CODE_THEMES.light : CODE_THEMES.dark;
}

// One observer for the page: Monaco's theme is global to all its editors.
new MutationObserver(() => monaco.editor.setTheme(editorTheme())).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['data-theme'],
});

export { monaco };
