let count = 0;
const t0 = performance.now();
const id = setInterval(() => {
  count++;
  console.log(`tick ${count} at ${Math.round((performance.now() - t0) / 100) * 100} ms`);
  if (count === 3) clearInterval(id);
}, 100);
