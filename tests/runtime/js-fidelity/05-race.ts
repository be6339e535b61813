const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const winner = await Promise.race([after(200, 'tortoise'), after(100, 'hare')]);
console.log('winner:', winner);
const first = await Promise.any([Promise.reject(new Error('x')), after(50, 'any ok')]);
console.log(first);
