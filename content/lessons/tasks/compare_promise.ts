const t0 = Date.now();
const now = () =>
  ((Date.now() - t0) / 1000).toFixed(1);
const sleep = (ms: number) =>
  new Promise((ok) => setTimeout(ok, ms));

async function upload(name: string) {
  console.log('start', name);
  await sleep(2000);
  console.log('done', name);
}

const promise = upload('a.txt');
console.log('promise created');
await sleep(1000);
console.log('has cancel?', 'cancel' in promise);
await promise;
console.log('finished at', now());
