/**
 * The content collections Awaitable's components read, for the site's `src/content.config.ts`:
 * `lessons` (each lesson's index.mdx, its frontmatter validated strictly) and `exercises` (exercise.json files).
 * Pass the same folder as the plugin's `lessons` option.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { authoredExerciseSchema } from './exercise-source.ts';
import { lessonSchema } from './lesson-schema.ts';

export { lessonSchema };

/** The folder holding `lessons/`: the loaders' base, so entry ids start with "lessons/" wherever it is. */
const baseOf = (lessons: string) => lessons.replace(/\/?lessons\/?$/, '') || '.';

/** The loader of the lesson pages themselves (also usable for Starlight's `docs` collection). */
export function lessonPages(lessons = 'content/lessons') {
  return glob({ pattern: 'lessons/**/[^_]*.{md,mdx}', base: baseOf(lessons) });
}

export function awaitableCollections(lessons = 'content/lessons') {
  const base = baseOf(lessons);
  return {
    // Required fields here: a lesson with a missing or bad field fails the build naming the file and the field.
    lessons: defineCollection({ loader: lessonPages(lessons), schema: lessonSchema.loose() }),
    // Graded exercises: <lessons>/<lesson>/<exercise>/exercise.json beside starter.py and solution.py (python
    // checks may name a check.py, resolved by exercises.ts).
    exercises: defineCollection({
      loader: glob({ pattern: 'lessons/*/*/exercise.json', base }),
      schema: authoredExerciseSchema,
    }),
  };
}
