// The package's entry: the Starlight plugin (src/plugin.ts). The package ships TypeScript; ts-hooks.mjs lets Node
// load it from node_modules, where Node's own type stripping is switched off.
import './register-ts.mjs';

const { default: awaitable } = await import('./src/plugin.ts');
export default awaitable;
