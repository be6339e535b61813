import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonActivities } from './activities.ts';
import { describeAnswers, predictResult, quizResult } from './answers.ts';
import { continuePoint, describeContinue, type ContinueExercise } from './continue.ts';
import { courseOutline, type CoursePredict, type LessonInput } from './course.ts';
import type { ExerciseState } from './store.ts';

/** The real course, read the way the content collections see it. */
function realCourse() {
  const root = new URL('../../../../content/lessons/', import.meta.url);
  const lessons: LessonInput[] = [];
  const exercises: Array<{ id: string; data: { title: string } }> = [];
  for (const slug of readdirSync(root)) {
    const text = readFileSync(new URL(`${slug}/index.mdx`, root), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const title = /^title: (.*)$/m.exec(front)![1]!.replace(/^['"]|['"]$/g, '');
    lessons.push({
      id: `lessons/${slug}/index`,
      body,
      data: { title, order: Number(/^order: (\d+)/m.exec(front)![1]) },
    });
    for (const folder of readdirSync(new URL(`${slug}/`, root), { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      const spec = JSON.parse(readFileSync(new URL(`${slug}/${folder.name}/exercise.json`, root), 'utf8'));
      exercises.push({ id: `lessons/${slug}/${folder.name}/exercise`, data: { title: spec.title } });
    }
  }
  return courseOutline(lessons, exercises);
}

describe('lessonActivities', () => {
  it('reads exercises, quizzes and predictions in order, with literal props and escapes, evaluating nothing', () => {
    const body = `
<Exercise folder="b-second">text</Exercise>
<Quiz
  id="q-1"
  question="What is \`x\`?"
  options={[
    { text: 'It\\'s one', correct: true, explanation: "Because \\"1\\"" }, // the right one
    { text: \`two\`, explanation: 'Line\\nbreak' },
  ]}
/>
<PredictOutput file="p.py" question="Which?" mode="choose" choices={['a\\nb', "b\\na"]} />
<Exercise folder="a-first" />

\`\`\`mdx
<Exercise folder="shown-as-code" />
\`\`\``;
    expect(lessonActivities(body, 'demo')).toEqual([
      { kind: 'exercise', folder: 'b-second' },
      {
        kind: 'quiz',
        props: {
          id: 'q-1',
          question: 'What is `x`?',
          options: [
            { text: "It's one", correct: true, explanation: 'Because "1"' },
            { text: 'two', explanation: 'Line\nbreak' },
          ],
        },
      },
      { kind: 'predict', props: { file: 'p.py', question: 'Which?', mode: 'choose', choices: ['a\nb', 'b\na'] } },
      { kind: 'exercise', folder: 'a-first' },
    ]);
  });

  it('refuses an attribute it cannot read as a literal, naming the lesson', () => {
    expect(() => lessonActivities('<Quiz id="x" options={makeOptions()} />', 'demo')).toThrow(
      /Lesson "demo".*<Quiz>.*not a plain literal/,
    );
  });
});

describe('courseOutline on the real course', () => {
  const course = realCourse();

  it('lessons in frontmatter order, exercises in the order each lesson shows them', () => {
    expect(course[0]).toMatchObject({ slug: 'why-asyncio', number: 1, href: '/lessons/why-asyncio/' });
    expect(course.map((l) => l.number)).toEqual(course.map((_, i) => i + 1));
    expect(course[0]!.exercises.map((e) => e.id)).toEqual([
      'why-asyncio/concurrent-downloads',
      'why-asyncio/unblock-the-loop',
    ]);
    expect(course[0]!.exercises[0]!.href).toBe('/lessons/why-asyncio/#exercise-concurrent-downloads');
    for (const lesson of course) {
      const body = readFileSync(
        new URL(`../../../../content/lessons/${lesson.slug}/index.mdx`, import.meta.url),
        'utf8',
      );
      const shown = [...body.matchAll(/<Exercise folder="([^"]+)"/g)].map((m) => `${lesson.slug}/${m[1]}`);
      expect(lesson.exercises.map((e) => e.id).slice(0, shown.length)).toEqual(shown);
    }
  });

  it('quizzes and predictions carry the right answer and fingerprint', () => {
    const [first] = course;
    expect(first!.quizzes.map((q) => [q.id, q.correct, q.count])).toEqual([
      ['why-asyncio/waiting-1', 0, 3],
      ['why-asyncio/why-asyncio-2', 0, 4],
    ]);
    expect(first!.predicts).toEqual([
      expect.objectContaining({ id: 'why-asyncio/predict_order.py', mode: 'order', count: 5 }),
    ]);
    const chooses = course.flatMap((l) => l.predicts).filter((p) => p.mode === 'choose');
    expect(chooses.length).toBeGreaterThan(0);
    expect(course.reduce((n, l) => n + l.quizzes.length, 0)).toBeGreaterThanOrEqual(course.length * 2);
  });
});

describe('continue where you left off', () => {
  const ex = (id: string, lessonNumber: number): ContinueExercise => ({
    id,
    title: `Title ${id}`,
    href: `/lessons/${id}`,
    lessonNumber,
    lessonTitle: `Lesson ${lessonNumber}`,
  });
  const course = [ex('a/1', 1), ex('a/2', 1), ex('b/1', 2)];
  const states = (entries: Record<string, Partial<ExerciseState>>) => (id: string) =>
    ({
      id,
      status: 'not-started',
      solvedAt: null,
      attemptedAt: null,
      codeSavedAt: null,
      hintsRevealed: 0,
      solutionShown: false,
      ...entries[id],
    }) as ExerciseState;

  it('nothing yet: no suggestion', () => {
    expect(continuePoint(course, states({}))).toBeNull();
  });

  it('the last exercise worked on, if unsolved; else the next unsolved one in course order', () => {
    const resume = continuePoint(
      course,
      states({
        'a/1': { status: 'solved', solvedAt: '2025-01-01T00:00:00.000Z' },
        'b/1': { status: 'attempted', attemptedAt: '2025-01-02T00:00:00.000Z' },
      }),
    );
    expect(resume).toEqual({ kind: 'resume', exercise: course[2] });
    expect(describeContinue(resume!)).toEqual({
      lead: 'Continue where you left off: ',
      link: course[2],
      tail: ' — lesson 2, Lesson 2',
    });
    const next = continuePoint(course, states({ 'a/1': { status: 'solved', solvedAt: '2025-01-03T00:00:00.000Z' } }));
    expect(next).toEqual({ kind: 'next', exercise: course[1], after: course[0] });
    // Solved the last one but skipped one earlier: back to the earlier one.
    const wrap = continuePoint(
      course,
      states({
        'a/1': { status: 'solved', solvedAt: '2025-01-01T00:00:00.000Z' },
        'b/1': { status: 'solved', solvedAt: '2025-01-03T00:00:00.000Z' },
      }),
    );
    expect(wrap).toMatchObject({ kind: 'next', exercise: course[1] });
    const solved = { status: 'solved' as const, solvedAt: '2025-01-01T00:00:00.000Z' };
    expect(continuePoint(course, states({ 'a/1': solved, 'a/2': solved, 'b/1': solved }))).toEqual({
      kind: 'done',
      solved: 3,
    });
  });
});

describe('quiz and prediction results from saved answers', () => {
  const [first] = realCourse();
  const quiz = first!.quizzes[0]!;
  const predict = first!.predicts[0]! as Extract<CoursePredict, { mode: 'order' }>;
  const saved = (key: string, value: object) => (k: string) => (k === key ? JSON.stringify(value) : null);

  it('right, wrong, unchecked, or unanswered (also when saved for another version of the question)', () => {
    const key = `awaitable:quiz:${quiz.id}`;
    expect(quizResult(quiz, () => null)).toBe('unanswered');
    expect(quizResult(quiz, saved(key, { v: 1, fp: quiz.fp, choice: 0, checked: true }))).toBe('right');
    expect(quizResult(quiz, saved(key, { v: 1, fp: quiz.fp, choice: 1, checked: true }))).toBe('wrong');
    expect(quizResult(quiz, saved(key, { v: 1, fp: quiz.fp, choice: 1, checked: false }))).toBe('unchecked');
    expect(quizResult(quiz, saved(key, { v: 1, fp: 'older', choice: 0, checked: true }))).toBe('unanswered');
    const pkey = `awaitable:predict:${predict.id}`;
    const inOrder = predict.lines.map((_, i) => i);
    expect(predictResult(predict, saved(pkey, { v: 1, fp: predict.fp, order: inOrder, checked: true }))).toBe('right');
    const swapped = [1, 0, ...inOrder.slice(2)];
    expect(predictResult(predict, saved(pkey, { v: 1, fp: predict.fp, order: swapped, checked: true }))).toBe('wrong');
  });
});

describe("a lesson's answers in words", () => {
  it('says how many are right and what the rest are', () => {
    expect(describeAnswers([])).toBe('none');
    expect(describeAnswers(['unanswered', 'unanswered'])).toBe('2 not answered yet');
    expect(describeAnswers(['right', 'wrong', 'unchecked', 'unanswered'])).toBe(
      '1 of 4 right · 1 not right yet · 1 answered, not checked · 1 not answered',
    );
  });
});
