/** Sizes the Playground documents to readers (the README's "Share links" quotes them). */
export const MAX_SHARED_SOURCE_BYTES_TEXT = '16 KB';
