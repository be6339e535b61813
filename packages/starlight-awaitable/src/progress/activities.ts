/**
 * What a lesson asks the learner to do, in the order the lesson asks it: its exercises, quizzes and "predict the
 * output" questions, read from the lesson's MDX source at build time (for the progress page, which lists them in
 * course order with their results). Only the components' attributes are read: string attributes, and attribute
 * expressions that are plain literals (`options={[{ text: '…', correct: true }]}`), parsed without evaluating
 * anything. A component whose props cannot be read this way is reported, not guessed.
 */

export type Activity =
  | { kind: 'exercise'; folder: string }
  | { kind: 'quiz'; props: Record<string, unknown> }
  | { kind: 'predict'; props: Record<string, unknown> };

const COMPONENT: Record<string, Activity['kind']> = { Exercise: 'exercise', Quiz: 'quiz', PredictOutput: 'predict' };

/** The lesson's activities in order of appearance. Throws (naming the lesson) on attributes it cannot read. */
export function lessonActivities(body: string, lesson: string): Activity[] {
  const activities: Activity[] = [];
  const tag = /<(Exercise|Quiz|PredictOutput)\b/g;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    const name = match[1]!;
    let props: Record<string, unknown>;
    try {
      const parsed = readAttributes(body, match.index + match[0].length);
      props = parsed.props;
      tag.lastIndex = parsed.end;
    } catch (error) {
      throw new Error(
        `Lesson "${lesson}" (content/lessons/${lesson}/index.mdx): cannot read <${name}>'s attributes for the ` +
          `progress page: ${(error as Error).message}`,
      );
    }
    const kind = COMPONENT[name]!;
    if (kind === 'exercise') {
      if (typeof props.folder === 'string') activities.push({ kind, folder: props.folder });
    } else activities.push({ kind, props });
  }
  return activities;
}

/** Reads `name="…"`, `name={literal}` and bare `name` attributes up to the tag's end (`>` or `/>`). */
function readAttributes(text: string, from: number): { props: Record<string, unknown>; end: number } {
  const props: Record<string, unknown> = {};
  const reader = new LiteralReader(text, from);
  for (;;) {
    reader.skipSpace();
    if (reader.peek('/>')) return { props, end: reader.pos + 2 };
    if (reader.peek('>')) return { props, end: reader.pos + 1 };
    const name = reader.name();
    reader.skipSpace();
    if (!reader.peek('=')) {
      props[name] = true;
      continue;
    }
    reader.pos++;
    reader.skipSpace();
    if (reader.peek('{')) {
      reader.pos++;
      props[name] = reader.value();
      reader.skipSpace();
      reader.expect('}');
    } else props[name] = reader.string();
  }
}

/** A small reader of JavaScript literals: strings, numbers, true/false/null, arrays and objects. */
class LiteralReader {
  pos: number;
  private readonly text: string;

  constructor(text: string, pos: number) {
    this.text = text;
    this.pos = pos;
  }

  peek(token: string): boolean {
    return this.text.startsWith(token, this.pos);
  }

  expect(token: string): void {
    if (!this.peek(token)) throw new Error(`expected "${token}" at "${this.text.slice(this.pos, this.pos + 30)}"`);
    this.pos += token.length;
  }

  skipSpace(): void {
    for (;;) {
      const rest = this.text.slice(this.pos);
      const space = /^(\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/.exec(rest);
      if (!space) return;
      this.pos += space[0].length;
    }
  }

  name(): string {
    const match = /^[A-Za-z_$][\w$-]*/.exec(this.text.slice(this.pos));
    if (!match) throw new Error(`expected an attribute or key at "${this.text.slice(this.pos, this.pos + 30)}"`);
    this.pos += match[0].length;
    return match[0];
  }

  value(): unknown {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '[') {
      this.pos++;
      const items: unknown[] = [];
      for (;;) {
        this.skipSpace();
        if (this.peek(']')) break;
        items.push(this.value());
        this.skipSpace();
        if (!this.peek(',')) break;
        this.pos++;
      }
      this.skipSpace();
      this.expect(']');
      return items;
    }
    if (c === '{') {
      this.pos++;
      const object: Record<string, unknown> = {};
      for (;;) {
        this.skipSpace();
        if (this.peek('}')) break;
        const key = this.peek("'") || this.peek('"') ? this.string() : this.name();
        this.skipSpace();
        this.expect(':');
        object[key] = this.value();
        this.skipSpace();
        if (!this.peek(',')) break;
        this.pos++;
      }
      this.skipSpace();
      this.expect('}');
      return object;
    }
    if (c === "'" || c === '"' || c === '`') return this.string();
    const word = /^(true|false|null|-?\d+(?:\.\d+)?)/.exec(this.text.slice(this.pos));
    if (!word) throw new Error(`not a plain literal at "${this.text.slice(this.pos, this.pos + 30)}"`);
    this.pos += word[0].length;
    return word[0] === 'true' ? true : word[0] === 'false' ? false : word[0] === 'null' ? null : Number(word[0]);
  }

  /** A quoted string ('…', "…" or `…` without ${}), with JavaScript's escapes decoded. */
  string(): string {
    const quote = this.text[this.pos];
    if (quote !== "'" && quote !== '"' && quote !== '`')
      throw new Error(`expected a quoted string at "${this.text.slice(this.pos, this.pos + 30)}"`);
    let out = '';
    for (let i = this.pos + 1; i < this.text.length; i++) {
      const c = this.text[i]!;
      if (c === quote) {
        this.pos = i + 1;
        return out;
      }
      if (quote === '`' && c === '$' && this.text[i + 1] === '{') throw new Error('template expressions are not read');
      if (c !== '\\') {
        out += c;
        continue;
      }
      const next = this.text[++i]!;
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };
      if (next in simple) out += simple[next];
      else if (next === 'u') {
        const hex = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(this.text.slice(i + 1))!;
        out += String.fromCodePoint(parseInt(hex[1] ?? hex[2]!, 16));
        i += hex[0].length;
      } else if (next === 'x') {
        out += String.fromCharCode(parseInt(this.text.slice(i + 1, i + 3), 16));
        i += 2;
      } else if (next === '\n') continue;
      else out += next;
    }
    throw new Error('a string is not closed');
  }
}
