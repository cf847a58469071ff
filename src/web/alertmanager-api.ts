/**
 * Alertmanager's v2 API over the notifier, so amtool, Grafana's Alertmanager data source and a
 * Prometheus pointed at Sightline work unchanged: status, receivers, alerts (GET with filter,
 * receiver, active/silenced/inhibited; POST as Prometheus sends them), alert groups and silences.
 * Alerts and silences come from the database, so every replica answers alike; receivers and
 * groups are what the leader's notifier runs. Errors are JSON strings, as Alertmanager's.
 */
import { hostname } from 'node:os';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Labels } from '../model/labels.js';
import { isResolved, type NotifyAlert, type PostableAlert } from '../notify/alerts.js';
import { ZERO_TIME } from '../notify/dispatcher.js';
import type { Notifier } from '../notify/notifier.js';
import { matcherMatches, silencedBy, silenceState, type Silence, type SilenceMatcher } from '../notify/silences.js';
import { buildInfo } from '../util/build-info.js';
import { errorMessage, SightlineError } from '../util/errors.js';
import { compileAnchoredRegex, type AnchoredRegex } from '../util/regex.js';
import { params } from './prometheus-api.js';

export interface AlertmanagerApiOptions {
  /** undefined until storage and the notifier exist. */
  notifier(): Notifier | undefined;
  now?: () => number;
}

const STARTED = new Date().toISOString();
const iso = (ms: number | undefined): string => (ms === undefined ? ZERO_TIME : new Date(ms).toISOString());
const bad = (message: string): SightlineError => new SightlineError('bad_data', message, { httpStatus: 400 });

/** One matcher as Alertmanager's labels.ParseMatcher reads it: name, operator, value (quoted or not). */
export function parseMatcher(text: string): SilenceMatcher {
  const m = /^\s*\{?\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(=~|!~|!=|=)\s*(.*?)\s*\}?\s*$/s.exec(text);
  if (!m) throw bad(`bad matcher format: ${text}`);
  let value = m[3]!;
  if (value.startsWith('"')) {
    try {
      value = JSON.parse(value) as string;
    } catch {
      throw bad(`bad matcher format: ${text}`);
    }
  }
  const op = m[2]!;
  const matcher = { name: m[1]!, value, isRegex: op.endsWith('~'), isEqual: !op.startsWith('!') };
  if (matcher.isRegex) {
    try {
      compileAnchoredRegex(value);
    } catch (err) {
      throw bad(`bad matcher format: ${text}: ${errorMessage(err)}`);
    }
  }
  return matcher;
}

function boolParam(p: URLSearchParams, name: string): boolean {
  const v = p.get(name);
  if (v === null || v === '') return true;
  if (v === 'true' || v === 'false') return v === 'true';
  throw bad(`${name} must be true or false`);
}

function filters(p: URLSearchParams): { matchers: SilenceMatcher[]; receiver?: AnchoredRegex } {
  const receiver = p.get('receiver');
  let re: AnchoredRegex | undefined;
  if (receiver) {
    try {
      re = compileAnchoredRegex(receiver);
    } catch (err) {
      throw bad(`failed to parse receiver param: ${errorMessage(err)}`);
    }
  }
  return { matchers: p.getAll('filter').map(parseMatcher), ...(re ? { receiver: re } : {}) };
}

const matchesFilter = (matchers: readonly SilenceMatcher[], labels: Labels): boolean => matchers.every((m) => matcherMatches(m, labels[m.name] ?? ''));

function silenceJson(s: Silence, now: number): Record<string, unknown> {
  return {
    id: s.id,
    status: { state: silenceState(s, now) },
    updatedAt: iso(s.updatedAtMs),
    matchers: s.matchers,
    startsAt: iso(s.startsAtMs),
    endsAt: iso(s.endsAtMs),
    createdBy: s.createdBy,
    comment: s.comment,
  };
}

const STATE_ORDER = { active: 0, pending: 1, expired: 2 } as const;

export function registerAlertmanagerApi(app: FastifyInstance, options: AlertmanagerApiOptions): void {
  const now = options.now ?? Date.now;
  const notifier = (): Notifier => {
    const n = options.notifier();
    if (!n || !n.ready()) throw new SightlineError('unavailable', 'the database is not ready yet', { retryable: true });
    return n;
  };

  void app.register((api, _opts, done) => {
    api.setErrorHandler((err: Error & { statusCode?: number }, _req, reply: FastifyReply) => {
      const status = err instanceof SightlineError ? err.httpStatus : (err.statusCode ?? 500);
      if (status >= 500 && !(err instanceof SightlineError)) api.log.error({ err }, 'Alertmanager API request failed');
      return reply.code(status).type('application/json').send(JSON.stringify(err.message));
    });

    api.get('/api/v2/status', () => ({
      cluster: { name: hostname(), status: 'ready', peers: [] },
      versionInfo: {
        version: buildInfo.version,
        revision: buildInfo.revision,
        branch: buildInfo.branch,
        buildUser: 'sightline',
        buildDate: buildInfo.buildDate,
        goVersion: buildInfo.nodeVersion,
      },
      // Alertmanager shows its configuration file; Sightline's routes are NotificationChannels.
      config: { original: `# Routes are NotificationChannel resources.\nreceivers:\n${notifier().receivers().map((r) => `- name: ${r}\n`).join('')}` },
      uptime: STARTED,
    }));

    api.get('/api/v2/receivers', () => notifier().receivers().map((name) => ({ name })));

    const alertJson = (n: Notifier, a: NotifyAlert, silences: readonly Silence[], t: number, receivers = n.receiversOf(a)): Record<string, unknown> & { silenced: boolean } => {
      const by = silencedBy(silences, a.labels, t);
      return {
        annotations: a.annotations,
        endsAt: iso(a.endsAtMs),
        fingerprint: a.fingerprint,
        receivers: receivers.map((name) => ({ name })),
        startsAt: iso(a.startsAtMs),
        status: { inhibitedBy: [], silencedBy: by, state: by.length > 0 ? 'suppressed' : 'active' },
        updatedAt: iso(a.updatedAtMs),
        generatorURL: a.generatorURL,
        labels: a.labels,
        silenced: by.length > 0,
      };
    };

    /** The filters every alert listing takes; the extra `silenced` field is removed before answering. */
    const selectAlerts = (p: URLSearchParams): ((a: ReturnType<typeof alertJson>, labels: Labels, receivers: string[]) => boolean) => {
      const { matchers, receiver } = filters(p);
      const [active, silenced] = [boolParam(p, 'active'), boolParam(p, 'silenced')];
      boolParam(p, 'inhibited');
      boolParam(p, 'unprocessed');
      return (a, labels, receivers) =>
        (a.silenced ? silenced : active) && matchesFilter(matchers, labels) && (!receiver || receivers.some((r) => receiver.test(r)));
    };

    api.get('/api/v2/alerts', async (req) => {
      const n = notifier();
      const select = selectAlerts(params(req));
      const t = now();
      const [{ alerts }, silences] = await Promise.all([n.alertStore.list(t), n.silenceStore.list()]);
      return alerts
        .filter((a) => !isResolved(a, t))
        .map((a) => ({ a, json: alertJson(n, a, silences, t) }))
        .filter(({ a, json }) => select(json, a.labels, n.receiversOf(a)))
        .map(({ json: { silenced: _s, ...json } }) => json);
    });

    api.post('/api/v2/alerts', async (req, reply) => {
      if (!Array.isArray(req.body)) throw bad('body must be a JSON array of alerts');
      const n = notifier();
      const errors = await n.alertStore.post(req.body as PostableAlert[], now());
      n.kick();
      if (errors.length > 0) throw bad(errors.join('; '));
      return reply.code(200).send();
    });

    api.get('/api/v2/alerts/groups', async (req) => {
      const n = notifier();
      const select = selectAlerts(params(req));
      const t = now();
      const silences = await n.silenceStore.list();
      return n
        .groups()
        .map((g) => ({
          labels: g.labels,
          receiver: { name: g.route.name },
          alerts: g.alerts
            .filter((a) => !isResolved(a, t))
            .map((a) => ({ a, json: alertJson(n, a, silences, t, [g.route.name]) }))
            .filter(({ a, json }) => select(json, a.labels, [g.route.name]))
            .map(({ json: { silenced: _s, ...json } }) => json),
        }))
        .filter((g) => g.alerts.length > 0);
    });

    api.get('/api/v2/silences', async (req) => {
      const { matchers } = filters(params(req));
      const t = now();
      const silences = (await notifier().silenceStore.list()).filter((s) =>
        // As Alertmanager: every filter matcher must match the value of a silence matcher with its name.
        matchers.every((f) => s.matchers.some((m) => m.name === f.name && matcherMatches(f, m.value))),
      );
      silences.sort((a, b) => {
        const [sa, sb] = [silenceState(a, t), silenceState(b, t)];
        if (sa !== sb) return STATE_ORDER[sa] - STATE_ORDER[sb];
        if (sa === 'active') return a.endsAtMs - b.endsAtMs;
        if (sa === 'pending') return a.startsAtMs - b.startsAtMs;
        return b.endsAtMs - a.endsAtMs;
      });
      return silences.map((s) => silenceJson(s, t));
    });

    api.post('/api/v2/silences', async (req) => ({ silenceID: await notifier().silenceStore.upsert(req.body, now()) }));

    api.get<{ Params: { id: string } }>('/api/v2/silence/:id', async (req) => {
      const s = await notifier().silenceStore.get(req.params.id);
      if (!s) throw new SightlineError('not_found', 'silence not found', { httpStatus: 404 });
      return silenceJson(s, now());
    });

    api.delete<{ Params: { id: string } }>('/api/v2/silence/:id', async (req, reply) => {
      if (!(await notifier().silenceStore.expire(req.params.id, now()))) throw new SightlineError('not_found', 'silence not found', { httpStatus: 404 });
      return reply.code(200).send();
    });
    done();
  });
}
