const t0 = Date.now();
const now = () =>
  ((Date.now() - t0) / 1000).toFixed(1);
const sleep = (ms: number) =>
  new Promise((ok) => setTimeout(ok, ms));

async function brew(drink: string) {
  console.log('brewing', drink);
  await sleep(1000);
  return drink + ' ready';
}

const promise = brew('tea');
console.log('called brew');
await sleep(1000);
console.log('one second later');
console.log(await promise);
console.log('done at', now());
