async function risky(): Promise<never> {
  await null;
  throw new TypeError('nope');
}
async function main() {
  try {
    console.log('before');
    await risky();
    console.log('never');
  } catch (error) {
    console.log('caught', (error as Error).name, (error as Error).message);
  } finally {
    console.log('finally');
  }
  return 'main done';
}
main().then((value) => console.log(value));
console.log('main started');
