/**
 * What a lesson asks the learner to do, in the order the lesson asks it: its exercises, quizzes and "predict the
 * output" questions, read from the lesson's MDX source at build time (for the progress page, which lists them in
 * course order with their results). The MDX is parsed as the build parses it (content/lesson-mdx.ts), so a tag in
 * a code block is not taken for a component. Only the components' attributes are read: strings, and expressions
 * that are plain literals (`options={[{ text: '…', correct: true }]}`), without evaluating anything. A component
 * whose props cannot be read this way is reported, not guessed.
 */
import { literalProps, parseLesson, type ComponentUse } from '../content/lesson-mdx.ts';

export type Activity =
  | { kind: 'exercise'; folder: string }
  | { kind: 'quiz'; props: Record<string, unknown> }
  | { kind: 'predict'; props: Record<string, unknown> };

const COMPONENT: Partial<Record<string, Activity['kind']>> = {
  Exercise: 'exercise',
  Quiz: 'quiz',
  PredictOutput: 'predict',
};

/** The lesson's activities in order of appearance. Throws (naming the lesson) on attributes it cannot read. */
export function lessonActivities(body: string, lesson: string): Activity[] {
  const where = `Lesson "${lesson}" (content/lessons/${lesson}/index.mdx)`;
  let components: ComponentUse[];
  try {
    components = parseLesson(body).components;
  } catch (error) {
    throw new Error(`${where}: cannot be read for the progress page: ${(error as Error).message}`);
  }
  const activities: Activity[] = [];
  for (const component of components) {
    const kind = COMPONENT[component.name];
    if (!kind) continue;
    const props = readableProps(component);
    if (typeof props === 'string')
      throw new Error(`${where}: cannot read <${component.name}>'s attributes for the progress page: ${props}`);
    if (kind !== 'exercise') activities.push({ kind, props });
    else if (typeof props.folder === 'string') activities.push({ kind, folder: props.folder });
  }
  return activities;
}

/** The component's attributes as values, or why they cannot all be read. */
function readableProps(component: ComponentUse): Record<string, unknown> | string {
  if (component.spread) return 'a {...spread} hides which attributes it has';
  const read = literalProps(component);
  if (read.ok) return read.props;
  const { name, source, identifier } = read;
  return `${name}={${source}} is not a plain literal${identifier ? ` (it names ${identifier})` : ''}`;
}
