/**
 * The learner's saved answer to one quiz, at `awaitable:quiz:<lesson>/<quiz id>`:
 *   {"v":1,"fp":"<fingerprint of the options>","choice":2,"checked":true}
 * Reading is defensive: anything malformed, or saved for a different set of options, is ignored.
 */
import { KEY_PREFIX } from '../../progress/keys.ts';
import { isIndex, parseAnswer, serializeAnswer } from '../saved-answer.ts';

export const QUIZ_KEY_PREFIX = `${KEY_PREFIX}quiz:`;

/** e.g. `awaitable:quiz:why-asyncio/waiting-1`. */
export function quizKey(id: string): string {
  return QUIZ_KEY_PREFIX + id;
}

export interface QuizRecord {
  choice: number;
  checked: boolean;
}

export function serializeQuiz(record: QuizRecord, fp: string): string {
  return serializeAnswer({ choice: record.choice, checked: record.checked }, fp);
}

export function parseQuiz(raw: string | null | undefined, options: { count: number; fp: string }): QuizRecord | null {
  const record = parseAnswer(raw, options.fp);
  if (!record || !isIndex(record.choice, options.count)) return null;
  return { choice: record.choice, checked: record.checked === true };
}

export type QuizVerdict = { correct: boolean; text: string };

/** What to say after checking: right or not. The option's explanation is shown beside it. */
export function quizVerdict(correct: boolean): QuizVerdict {
  return correct ? { correct, text: 'Correct.' } : { correct, text: 'Not quite.' };
}
