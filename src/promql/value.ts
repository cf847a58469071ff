/**
 * Values flowing between evaluator nodes. An instant vector is evaluated for all steps at once:
 * each series carries one slot per step in typed arrays, so per-step work allocates nothing.
 */
import type { Labels } from '../model/labels.js';

export interface StepSeries {
  labels: Labels;
  /** Delayed __name__ removal (Prometheus 3): the name is dropped when the query finishes. */
  dropName: boolean;
  readonly values: Float64Array;
  /** 1 where the series has a value at that step. */
  readonly present: Uint8Array;
}

/** A series of raw points (a range-vector selection or a subquery result). */
export interface PointSeries {
  readonly labels: Labels;
  readonly dropName: boolean;
  readonly timestamps: Float64Array;
  readonly values: Float64Array;
}

export type EvalValue =
  | { readonly kind: 'vector'; readonly series: StepSeries[] }
  | { readonly kind: 'scalar'; readonly values: Float64Array }
  | { readonly kind: 'string'; readonly value: string };

/** The evaluation grid: `count` steps from `start` every `interval` milliseconds. */
export class Steps {
  readonly count: number;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly interval: number,
  ) {
    this.count = interval > 0 ? Math.floor((end - start) / interval) + 1 : 1;
  }

  time(i: number): number {
    return this.start + i * this.interval;
  }
}

export function newStepSeries(labels: Labels, steps: number, dropName = false): StepSeries {
  return { labels, dropName, values: new Float64Array(steps), present: new Uint8Array(steps) };
}

/** Query results as the HTTP API returns them. */
export interface Sample {
  readonly labels: Labels;
  readonly value: number;
  readonly timestampMs: number;
}

export interface ResultSeries {
  readonly labels: Labels;
  readonly timestamps: number[];
  readonly values: number[];
}

export type QueryResult =
  | { readonly type: 'vector'; readonly samples: Sample[] }
  | { readonly type: 'scalar'; readonly value: number; readonly timestampMs: number }
  | { readonly type: 'string'; readonly value: string; readonly timestampMs: number }
  | { readonly type: 'matrix'; readonly series: ResultSeries[] };
