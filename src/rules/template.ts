/**
 * Prometheus's template expansion for alert labels and annotations (Prometheus `template/` and
 * `rules/alerting.go`): Go text/template with Prometheus's function map, and the same texts when
 * a template fails. Checked against promtool 2.42 (test/unit/rules/template.test.ts).
 */
import type { Labels } from '../model/labels.js';
import client from 'prom-client';
import { SightlineError } from '../util/errors.js';
import { logger } from '../util/log.js';
import { GoTemplate, TemplateExecError } from './gotemplate/exec.js';
import { TemplateSyntaxError } from './gotemplate/parse.js';
import { GoStruct } from './gotemplate/values.js';
import { FUNCTION_NAMES, prometheusFuncs } from './template-functions.js';

export interface TemplateSample {
  labels: Labels;
  value: number;
}

export interface TemplateContext {
  /** Evaluation time, the time `query` runs at. */
  timeMs: number;
  externalURL: string;
  /** An instant query at timeMs. */
  query(q: string): Promise<TemplateSample[]>;
}

/** A template that does not parse or fails to execute; the message is Prometheus's (Go's) text. */
export class TemplateError extends SightlineError {
  constructor(message: string) {
    super('bad_template', message);
  }
}

const log = logger('rules');

const ALERT_DATA_TYPE = 'struct { Labels map[string]string; ExternalLabels map[string]string; ExternalURL string; Value float64 }';
/** Prepended to every alert label and annotation template, as Prometheus does. */
const ALERT_DEFS = '{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}';

/**
 * Parsed templates by name and text: rules expand the same annotations at every evaluation, and
 * parsing a typical annotation costs about as much as executing it. Bounded like the regex cache.
 */
const parsed = new Map<string, GoTemplate>();
const PARSED_LIMIT = 10_000;

function parse(name: string, text: string): GoTemplate {
  const key = `${name}\u0000${text}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  let tmpl: GoTemplate;
  try {
    tmpl = new GoTemplate(name, text, (f) => FUNCTION_NAMES.has(f));
  } catch (err) {
    if (err instanceof TemplateSyntaxError) throw new TemplateError(err.message);
    throw err;
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(key, tmpl);
  return tmpl;
}

/** Parses (does not execute) — used by `check rules` and admission; throws TemplateError with Go's parse message. */
export function checkTemplate(name: string, text: string): void {
  parse(name, text);
}

/**
 * Executes `text` against `data` (Go's dot) with the Prometheus function map. Throws TemplateError
 * whose message is Prometheus's Expander error (`error executing template NAME: template: …`).
 */
export async function expandTemplate(name: string, text: string, data: unknown, ctx: TemplateContext): Promise<string> {
  let tmpl: GoTemplate;
  try {
    tmpl = parse(name, text);
  } catch (err) {
    if (err instanceof TemplateError) throw new TemplateError(`error parsing template ${name}: ${err.message}`);
    throw err;
  }
  try {
    return await tmpl.execute(data, prometheusFuncs(ctx));
  } catch (err) {
    if (err instanceof TemplateExecError) throw new TemplateError(`error executing template ${name}: ${err.message}`);
    // Prometheus recovers from panics in templates the same way (e.g. runaway recursion).
    throw new TemplateError(`panic expanding template ${name}: ${(err as Error).message}`);
  }
}

const expansionFailures = new client.Counter({ name: 'sightline_template_text_expansion_failures_total', help: 'The total number of template text expansion failures.' });

/** What Prometheus does for an alert label/annotation: defs prepended, name __alert_<alertName>, error → `<error expanding template: …>`. */
export async function expandAlertTemplate(
  alertName: string,
  text: string,
  data: { labels: Labels; externalLabels: Labels; externalURL: string; value: number },
  ctx: TemplateContext,
): Promise<string> {
  const dot = new GoStruct(ALERT_DATA_TYPE, { Labels: data.labels, ExternalLabels: data.externalLabels, ExternalURL: data.externalURL, Value: data.value });
  try {
    return await expandTemplate(`__alert_${alertName}`, ALERT_DEFS + text, dot, ctx);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    expansionFailures.inc();
    log.warn({ alert: alertName, err: err.message }, 'expanding alert template failed');
    return `<error expanding template: ${err.message}>`;
  }
}

/** Parses an alert label/annotation as Prometheus validates rule files (defs prepended). */
export function checkAlertTemplate(alertName: string, text: string): void {
  checkTemplate(`__alert_${alertName}`, ALERT_DEFS + text);
}
