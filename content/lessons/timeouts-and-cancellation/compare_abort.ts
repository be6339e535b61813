const t0 = Date.now();
const now = () =>
  ((Date.now() - t0) / 1000).toFixed(1);

function download(ms: number, signal: AbortSignal) {
  return new Promise<void>((ok, fail) => {
    const id = setTimeout(() => {
      console.log('downloaded');
      ok();
    }, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(id);
      console.log('stopped at', now());
      fail(signal.reason);
    });
  });
}

try {
  await download(3000, AbortSignal.timeout(1000));
} catch (error) {
  const { name } = error as Error;
  console.log(name, 'at', now());
}
