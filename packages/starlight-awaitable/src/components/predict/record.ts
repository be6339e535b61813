/**
 * The learner's saved answer to one "Predict the output", at `awaitable:predict:<lesson>/<file>`:
 *   {"v":1,"fp":"<fingerprint of the expected output and choices>","order":[2,0,1],"checked":true}   (ordering)
 *   {"v":1,"fp":"…","choice":1,"checked":false}                                                  (choose)
 * Reading is defensive: anything malformed, or saved for a different version of the program's output, is ignored.
 */
import { KEY_PREFIX } from '../../progress/keys.ts';
import { isIndex, parseAnswer, serializeAnswer } from '../saved-answer.ts';

export const PREDICT_KEY_PREFIX = `${KEY_PREFIX}predict:`;

/** e.g. `awaitable:predict:why-asyncio/predict_order.py`. */
export function predictKey(id: string): string {
  return PREDICT_KEY_PREFIX + id;
}

export type PredictAnswer = { order: number[] } | { choice: number };

export type PredictRecord = PredictAnswer & { checked: boolean };

export interface PredictShape {
  mode: 'order' | 'choose';
  /** Number of lines (order) or choices (choose). */
  count: number;
  fp: string;
}

export function serializePredict(record: PredictRecord, fp: string): string {
  return serializeAnswer(record, fp);
}

function isPermutation(value: unknown, count: number): value is number[] {
  if (!Array.isArray(value) || value.length !== count) return false;
  const seen = new Set<number>();
  for (const item of value) {
    if (!isIndex(item, count) || seen.has(item)) return false;
    seen.add(item);
  }
  return true;
}

export function parsePredict(raw: string | null | undefined, shape: PredictShape): PredictRecord | null {
  const record = parseAnswer(raw, shape.fp);
  if (!record) return null;
  const checked = record.checked === true;
  if (shape.mode === 'order') {
    return isPermutation(record.order, shape.count) ? { order: [...record.order], checked } : null;
  }
  return isIndex(record.choice, shape.count) ? { choice: record.choice, checked } : null;
}
