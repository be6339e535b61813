const thenable = {
  then(resolve: (value: string) => void) {
    console.log('then called');
    resolve('from thenable');
  },
};
(async () => {
  console.log(await thenable);
})();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
