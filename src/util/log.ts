import { destination, pino, type Logger } from 'pino';

/** The process-wide root logger; modules take a child with `logger('scrape')`. */
export const rootLogger: Logger = pino(
  {
    // The CLI sets the configured level with setLogLevel; tests stay quiet unless asked.
    level: process.env.VITEST ? (process.env.SIGHTLINE_TEST_LOG_LEVEL ?? 'silent') : 'info',
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  // To stderr, as Prometheus logs, leaving stdout for command output (e.g. `sightline migrate`);
  // synchronous, so no line is lost when the process exits or crashes.
  destination({ dest: 2, sync: true }),
);

// Pino children copy their level when created, and modules create theirs at import time.
const children: Logger[] = [];

export function logger(module: string): Logger {
  const child = rootLogger.child({ module });
  children.push(child);
  return child;
}

export function setLogLevel(level: string): void {
  rootLogger.level = level;
  for (const child of children) child.level = level;
}

export type { Logger };
