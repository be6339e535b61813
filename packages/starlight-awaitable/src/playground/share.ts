/**
 * Share links: a program and its run options packed into a URL fragment, `#v1.<base64url of deflate-raw(JSON)>`.
 * The version prefix lets the format change later without misreading old links. Pure (no DOM): the browser and
 * the unit tests share it. A link is untrusted input: decoding never throws, caps the decompressed size while it
 * streams (a zip bomb stops at the cap), and validates the JSON against a schema; the caller only ever puts the
 * code into the editor as text.
 */
import * as z from 'zod/mini';
import { SHARE_MESSAGES } from './messages.ts';

export const SHARE_VERSION = 'v1';
/** The largest program a link may carry: 16 KiB of source (UTF-8), checked at Share time. */
export const MAX_SHARED_SOURCE_BYTES = 16 * 1024;
/** The largest stdin a link may carry. */
export const MAX_SHARED_STDIN_BYTES = 4 * 1024;
/** Decoding stops past this many decompressed bytes (source + stdin + JSON overhead, with room to spare). */
export const MAX_DECODED_BYTES = 64 * 1024;
/** Fragments longer than this are refused before decoding (16 KiB of random text deflates to < 22 KB of base64). */
export const MAX_FRAGMENT_CHARS = 40 * 1024;

export const sharedProgramSchema = z.strictObject({
  code: z.string(),
  stdin: z.string(),
  cpuTime: z.boolean(),
});
export type SharedProgram = z.output<typeof sharedProgramSchema>;

export type EncodeResult = { ok: true; fragment: string } | { ok: false; error: string };
export type DecodeResult = { ok: true; program: SharedProgram } | { ok: false; error: string };

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Packs a program into a fragment (without the `#`), or says why it is too big to share. */
export async function encodeShare(program: SharedProgram): Promise<EncodeResult> {
  const sourceBytes = utf8Length(program.code);
  if (sourceBytes > MAX_SHARED_SOURCE_BYTES) return { ok: false, error: SHARE_MESSAGES.tooBig(sourceBytes) };
  if (utf8Length(program.stdin) > MAX_SHARED_STDIN_BYTES) return { ok: false, error: SHARE_MESSAGES.stdinTooBig };
  const json = new TextEncoder().encode(JSON.stringify(sharedProgramSchema.parse(program)));
  const packed = await collect(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  if (packed === null) return { ok: false, error: SHARE_MESSAGES.tooBig(sourceBytes) };
  return { ok: true, fragment: `${SHARE_VERSION}.${toBase64Url(packed)}` };
}

/** Reads a fragment (with or without the `#`); every failure is a message, never an exception. */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const dot = text.indexOf('.');
  const version = dot < 0 ? text : text.slice(0, dot);
  if (version !== SHARE_VERSION || dot < 0) return { ok: false, error: SHARE_MESSAGES.unknownVersion };
  const body = text.slice(dot + 1);
  if (body.length > MAX_FRAGMENT_CHARS) return { ok: false, error: SHARE_MESSAGES.linkTooLong };
  const packed = fromBase64Url(body);
  if (packed === null) return { ok: false, error: SHARE_MESSAGES.badBase64 };
  let unpacked: Uint8Array | null;
  try {
    unpacked = await collect(
      new Blob([packed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
      MAX_DECODED_BYTES,
    );
  } catch {
    return { ok: false, error: SHARE_MESSAGES.badDeflate };
  }
  if (unpacked === null) return { ok: false, error: SHARE_MESSAGES.tooMuchInside };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpacked));
  } catch {
    return { ok: false, error: SHARE_MESSAGES.badContent };
  }
  const parsed = sharedProgramSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: SHARE_MESSAGES.badContent };
  if (utf8Length(parsed.data.code) > MAX_SHARED_SOURCE_BYTES) return { ok: false, error: SHARE_MESSAGES.tooMuchInside };
  return { ok: true, program: parsed.data };
}

/**
 * Reads a stream into one array; null once more than `cap` bytes arrived (the stream is cancelled there, so a
 * zip bomb never inflates past the cap).
 */
async function collect(stream: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > cap) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const all = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** null unless the text is base64url (no padding, no other characters). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
