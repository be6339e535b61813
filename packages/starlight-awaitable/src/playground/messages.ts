/** Everything the Playground says to the reader, in one place. */
import { MAX_SHARED_SOURCE_BYTES_TEXT } from './limits.ts';

export const SHARE_MESSAGES = {
  tooBig: (bytes: number) =>
    `This program is ${Math.ceil(bytes / 1024)} KB; share links carry at most ${MAX_SHARED_SOURCE_BYTES_TEXT} of ` +
    'code. Shorten it, or send the file itself.',
  stdinTooBig: 'The input (stdin) is too long for a share link: at most 4 KB. Shorten it and share again.',
  unknownVersion:
    'This link does not hold a program this site can read (it may be cut short, or made by a newer version of the site).',
  linkTooLong: 'This link is too long to be a Playground link, so it was not opened.',
  badBase64: 'This link is damaged (it contains characters a Playground link never has), so no code was loaded.',
  badDeflate: 'This link is damaged or cut short (its code could not be unpacked), so no code was loaded.',
  tooMuchInside: 'This link unpacks to far more than a shared program can be, so it was not opened.',
  badContent: 'This link is damaged (what it unpacks to is not a Playground program), so no code was loaded.',
  fromLink:
    'This code came from a link. It has not run: read it first, then press Run if you want to run it in your browser.',
  copied: 'Link copied. Whoever opens it sees this code and runs it only if they press Run.',
  copyFailed: 'The browser did not let the page copy. Select the link below and copy it yourself.',
};

export const PLAYGROUND_MESSAGES = {
  loadedExample: (title: string) => `Loaded “${title}”. Ctrl+Z in the editor brings back what was there.`,
  loadedFromHistory: 'Program loaded from your history.',
};

export const HISTORY_MESSAGES = {
  empty: 'Programs you run here appear in this list (the last 20, kept in this browser only).',
  unavailable: 'This browser does not let the page keep a history (storage is off or full).',
};
