console.log([1, 2, 3], [], {}, { a: 1, b: 'two', c: [3, 'four'] });
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
console.log(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']);
console.log({ nested: { deeper: { deepest: { gone: 1 } } } });
console.log(
  new Map([
    ['a', 1],
    ['b', 2],
  ]),
  new Set([1, 'x']),
);
console.log(-0, 0, 1.5, 10n, null, undefined, true, Symbol('s'));
console.log('%s is %d years', 'Ada', 36, 'extra');
console.log({ long1: 'aaaaaaaaaaaaaaaa', long2: 'bbbbbbbbbbbbbbbbbbb', long3: 'cccccccccccccccc', long4: 'dddd' });
console.log([[1, [2, [3, [4]]]]], { 'needs quotes': "it's" });
console.log(
  function named() {},
  async () => {},
  class Thing {},
);
console.error('to stderr');
