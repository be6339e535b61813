/**
 * How the learner did on a lesson's quizzes and "predict the output" questions, from the answers those components
 * saved (`awaitable:quiz:…`, `awaitable:predict:…`). An answer saved for an older version of the question (another
 * fingerprint) counts as not answered, as the component itself would show it.
 */
import { readsInOrder } from '../components/predict/lines.ts';
import { parsePredict, predictKey } from '../components/predict/record.ts';
import { parseQuiz, quizKey } from '../components/quiz/record.ts';
import type { CoursePredict, CourseQuiz } from './course.ts';

export type AnswerResult = 'unanswered' | 'unchecked' | 'right' | 'wrong';

export const ANSWER_TEXT: Record<AnswerResult, string> = {
  unanswered: 'not answered',
  unchecked: 'answered, not checked',
  right: '✓ right',
  wrong: '✗ not right yet',
};

type Read = (key: string) => string | null | undefined;

export function quizResult(quiz: CourseQuiz, read: Read): AnswerResult {
  const record = parseQuiz(read(quizKey(quiz.id)), { count: quiz.count, fp: quiz.fp });
  if (!record) return 'unanswered';
  if (!record.checked) return 'unchecked';
  return record.choice === quiz.correct ? 'right' : 'wrong';
}

export function predictResult(predict: CoursePredict, read: Read): AnswerResult {
  const record = parsePredict(read(predictKey(predict.id)), predict);
  if (!record) return 'unanswered';
  if (!record.checked) return 'unchecked';
  if (predict.mode === 'order')
    return 'order' in record && readsInOrder(record.order, predict.lines) ? 'right' : 'wrong';
  return 'choice' in record && record.choice === predict.correct ? 'right' : 'wrong';
}

/** `2 of 3 right · 1 not answered`: a lesson's answers of one kind, in words. */
export function describeAnswers(results: AnswerResult[]): string {
  if (results.length === 0) return 'none';
  const count = (kind: AnswerResult) => results.filter((r) => r === kind).length;
  if (count('unanswered') === results.length) return `${results.length} not answered yet`;
  const parts = [`${count('right')} of ${results.length} right`];
  for (const kind of ['wrong', 'unchecked', 'unanswered'] as const)
    if (count(kind)) parts.push(`${count(kind)} ${ANSWER_TEXT[kind].replace(/^✗ /, '')}`);
  return parts.join(' · ');
}
