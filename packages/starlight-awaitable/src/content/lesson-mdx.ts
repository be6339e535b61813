/**
 * A lesson's index.mdx as the checks need it: the imports and every JSX component with its attributes and line.
 * Parsed with satteri, the MDX parser Astro's MDX integration itself uses (@astrojs/markdown-satteri), so what
 * parses here parses in the build, an MDX syntax error is reported with the same line and column, and tags inside
 * code blocks or comments are not mistaken for components (which regular expressions over the text would do).
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { importBindings, literalValue, type ImportBinding, type Literal } from './js-literal.ts';

export type AttributeValue =
  | { kind: 'string'; value: string }
  /** `name={…}`: its source and, when it is a plain literal, its value. */
  | { kind: 'expression'; source: string; literal: Literal }
  /** `name` alone (JSX shorthand for `name={true}`). */
  | { kind: 'true' };

export interface ComponentUse {
  name: string;
  line: number;
  attributes: Map<string, AttributeValue>;
  /** `{...props}` spreads: the attributes cannot all be known. */
  spread: boolean;
  /** Nothing between the tags (or a self-closing tag): the component's slot is empty. */
  empty: boolean;
}

export interface ImportLine extends ImportBinding {
  line: number;
}

export interface LessonMdx {
  imports: ImportLine[];
  components: ComponentUse[];
}

type Node = MdastNode & { children?: Node[]; position?: { start: { line: number } } };

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

function attributeValue(attribute: JsxAttribute): AttributeValue {
  const value = attribute.value;
  if (value === null || value === undefined) return { kind: 'true' };
  if (typeof value === 'string') return { kind: 'string', value };
  return { kind: 'expression', source: value.value, literal: literalValue(value.value) };
}

/** Parses the lesson; throws an Error whose message starts with "line:column:" for an MDX syntax error. */
export function parseLesson(mdx: string): LessonMdx {
  const tree = mdxToMdast(mdx) as Node;
  const imports: ImportLine[] = [];
  const components: ComponentUse[] = [];
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'mdxjsEsm' && 'value' in node && typeof node.value === 'string') {
      // Bindings come without positions; place each at the first line of the block that mentions its module.
      const lines = node.value.split('\n');
      for (const binding of importBindings(node.value)) {
        const offset = lines.findIndex((text) => text.includes(binding.source));
        imports.push({ ...binding, line: line + Math.max(offset, 0) });
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'name' in node) {
      const name = typeof node.name === 'string' ? node.name : '';
      const attributes = new Map<string, AttributeValue>();
      let spread = false;
      const list = ('attributes' in node && Array.isArray(node.attributes) ? node.attributes : []) as JsxAttribute[];
      for (const attribute of list) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name)
          attributes.set(attribute.name, attributeValue(attribute));
        else spread = true;
      }
      const empty = (node.children ?? []).length === 0;
      if (name) components.push({ name, line, attributes, spread, empty });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return { imports, components };
}

/** What an attribute is worth without running anything: `name="…"`, a bare `name` (true) or a plain literal. */
export function attributeLiteral(value: AttributeValue): Literal {
  if (value.kind === 'string') return { ok: true, value: value.value };
  if (value.kind === 'true') return { ok: true, value: true };
  return value.literal;
}

/** The attribute's text (`name="…"` or `name={'…'}`), or undefined when it is absent or not a string literal. */
export function stringAttribute(value: AttributeValue | undefined): string | undefined {
  const literal = value && attributeLiteral(value);
  return literal?.ok && typeof literal.value === 'string' ? literal.value : undefined;
}

/** Whether the attribute is written `name={false}` (as `cpuTime={false}` turns CPU time off). */
export function isFalseAttribute(value: AttributeValue | undefined): boolean {
  const literal = value && attributeLiteral(value);
  return literal?.ok === true && literal.value === false;
}

/** A component's attributes as values, or the first one that is not a plain literal (spreads aside). */
export function literalProps(
  use: ComponentUse,
):
  | { ok: true; props: Record<string, unknown> }
  | { ok: false; name: string; source: string; identifier: string | null } {
  const props: Record<string, unknown> = {};
  for (const [name, value] of use.attributes) {
    if (value.kind === 'expression' && !value.literal.ok)
      return { ok: false, name, source: value.source, identifier: value.literal.identifier };
    const literal = attributeLiteral(value);
    if (literal.ok) props[name] = literal.value;
  }
  return { ok: true, props };
}
