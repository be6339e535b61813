import { describe, expect, it } from 'vitest';
import { packedImageLength, packPages, unpackPages } from './sparse-pages.ts';

/** An image of `pages` pages (plus `tail` bytes) where the listed pages hold data. */
function image(pages: number, tail: number, filled: number[], pageSize = 64): Uint8Array {
  const bytes = new Uint8Array(pages * pageSize + tail);
  for (const page of filled)
    for (let i = page * pageSize; i < Math.min((page + 1) * pageSize, bytes.length); i += 7) bytes[i] = (i % 251) + 1;
  return bytes;
}

describe('packPages / unpackPages', () => {
  it('keeps only the non-zero pages and restores the image exactly', () => {
    const original = image(100, 0, [0, 1, 50, 99]);
    const packed = packPages(original, 64);
    expect(packed.byteLength).toBe(16 + 4 * 4 + 4 * 64);
    expect(unpackPages(packed)).toEqual(original);
  });

  it('handles a last page cut short, a single non-zero byte, and an all-zero image', () => {
    const original = image(10, 13, [10]);
    expect(unpackPages(packPages(original, 64))).toEqual(original);
    const oneByte = new Uint8Array(1000);
    oneByte[777] = 9;
    const packed = packPages(oneByte, 64);
    expect(packed.byteLength).toBe(16 + 4 + 64);
    expect(unpackPages(packed)).toEqual(oneByte);
    expect(unpackPages(packPages(new Uint8Array(500), 64))).toEqual(new Uint8Array(500));
  });

  it('reads an image that is not 4-byte aligned in its buffer', () => {
    const original = image(8, 3, [2, 7]);
    const shifted = new Uint8Array(original.length + 1);
    shifted.set(original, 1);
    expect(unpackPages(packPages(shifted.subarray(1), 64))).toEqual(original);
  });

  it('refuses a truncated or foreign image', () => {
    const packed = packPages(image(20, 0, [3, 4]), 64);
    expect(() => unpackPages(packed.subarray(0, packed.length - 1))).toThrow(/bytes, not/);
    expect(() => unpackPages(new Uint8Array(64))).toThrow(/not a packed memory image/);
    expect(() => unpackPages(new Uint8Array(3))).toThrow(/not a packed memory image/);
  });

  it('tells the image length from the header, and unpacks into a buffer the caller made', () => {
    const original = image(30, 5, [0, 29, 30]);
    const packed = packPages(original, 64);
    expect(packedImageLength(packed.subarray(0, 16))).toBe(original.length);
    expect(packedImageLength(new Uint8Array(16))).toBeNull();
    const target = new Uint8Array(original.length);
    expect(unpackPages(packed, target)).toBe(target);
    expect(target).toEqual(original);
    expect(() => unpackPages(packed, new Uint8Array(original.length + 1))).toThrow(/bytes, not/);
  });

  it('writes nothing when the packed image is damaged', () => {
    const packed = packPages(image(10, 0, [1, 2]), 64);
    new Uint32Array(packed.buffer)[5] = 1000; // the second page number, now outside the image
    const target = new Uint8Array(640);
    expect(() => unpackPages(packed, target)).toThrow(/outside the image/);
    expect(target.every((byte) => byte === 0)).toBe(true);
  });
});
