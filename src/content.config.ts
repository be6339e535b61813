import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonSchema } from './content/lesson-schema';
import { authoredExerciseSchema } from './content/exercise-source';

// Lessons live in the top-level content/ folder, not src/content/, so that authors find them at once.
const lessonFiles = () => glob({ pattern: 'lessons/**/[^_]*.{md,mdx}', base: './content' });

export const collections = {
  // Starlight renders pages from `docs`. Its schema also validates the frontmatter of pages built with
  // <StarlightPage> (landing, 404, progress), which are not lessons, so the lesson fields are optional here…
  docs: defineCollection({
    loader: lessonFiles(),
    schema: (context) =>
      docsSchema({ extend: lessonSchema.partial() })(context).transform((page) => ({
        ...page,
        // The sidebar follows the lesson's `order` unless the author set sidebar.order explicitly.
        sidebar: { ...page.sidebar, order: page.sidebar.order ?? page.order },
      })),
  }),
  // …and required here: the same files validated strictly, so a lesson with a missing or bad field fails
  // the build with a message naming the file and the field.
  lessons: defineCollection({ loader: lessonFiles(), schema: lessonSchema.loose() }),
  // Graded exercises: content/lessons/<lesson>/<exercise>/exercise.json beside starter.py and solution.py (python
  // checks may name a check.py, resolved by src/content/exercises.ts).
  exercises: defineCollection({
    loader: glob({ pattern: 'lessons/*/*/exercise.json', base: './content' }),
    schema: authoredExerciseSchema,
  }),
};
