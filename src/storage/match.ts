/** Label matchers evaluated in process, with Prometheus semantics: a missing label matches "". */
import type { Labels } from '../model/labels.js';
import { compileAnchoredRegex } from '../util/regex.js';
import type { LabelMatcher } from './api.js';

function matchesLabel(m: LabelMatcher, labels: Labels): boolean {
  const v = labels[m.name] ?? '';
  switch (m.type) {
    case '=':
      return v === m.value;
    case '!=':
      return v !== m.value;
    case '=~':
      return compileAnchoredRegex(m.value).test(v);
    case '!~':
      return !compileAnchoredRegex(m.value).test(v);
  }
}

export function matchesAll(matchers: readonly LabelMatcher[], labels: Labels): boolean {
  return matchers.every((m) => matchesLabel(m, labels));
}
