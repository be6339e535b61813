/**
 * Build-time validation of <Quiz> props (zod stays on the server: nothing here reaches the browser).
 * A bad quiz fails the build with a message naming the lesson, the quiz id and every problem.
 */
import { z } from 'astro/zod';

export const quizOptionSchema = z.object({
  text: z.string().trim().min(1, 'every option needs a non-empty text'),
  correct: z.boolean().optional(),
  explanation: z.string().trim().min(1, 'every option needs an explanation (say why it is right or wrong)'),
});

export const quizSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'the id must be a slug: lowercase letters, digits and single hyphens'),
  question: z.string().trim().min(1, 'the question must not be empty'),
  options: z
    .array(quizOptionSchema)
    .min(2, 'give at least 2 options')
    .max(6, 'give at most 6 options')
    .refine((options) => options.filter((option) => option.correct === true).length === 1, {
      message: 'exactly one option must have `correct: true`',
    }),
});

export type QuizProps = z.infer<typeof quizSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;

/** Where an issue is, in author's terms: "options[1].explanation" → "option 2 (explanation)". */
function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'quiz';
  if (path[0] === 'options' && typeof path[1] === 'number') {
    const rest = path.slice(2).map(String).join('.');
    return `option ${path[1] + 1}${rest ? ` (${rest})` : ''}`;
  }
  return path.map(String).join('.');
}

/** The validated props, or an Error naming the lesson, the quiz and each problem. */
export function validateQuiz(props: unknown, lesson: string): QuizProps {
  const result = quizSchema.safeParse(props);
  if (result.success) return result.data;
  const id =
    typeof props === 'object' && props !== null && typeof (props as { id?: unknown }).id === 'string'
      ? (props as { id: string }).id
      : '(missing id)';
  const problems = result.error.issues.map((issue) => `  - ${where(issue.path)}: ${issue.message}`).join('\n');
  throw new Error(
    `Lesson "${lesson}" (content/lessons/${lesson}/index.mdx): <Quiz id="${id}"> is invalid:\n${problems}`,
  );
}
