/**
 * The envelope of a learner's saved answer to an in-lesson activity (predict-the-output, quiz):
 *   {"v":1,"fp":"<fingerprint of what was asked>", …answer fields}
 * Reading is defensive: anything malformed, or saved for a different version of the question (another `fp`), is
 * ignored rather than shown wrong.
 */
const VERSION = 1;

export function serializeAnswer(answer: object, fp: string): string {
  return JSON.stringify({ v: VERSION, fp, ...answer });
}

/** The saved fields if `raw` is a current answer to the question fingerprinted `fp`, else null. */
export function parseAnswer(raw: string | null | undefined, fp: string): Record<string, unknown> | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  return record.v === VERSION && record.fp === fp ? record : null;
}

/** A valid index into a list of `count` items. */
export function isIndex(value: unknown, count: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count;
}
