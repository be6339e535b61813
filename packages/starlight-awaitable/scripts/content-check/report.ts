/** Collects check-content's verdicts and prints them as they come: "ok"/"FAIL" lines and indented detail. */
const indent = (text: string, by = '       ') => by + text.replace(/\n/g, `\n${by}`);

export class Report {
  passed = 0;
  readonly failures: string[] = [];
  readonly warnings: string[] = [];

  private readonly print: (line: string) => void;

  constructor(print: (line: string) => void = console.log) {
    this.print = print;
  }

  heading(text: string): void {
    this.print(text);
  }

  ok(label: string, detail?: string): void {
    this.passed++;
    this.print(`  ok   ${label}`);
    if (detail) this.print(indent(detail));
  }

  fail(label: string, problem: string): void {
    this.failures.push(`${label}\n${indent(problem)}`);
    this.print(`  FAIL ${label}\n${indent(problem)}`);
  }

  /** ok when `problems` is empty, else one failure listing them. */
  verdict(label: string, problems: readonly string[], okDetail?: string): void {
    if (problems.length === 0) this.ok(label, okDetail);
    else this.fail(label, problems.join('\n'));
  }

  /** Worth fixing but not wrong (a line the editor cuts off): counted, never fails the run. */
  warn(text: string): void {
    this.warnings.push(text);
    this.print(`  warn ${text}`);
  }

  /** Information that is neither a pass nor a failure (what the starter fails, what was recorded). */
  note(text: string): void {
    this.print(indent(text));
  }

  summary(): string {
    const warned = this.warnings.length
      ? `, ${this.warnings.length} ${this.warnings.length === 1 ? 'warning' : 'warnings'}`
      : '';
    const lines = [`\n${this.passed} passed, ${this.failures.length} failed${warned}`];
    if (this.failures.length) lines.push(`\nFailures:\n- ${this.failures.join('\n- ')}`);
    return lines.join('\n');
  }
}
