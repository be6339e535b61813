async function fail() {
  await null;
  throw new Error('boom');
}
console.log('before');
fail();
setTimeout(() => console.log('never printed: Node stops at the unhandled rejection'), 100);
