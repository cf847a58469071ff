/**
 * Orderly start and stop of a process's components. On SIGTERM/SIGINT they stop phase by phase —
 * intake first (servers stop accepting and let in-flight requests finish), then work (scrape
 * loops writing their last staleness markers, sources), then storage (flush, close), each phase in
 * registration order — and the process exits 0, or 1 when the shutdown timeout passes first.
 */
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';

const log = logger('lifecycle');

export interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

export type StopPhase = 'intake' | 'work' | 'storage';
const PHASES: readonly StopPhase[] = ['intake', 'work', 'storage'];

export class Lifecycle {
  private readonly components: (Stoppable & { phase: StopPhase })[] = [];
  private stopping?: Promise<void>;

  add(component: Stoppable, phase: StopPhase = 'work'): void {
    this.components.push({ ...component, phase });
  }

  /** Stops every component once, in registration order; later calls return the same promise. */
  shutdown(reason: string): Promise<void> {
    this.stopping ??= (async () => {
      log.info({ reason }, 'shutting down');
      const ordered = PHASES.flatMap((phase) => this.components.filter((c) => c.phase === phase));
      for (const c of ordered) {
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
