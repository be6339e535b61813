import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lessonExamples } from './examples.ts';

describe('starting programs from a lesson', () => {
  it('finds each Example with its file, title and time mode, in page order', () => {
    const mdx = [
      "import a from './a.py?raw';",
      "import b from './b.py?raw';",
      '', // MDX ends an import block at a blank line, as in every lesson
      '<Example code={b} title="Second file first" cpuTime={false} />',
      '',
      '```mdx',
      '<Example code={a} title="shown as code, not an example" />',
      '```',
      '',
      "<Example code={a} title='The a file' />",
      '',
      '<Timeline code={a} title="not an example" />',
      '<Example code={missing} title="no file" />',
    ].join('\n');
    const files: Record<string, string> = { 'a.py': 'print("a")\n\n', 'b.py': 'print("b")' };
    expect(lessonExamples(mdx, (name) => files[name])).toEqual([
      { title: 'Second file first', code: 'print("b")\n', cpuTime: false },
      { title: 'The a file', code: 'print("a")\n', cpuTime: true },
    ]);
  });
});

describe('starting programs from the real lessons', () => {
  it('finds every <Example> of every lesson, each with its code', () => {
    const root = 'content/lessons';
    let total = 0;
    for (const folder of readdirSync(root)) {
      const page = `${root}/${folder}/index.mdx`;
      if (!existsSync(page)) continue;
      const mdx = readFileSync(page, 'utf8');
      const found = lessonExamples(mdx, (name) =>
        existsSync(`${root}/${folder}/${name}`) ? readFileSync(`${root}/${folder}/${name}`, 'utf8') : undefined,
      );
      expect(found.length, folder).toBe(mdx.match(/<Example\b/g)?.length ?? 0);
      for (const program of found) expect(program.code.trim(), `${folder}: ${program.title}`).not.toBe('');
      total += found.length;
    }
    expect(total).toBeGreaterThan(50);
  });
});
