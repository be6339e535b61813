/**
 * How many characters of a line the code editor shows without scrolling sideways, on a 1280 px wide screen (a
 * common laptop). Measured in Chromium at 1280 × 900 on a lesson page: the workbench is 630 px wide; Monaco's
 * gutter (line numbers and folding) takes 68 px and its vertical scrollbar 14 px, leaving 548 px of text; at 14 px
 * monospace a character is 8.43 px, so 65 characters fit and the 66th is cut off. (The static view shown before
 * the editor loads fits 70.) Change this if the editor's font size or the page layout changes.
 */
export const EDITOR_COLUMNS = 65;
