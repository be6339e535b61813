/**
 * Where the browser's Python worker keeps the memory snapshot between visits (see snapshot.ts for what it is).
 *
 * The build serves it gzip-compressed (~6 MB instead of 31 MB), and gzip's CRC rejects a corrupted or truncated
 * download. Decompressing it costs ~200 ms on every start, so once a download has passed that check the store keeps
 * it in Cache Storage uncompressed but without its zero pages (sparse-pages.ts: 15 MB, under the name ending
 * `.pages`), which a returning visit reads and expands in a fraction of that time.
 */
import { packPages, unpackPages } from './sparse-pages.ts';

/** The Cache Storage cache for versioned assets, shared with the service worker (scripts/sw-template.js). */
export const ASSET_CACHE = 'awaitable-assets-v1';

/** Where the store keeps the snapshot's pages: the compressed file's URL with `.pages` for `.gz`. */
export const pagesSnapshotURL = (url: string) => url.replace(/\.gz$/, '') + '.pages';

export interface StoreNetwork {
  fetch: typeof fetch;
  caches: CacheStorage | null;
}

/** The full snapshot's length, saved beside a copy kept as pages (so it is known before the pages are read). */
const LENGTH_HEADER = 'X-Awaitable-Snapshot-Length';

/** A snapshot found (or downloaded), how it was stored, and a way to read it (once). */
export interface FoundSnapshot {
  form: 'pages' | 'gzip';
  /** The snapshot's length if known before reading it (a copy kept as pages), else null. */
  length: number | null;
  /** Reads and checks the bytes; into `target` (zero-filled, `length` bytes) if given. A gzip copy is read once. */
  read(target?: Uint8Array): Promise<Uint8Array>;
}

function gzipped(response: Response | Promise<Response>): FoundSnapshot {
  let bytes: Promise<Uint8Array> | null = null;
  // Read once: the bytes serve both this start and, once checked, the copy kept for the next visit.
  return { form: 'gzip', length: null, read: () => (bytes ??= Promise.resolve(response).then(gunzip)) };
}

export class SnapshotStore {
  private readonly url: string;
  private readonly pagesURL: string;
  private readonly net: StoreNetwork;

  constructor(url: string, net: StoreNetwork) {
    this.url = url;
    this.pagesURL = pagesSnapshotURL(url);
    this.net = net;
  }

  /** The snapshot if this browser already holds it (Cache Storage, else the HTTP cache), without the network. */
  async cached(): Promise<FoundSnapshot | null> {
    const cache = await this.cache();
    const pages = await cache?.match(this.pagesURL).catch(() => undefined);
    if (pages) {
      const length = Number(pages.headers.get(LENGTH_HEADER)) || null;
      return { form: 'pages', length, read: async (target) => unpackPages(await bytesOf(pages), target) };
    }
    const compressed = (await cache?.match(this.url).catch(() => undefined)) ?? (await this.fromHttpCache());
    return compressed ? gzipped(compressed) : null;
  }

  /** Downloads the snapshot now (a first visit that starts from it at once). */
  download(): FoundSnapshot {
    return gzipped(this.net.fetch(this.url));
  }

  /**
   * Keeps checked, decompressed bytes for the next visit (as pages) and drops the compressed copy. Called after
   * Python is ready, so it never delays this visit.
   */
  async keep(bytes: Uint8Array): Promise<void> {
    const cache = await this.cache();
    if (!cache) return; // the HTTP cache keeps the compressed file (served immutable)
    try {
      const headers = { 'Content-Type': 'application/octet-stream', [LENGTH_HEADER]: String(bytes.byteLength) };
      await cache.put(this.pagesURL, new Response(packPages(bytes) as Uint8Array<ArrayBuffer>, { headers }));
      await cache.delete(this.url);
    } catch {
      /* no room: the compressed copy (if any) still works */
    }
  }

  /**
   * Downloads, checks and keeps the snapshot for the next visit (a first visit, after a plain start). Says what
   * happened: 'kept', 'unavailable' (offline, say) or 'damaged' (the download failed its check; nothing is kept).
   */
  async prefetch(): Promise<'kept' | 'unavailable' | 'damaged'> {
    let response: Response;
    try {
      response = await this.net.fetch(this.url, { priority: 'low' } as RequestInit);
      if (!response.ok) return 'unavailable';
    } catch {
      return 'unavailable';
    }
    try {
      const bytes = await gunzip(response);
      if (this.net.caches) await this.keep(bytes);
      return 'kept';
    } catch {
      await this.forget(); // the service worker may have cached the damaged download
      return 'damaged';
    }
  }

  /** Deletes both forms (a snapshot that failed to load is not tried again). */
  async forget(): Promise<void> {
    const cache = await this.cache();
    await cache?.delete(this.pagesURL).catch(() => false);
    await cache?.delete(this.url).catch(() => false);
  }

  private async cache(): Promise<Cache | null> {
    try {
      return this.net.caches ? await this.net.caches.open(ASSET_CACHE) : null;
    } catch {
      return null; // Cache Storage unavailable (private mode, opaque origin)
    }
  }

  private async fromHttpCache(): Promise<Response | null> {
    try {
      const response = await this.net.fetch(this.url, { cache: 'only-if-cached', mode: 'same-origin' });
      return response.ok ? response : null;
    } catch {
      return null;
    }
  }
}

/** Decompresses a gzip response; gzip's CRC and length check reject a corrupted or truncated file. */
async function gunzip(response: Response): Promise<Uint8Array> {
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const stream = response.body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());
