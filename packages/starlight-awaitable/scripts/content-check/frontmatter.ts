/**
 * A lesson's frontmatter, checked strictly: the lesson fields (src/content/lesson-schema.ts) plus the fields
 * Starlight itself understands, and nothing else: an unknown key (`level: advanced`, a misspelt `ordr:`) is an
 * error with a "did you mean" rather than a field the site silently ignores.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { lessonSchema } from '../../src/content/lesson-schema.ts';
import { PLACEHOLDERS } from '../../src/content/lesson-scaffold.ts';
import { closest } from './did-you-mean.ts';

/** The top-level keys Starlight's docs schema accepts (title, description, sidebar, template …). */
function starlightKeys(): string[] {
  // Only the keys are read; image() stands in for the helper Astro passes (for `hero.image`), with its shape.
  type L<T extends string> = z.ZodLiteral<T>;
  type Formats = [L<'png'>, L<'jpg'>, L<'jpeg'>, L<'tiff'>, L<'webp'>, L<'gif'>, L<'svg'>, L<'avif'>, L<'apng'>];
  const f = z.literal;
  const format = z.union<Formats>([
    f('png'),
    f('jpg'),
    f('jpeg'),
    f('tiff'),
    f('webp'),
    f('gif'),
    f('svg'),
    f('avif'),
    f('apng'),
  ]);
  const image = () => z.object({ src: z.string(), width: z.number(), height: z.number(), format });
  const schema = docsSchema()({ image });
  return Object.keys(schema.shape);
}

const LESSON_KEYS = Object.keys(lessonSchema.shape);
const KNOWN_KEYS = [...new Set([...LESSON_KEYS, ...starlightKeys()])];

/** The YAML between the opening `---` lines, or null when the file does not start with one. */
export function frontmatterText(mdx: string): string | null {
  return /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(mdx)?.[1] ?? null;
}

/** Every problem with the frontmatter, in words an author can act on (empty when it is right). */
export function frontmatterProblems(mdx: string): string[] {
  const text = frontmatterText(mdx);
  if (text === null) return ['no frontmatter block (--- … ---) at the top of index.mdx'];
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return [`the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`];
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return ['the frontmatter must be YAML fields (title: …, order: …)'];
  const problems: string[] = [];
  const suggested = new Set<string>();
  for (const key of Object.keys(data)) {
    if (KNOWN_KEYS.includes(key)) continue;
    const guess = closest(
      key,
      KNOWN_KEYS.filter((known) => !(known in data)),
    );
    if (guess) suggested.add(guess);
    problems.push(
      `${key}: unknown field${guess ? ` — did you mean ${guess}?` : ''} (lesson fields: ${LESSON_KEYS.join(', ')}; ` +
        `Starlight's fields are also allowed)`,
    );
  }
  const parsed = lessonSchema.safeParse(data);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || '(top level)';
      // "ordr: unknown field — did you mean order?" already says what "order: required" would.
      if (issue.path.length === 1 && suggested.has(String(issue.path[0])) && !(String(issue.path[0]) in data)) continue;
      problems.push(`${field}: ${issue.message}`);
    }
  const fields = data as Record<string, unknown>;
  if (Array.isArray(fields.concepts) && fields.concepts.some((concept) => concept === PLACEHOLDERS.concepts))
    problems.push(
      `concepts: still the scaffold's placeholder [${PLACEHOLDERS.concepts}]: list what the lesson teaches`,
    );
  if (fields.description === PLACEHOLDERS.description)
    problems.push("description: still the scaffold's placeholder: write the lesson's one-sentence summary");
  return problems;
}
