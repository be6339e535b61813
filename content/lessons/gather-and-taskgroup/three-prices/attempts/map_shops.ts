const t0 = Date.now();
const now = () => ((Date.now() - t0) / 1000).toFixed(1);

// A stand-in for a network request: answers after `ms`.
function fetchPrice(shop: string, euros: number, ms: number) {
  return new Promise<string>((resolve) => {
    setTimeout(() => resolve(`${shop}: ${euros} EUR`), ms);
  });
}

const shops: [string, number, number][] = [
  ['north', 12, 1000],
  ['south', 9, 800],
  ['east', 11, 600],
];
const [north, south, east] = await Promise.all(
  shops.map(([shop, euros, ms]) => fetchPrice(shop, euros, ms)),
);

for (const line of [north, south, east]) console.log(line);
console.log('done at', now());
