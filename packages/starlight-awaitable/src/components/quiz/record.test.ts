import { describe, expect, it } from 'vitest';
import { isOurKey } from '../../progress/keys.ts';
import { parseQuiz, quizKey, quizVerdict, serializeQuiz } from './record.ts';

const shape = { count: 3, fp: 'f1' };

describe('quiz record', () => {
  it('lives under the awaitable: prefix', () => {
    expect(quizKey('why-asyncio/waiting-1')).toBe('awaitable:quiz:why-asyncio/waiting-1');
    expect(isOurKey(quizKey('a/b'))).toBe(true);
  });

  it('round-trips', () => {
    expect(parseQuiz(serializeQuiz({ choice: 2, checked: true }, 'f1'), shape)).toEqual({ choice: 2, checked: true });
  });

  it.each([
    ['nothing', null],
    ['unreadable storage', undefined],
    ['not JSON', 'nope'],
    ['null', 'null'],
    ['other options', serializeQuiz({ choice: 0, checked: true }, 'f2')],
    ['a choice past the end', serializeQuiz({ choice: 3, checked: true }, 'f1')],
    ['a fractional choice', JSON.stringify({ v: 1, fp: 'f1', choice: 0.5 })],
    ['an old version', JSON.stringify({ v: 0, fp: 'f1', choice: 0 })],
  ])('ignores %s', (_, raw) => {
    expect(parseQuiz(raw, shape)).toBeNull();
  });

  it('words the verdict', () => {
    expect(quizVerdict(true)).toEqual({ correct: true, text: 'Correct.' });
    expect(quizVerdict(false)).toEqual({ correct: false, text: 'Not quite.' });
  });
});
