/**
 * The command-line front of every script the package ships (pyrun, jsrun, check-content, grade, new-lesson):
 * options parsed with node:util, `-h`/`--help` printing the usage, and a bad argument answered with one line
 * and the usage on stderr, exit status 2 — never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

export function commandLine<const O extends Options>(name: string, usage: string, options: O) {
  const fail = (message: string): never => {
    process.stderr.write(`${name}: ${message}\n\n${usage}\n`);
    process.exit(2);
  };
  const config = { allowPositionals: true, options: { ...options, ...HELP } } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    // node:util's own wording ("Unknown option '--wach'") without its stack trace or its hint about `--`.
    return fail((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  if ('help' in parsed.values && parsed.values.help) {
    process.stdout.write(usage + '\n');
    process.exit(0);
  }
  return { values: parsed.values, positionals: parsed.positionals, fail };
}
