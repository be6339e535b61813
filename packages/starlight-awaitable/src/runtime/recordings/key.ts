/**
 * The identity of a run: a SHA-256 over every field of the request that can change what the program does, plus
 * the runtime's id (the Pyodide version and the hash of the runtime's sources that names the memory snapshot).
 * The build keys each recording by it and the page recomputes it from the code on screen, so a recording is
 * replayed only for byte-for-byte the same source and options under the same runtime. Free of Node and DOM APIs
 * (Web Crypto exists in both).
 */
import type { RunRequest } from '../protocol.ts';

/** Every RunRequest field, in a fixed order, with the worker's default for a missing one. */
export function keyMaterial(request: RunRequest, runtimeId: string): string {
  return JSON.stringify([
    'awaitable-recording-v1',
    runtimeId,
    request.source,
    request.filename ?? null,
    request.stdin ?? null,
    request.cpuTime ?? true,
    request.trace ?? false,
    request.fullTraceback ?? false,
    request.inspect ?? false,
    request.checks ?? [],
  ]);
}

export async function recordingKey(request: RunRequest, runtimeId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(keyMaterial(request, runtimeId)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
