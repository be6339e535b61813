async function* numbers() {
  for (let i = 1; i <= 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    yield i;
  }
}
let sum = 0;
for await (const n of numbers()) {
  console.log('got', n);
  sum += n;
}
console.log('sum', sum);
