/**
 * The config each component's .astro file gives its element (written with `configJson`, read with `readConfig`,
 * element-config.ts): one schema per element, the types of both sides derived from it. Parsed at page load, so
 * written with `zod/mini` like every schema the browser loads: one classic import would bring the whole classic
 * layer (≈20 KB gzip) back onto every page.
 */
import * as z from 'zod/mini';

export const workbenchConfigSchema = z.strictObject({
  title: z.string(),
  filename: z.string(),
  cpuTime: z.boolean(),
  starter: z.string(),
  /** The workbench of the Playground page itself (no "Open in Playground" button). */
  inPlayground: z.boolean(),
  exercise: z.nullable(
    z.strictObject({
      /** Stable id used for saved progress, e.g. "why-asyncio/concurrent-drinks". */
      id: z.string(),
      solution: z.string(),
      hints: z.array(z.string()),
      /** The exercise spec (checks, stdin…): the exercise controller parses it with the grader's schema. */
      spec: z.looseObject({ stdin: z.optional(z.string()) }),
    }),
  ),
  /** The build's recordings of runs on the unmodified code (parsed by recordings/recording.ts when first used). */
  recordings: z.optional(z.unknown()),
  /** Set for TypeScript (absent: Python): the JavaScript runtime runs the code (jsrun/browser). */
  language: z.optional(z.literal('typescript')),
});
export type WorkbenchConfig = z.output<typeof workbenchConfigSchema>;

export const timelineConfigSchema = z.strictObject({
  code: z.string(),
  title: z.string(),
  filename: z.string(),
  cpuTime: z.boolean(),
  /** The build's recording of this snippet's run (Timeline.astro). */
  recordings: z.optional(z.unknown()),
});
export type TimelineConfig = z.output<typeof timelineConfigSchema>;

export const predictConfigSchema = z.strictObject({
  id: z.string(),
  filename: z.string(),
  source: z.string(),
  lines: z.array(z.string()),
  mode: z.enum(['order', 'choose']),
  count: z.number(),
  correct: z.nullable(z.number()),
  fp: z.string(),
});
export type PredictConfig = z.output<typeof predictConfigSchema>;

export const quizConfigSchema = z.strictObject({
  id: z.string(),
  correct: z.number(),
  fp: z.string(),
});
export type QuizConfig = z.output<typeof quizConfigSchema>;

/**
 * `<aw-continue>`: the course's exercises in order (progress/continue.ts `ContinueExercise`). This and the progress
 * page's answers are made from the course outline, which may carry more fields: they are dropped, not refused.
 */
export const continueCourseSchema = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    href: z.string(),
    lessonNumber: z.number(),
    lessonTitle: z.string(),
  }),
);

/** `<aw-progress-page>`: every quiz and prediction of the course (progress/course.ts `CourseQuiz`, `CoursePredict`). */
const answerBase = { id: z.string(), question: z.string(), count: z.number(), fp: z.string() };
export const progressAnswersSchema = z.object({
  quizzes: z.array(z.object({ ...answerBase, correct: z.number() })),
  predicts: z.array(
    z.union([
      z.object({ ...answerBase, mode: z.literal('order'), lines: z.array(z.string()) }),
      z.object({ ...answerBase, mode: z.literal('choose'), correct: z.number() }),
    ]),
  ),
});

/** `<aw-playground>`: the starting programs of its picker (playground/examples.ts `StartingProgram`). */
export const startingProgramsSchema = z.array(
  z.strictObject({ title: z.string(), code: z.string(), cpuTime: z.boolean() }),
);
