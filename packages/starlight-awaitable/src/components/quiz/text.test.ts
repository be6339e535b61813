import { describe, expect, it } from 'vitest';
import { textParts } from './text.ts';

describe('textParts', () => {
  it('splits code spans out of text', () => {
    expect(textParts('Call `asyncio.run(main())` once')).toEqual([
      { code: false, text: 'Call ' },
      { code: true, text: 'asyncio.run(main())' },
      { code: false, text: ' once' },
    ]);
  });
  it('keeps plain text, and an unmatched backtick, as they are', () => {
    expect(textParts('plain')).toEqual([{ code: false, text: 'plain' }]);
    expect(textParts('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
  });
});
