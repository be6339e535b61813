/**
 * The Playground's starting programs (build time): every `<Example>` of every lesson, in page order, read from
 * the lesson's MDX (`import name from './file.py?raw'` and `<Example code={name} title="…">`).
 */
export interface StartingProgram {
  title: string;
  code: string;
  cpuTime: boolean;
}

const IMPORT = /^import\s+(\w+)\s+from\s+['"]\.\/([\w.-]+\.py)\?raw['"];?\s*$/gm;
const EXAMPLE = /<Example\b([^>]*?)\/?>/g;
const attribute = (attrs: string, name: string) =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{([^}]*)\\})`).exec(attrs);

/** The examples of one lesson page; `readFile` gives a file beside the lesson (undefined if missing). */
export function lessonExamples(mdx: string, readFile: (name: string) => string | undefined): StartingProgram[] {
  const files = new Map<string, string>();
  for (const [, name, file] of mdx.matchAll(IMPORT)) files.set(name, file);
  const programs: StartingProgram[] = [];
  for (const [, attrs] of mdx.matchAll(EXAMPLE)) {
    const codeName = attribute(attrs, 'code')?.[3]?.trim();
    const file = codeName ? files.get(codeName) : undefined;
    const code = file ? readFile(file) : undefined;
    if (code === undefined) continue;
    const title = attribute(attrs, 'title');
    programs.push({
      title: title?.[1] ?? title?.[2] ?? 'Example',
      code: code.replace(/\s+$/, '') + '\n',
      cpuTime: attribute(attrs, 'cpuTime')?.[3]?.trim() !== 'false',
    });
  }
  return programs;
}
