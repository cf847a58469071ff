/**
 * The notifier, the runtime component for NotificationChannels (the operator's leader and
 * `standalone` run it). It polls the database for alerts — the rule manager's and those posted to
 * /api/v2/alerts — and routes each alert that changed into the dispatcher's groups; the dispatcher
 * writes notifications to the outbox and the sender delivers them. Polling rather than
 * LISTEN/NOTIFY: it works the same on PGlite and PostgreSQL, needs no dedicated connection, and
 * survives database restarts without re-subscribing; one poll a second reads only the firing and
 * recently resolved alerts (see docs/notify.md for its cost).
 */
import type { AlertRule, NotificationChannel } from '../api/index.js';
import type { Resolved, RuntimeComponent } from '../controller/runtime.js';
import type { Db } from '../storage/db.js';
import { statusTime } from '../controller/conditions.js';
import type { Outcome } from '../controller/conditions.js';
import { errorMessage, SightlineError } from '../util/errors.js';
import { logger } from '../util/log.js';
import { AlertStore, isResolved, type NotifyAlert } from './alerts.js';
import { Dispatcher } from './dispatcher.js';
import { Outbox } from './outbox.js';
import { routeFor, routesFor, type Route } from './route.js';
import { DEFAULT_SENDER, Sender, type DeliveryReport, type SenderOptions } from './sender.js';
import { SilenceStore, type Silence } from './silences.js';

const log = logger('notify');

export interface NotifierDeps {
  db: () => Db;
  storageReady: () => boolean;
  externalURL: string;
  pollIntervalMs?: number;
  sender?: Partial<SenderOptions>;
  now?: () => number;
}

/** An alert as last routed. */
interface Known {
  alert: NotifyAlert;
  version: string;
  resolved: boolean;
}

interface ChannelFigures {
  sent: number;
  failed: number;
  /** Failed attempts since the last delivery (not a status field: it decides the outcome). */
  failingAttempts: number;
  lastDeliveryTime?: string;
  lastError?: string;
}

const CHANNEL_PREFIX = 'NotificationChannel/';
const nameOf = (key: string): string => (key.startsWith(CHANNEL_PREFIX) ? key.slice(CHANNEL_PREFIX.length) : key);
/** Garbage collection of old posted alerts, silences and notifications runs once per this many polls. */
const GC_EVERY = 60;
/** Failed attempts in a row after which a channel's status says its destination keeps failing. */
const FAILING_AFTER = 3;
/** One poll in this many reads every alert, not only the changed ones. */
const FULL_EVERY = 60;
/**
 * A row's updated_at is its transaction's start: a transaction that commits after a poll may carry
 * a time before that poll's. Incremental reads reach back this far to catch such rows.
 */
const LATE_COMMIT_MS = 30_000;

export class Notifier implements RuntimeComponent<Resolved<NotificationChannel>> {
  readonly alertStore: AlertStore;
  readonly silenceStore: SilenceStore;
  readonly outbox: Outbox;
  /** AlertRules' `channels`, by AlertRule key: apply AlertRules here as well as to the rule manager. */
  readonly rules: RuntimeComponent<Resolved<AlertRule>>;

  private readonly routes = new Map<string, Route>();
  /** Each channel's spec and Secret values as applied: applying the same again changes nothing. */
  private readonly versions = new Map<string, string>();
  private readonly problems = new Map<string, Outcome>();
  private readonly ruleChannels = new Map<string, readonly string[]>();
  private readonly dispatcher: Dispatcher;
  private readonly sender: Sender;
  private readonly now: () => number;
  private readonly figuresByChannel = new Map<string, ChannelFigures>();
  private readonly listeners = new Set<(key: string) => void>();
  private snapshot = new Map<string, Known>();
  private silences: readonly Silence[] = [];
  private timer?: NodeJS.Timeout;
  private polling?: Promise<void>;
  private pollAgain = false;
  private polls = 0;
  /** Database time of the last poll: the next reads the rows written after it. */
  private cursor?: Date;
  private running = false;

  constructor(private readonly deps: NotifierDeps) {
    this.now = deps.now ?? Date.now;
    this.alertStore = new AlertStore(deps.db);
    this.silenceStore = new SilenceStore(deps.db);
    this.outbox = new Outbox(deps.db);
    this.dispatcher = new Dispatcher({ outbox: this.outbox, silences: () => this.silences, externalURL: deps.externalURL, now: this.now, enqueued: () => this.sender.kick() });
    this.sender = new Sender(this.outbox, (name) => this.routes.get(name), { ...DEFAULT_SENDER, ...deps.sender }, (r) => this.record(r), this.now);
    this.rules = {
      apply: (key, desired) => {
        const channels = desired.object.spec.channels ?? [];
        if (JSON.stringify(this.ruleChannels.get(key) ?? []) !== JSON.stringify(channels)) {
          this.ruleChannels.set(key, channels);
          this.reroute((a) => a.origin === key);
        }
        return Promise.resolve();
      },
      remove: (key) => {
        this.ruleChannels.delete(key);
        return Promise.resolve();
      },
    };
  }

  /** A channel that cannot run (an unsupported type, a bad regex) is left out and reported by outcome(). */
  apply(key: string, desired: Resolved<NotificationChannel>): Promise<void> {
    const name = nameOf(key);
    const version = JSON.stringify([desired.object.spec, [...desired.secrets]]);
    if (this.versions.get(name) === version) return Promise.resolve();
    let route: Route;
    try {
      route = routeFor(desired.object, desired.secrets);
      this.problems.delete(name);
    } catch (err) {
      this.drop(name);
      this.problems.set(name, { kind: 'stalled', reason: err instanceof SightlineError ? err.code : 'InvalidChannel', message: errorMessage(err) });
      this.versions.set(name, version);
      log.error({ channel: name, err: errorMessage(err) }, 'notification channel not used');
      return Promise.resolve();
    }
    const old = this.routes.get(route.name);
    this.routes.set(route.name, route);
    this.versions.set(route.name, version);
    if (!this.figuresByChannel.has(route.name)) this.figuresByChannel.set(route.name, { sent: 0, failed: 0, failingAttempts: 0 });
    this.dispatcher.dropRoute(route.name);
    for (const { alert } of this.snapshot.values()) if (routesFor([route], alert.origin, alert.labels, (k) => this.ruleChannels.get(k)).length > 0) this.dispatcher.insert(route, alert);
    log.info({ channel: route.name, key }, old ? 'notification channel updated' : 'notification channel added');
    return Promise.resolve();
  }

  remove(key: string): Promise<void> {
    this.drop(nameOf(key));
    return Promise.resolve();
  }

  private drop(name: string): void {
    this.problems.delete(name);
    this.versions.delete(name);
    if (this.routes.delete(name)) log.info({ channel: name }, 'notification channel removed');
    this.dispatcher.dropRoute(name);
    this.figuresByChannel.delete(name);
  }

  /**
   * A channel that cannot run, or whose destination failed FAILING_AFTER attempts in a row: not
   * Ready, Stalled with reason DeliveryFailing (the controller records a Warning Event), until a
   * delivery succeeds.
   */
  outcome(key: string): Outcome | undefined {
    const name = nameOf(key);
    const problem = this.problems.get(name);
    if (problem) return problem;
    const f = this.figuresByChannel.get(name);
    if (f && f.failingAttempts >= FAILING_AFTER) {
      return { kind: 'stalled', reason: 'DeliveryFailing', message: `The last ${f.failingAttempts} delivery attempts failed; last error: ${f.lastError ?? ''}` };
    }
    return undefined;
  }

  figures(key: string): Record<string, unknown> {
    const f = this.figuresByChannel.get(nameOf(key));
    if (!f) return {};
    const { failingAttempts: _attempts, ...figures } = f;
    return figures;
  }

  watch(listener: (key: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether the database can be used (the API answers 503 until then). */
  ready(): boolean {
    return this.deps.storageReady();
  }

  /** Channel names (`<namespace>/<name>`), the receivers of the Alertmanager API. */
  receivers(): string[] {
    return [...this.routes.keys()].sort();
  }

  /** The receivers an alert goes to. */
  receiversOf(alert: NotifyAlert): string[] {
    return routesFor(this.routes.values(), alert.origin, alert.labels, (k) => this.ruleChannels.get(k)).map((r) => r.name);
  }

  groups(): ReturnType<Dispatcher['list']> {
    return this.dispatcher.list();
  }

  /** Starts polling and delivering: only the leader (or standalone) calls this. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.sender.start();
    this.pollNow();
  }

  /** Alerts were just written in this process (POST /api/v2/alerts): poll now rather than at the next tick. */
  kick(): void {
    if (!this.running) return;
    if (this.polling) this.pollAgain = true;
    else this.pollNow();
  }

  private pollNow(): void {
    clearTimeout(this.timer);
    this.polling = this.poll()
      .catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'reading alerts failed'))
      .finally(() => {
        this.polling = undefined;
        if (!this.running) return;
        const again = this.pollAgain;
        this.pollAgain = false;
        if (again) this.pollNow();
        else this.timer = setTimeout(() => this.pollNow(), this.deps.pollIntervalMs ?? 1000);
      });
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.polling;
    this.dispatcher.stop();
    await this.sender.stop();
  }

  /**
   * Reads alerts and silences once and routes what changed; exposed for tests. Most polls read only
   * the rows written since the last one (less a margin for transactions that committed late); one a
   * minute reads them all, which is how alerts whose rows were deleted are noticed.
   */
  async poll(): Promise<void> {
    if (!this.deps.storageReady()) return;
    const now = this.now();
    const full = this.cursor === undefined || this.polls % FULL_EVERY === 0;
    const since = full ? undefined : new Date(this.cursor!.getTime() - LATE_COMMIT_MS);
    const [{ alerts, dbNow }, silences] = await Promise.all([this.alertStore.list(now, since), this.silenceStore.list()]);
    this.silences = silences;
    const next = full ? new Map<string, Known>() : this.snapshot;
    for (const alert of alerts) {
      const old = this.snapshot.get(alert.fingerprint)?.alert;
      // A partial read may hold one source's resolved copy of an alert another source keeps firing.
      if (!full && old && old.origin !== alert.origin && !isResolved(old, now) && isResolved(alert, now)) continue;
      const version = versionOf(alert, now);
      const changed = this.snapshot.get(alert.fingerprint)?.version !== version;
      next.set(alert.fingerprint, { alert, version, resolved: isResolved(alert, now) });
      if (changed) this.route(alert);
    }
    if (full) {
      // An alert that vanished while firing (its AlertRule was deleted) resolves now.
      for (const [fp, { alert }] of this.snapshot) if (!next.has(fp) && !isResolved(alert, now)) this.route({ ...alert, endsAtMs: now });
    }
    // Posted alerts resolve by their endsAt passing, without a write.
    for (const entry of next.values()) {
      if (entry.resolved || !isResolved(entry.alert, now)) continue;
      Object.assign(entry, { version: versionOf(entry.alert, now), resolved: true });
      this.route(entry.alert);
    }
    this.snapshot = next;
    this.cursor = dbNow;
    if (++this.polls % GC_EVERY === 0) await Promise.all([this.alertStore.collectGarbage(now), this.silenceStore.collectGarbage(now), this.outbox.collectGarbage(now)]);
  }

  private route(alert: NotifyAlert): void {
    for (const r of routesFor(this.routes.values(), alert.origin, alert.labels, (k) => this.ruleChannels.get(k))) this.dispatcher.insert(r, alert);
  }

  /** Routes again the alerts `which` picks, after what decides their channels changed. */
  private reroute(which: (a: NotifyAlert) => boolean): void {
    for (const { alert } of this.snapshot.values()) {
      if (!which(alert)) continue;
      for (const name of this.routes.keys()) this.dispatcher.removeAlert(name, alert.fingerprint);
      this.route(alert);
    }
  }

  private record(r: DeliveryReport): void {
    const f = this.figuresByChannel.get(r.channel);
    if (!f) return;
    if (r.ok) {
      f.sent++;
      f.failingAttempts = 0;
      f.lastDeliveryTime = statusTime(new Date(r.atMs));
    } else {
      f.failingAttempts++;
      if (r.final) f.failed++;
    }
    if (r.error !== undefined) f.lastError = r.error;
    for (const listener of this.listeners) listener(`${CHANNEL_PREFIX}${r.channel}`);
  }
}

/** What makes an alert worth routing again: anything but a firing alert's moving timeout. */
function versionOf(a: NotifyAlert, now: number): string {
  return JSON.stringify([a.origin, a.labels, a.annotations, a.startsAtMs, isResolved(a, now) ? a.endsAtMs : 'firing']);
}
