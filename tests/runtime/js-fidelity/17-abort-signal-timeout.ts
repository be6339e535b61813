// AbortSignal.timeout runs on the clock, and its timer does not keep the program alive.
const start = Date.now();
const seconds = () => Math.round((Date.now() - start) / 100) / 10;
const soon = AbortSignal.timeout(1000);
soon.addEventListener('abort', () => {
  const reason = soon.reason as DOMException;
  console.log('aborted:', reason.name, 'at', seconds());
});
const late = AbortSignal.timeout(5000);
late.addEventListener('abort', () => console.log('never printed'));
setTimeout(() => console.log('last timer at', seconds(), soon.aborted, late.aborted), 1500);
