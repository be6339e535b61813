import { describe, expect, it, vi } from 'vitest';
import { loadFromSnapshot, readCachedFilesFirst } from './pyodide-start.ts';
import type { FoundSnapshot } from './snapshot-store.ts';

const SNAPSHOT = Uint8Array.from({ length: 64 }, (_, i) => i + 1);
const later = <T>(value: T, ms = 20) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

/** Pyodide's order: snapshot length, then WebAssembly instantiation, then the copy of the snapshot into memory. */
function fakeLoader(wasm: { instantiateStreaming: typeof WebAssembly.instantiateStreaming }, instantiates = true) {
  return async (options: Record<string, unknown>) => {
    const snapshot = (await options._loadSnapshot) as Uint8Array;
    const memory = new Uint8Array(snapshot.length);
    if (instantiates) await wasm.instantiateStreaming(Promise.resolve(new Response()), {});
    memory.set(snapshot);
    if (memory[0] !== 1) throw new Error('Snapshot has invalid magic number');
    return { memory };
  };
}

const fakeWasm = () => ({
  instantiateStreaming: vi.fn(async () => ({}) as WebAssembly.WebAssemblyInstantiatedSource),
});

function pages(read: (target?: Uint8Array) => Promise<Uint8Array>): FoundSnapshot {
  return { form: 'pages', length: SNAPSHOT.length, read };
}

describe('loadFromSnapshot', () => {
  it('sizes the memory at once and copies the whole snapshot in, even when reading it finishes last', async () => {
    const wasm = fakeWasm();
    const original = wasm.instantiateStreaming;
    const read = async (target?: Uint8Array) => later(target!.set(SNAPSHOT)).then(() => target!);
    const py = await loadFromSnapshot(fakeLoader(wasm), {}, pages(read), wasm);
    expect(py.memory).toEqual(SNAPSHOT);
    expect(wasm.instantiateStreaming).toBe(original); // put back
  });

  it('fails (and lets the worker fall back) when reading the snapshot fails', async () => {
    const wasm = fakeWasm();
    const read = () => later(null).then(() => Promise.reject(new Error('the packed memory image has 3 bytes')));
    await expect(loadFromSnapshot(fakeLoader(wasm), {}, pages(read), wasm)).rejects.toThrow(/invalid magic|3 bytes/);
  });

  it('refuses a Pyodide that would copy the snapshot in without instantiating through instantiateStreaming', async () => {
    const wasm = fakeWasm();
    const read = async (target?: Uint8Array) => (target!.set(SNAPSHOT), target!);
    await expect(loadFromSnapshot(fakeLoader(wasm, false), {}, pages(read), wasm)).rejects.toThrow(
      /before it had been read/,
    );
  });

  it('hands over the bytes as they come when the length is not known in advance (a gzip copy)', async () => {
    const wasm = fakeWasm();
    const gzip: FoundSnapshot = { form: 'gzip', length: null, read: () => later(SNAPSHOT) };
    expect((await loadFromSnapshot(fakeLoader(wasm), {}, gzip, wasm)).memory).toEqual(SNAPSHOT);
  });
});

describe('readCachedFilesFirst', () => {
  it("serves Pyodide's files from Cache Storage when cached, else from the network, and can be undone", async () => {
    const network = vi.fn(async (input: RequestInfo | URL) => new Response(`network ${String(input)}`));
    const cached = new Map([['https://a.test/pyodide/1/pyodide.asm.wasm', 'cached wasm']]);
    const caches = {
      match: vi.fn(async (url: string, options?: { cacheName?: string }) =>
        options?.cacheName === 'assets' && cached.has(url) ? new Response(cached.get(url)) : undefined,
      ),
    } as unknown as CacheStorage;
    const original = network as unknown as typeof fetch;
    const scope = { fetch: original };
    const undo = readCachedFilesFirst(scope, 'https://a.test/pyodide/1/', 'assets', { fetch: original, caches });
    expect(await (await scope.fetch('https://a.test/pyodide/1/pyodide.asm.wasm')).text()).toBe('cached wasm');
    expect(await (await scope.fetch('https://a.test/pyodide/1/python_stdlib.zip')).text()).toMatch(/^network/);
    expect(await (await scope.fetch('https://a.test/other.js')).text()).toMatch(/^network/);
    expect(network).toHaveBeenCalledTimes(2);
    undo();
    expect(scope.fetch).toBe(original);
  });
});
