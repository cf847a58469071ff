/**
 * Label matchers → a WHERE clause on the series catalogue (`metric_series.labels` jsonb), with
 * Prometheus semantics: a missing label reads as "", so `{a=""}` matches series without `a` and
 * `{a=~".*"}` matches every series. Equality uses the GIN index (`@>`). Regexes are RE2; the ones
 * whose meaning is identical in PostgreSQL's ARE dialect go to SQL, the rest are applied in Node
 * to the matching catalogue rows (never to samples).
 */
import type { Labels } from '../../model/labels.js';
import { compileAnchoredRegex } from '../../util/regex.js';
import type { LabelMatcher } from '../api.js';
import type { Queryable } from '../db.js';
import type { SeriesQuery } from './backend.js';

export interface SeriesFilter {
  /** SQL conditions joined with AND (`TRUE` when none). */
  where: string;
  params: unknown[];
  /** Matchers that could not be expressed in SQL; undefined when all were. */
  nodeFilter?: (labels: Labels) => boolean;
}

/**
 * Regexes built only from these tokens mean the same in RE2 (with Prometheus's (?s) and full
 * anchoring) and PostgreSQL ARE: literals, `.`, escaped punctuation, quantifiers, alternation,
 * plain groups and simple character classes. Anything else (flags, \d, {n}, Unicode classes…)
 * is filtered in Node with RE2 itself (util/regex.ts).
 */
const PG_SAFE_REGEX = /^(?:[A-Za-z0-9_:/ ,=@-]|\\[.\-/]|\.|[*+?]|\||\((?!\?)|\)|\[\^?(?:[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9_])+\])*$/;

export function pgSafeRegex(pattern: string): boolean {
  return PG_SAFE_REGEX.test(pattern);
}

export function compileMatchers(matchers: readonly LabelMatcher[], params: unknown[] = []): SeriesFilter {
  const where: string[] = [];
  const inNode: ((labels: Labels) => boolean)[] = [];
  const param = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  // Non-empty equalities become one jsonb containment test: a single GIN index probe.
  const contains: Record<string, string> = {};
  let conflicting = false;
  for (const m of matchers) {
    if (m.type !== '=' || m.value === '') continue;
    if (m.name in contains && contains[m.name] !== m.value) conflicting = true;
    contains[m.name] = m.value;
  }
  if (conflicting) where.push('FALSE');
  else if (Object.keys(contains).length > 0) where.push(`(labels @> ${param(JSON.stringify(contains))}::jsonb)`);
  for (const m of matchers) {
    if (m.type === '=' || m.type === '!=') {
      // An empty value means "label absent".
      if (m.value === '') where.push(`${m.type === '=' ? 'NOT ' : ''}(labels ? ${param(m.name)})`);
      else if (m.type === '!=') where.push(`NOT (labels @> ${param(JSON.stringify({ [m.name]: m.value }))}::jsonb)`);
      continue;
    }
    const re = compileAnchoredRegex(m.value); // validates, and throws a 400 error for bad patterns
    const negate = m.type === '!~';
    if (pgSafeRegex(m.value)) {
      where.push(`(coalesce(labels->>${param(m.name)}, '') ${negate ? '!~' : '~'} ${param(`^(?:${m.value})$`)})`);
    } else {
      inNode.push((labels) => re.test(labels[m.name] ?? '') !== negate);
    }
  }
  return {
    where: where.length > 0 ? where.join(' AND ') : 'TRUE',
    params,
    ...(inNode.length > 0 ? { nodeFilter: (labels: Labels) => inNode.every((f) => f(labels)) } : {}),
  };
}

/** The catalogue statement for a filter's SQL part; its Node part (nodeFilter) is still to apply. */
export function catalogueQuery(filter: SeriesFilter): SeriesQuery {
  return { sql: `SELECT id, labels FROM metric_series WHERE ${filter.where}`, params: filter.params };
}

/** Catalogue rows matching a filter: its SQL part in the database, the rest here. */
export async function findCatalogueRows(db: Queryable, filter: SeriesFilter): Promise<{ id: number; labels: Labels }[]> {
  const query = catalogueQuery(filter);
  const rows = await db.query<{ id: number; labels: Labels }>(query.sql, query.params);
  return filter.nodeFilter ? rows.filter((r) => filter.nodeFilter!(r.labels)) : rows;
}
