const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const t0 = Date.now();
async function job(name: string, ms: number): Promise<string> {
  console.log(`start ${name}`);
  await sleep(ms);
  console.log(`end ${name} at ${Math.round((Date.now() - t0) / 100) * 100}`);
  return name.toUpperCase();
}
const results = await Promise.all([job('slow', 300), job('fast', 100), job('mid', 200)]);
console.log(results, Math.round((Date.now() - t0) / 100) * 100);
