/**
 * Orderly start and stop of a process's components. On SIGTERM/SIGINT the components stop in the
 * order they were registered — the HTTP servers first (stop accepting, let in-flight requests
 * finish), then producers, then storage (flush, close) — and the process exits 0, or 1 when the
 * shutdown timeout passes first.
 */
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';

const log = logger('lifecycle');

export interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

export class Lifecycle {
  private readonly components: Stoppable[] = [];
  private stopping?: Promise<void>;

  add(component: Stoppable): void {
    this.components.push(component);
  }

  /** Stops every component once, in registration order; later calls return the same promise. */
  shutdown(reason: string): Promise<void> {
    this.stopping ??= (async () => {
      log.info({ reason }, 'shutting down');
      for (const c of this.components) {
        try {
          await c.stop();
        } catch (err) {
          log.error({ component: c.name, err: errorMessage(err) }, 'component failed to stop cleanly');
        }
      }
      log.info('shutdown complete');
    })();
    return this.stopping;
  }

  /** Exits the process after a clean shutdown on SIGTERM or SIGINT, or after timeoutMs at the latest. */
  exitOnSignals(timeoutMs: number): void {
    const onSignal = (signal: NodeJS.Signals): void => {
      const timer = setTimeout(() => {
        log.error({ timeoutMs }, 'shutdown timed out; exiting');
        process.exit(1);
      }, timeoutMs);
      timer.unref();
      void this.shutdown(signal).then(() => process.exit(0));
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
}
