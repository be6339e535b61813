setTimeout(() => {
  console.log('timer A');
  Promise.resolve().then(() => console.log('microtask after A'));
}, 50);
setTimeout(() => {
  console.log('timer B');
  setTimeout(() => console.log('timer C (nested)'), 0);
}, 50);
setTimeout(() => console.log('timer 0 runs first'), 0);
setTimeout(() => console.log('timer 1ms ties with 0'), 1);
