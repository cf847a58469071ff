/** State shared by every node of one query evaluation: data, limits, annotations. */
import type { Series } from '../storage/api.js';
import type { AtModifier, VectorSelector } from './ast.js';
import { Annotations } from './annotations.js';
import { PromQLTimeoutError, TooManySamplesError } from './errors.js';

export interface EvalOptions {
  readonly lookbackDeltaMs: number;
  readonly noStepSubqueryIntervalMs: number;
  readonly maxSamples: number;
  /** Absolute deadline (Date.now() milliseconds). */
  readonly deadline: number;
}

export class EvalContext {
  readonly annotations = new Annotations();
  private samples = 0;

  constructor(
    readonly opts: EvalOptions,
    /** Series fetched for each selector before evaluation starts. */
    readonly data: ReadonlyMap<VectorSelector, readonly Series[]>,
    readonly queryStart: number,
    readonly queryEnd: number,
  ) {}

  atTime(at: AtModifier | undefined): number | undefined {
    if (!at) return undefined;
    return at.kind === 'start' ? this.queryStart : at.kind === 'end' ? this.queryEnd : at.ms;
  }

  checkDeadline(): void {
    if (Date.now() > this.opts.deadline) throw new PromQLTimeoutError('expression evaluation');
  }

  /**
   * Counts samples selectors bring into memory (instant-vector points and raw range-vector
   * samples) over the whole query: a conservative bound on Prometheus's peak count, which
   * --query.max-samples limits. Throws past the configured limit.
   */
  addSamples(n: number): void {
    this.samples += n;
    if (this.samples > this.opts.maxSamples) throw new TooManySamplesError();
  }
}
