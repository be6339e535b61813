import { z } from 'astro/zod';

/**
 * Frontmatter every lesson must have (Starlight adds its own optional fields on top).
 * The `.describe()` texts double as authoring documentation.
 */
export const lessonSchema = z.object({
  title: z.string().min(1).describe('The lesson title, shown in the sidebar and as the page heading.'),
  description: z
    .string()
    .min(20, 'write a one-sentence summary of at least 20 characters')
    .describe('One sentence shown under the title, in search results and link previews.'),
  order: z
    .number()
    .int()
    .positive()
    .describe('Position of the lesson in the course (1 = first). Also orders the sidebar.'),
  concepts: z
    .array(z.string().min(1))
    .min(1, 'list at least one concept the lesson teaches')
    .describe('The asyncio concepts the lesson teaches, e.g. ["event loop", "ready queue"].'),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(120)
    .describe('Estimated time to read the lesson and solve its exercises, in minutes.'),
});

export type LessonFields = z.infer<typeof lessonSchema>;
