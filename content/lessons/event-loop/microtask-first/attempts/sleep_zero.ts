let state = 'loading';

// The page repaints in a 0 ms timer. Leave this line as it is.
setTimeout(() => console.log('render:', state), 0);

async function setState(value: string) {
  // Change the state after the code that called setState,
  // but before the next render.
  await new Promise((ok) => setTimeout(ok, 0));
  state = value;
  console.log('state =', value);
}

setState('ready');
console.log('setState called; state is still', state);
