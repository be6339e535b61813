import { describe, expect, it } from 'vitest';
import { capWasmMemory } from './memory-cap.ts';

const PAGE = 65536;

describe('capWasmMemory', () => {
  it('lets WebAssembly memory grow up to the cap and refuses growth past it', () => {
    class Memory extends WebAssembly.Memory {} // patch a subclass, not every memory in the test process
    capWasmMemory(4 * PAGE, Memory);
    capWasmMemory(4 * PAGE, Memory); // idempotent: not wrapped twice
    const memory = new Memory({ initial: 1, maximum: 100 });
    expect(memory.grow(2)).toBe(1);
    expect(memory.buffer.byteLength).toBe(3 * PAGE);
    expect(() => memory.grow(2)).toThrow(RangeError);
    expect(memory.buffer.byteLength).toBe(3 * PAGE);
    expect(memory.grow(1)).toBe(3);
    expect(new WebAssembly.Memory({ initial: 1, maximum: 100 }).grow(10)).toBe(1); // others untouched
  });
});
