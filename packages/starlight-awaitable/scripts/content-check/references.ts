/**
 * What a lesson's MDX refers to, checked without a build: every import resolves, every component used is
 * imported, and each Awaitable component's props point at files that exist and say something true —
 * <Exercise folder> is an exercise folder, <PredictOutput file> has its .out (and, with mode="choose", exactly one
 * choice equal to it), <Quiz> passes the build's own validation (exactly one correct option …), <Example>/<Timeline>
 * code comes from an imported program, <CompareJs> has a .py program, a .ts program and its "what differs" note.
 * The build finds the same mistakes one at a time, minutes later.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputLines } from '../../src/components/predict/lines.ts';
import { quizSchema } from '../../src/components/quiz/schema.ts';
import { closest } from './did-you-mean.ts';
import {
  isFalseAttribute,
  literalProps,
  stringAttribute as text,
  type AttributeValue,
  type LessonMdx,
} from '../../src/content/lesson-mdx.ts';

const MODULE_EXTENSIONS = ['', '.ts', '.js', '.mjs', '.astro', '/index.ts', '/index.js'];

/** The file an import specifier names, or null when it does not resolve. Virtual `astro:` modules always do. */
export function resolveImport(specifier: string, lessonDir: string): string | null {
  if (specifier.startsWith('astro:')) return specifier;
  const path = specifier.replace(/\?.*$/, '');
  // Bare specifiers (`starlight-awaitable/components/Quiz.astro`, other packages) resolve as Node would.
  const base = path.startsWith('.') ? resolve(lessonDir, path) : null;
  if (base === null) {
    try {
      // A package's "exports" pattern maps any subpath, so the file it names must also exist.
      const resolved = import.meta.resolve(path);
      return !resolved.startsWith('file:') || existsSync(fileURLToPath(resolved)) ? resolved : null;
    } catch {
      return null;
    }
  }
  for (const extension of MODULE_EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export interface LessonReferences {
  problems: string[];
  /** Programs (file names beside index.mdx) shown with cpuTime={false}: checked the way the page runs them. */
  pureTimePrograms: Set<string>;
  /** The file name each program is shown under when its component sets `filename` (the page's default: main.py). */
  shownAs: Map<string, string>;
}

const IMPORT_LINES: Record<string, string> = Object.fromEntries(
  ['CompareJs', 'Example', 'Exercise', 'Predict', 'PredictOutput', 'Quiz', 'Timeline'].map((name) => [
    name,
    `import ${name} from 'starlight-awaitable/components/${name}.astro';`,
  ]),
);

const suggest = (name: string, known: readonly string[]) => {
  const guess = closest(name, known);
  return guess ? ` — did you mean "${guess}"?` : known.length ? ` (there is: ${known.join(', ')})` : '';
};

export function checkReferences(lessonDir: string, lesson: LessonMdx): LessonReferences {
  const problems: string[] = [];
  const at = (use: { line: number }, message: string) => problems.push(`line ${use.line}: ${message}`);
  const entries = readdirSync(lessonDir);
  const programs = entries.filter((name) => name.endsWith('.py'));
  const exerciseFolders = entries.filter((name) => existsSync(join(lessonDir, name, 'exercise.json')));

  // Imports: each resolves; remember which component file each name is, and which program each `?raw` name holds.
  const componentOf = new Map<string, string>();
  /** By language: the two sides of <CompareJs>; <Example> takes either. */
  const rawPython = new Map<string, string>();
  const rawTypeScript = new Map<string, string>();
  for (const binding of lesson.imports) {
    const target = resolveImport(binding.source, lessonDir);
    if (target === null) {
      const wanted = basename(binding.source.replace(/\?.*$/, ''));
      const near = binding.source.startsWith('./') ? suggest(wanted, entries) : '';
      const statement = binding.name ? `import ${binding.name} from '${binding.source}'` : `import '${binding.source}'`;
      at(binding, `${statement}: no such file${near}`);
      continue;
    }
    if (target.endsWith('.astro')) componentOf.set(binding.name, basename(target, '.astro'));
    if (binding.source.endsWith('.py?raw') && dirname(target) === resolve(lessonDir))
      rawPython.set(binding.name, basename(target));
    if (binding.source.endsWith('.ts?raw') && dirname(target) === resolve(lessonDir))
      rawTypeScript.set(binding.name, basename(target));
  }
  const imported = new Set(lesson.imports.map((binding) => binding.name));

  const pureTimePrograms = new Set<string>();
  const shownAs = new Map<string, string>();
  const quizIds = new Map<string, number>();
  for (const use of lesson.components) {
    const root = use.name.split('.')[0]!;
    if (!/^[A-Z]/.test(root)) continue; // an HTML element
    if (!imported.has(root)) {
      at(use, `<${use.name}> is used but not imported${IMPORT_LINES[root] ? `: add \`${IMPORT_LINES[root]}\`` : ''}`);
      continue;
    }
    const component = componentOf.get(root);
    if (use.spread) continue; // {...props}: cannot be checked without running the page
    const attribute = (name: string) => use.attributes.get(name);
    const tag = `<${use.name}${['folder', 'file', 'id'].map((name) => (text(attribute(name)) ? ` ${name}="${text(attribute(name))}"` : '')).join('')}>`;
    const need = (name: string) => {
      if (!use.attributes.has(name)) at(use, `${tag} needs ${name}="…"`);
      return use.attributes.has(name);
    };

    if (component === 'Exercise' && need('folder')) {
      const folder = text(attribute('folder'));
      if (folder === undefined) at(use, `${tag}: folder must be a plain string`);
      else if (!exerciseFolders.includes(folder))
        at(use, `${tag}: there is no ${folder}/exercise.json beside index.mdx${suggest(folder, exerciseFolders)}`);
    }

    if (component === 'Example' || component === 'Timeline') {
      const code = attribute('code');
      if (!code) at(use, `${tag} needs code={…}, usually a program imported with \`import x from './x.py?raw'\``);
      else if (code.kind === 'expression' && !code.literal.ok && code.literal.identifier) {
        const program = rawPython.get(code.literal.identifier) ?? rawTypeScript.get(code.literal.identifier);
        const cpu = attribute('cpuTime');
        if (program && isFalseAttribute(cpu)) pureTimePrograms.add(program);
        const filename = text(attribute('filename'));
        if (program && filename) shownAs.set(program, filename);
        languageProblems(tag, program, attribute('language'), component).forEach((problem) => at(use, problem));
      }
    }

    if (component === 'CompareJs') {
      if (need('title') && !text(attribute('title'))?.trim()) at(use, `${tag} needs a non-empty title="…"`);
      /** The program file a side's prop names, or undefined (and a problem) when it names none of the right kind. */
      const program = (prop: 'python' | 'typescript'): string | undefined => {
        const [extension, programs, other] =
          prop === 'python' ? ['py', rawPython, rawTypeScript] : ['ts', rawTypeScript, rawPython];
        const value = attribute(prop);
        const example = `${prop}={x}, with \`import x from './x.${extension}?raw'\``;
        const name = value?.kind === 'expression' && !value.literal.ok ? value.literal.identifier : null;
        const file = name ? programs.get(name) : undefined;
        if (!value) at(use, `${tag} needs ${example}`);
        else if (name && other.has(name))
          at(use, `${tag}: ${prop}={${name}} is ${other.get(name)}; ${prop} needs a .${extension} program`);
        else if (!file) at(use, `${tag}: ${prop} must be a program imported beside the lesson: ${example}`);
        return file;
      };
      const python = program('python');
      program('typescript');
      const cpu = attribute('cpuTime');
      if (python && isFalseAttribute(cpu)) pureTimePrograms.add(python);
      if (use.empty)
        at(use, `${tag} needs its "what differs" note between <CompareJs …> and </CompareJs> (two short lines)`);
    }

    if (component === 'Predict') need('question');

    if (component === 'PredictOutput' && need('file')) {
      const file = text(attribute('file'));
      const mode = text(attribute('mode')) ?? 'order';
      if (file === undefined || !/^[\w.-]+\.py$/.test(file))
        at(use, `${tag}: file must name a .py file beside index.mdx`);
      else if (!programs.includes(file))
        at(use, `${tag}: ${file} does not exist beside index.mdx${suggest(file, programs)}`);
      else {
        const outFile = file.replace(/\.py$/, '.out');
        const outPath = join(lessonDir, outFile);
        if (!existsSync(outPath))
          at(
            use,
            `${tag}: ${outFile} (the answer) does not exist; record it with \`npm run check-content -- ${basename(lessonDir)} --record\``,
          );
        else {
          const output = readFileSync(outPath, 'utf8');
          if (outputLines(output).length === 0)
            at(use, `${tag}: ${outFile} is empty: the program prints nothing to predict`);
          if (mode === 'choose')
            choiceProblems(attribute('choices'), output, outFile).forEach((problem) => at(use, `${tag}: ${problem}`));
          else if (mode !== 'order') at(use, `${tag}: mode must be "order" or "choose", not "${mode}"`);
        }
      }
      if (!text(attribute('question'))?.trim()) at(use, `${tag} needs a non-empty question="…"`);
    }

    if (component === 'Quiz') {
      const read = literalProps(use);
      if (!read.ok) continue; // options built from a variable: only the build can check them
      const { props } = read;
      const parsed = quizSchema.safeParse(props);
      if (!parsed.success)
        for (const issue of parsed.error.issues) at(use, `${tag}: ${quizWhere(issue.path)}: ${issue.message}`);
      const id = typeof props.id === 'string' ? props.id : null;
      if (id && quizIds.has(id)) at(use, `${tag}: the id is already used by the quiz on line ${quizIds.get(id)}`);
      if (id) quizIds.set(id, use.line);
    }
  }
  return { problems, pureTimePrograms, shownAs };
}

/** mode="choose": at least two different full outputs, exactly one equal to the recorded .out. */
function choiceProblems(value: AttributeValue | undefined, output: string, outFile: string): string[] {
  if (!value) return ['mode="choose" needs choices={[…]}: at least 2 full outputs'];
  if (value.kind !== 'expression' || !value.literal.ok) return []; // not a literal: only the build can check it
  const choices = value.literal.value;
  if (!Array.isArray(choices) || choices.length < 2 || !choices.every((choice) => typeof choice === 'string'))
    return ['choices must be an array of at least 2 strings (full outputs)'];
  const normalise = (text: string) => outputLines(text).join('\n');
  const matches = choices.flatMap((choice, index) => (normalise(choice) === normalise(output) ? [index + 1] : []));
  if (matches.length === 0)
    return [`none of the ${choices.length} choices equals ${outFile}, which is:\n${output.replace(/\n$/, '')}`];
  if (matches.length > 1) return [`choices ${matches.join(' and ')} both equal ${outFile}: exactly one may`];
  if (new Set(choices.map(normalise)).size !== choices.length) return ['two choices are the same output'];
  return [];
}

/** "options[1].correct" → "option 2 (correct)", as the build's own quiz errors say. */
function quizWhere(path: readonly PropertyKey[]): string {
  if (path[0] === 'options' && typeof path[1] === 'number')
    return `option ${path[1] + 1}${path.length > 2 ? ` (${path.slice(2).map(String).join('.')})` : ''}`;
  return path.map(String).join('.') || 'quiz';
}

/**
 * `language` on an <Example>: "python" (the default) or "typescript", matching the program it shows (a .ts file
 * needs language="typescript", which runs it in the JavaScript runtime; a .py file must not have it).
 */
function languageProblems(
  tag: string,
  program: string | undefined,
  value: AttributeValue | undefined,
  component: string,
): string[] {
  const language = value === undefined ? 'python' : text(value);
  if (language !== 'python' && language !== 'typescript') return [`${tag}: language must be "python" or "typescript"`];
  if (component !== 'Example' && language === 'typescript')
    return [`${tag}: language="typescript" works on <Example> (the <${component}> runs Python)`];
  if (!program) return [];
  if (program.endsWith('.ts') && language !== 'typescript')
    return [
      `${tag}: ${program} is TypeScript: add language="typescript" so the page runs it in the JavaScript runtime`,
    ];
  if (program.endsWith('.py') && language === 'typescript')
    return [`${tag}: ${program} is Python, but language="typescript" would run it as TypeScript`];
  return [];
}
