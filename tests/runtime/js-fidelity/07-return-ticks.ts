async function returnsPromise() {
  return Promise.resolve('returned promise');
}
async function returnsValue() {
  return 'returned value';
}
async function returnsAwaited() {
  return await Promise.resolve('returned await');
}
returnsPromise().then(console.log);
returnsAwaited().then(console.log);
returnsValue().then(console.log);
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
