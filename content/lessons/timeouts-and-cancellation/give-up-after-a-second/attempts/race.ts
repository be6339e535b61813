const t0 = Date.now();
const now = () => ((Date.now() - t0) / 1000).toFixed(1);

// A slow request. It stops early if its signal aborts.
function fetchReport(signal?: AbortSignal) {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => resolve('report'), 5000);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

console.log('asking at', now());
try {
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error('too slow')), 1000);
  });
  const report = await Promise.race([fetchReport(), deadline]);
  console.log('got the', report, 'at', now());
} catch (error) {
  console.log('gave up at', now(), (error as Error).name);
}
