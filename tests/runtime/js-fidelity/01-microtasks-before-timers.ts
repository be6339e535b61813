console.log('script start');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('then'));
queueMicrotask(() => console.log('queueMicrotask'));
(async () => {
  console.log('async body');
  await null;
  console.log('after await');
})();
console.log('script end');
