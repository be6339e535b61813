const t0 = Date.now();
const now = () =>
  ((Date.now() - t0) / 1000).toFixed(1);
const sleep = (ms: number) =>
  new Promise((ok) => setTimeout(ok, ms));

async function job(
  name: string, ms: number, fail = false,
) {
  await sleep(ms);
  if (fail) throw new Error(name + ' failed');
  console.log(name, 'finished at', now());
}

try {
  await Promise.all([
    job('a', 1000, true),
    job('b', 2000),
  ]);
} catch (error) {
  const { message } = error as Error;
  console.log('caught:', message, 'at', now());
}
await sleep(2000);
console.log('end at', now());
