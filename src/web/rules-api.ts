/**
 * Prometheus's `GET /api/v1/rules` and `GET /api/v1/alerts`, in Prometheus 3's shapes and with its
 * filters (`type`, `rule_name[]`, `rule_group[]`, `file[]`, `match[]`, `exclude_alerts`,
 * `group_limit` + `group_next_token`), so Grafana's Prometheus data source lists rules and alerts.
 * They show the groups this process evaluates (the operator's leader, or `standalone`).
 */
import type { FastifyInstance } from 'fastify';
import type { AlertInstance, RuleGroup } from '../rules/group.js';
import { matchesAll } from '../storage/match.js';
import type { LabelMatcher } from '../storage/api.js';
import { formatGoExponent } from '../rules/format.js';
import { badData, params, seriesSelectors, success } from './prometheus-api.js';

export interface RulesApiOptions {
  groups(): RuleGroup[];
}

const iso = (ms: number | undefined): string => (ms === undefined ? '0001-01-01T00:00:00Z' : new Date(ms).toISOString());

function alertJson(a: AlertInstance): Record<string, unknown> {
  return {
    labels: a.labels,
    annotations: a.annotations,
    state: a.state,
    activeAt: iso(a.activeAtMs),
    ...(a.keepFiringSinceMs !== undefined ? { keepFiringSince: iso(a.keepFiringSinceMs) } : {}),
    value: formatGoExponent(a.value),
  };
}

/** Pending and firing alerts: what Prometheus calls active (resolved ones are kept only for notifiers). */
const active = (a: AlertInstance): boolean => a.state !== 'inactive';

export function registerRulesApi(app: FastifyInstance, options: RulesApiOptions): void {
  app.get('/api/v1/alerts', () => ({
    status: 'success',
    data: { alerts: options.groups().flatMap((g) => g.alerts().filter(active).map(alertJson)) },
  }));

  app.get('/api/v1/rules', (req) => {
    const p = params(req);
    const type = p.get('type')?.toLowerCase();
    if (type && type !== 'alert' && type !== 'record') throw badData(`unsupported type "${type}"`);
    const names = new Set(p.getAll('rule_name[]'));
    const groupNames = new Set(p.getAll('rule_group[]'));
    const files = new Set(p.getAll('file[]'));
    const matchers: LabelMatcher[][] = seriesSelectors(p.getAll('match[]'));
    const excludeAlerts = parseBool(p.get('exclude_alerts'), 'exclude_alerts');
    const limit = p.get('group_limit');
    const groupLimit = limit === null ? 0 : Number(limit);
    if (!Number.isInteger(groupLimit) || groupLimit < 0) throw badData(`invalid group_limit value "${limit}"`);
    const nextToken = p.get('group_next_token') ?? '';
    if (nextToken && groupLimit === 0) throw badData('group_next_token requires group_limit');

    const sorted = options.groups().sort((a, b) => (a.def.file === b.def.file ? (a.def.name < b.def.name ? -1 : 1) : a.def.file < b.def.file ? -1 : 1));
    let start = 0;
    if (nextToken) {
      start = sorted.findIndex((g) => pageToken(g) === nextToken);
      if (start < 0) throw badData(`invalid group_next_token "${nextToken}"`);
    }
    const groups: Record<string, unknown>[] = [];
    let groupNextToken: string | undefined;
    for (const g of sorted.slice(start)) {
      if (groupNames.size > 0 && !groupNames.has(g.def.name)) continue;
      if (files.size > 0 && !files.has(g.def.file)) continue;
      const alertsByRule = new Map<string, AlertInstance[]>();
      for (const a of g.alerts()) alertsByRule.set(a.rule, [...(alertsByRule.get(a.rule) ?? []), a]);
      const rules = g.rules
        .filter((r) => (!type || (type === 'alert') === (r.def.kind === 'alerting')) && (names.size === 0 || names.has(r.def.name)))
        .filter((r) => matchers.length === 0 || matchers.some((m) => matchesAll(m, r.def.labels)))
        .map((r) => {
          const common = {
            name: r.def.name,
            query: r.def.expr,
            labels: r.def.labels,
            health: r.health,
            lastError: r.lastError ?? '',
            evaluationTime: r.lastDurationMs / 1000,
            lastEvaluation: iso(r.lastEvaluationMs),
          };
          if (r.def.kind === 'recording') return { ...common, type: 'recording' };
          const alerts = (r.alerting ? [...alertsByRule.get(r.def.name) ?? []] : []).filter(active);
          return {
            state: r.alerting?.state() ?? 'inactive',
            ...common,
            duration: r.def.forMs / 1000,
            keepFiringFor: r.def.keepFiringForMs / 1000,
            annotations: r.def.annotations,
            ...(excludeAlerts ? {} : { alerts: alerts.map(alertJson) }),
            type: 'alerting',
          };
        });
      // Filters that name rules or labels drop groups left without rules, as Prometheus does.
      if (rules.length === 0 && (type || names.size > 0 || matchers.length > 0)) continue;
      if (groupLimit > 0 && groups.length === groupLimit) {
        groupNextToken = pageToken(g);
        break;
      }
      groups.push({
        name: g.def.name,
        file: g.def.file,
        rules,
        interval: g.def.intervalMs / 1000,
        limit: g.def.limit,
        evaluationTime: g.lastDurationMs / 1000,
        lastEvaluation: iso(g.lastEvaluationMs),
      });
    }
    return success({ groups, ...(groupNextToken ? { groupNextToken } : {}) });
  });
}

/** Prometheus 3's page token: a hash of the group's file and name. */
function pageToken(g: RuleGroup): string {
  return Buffer.from(`${g.def.file};${g.def.name}`).toString('base64url');
}

function parseBool(value: string | null, name: string): boolean {
  if (value === null || value === '') return false;
  if (/^(1|t|true)$/i.test(value)) return true;
  if (/^(0|f|false)$/i.test(value)) return false;
  throw badData(`invalid ${name} parameter "${value}"`);
}
