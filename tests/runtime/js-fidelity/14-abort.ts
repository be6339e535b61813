const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const id = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(id);
      reject(new Error('aborted'));
    });
  });
const controller = new AbortController();
setTimeout(() => controller.abort(), 100);
try {
  await sleep(1000, controller.signal);
  console.log('slept');
} catch (error) {
  console.log('stopped:', (error as Error).message, controller.signal.aborted);
}
