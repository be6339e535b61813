import { describe, expect, it } from 'vitest';
import { lessonExamples } from './examples';

describe('starting programs from a lesson', () => {
  it('finds each Example with its file, title and time mode, in page order', () => {
    const mdx = [
      "import a from './a.py?raw';",
      "import b from './b.py?raw';",
      '<Example code={b} title="Second file first" cpuTime={false} />',
      '```python',
      'x = 1',
      '```',
      "<Example code={a} title='The a file' />",
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
