import { describe, expect, it } from 'vitest';
import { configJson, readConfig, type ConfigHolder } from './element-config.ts';
import { quizConfigSchema } from './configs.ts';

/** An element holding `text` in its config script (or none). */
const holder = (text: string | null, localName = 'aw-quiz'): ConfigHolder => ({
  localName,
  querySelector: (selectors) => (text !== null && selectors === 'script[data-config]' ? { textContent: text } : null),
});

describe('component config', () => {
  it('round-trips through the inline script, with < escaped so a string cannot end the script', () => {
    const config = { id: 'l/q</script>', correct: 1, fp: 'abc' };
    const text = configJson(config);
    expect(text).not.toContain('<');
    expect(readConfig(holder(text), quizConfigSchema)).toEqual(config);
  });

  it('refuses a damaged config with a message naming the element, instead of half-working', () => {
    expect(() => readConfig(holder('{"id":"l/q","correct":"1","fp":"abc"}'), quizConfigSchema)).toThrow(
      /^<aw-quiz>: this page's config for it could not be read \(.*correct.*\)\. Reload the page/s,
    );
    expect(() => readConfig(holder('{not json'), quizConfigSchema)).toThrow(/<aw-quiz>/);
    expect(() => readConfig(holder(null), quizConfigSchema)).toThrow(/<aw-quiz>/);
  });

  it('refuses fields the element does not know (a config and its element out of step)', () => {
    expect(() => readConfig(holder('{"id":"l/q","correct":1,"fp":"abc","extra":true}'), quizConfigSchema)).toThrow();
  });
});
