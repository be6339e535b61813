import { describe, expect, it } from 'vitest';
import { validateQuiz } from './schema.ts';

const option = (text: string, correct = false) => ({ text, correct, explanation: `Because ${text}.` });
const valid = {
  id: 'tasks-1',
  question: 'What does create_task return?',
  options: [option('A Task', true), option('A result')],
};

function problem(props: unknown): string {
  try {
    validateQuiz(props, 'why-asyncio');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the quiz to be rejected');
}

describe('quiz props', () => {
  it('accepts a valid quiz (correct may be left out on wrong options)', () => {
    const quiz = { ...valid, options: [option('A Task', true), { text: 'B', explanation: 'No.' }] };
    expect(validateQuiz(quiz, 'why-asyncio').options).toHaveLength(2);
  });

  it('names the lesson, the quiz id and the problem', () => {
    const message = problem({ ...valid, options: [option('A'), option('B')] });
    expect(message).toContain('Lesson "why-asyncio"');
    expect(message).toContain('<Quiz id="tasks-1">');
    expect(message).toContain('exactly one option must have `correct: true`');
  });

  it.each([
    ['two correct options', { ...valid, options: [option('A', true), option('B', true)] }, 'exactly one option'],
    ['one option', { ...valid, options: [option('A', true)] }, 'at least 2 options'],
    [
      'seven options',
      { ...valid, options: [option('A', true), ...'BCDEFG'.split('').map((t) => option(t))] },
      'at most 6',
    ],
    ['an empty question', { ...valid, question: '  ' }, 'question must not be empty'],
    ['a non-slug id', { ...valid, id: 'Tasks 1' }, 'the id must be a slug'],
    ['a missing explanation', { ...valid, options: [option('A', true), { text: 'B' }] }, 'option 2 (explanation)'],
    [
      'an empty option text',
      { ...valid, options: [option('A', true), { text: '', explanation: 'x' }] },
      'option 2 (text)',
    ],
  ])('rejects %s', (_, props, expected) => {
    expect(problem(props)).toContain(expected);
  });

  it('says when the id is missing', () => {
    const { id: _id, ...rest } = valid;
    expect(problem(rest)).toContain('<Quiz id="(missing id)">');
  });
});
