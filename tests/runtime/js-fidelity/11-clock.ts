const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const start = Date.now();
await sleep(250);
const mid = Date.now();
await Promise.all([sleep(100), sleep(200)]);
console.log(Math.round((mid - start) / 50) * 50, Math.round((Date.now() - start) / 50) * 50);
console.log(typeof performance.now(), new Date(start).getFullYear() > 2000);
