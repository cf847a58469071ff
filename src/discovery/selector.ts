/** Kubernetes label selectors (matchLabels + matchExpressions), evaluated the way the API server does. */
import type { V1LabelSelector } from '@kubernetes/client-node';

export class InvalidSelectorError extends Error {}

export type LabelPredicate = (labels: Readonly<Record<string, string>> | undefined) => boolean;

/**
 * Compiles a selector; an empty or absent selector matches everything. Throws
 * InvalidSelectorError for requirements the API server would reject.
 */
export function compileSelector(selector: V1LabelSelector | undefined): LabelPredicate {
  const checks: LabelPredicate[] = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) checks.push((l) => l?.[key] === value);
  for (const req of selector?.matchExpressions ?? []) {
    const values = new Set(req.values ?? []);
    switch (req.operator) {
      case 'In':
      case 'NotIn':
        if (values.size === 0) throw new InvalidSelectorError(`${req.key} ${req.operator} needs at least one value`);
        checks.push(req.operator === 'In' ? (l) => l?.[req.key] !== undefined && values.has(l[req.key]!) : (l) => l?.[req.key] === undefined || !values.has(l[req.key]!));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.size > 0) throw new InvalidSelectorError(`${req.key} ${req.operator} takes no values`);
        checks.push(req.operator === 'Exists' ? (l) => l?.[req.key] !== undefined : (l) => l?.[req.key] === undefined);
        break;
      default:
        throw new InvalidSelectorError(`unknown operator ${JSON.stringify(req.operator)} for ${req.key}; expected In, NotIn, Exists or DoesNotExist`);
    }
  }
  return (labels) => checks.every((check) => check(labels));
}
