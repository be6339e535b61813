/**
 * How code looks in a workbench. The colours, shared by the build-time static code (Workbench.astro, Shiki) and the editor (Monaco through
 * @shikijs/monaco): one theme per colour scheme, so opening the editor changes no colour.
 */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/**
 * Line-number colours replacing the themes' own (#8c959f / #6e7681, 3.0:1 and 4.1:1, are below WCAG AA's 4.5:1 on the themes'
 * backgrounds); these are GitHub's muted text colours: 5.2:1 on #ffffff, 6.3:1 on #0d1117.
 */
export const LINE_NUMBER_COLOURS = { light: '#656d76', dark: '#8d96a0' } as const;

/** Geometry shared by the static view and the editor (Workbench.astro's CSS is built from the same numbers). */
export const CODE_FONT_SIZE = 14;
export const CODE_LINE_HEIGHT = 20;
export const CODE_PADDING = 8;
/** Digits the line-number gutter has room for, and the gap between the numbers and the code (Monaco's names). */
export const LINE_NUMBERS_MIN_CHARS = 3;
export const LINE_DECORATIONS_WIDTH = 10;
const MIN_ROWS = 6;
const MAX_ROWS = 28;

/** Rows the code area shows for this code (it scrolls past MAX_ROWS); the same for the static view and Monaco. */
export function codeRows(code: string): number {
  return Math.min(Math.max(code.split('\n').length, MIN_ROWS), MAX_ROWS);
}
