/**
 * The learner's saved answer to one quiz, at `awaitable:quiz:<lesson>/<quiz id>`:
 *   {"v":1,"fp":"<fingerprint of the options>","choice":2,"checked":true}
 * Reading is defensive: anything malformed, or saved for a different set of options, is ignored.
 */
import { KEY_PREFIX } from '../../progress/keys';

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
  return JSON.stringify({ v: 1, fp, choice: record.choice, checked: record.checked });
}

export function parseQuiz(raw: string | null | undefined, options: { count: number; fp: string }): QuizRecord | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { v, fp, choice, checked } = data as Record<string, unknown>;
  if (v !== 1 || fp !== options.fp) return null;
  if (typeof choice !== 'number' || !Number.isInteger(choice) || choice < 0 || choice >= options.count) return null;
  return { choice, checked: checked === true };
}

export type QuizVerdict = { correct: boolean; text: string };

/** What to say after checking: right or not. The option's explanation is shown beside it. */
export function quizVerdict(correct: boolean): QuizVerdict {
  return correct ? { correct, text: 'Correct.' } : { correct, text: 'Not quite.' };
}
