/** How a RuntimeSession names and stops the JavaScript runtime (src/runtime/session.ts), in Node and the browser. */
import type { SessionFlavour } from '../runtime/session.ts';
import { timeLimitMessage } from './wording.ts';

export const JS_FLAVOUR: SessionFlavour = { name: 'JavaScript', interruptible: false, timeLimitMessage };
