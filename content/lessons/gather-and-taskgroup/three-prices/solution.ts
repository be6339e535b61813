const t0 = Date.now();
const now = () => ((Date.now() - t0) / 1000).toFixed(1);

// A stand-in for a network request: answers after `ms`.
function fetchPrice(shop: string, euros: number, ms: number) {
  return new Promise<string>((resolve) => {
    setTimeout(() => resolve(`${shop}: ${euros} EUR`), ms);
  });
}

const [north, south, east] = await Promise.all([
  fetchPrice('north', 12, 1000),
  fetchPrice('south', 9, 800),
  fetchPrice('east', 11, 600),
]);

for (const line of [north, south, east]) console.log(line);
console.log('done at', now());
