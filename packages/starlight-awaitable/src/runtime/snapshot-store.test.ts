import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ASSET_CACHE, pagesSnapshotURL, SnapshotStore } from './snapshot-store.ts';

const URL_GZ = 'https://awaitable.test/pyodide/1/snapshot-1-abc.bin.gz';
const URL_PAGES = pagesSnapshotURL(URL_GZ);

/** A snapshot-like image: mostly zero pages, some data. */
function image(): Uint8Array {
  const bytes = new Uint8Array(40_000);
  for (let i = 0; i < 9000; i += 3) bytes[i] = (i % 200) + 1;
  for (let i = 30_000; i < 31_000; i++) bytes[i] = 7;
  return bytes;
}

/** Just enough of Cache Storage (one cache) for the store. */
class FakeCache {
  entries = new Map<string, { body: Uint8Array; headers: Headers }>();
  async match(url: string) {
    const hit = this.entries.get(url);
    return hit ? new Response(hit.body.slice() as Uint8Array<ArrayBuffer>, { headers: hit.headers }) : undefined;
  }
  async put(url: string, response: Response) {
    this.entries.set(url, { body: new Uint8Array(await response.arrayBuffer()), headers: response.headers });
  }
  async delete(url: string) {
    return this.entries.delete(url);
  }
}

function setUp(network: (url: string) => Response = () => new Response(null, { status: 404 })) {
  const cache = new FakeCache();
  const caches = { open: async (name: string) => (name === ASSET_CACHE ? cache : new FakeCache()) };
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.cache === 'only-if-cached') throw new TypeError('not cached');
    return network(String(input));
  }) as typeof globalThis.fetch;
  return { cache, store: new SnapshotStore(URL_GZ, { fetch, caches: caches as unknown as CacheStorage }) };
}

describe('SnapshotStore', () => {
  it('finds nothing on a first visit, then keeps a checked download as pages for the next one', async () => {
    const original = image();
    const { cache, store } = setUp((url) => new Response(url === URL_GZ ? gzipSync(original) : null));
    expect(await store.cached()).toBeNull();
    expect(await store.prefetch()).toBe('kept');
    expect([...cache.entries.keys()]).toEqual([URL_PAGES]);
    expect(cache.entries.get(URL_PAGES)!.body.byteLength).toBeLessThan(original.byteLength / 2);
    const found = (await store.cached())!;
    expect(found).toMatchObject({ form: 'pages', length: original.byteLength });
    const target = new Uint8Array(original.byteLength);
    expect(await found.read(target)).toBe(target);
    expect(target).toEqual(original);
  });

  it('reads a compressed copy once and replaces it with pages after keep()', async () => {
    const original = image();
    const { cache, store } = setUp();
    await cache.put(URL_GZ, new Response(gzipSync(original)));
    const found = (await store.cached())!;
    expect(found).toMatchObject({ form: 'gzip', length: null });
    const first = await found.read();
    expect(await found.read()).toBe(first);
    expect(first).toEqual(original);
    await store.keep(first);
    expect([...cache.entries.keys()]).toEqual([URL_PAGES]);
  });

  it('rejects a corrupted download and keeps nothing of it', async () => {
    const damaged = gzipSync(image());
    damaged[damaged.length >> 1] ^= 0xff;
    const { cache, store } = setUp(() => new Response(damaged));
    await cache.put(URL_GZ, new Response(damaged)); // as the service worker would have cached it
    await expect((await store.cached())!.read()).rejects.toThrow();
    expect(await store.prefetch()).toBe('damaged');
    expect(cache.entries.size).toBe(0);
  });

  it('says when the snapshot cannot be downloaded', async () => {
    expect(await setUp().store.prefetch()).toBe('unavailable');
  });

  it('refuses a copy of the pages cut short, and forget() removes both forms', async () => {
    const { cache, store } = setUp((url) => new Response(url === URL_GZ ? gzipSync(image()) : null));
    await store.prefetch();
    const entry = cache.entries.get(URL_PAGES)!;
    entry.body = entry.body.subarray(0, entry.body.length - 100);
    await cache.put(URL_GZ, new Response(gzipSync(image())));
    const found = (await store.cached())!;
    await expect(found.read(new Uint8Array(found.length!))).rejects.toThrow(/bytes, not/);
    await store.forget();
    expect(cache.entries.size).toBe(0);
  });
});
