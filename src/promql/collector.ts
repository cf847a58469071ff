/** Builds a step-series result where series with equal labels merge, as Prometheus's rangeEval does. */
import type { Labels } from '../model/labels.js';
import { labelsKey } from '../model/labels.js';
import { PromQLExecutionError } from './errors.js';
import type { StepSeries } from './value.js';
import { newStepSeries } from './value.js';

export const DUPLICATE_LABELSET = 'vector cannot contain metrics with the same labelset';

export class SeriesCollector {
  private readonly byKey = new Map<string, StepSeries>();
  readonly series: StepSeries[] = [];

  constructor(private readonly steps: number) {}

  /** The output series for these labels, created on first use. */
  get(labels: Labels, dropName: boolean, key: string = labelsKey(labels)): StepSeries {
    let s = this.byKey.get(key);
    if (!s) {
      s = newStepSeries(labels, this.steps, dropName);
      this.byKey.set(key, s);
      this.series.push(s);
    }
    return s;
  }

  /** Sets a value at a step; two values for the same labels at one step is an error. */
  set(labels: Labels, dropName: boolean, step: number, value: number, key?: string, duplicateMessage = DUPLICATE_LABELSET): void {
    const s = this.get(labels, dropName, key);
    if (s.present[step]) throw new PromQLExecutionError(duplicateMessage);
    s.present[step] = 1;
    s.values[step] = value;
  }
}
