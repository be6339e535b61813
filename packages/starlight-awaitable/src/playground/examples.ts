/**
 * The Playground's starting programs (build time): every `<Example>` of every lesson, in page order, read from
 * the lesson's MDX as the build parses it (content/lesson-mdx.ts): `import name from './file.py?raw'` and
 * `<Example code={name} title="…">`.
 */
import { isFalseAttribute, parseLesson, stringAttribute } from '../content/lesson-mdx.ts';

export interface StartingProgram {
  title: string;
  code: string;
  cpuTime: boolean;
}

const RAW_PYTHON = /^\.\/([\w.-]+\.py)\?raw$/;

/** The examples of one lesson page; `readFile` gives a file beside the lesson (undefined if missing). */
export function lessonExamples(mdx: string, readFile: (name: string) => string | undefined): StartingProgram[] {
  const { imports, components } = parseLesson(mdx);
  const files = new Map<string, string>();
  for (const binding of imports) {
    const file = RAW_PYTHON.exec(binding.source)?.[1];
    if (file) files.set(binding.name, file);
  }
  const programs: StartingProgram[] = [];
  for (const example of components.filter((component) => component.name === 'Example')) {
    const code = example.attributes.get('code');
    const file = code?.kind === 'expression' ? files.get(code.source.trim()) : undefined;
    const text = file ? readFile(file) : undefined;
    if (text === undefined) continue;
    programs.push({
      title: stringAttribute(example.attributes.get('title')) ?? 'Example',
      code: text.replace(/\s+$/, '') + '\n',
      cpuTime: !isFalseAttribute(example.attributes.get('cpuTime')),
    });
  }
  return programs;
}
