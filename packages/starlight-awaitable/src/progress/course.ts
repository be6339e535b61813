/**
 * The course as the progress page and the landing page list it (build time): lessons in course order (frontmatter
 * `order`), and in each lesson its exercises, quizzes and "predict the output" questions in the order the lesson
 * asks them, with what the browser needs to judge a saved answer (the right answer and the question's
 * fingerprint, computed exactly as the Quiz and PredictOutput components compute them). Pure data, serialisable
 * into the page.
 */
import { fingerprint } from '../components/predict/lines.ts';
import { correctChoice, loadPredictSource } from '../components/predict/source.ts';
import { validateQuiz } from '../components/quiz/schema.ts';
import { lessonActivities } from './activities.ts';

export interface CourseExercise {
  /** `<lesson>/<folder>`: the key of its saved progress. */
  id: string;
  title: string;
  /** The exercise's place on its lesson page. */
  href: string;
}

export interface CourseQuiz {
  /** `<lesson>/<quiz id>`: the key of the saved answer. */
  id: string;
  question: string;
  count: number;
  correct: number;
  fp: string;
}

export type CoursePredict = {
  /** `<lesson>/<file>`: the key of the saved answer. */
  id: string;
  question: string;
  count: number;
  fp: string;
} & ({ mode: 'order'; lines: string[] } | { mode: 'choose'; correct: number });

export interface CourseLesson {
  /** The lesson folder, e.g. `why-asyncio`. */
  slug: string;
  /** 1-based place in the course. */
  number: number;
  title: string;
  href: string;
  exercises: CourseExercise[];
  quizzes: CourseQuiz[];
  predicts: CoursePredict[];
}

export interface LessonInput {
  id: string;
  body?: string | undefined;
  data: { title: string; order: number };
}

export interface ExerciseInput {
  /** The content entry's id, `lessons/<lesson>/<folder>/exercise`. */
  id: string;
  data: { title: string };
}

const folderOf = (lessonId: string) => lessonId.replace(/^lessons\//, '').replace(/\/index$/, '');
const exerciseIdOf = (entryId: string) => entryId.replace(/^lessons\//, '').replace(/\/exercise$/, '');

/** Every lesson in course order with its activities in lesson order. */
export function courseOutline(lessons: readonly LessonInput[], exercises: readonly ExerciseInput[]): CourseLesson[] {
  const sorted = [...lessons].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  return sorted.map((lesson, index) => {
    const slug = folderOf(lesson.id);
    const href = `/${lesson.id.replace(/\/index$/, '')}/`;
    const activities = lessonActivities(lesson.body ?? '', slug);
    const own = new Map(
      exercises
        .map((entry) => ({ id: exerciseIdOf(entry.id), title: entry.data.title }))
        .filter((entry) => entry.id.startsWith(`${slug}/`))
        .map((entry) => [entry.id, entry]),
    );
    // The lesson's own order; an exercise folder the lesson never shows goes last (alphabetically).
    const shown = activities.flatMap((a) => (a.kind === 'exercise' ? [`${slug}/${a.folder}`] : []));
    const ids = [
      ...new Set(shown.filter((id) => own.has(id))),
      ...[...own.keys()].filter((id) => !shown.includes(id)).sort(),
    ];
    const quizzes: CourseQuiz[] = [];
    const predicts: CoursePredict[] = [];
    for (const activity of activities) {
      if (activity.kind === 'quiz') {
        const quiz = validateQuiz(activity.props, slug);
        quizzes.push({
          id: `${slug}/${quiz.id}`,
          question: quiz.question,
          count: quiz.options.length,
          correct: quiz.options.findIndex((option) => option.correct === true),
          fp: fingerprint(JSON.stringify([quiz.question, quiz.options])),
        });
      } else if (activity.kind === 'predict') {
        const { file, question, mode = 'order', choices } = activity.props;
        if (typeof file !== 'string' || typeof question !== 'string') continue;
        const loaded = loadPredictSource(slug, file);
        if (mode === 'choose') {
          const list = (choices as string[]).map((text) => text.replace(/\s+$/, '') + '\n');
          predicts.push({
            id: loaded.id,
            question,
            mode: 'choose',
            count: list.length,
            correct: correctChoice(slug, file, loaded.output, choices),
            fp: fingerprint([loaded.output, ...list].join('\u0000')),
          });
        } else {
          predicts.push({
            id: loaded.id,
            question,
            mode: 'order',
            count: loaded.lines.length,
            lines: loaded.lines,
            fp: fingerprint(loaded.output),
          });
        }
      }
    }
    return {
      slug,
      number: index + 1,
      title: lesson.data.title,
      href,
      exercises: ids.map((id) => ({ id, title: own.get(id)!.title, href: `${href}#exercise-${id.split('/')[1]}` })),
      quizzes,
      predicts,
    };
  });
}
