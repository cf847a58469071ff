import { pino, type Logger } from 'pino';

/** The process-wide root logger; modules take a child with `logger('scrape')`. */
export const rootLogger: Logger = pino({
  level: process.env.SIGHTLINE_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
});

export function logger(module: string): Logger {
  return rootLogger.child({ module });
}

export type { Logger };
