import { Worker } from 'node:worker_threads';
import { RuntimeSession } from '/work/main/src/runtime/session.ts';
const mb = Number(process.argv[3] ?? 16);
const rt = new RuntimeSession((events) => {
  const worker = new Worker(new URL('../../../src/runtime/node/pyodide-thread.ts', import.meta.url), { resourceLimits: { stackSizeMb: mb } });
  worker.on('message', (d) => events.message(d));
  worker.on('error', (e) => events.failure(e.message));
  return { post: (m) => worker.postMessage(m), terminate: () => void worker.terminate() };
}, 60);
const shapes: Record<string,string> = {
  plain: `def f(n):\n    return f(n+1)+1\nf(0)`,
  init: `class A:\n    def __init__(s,n):\n        s.c = A(n+1)\nA(0)`,
  reprs: `class A:\n    def __init__(s,n): s.n=n\n    def __repr__(s):\n        return repr(A(s.n+1))\nrepr(A(0))`,
  getattr: `class A:\n    def __getattr__(s,n):\n        return s.x\nA().y`,
  coro: `import asyncio\nasync def f(n):\n    return await f(n+1)\nasyncio.run(f(0))`,
  nested: `x=[]\nfor i in range(10**6): x=[x]\nprint(len(repr(x)))`,
};
for (const N of (process.argv[2] ?? '3000,10000,30000,100000').split(',')) {
  for (const [name, body] of Object.entries(shapes)) {
    const t = Date.now();
    const r = await rt.run({ source: `import sys\nsys.setrecursionlimit(${N})\n` + body });
    console.log(N, name, (Date.now()-t)/1000, r.error?.type, r.error?.message.slice(0,60));
  }
}
rt.dispose();
