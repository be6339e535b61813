let state = 'loading';

// The page repaints in a 0 ms timer. Leave this line as it is.
setTimeout(() => console.log('render:', state), 50);

function setState(value: string) {
  // Change the state after the code that called setState,
  // but before the next render.
  setTimeout(() => {
    state = value;
    console.log('state =', value);
  }, 0);
}

setState('ready');
console.log('setState called; state is still', state);
