#!/usr/bin/env node
/** Entry point: `sightline standalone | operator | ingest | migrate | import | version`, and the offline rule tools. */
import { COMMANDS, runVersion, TOOLS, type Tool } from './cli/commands.js';
import { formatHelp, parseFlags, UsageError } from './config/flags.js';
import { errorMessage } from './util/errors.js';
import { tuneHeapGrowth } from './util/heap.js';
import { setLogLevel } from './util/log.js';

const USAGE = `Usage: sightline <command> [flags]

Commands:
  standalone   Run everything in one process from a folder of manifests (no cluster needed)
  operator     Run the Kubernetes operator
  ingest       Run a stateless ingest replica
  migrate      Apply database migrations and exit
  import       Import history from a Prometheus (remote read) or an OpenMetrics file
  version      Print the version
  check rules  Check rule files as promtool does
  test rules   Run rule unit tests in promtool's format
  convert prometheusrule
               Convert PrometheusRule manifests and rule files into AlertRules

Run 'sightline <command> --help' for the flags of a command.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === 'version' || name === '--version') {
    if (rest.includes('--help') || rest.includes('-h')) process.stdout.write('Usage: sightline version\n\nPrint the version and exit.\n');
    else runVersion();
    return 0;
  }
  const tools = Object.hasOwn(TOOLS, name) ? TOOLS[name] : undefined;
  if (tools) return runTool(name, tools, rest);
  if (!(name in COMMANDS)) throw new UsageError(`unknown command '${name}'; expected one of standalone, operator, ingest, migrate, import, version, check, test, convert`);
  const command = COMMANDS[name as keyof typeof COMMANDS];
  const { config, help } = parseFlags(command.spec.name, command.spec.flags, rest, process.env);
  if (help) {
    process.stdout.write(`${formatHelp(command.spec.name, command.spec.summary, command.spec.flags)}\n`);
    return 0;
  }
  setLogLevel(String(config.logLevel));
  tuneHeapGrowth();
  // The flag table is typed against each command's config, so this cast only restores that link.
  const code = await (command.run as (c: typeof config) => Promise<number | void>)(config);
  return typeof code === 'number' ? code : -1;
}

async function runTool(verb: string, nouns: Readonly<Record<string, Tool>>, argv: string[]): Promise<number> {
  const [noun, ...rest] = argv;
  const tool = noun !== undefined && Object.hasOwn(nouns, noun) ? nouns[noun] : undefined;
  if (!tool) {
    const expected = Object.keys(nouns).map((n) => `'sightline ${verb} ${n}'`).join(', ');
    throw new UsageError(`${noun === undefined ? 'missing' : `unknown '${noun}' after`} '${verb}'; expected ${expected}`);
  }
  const { config, help, args } = parseFlags(tool.spec.name, tool.spec.flags, rest, process.env, tool.spec.positionals);
  if (help) {
    process.stdout.write(`${formatHelp(tool.spec.name, tool.spec.summary, tool.spec.flags, tool.spec.positionals)}\n`);
    return 0;
  }
  // As promtool, which logs nothing: the output is the result.
  setLogLevel('silent');
  // The flag table is the tool's own, so this cast only restores that link.
  return tool.run(config as never, args);
}

main(process.argv.slice(2)).then(
  (code) => {
    // -1: a server is running and exits through its signal handlers.
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`sightline: ${err.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`sightline: ${errorMessage(err)}\n`);
      process.exit(1);
    }
  },
);
