const t0 = Date.now();
const now = () =>
  ((Date.now() - t0) / 1000).toFixed(1);

const { promise, resolve } =
  Promise.withResolvers<string>();
setTimeout(() => resolve('parcel'), 1000);
console.log('waiting at', now());
console.log('got', await promise, 'at', now());
resolve('another');
console.log('second resolve: ignored,');
console.log('still', await promise);
