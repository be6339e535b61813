/**
 * The value of a JSX attribute expression in a lesson (`options={[{ text: '…', correct: true }]}`), when it is a
 * plain literal: strings, numbers, booleans, null, arrays, objects, template strings without `${}` and string
 * concatenation. Parsed with TypeScript's parser (already a dependency) rather than evaluated, so nothing in a
 * lesson runs; anything else (a variable, a call) is reported as not a literal, naming the identifier if it is one.
 */
import ts from 'typescript';

export type Literal = { ok: true; value: unknown } | { ok: false; identifier: string | null };

class NotLiteral extends Error {}

function evaluate(node: ts.Expression): unknown {
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken)
    return -Number(evaluate(node.operand));
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluate(node.left);
    const right = evaluate(node.right);
    if (typeof left === 'string' || typeof right === 'string') return String(left) + String(right);
    return Number(left) + Number(right);
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => evaluate(element));
  if (ts.isObjectLiteralExpression(node)) {
    const object: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) throw new NotLiteral();
      const name = property.name;
      const key = ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : null;
      if (key === null) throw new NotLiteral();
      object[key] = evaluate(property.initializer);
    }
    return object;
  }
  throw new NotLiteral();
}

export function literalValue(source: string): Literal {
  const file = ts.createSourceFile('attribute.ts', `(${source}\n);`, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const statement = file.statements[0];
  if (file.statements.length !== 1 || !statement || !ts.isExpressionStatement(statement))
    return { ok: false, identifier: null };
  const expression = statement.expression;
  try {
    return { ok: true, value: evaluate(expression) };
  } catch (error) {
    if (!(error instanceof NotLiteral)) throw error;
    const inner = ts.isParenthesizedExpression(expression) ? expression.expression : expression;
    return { ok: false, identifier: ts.isIdentifier(inner) ? inner.text : null };
  }
}

export interface ImportBinding {
  /** The local name (`Quiz` in `import Quiz from '…'`). */
  name: string;
  /** The module specifier as written ('starlight-awaitable/components/Quiz.astro', './drinks.py?raw'). */
  source: string;
}

/** The names an MDX `import …` block binds, with their modules. */
export function importBindings(esm: string): ImportBinding[] {
  const file = ts.createSourceFile('lesson.ts', esm, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const bindings: ImportBinding[] = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const source = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    if (clause?.name) bindings.push({ name: clause.name.text, source });
    const named = clause?.namedBindings;
    if (named && ts.isNamespaceImport(named)) bindings.push({ name: named.name.text, source });
    if (named && ts.isNamedImports(named))
      for (const element of named.elements) bindings.push({ name: element.name.text, source });
    if (!clause) bindings.push({ name: '', source });
  }
  return bindings;
}
