import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { decodeShare, encodeShare, MAX_DECODED_BYTES, MAX_SHARED_SOURCE_BYTES, toBase64Url } from './share.ts';
import { SHARE_MESSAGES } from './messages.ts';

const program = { code: 'import asyncio\nprint("héllo ✓")\n', stdin: 'a\nb\n', cpuTime: false };
const packJson = (value: unknown) => `v1.${toBase64Url(deflateRawSync(Buffer.from(JSON.stringify(value))))}`;

describe('share links', () => {
  it('round-trips code, stdin and the CPU-time switch', async () => {
    const encoded = await encodeShare(program);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(`#${encoded.fragment}`)).toEqual({ ok: true, program });
  });

  it('refuses to share a program over 16 KB, and shares one at the limit', async () => {
    const over = await encodeShare({ ...program, code: 'x'.repeat(MAX_SHARED_SOURCE_BYTES + 1) });
    expect(over).toEqual({ ok: false, error: SHARE_MESSAGES.tooBig(MAX_SHARED_SOURCE_BYTES + 1) });
    expect(over.ok || over.error).toContain('16 KB');
    expect((await encodeShare({ ...program, code: 'x'.repeat(MAX_SHARED_SOURCE_BYTES) })).ok).toBe(true);
  });

  it('keeps markup in the code as plain text', async () => {
    const hostile = { ...program, code: '<img src=x onerror=alert(1)></script><script>alert(2)</script>\n' };
    const encoded = await encodeShare(hostile);
    if (!encoded.ok) throw new Error(encoded.error);
    expect(await decodeShare(encoded.fragment)).toEqual({ ok: true, program: hostile });
  });

  it.each([
    ['no version', 'abc', SHARE_MESSAGES.unknownVersion],
    ['an unknown version', 'v9.AAAA', SHARE_MESSAGES.unknownVersion],
    ['characters outside base64url', 'v1.ab$c+/==', SHARE_MESSAGES.badBase64],
    ['an impossible base64 length', 'v1.abcde', SHARE_MESSAGES.badBase64],
    [
      'bytes that are not deflate',
      `v1.${toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00]))}`,
      SHARE_MESSAGES.badDeflate,
    ],
    ['JSON of the wrong shape', packJson({ code: 1 }), SHARE_MESSAGES.badContent],
    ['extra fields', packJson({ ...program, run: true }), SHARE_MESSAGES.badContent],
    ['text that is not JSON', `v1.${toBase64Url(deflateRawSync(Buffer.from('<script>')))}`, SHARE_MESSAGES.badContent],
    ['an over-long fragment', `v1.${'A'.repeat(50_000)}`, SHARE_MESSAGES.linkTooLong],
  ])('rejects %s with a message', async (_name, fragment, error) => {
    expect(await decodeShare(fragment)).toEqual({ ok: false, error });
  });

  it('rejects a truncated link', async () => {
    const encoded = await encodeShare({ ...program, code: 'print(1)\n'.repeat(200) });
    if (!encoded.ok) throw new Error(encoded.error);
    const cut = encoded.fragment.slice(0, Math.floor(encoded.fragment.length / 2));
    const result = await decodeShare(cut);
    expect(result.ok).toBe(false);
    expect([SHARE_MESSAGES.badDeflate, SHARE_MESSAGES.badBase64]).toContain(result.ok || result.error);
  });

  it('stops unpacking a zip bomb at the cap', async () => {
    // 50 MB of zeros deflates to ~50 KB; this one is 2 MB → ~2 KB of link.
    const bomb = deflateRawSync(Buffer.alloc(2_000_000, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(MAX_DECODED_BYTES);
    expect(await decodeShare(`v1.${toBase64Url(bomb)}`)).toEqual({ ok: false, error: SHARE_MESSAGES.tooMuchInside });
  });
});
