export { default } from './src/plugin.ts';
export type { AwaitableOptions } from './src/plugin.ts';
