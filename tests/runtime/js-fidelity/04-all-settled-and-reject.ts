const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function ok(ms: number) {
  await sleep(ms);
  console.log('ok finished', ms);
  return ms;
}
async function bad(ms: number): Promise<number> {
  await sleep(ms);
  throw new Error(`bad after ${ms}`);
}
try {
  await Promise.all([ok(200), bad(100)]);
} catch (error) {
  console.log('all rejected:', (error as Error).message);
}
await sleep(200);
const settled = await Promise.allSettled([ok(50), bad(10)]);
console.log(settled.map((r) => r.status));
