/**
 * Build time only: finds the program and its recorded output for <PredictOutput>, and validates the props.
 * Programs live beside the lesson: content/lessons/<lesson>/<file>.py with its exact stdout in <file>.out.
 */
import { LESSONS_ROOT, lessonFiles as files } from 'virtual:starlight-awaitable/lessons';
import { outputLines } from './lines.ts';

/** The lessons folder as authors know it ("content/lessons"). */
const LESSONS = LESSONS_ROOT.slice(1);

export interface PredictSource {
  /** "<lesson>/<file>": the key for the saved answer. */
  id: string;
  source: string;
  output: string;
  lines: string[];
}

/** The lesson folder of a page URL, with an error that names the component when used elsewhere. */
export function lessonOf(pathname: string, component: string): string {
  const match = /\/lessons\/([^/]+)\/?/.exec(pathname);
  if (!match) throw new Error(`${component} can only be used on a lesson page (this page is ${pathname}).`);
  return match[1]!;
}

export function predictProblem(lesson: string, file: string, problem: string): Error {
  return new Error(`Lesson "${lesson}" (${LESSONS}/${lesson}/index.mdx): <PredictOutput file="${file}">: ${problem}`);
}

export function loadPredictSource(lesson: string, file: string, found = files): PredictSource {
  if (!/^[\w.-]+\.py$/.test(file) || file.includes('..'))
    throw predictProblem(lesson, file, 'file must name a .py file beside the lesson, like "run_order.py".');
  const dir = `${LESSONS}/${lesson}/`;
  const outFile = file.replace(/\.py$/, '.out');
  const source = found[`/${dir}${file}`];
  if (source === undefined) throw predictProblem(lesson, file, `${dir}${file} does not exist.`);
  const output = found[`/${dir}${outFile}`];
  if (output === undefined)
    throw predictProblem(
      lesson,
      file,
      `${dir}${outFile} (its expected output) does not exist. Record it with ` +
        `\`npm run --silent pyrun -- ${dir}${file} > ${dir}${outFile}\`.`,
    );
  const lines = outputLines(output);
  if (lines.length === 0) throw predictProblem(lesson, file, `${dir}${outFile} is empty: the program prints nothing.`);
  return { id: `${lesson}/${file}`, source, output, lines };
}

/** For mode="choose": the index of the choice equal to the recorded output (exactly one must be). */
export function correctChoice(lesson: string, file: string, output: string, choices: unknown): number {
  if (!Array.isArray(choices) || choices.length < 2 || !choices.every((choice) => typeof choice === 'string'))
    throw predictProblem(lesson, file, 'mode="choose" needs `choices`: an array of at least 2 full outputs (strings).');
  const normalise = (text: string) => outputLines(text).join('\n');
  const expected = normalise(output);
  const matches = choices.flatMap((choice, index) => (normalise(choice) === expected ? [index] : []));
  if (matches.length === 0)
    throw predictProblem(
      lesson,
      file,
      `none of the choices equals the recorded output in ${file.replace(/\.py$/, '.out')}:\n${output}`,
    );
  if (matches.length > 1)
    throw predictProblem(lesson, file, `choices ${matches.map((i) => i + 1).join(' and ')} are the same output.`);
  const distinct = new Set(choices.map(normalise));
  if (distinct.size !== choices.length) throw predictProblem(lesson, file, 'two choices are the same output.');
  return matches[0]!;
}
