/**
 * A ceiling on the WebAssembly memory of the thread that hosts Pyodide, so that a program allocating without end
 * (`chunks.append(bytearray(50_000_000))` in a loop) gets a MemoryError within a second or two instead of growing
 * the heap towards wasm32's 4 GB — which takes longer than the wall-clock limit (every growth copies the heap) and
 * can take the tab down on a phone.
 *
 * How: Pyodide's Emscripten runtime grows its heap only through `WebAssembly.Memory.prototype.grow`, called inside
 * a try/catch (`growMemory` in pyodide.asm.mjs); refusing the growth makes `malloc` return NULL, which CPython
 * turns into MemoryError. Install it in the thread before Pyodide loads. Pyodide offers no option for this (its
 * memory is created by the wasm module itself, with a 4 GB maximum).
 */

/**
 * 512 MiB: Pyodide with our package uses about 40 MB after start-up, and no lesson needs more than a few MB of data,
 * so a learner's program still has over 400 MB. Reaching the cap in 50 MB steps takes a few growths, well inside
 * the 10 s limit on a slow machine.
 */
export const MAX_WASM_MEMORY_BYTES = 512 * 1024 * 1024;

const PAGE_BYTES = 65536;

/** Makes every WebAssembly memory in this thread refuse to grow past `maxBytes`. Idempotent per thread. */
export function capWasmMemory(maxBytes = MAX_WASM_MEMORY_BYTES, memory = WebAssembly.Memory): void {
  const proto = memory.prototype as WebAssembly.Memory & { [CAPPED]?: true };
  if (proto[CAPPED]) return;
  const grow = proto.grow;
  proto.grow = function (this: WebAssembly.Memory, delta: number): number {
    if (this.buffer.byteLength + delta * PAGE_BYTES > maxBytes)
      throw new RangeError(`WebAssembly memory capped at ${maxBytes} bytes`);
    return grow.call(this, delta);
  };
  proto[CAPPED] = true;
}

const CAPPED = Symbol.for('awaitable.memory-capped');
