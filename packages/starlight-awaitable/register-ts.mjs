// `node --import starlight-awaitable/register-ts …` (or importing this first): installs ts-hooks.mjs.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
