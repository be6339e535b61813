/**
 * How a component hands its build-time config to its custom element: the .astro file writes it as JSON into
 * `<script type="application/json" data-…>` (`configJson`), and the element reads it once, parsed with the
 * component's schema (`readConfig`, schemas in configs.ts). The build wrote it, so a config that does not parse
 * means a damaged page: the element says so instead of half-working.
 */
import * as z from 'zod/mini';

/** The config as the text of an inline JSON script: `<` escaped, so no `</script>` inside a string can end it. */
export function configJson(config: unknown): string {
  return JSON.stringify(config).replace(/</g, '\\u003c');
}

/** What `readConfig` reads from (any Element). */
export interface ConfigHolder {
  readonly localName: string;
  querySelector(selectors: string): { readonly textContent: string | null } | null;
}

/** The element's `<script data-{attribute}>` config, parsed with `schema`; throws a readable error if it does not parse. */
export function readConfig<S extends z.ZodMiniType>(
  element: ConfigHolder,
  schema: S,
  attribute = 'config',
): z.output<S> {
  const text = element.querySelector(`script[data-${attribute}]`)?.textContent;
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new Error(
    `<${element.localName}>: this page's ${attribute} for it could not be read (${z.prettifyError(parsed.error)}). ` +
      'Reload the page; if it stays, the site needs rebuilding.',
  );
}
