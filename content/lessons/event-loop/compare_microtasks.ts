setTimeout(() => console.log('timer'), 0);
queueMicrotask(() => console.log('microtask'));
Promise.resolve().then(() => console.log('then'));

async function steps() {
  for (const n of [1, 2, 3]) {
    console.log('step', n);
    await null;
  }
}

steps();
console.log('script done');
