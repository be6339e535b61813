async function task(name: string) {
  console.log(`${name} runs at once`);
  await null;
  console.log(`${name} resumes`);
}
const p = task('first');
console.log('created, not awaited yet');
const q = new Promise<void>((resolve) => {
  console.log('executor runs synchronously');
  resolve();
});
await p;
await q;
console.log('done');
