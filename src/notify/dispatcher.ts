/**
 * Alertmanager's dispatcher: alerts routed to a channel fall into aggregation groups (group key =
 * channel + group labels). A new group flushes after groupWait (at once if its alert is already
 * older than that), then every groupInterval. Each flush drops silenced alerts, compares what is
 * firing and resolved with the group's last notification in the outbox (Alertmanager's dedup
 * stage against its notification log), and writes a notification only when something changed or
 * repeatInterval passed. Resolved alerts leave the group once a flush has seen them; an empty
 * group ends. Timers live in memory, what was notified in the database: a new process starts its
 * groups afresh and the log keeps it from repeating what was already sent.
 */
import type { Labels } from '../model/labels.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import { isResolved, type NotifyAlert } from './alerts.js';
import type { AlertData, NotificationData } from './channels/channel.js';
import type { LogEntry, Outbox } from './outbox.js';
import { groupKey, groupLabels, type Route } from './route.js';
import { silencedBy, type Silence } from './silences.js';

const log = logger('notify');

export const ZERO_TIME = '0001-01-01T00:00:00Z';

export interface DispatcherDeps {
  outbox: Outbox;
  silences(): readonly Silence[];
  externalURL: string;
  now(): number;
  /** Called after a notification was written, to wake the sender. */
  enqueued(): void;
}

interface Group {
  readonly route: Route;
  readonly key: string;
  readonly labels: Labels;
  readonly alerts: Map<string, NotifyAlert>;
  timer?: NodeJS.Timeout;
  hasFlushed: boolean;
  flushing: boolean;
}

export class Dispatcher {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly deps: DispatcherDeps) {}

  insert(route: Route, alert: NotifyAlert): void {
    const labels = groupLabels(route, alert.labels);
    const key = groupKey(route, labels);
    let group = this.groups.get(key);
    if (!group) {
      group = { route, key, labels, alerts: new Map(), hasFlushed: false, flushing: false };
      this.groups.set(key, group);
      this.schedule(group, route.groupWaitMs);
    }
    group.alerts.set(alert.fingerprint, alert);
    // An alert already older than groupWait need not wait for it (Alertmanager does the same).
    if (!group.hasFlushed && alert.startsAtMs + route.groupWaitMs < this.deps.now()) this.schedule(group, 0);
  }

  /** Forgets an alert in every group of a route (it no longer goes there). */
  removeAlert(routeName: string, fingerprint: string): void {
    for (const g of this.groups.values()) if (g.route.name === routeName) g.alerts.delete(fingerprint);
  }

  /** Ends every group of a route (the channel changed or went away). */
  dropRoute(routeName: string): void {
    for (const [key, g] of this.groups) {
      if (g.route.name !== routeName) continue;
      clearTimeout(g.timer);
      this.groups.delete(key);
    }
  }

  stop(): void {
    for (const g of this.groups.values()) clearTimeout(g.timer);
    this.groups.clear();
  }

  /** The groups and their alerts, for /api/v2/alerts/groups. */
  list(): { route: Route; labels: Labels; alerts: NotifyAlert[] }[] {
    return [...this.groups.values()].map((g) => ({ route: g.route, labels: g.labels, alerts: [...g.alerts.values()] }));
  }

  private schedule(group: Group, delayMs: number): void {
    clearTimeout(group.timer);
    group.timer = setTimeout(() => {
      // The next tick is set before flushing, as Alertmanager does: flushes keep their rhythm.
      this.schedule(group, group.route.groupIntervalMs);
      if (group.flushing) return;
      group.flushing = true;
      this.flush(group)
        .catch((err: unknown) => log.warn({ group: group.key, err: errorMessage(err) }, 'notification flush failed; retried at the next group interval'))
        .finally(() => (group.flushing = false));
    }, delayMs);
  }

  private async flush(group: Group): Promise<void> {
    group.hasFlushed = true;
    const now = this.deps.now();
    const snapshot = [...group.alerts.values()];
    const silences = this.deps.silences();
    const live = snapshot.filter((a) => silencedBy(silences, a.labels, now).length === 0);
    if (live.length > 0) {
      const firing = live.filter((a) => !isResolved(a, now));
      const resolved = live.filter((a) => isResolved(a, now));
      const entry = await this.deps.outbox.last(group.route.name, group.key);
      if (needsUpdate(entry, ids(firing), ids(resolved), group.route, now)) {
        const sent = group.route.sendResolved ? live : firing;
        const written = await this.deps.outbox.enqueue(
          {
            channel: group.route.name,
            groupKey: group.key,
            seq: (entry?.seq ?? 0) + 1,
            firing: ids(firing),
            resolved: ids(resolved),
            payload: this.payload(group, sent, now),
            // All resolved with sendResolved off: logged (so the firing set clears) but not sent.
            status: sent.length > 0 ? 'pending' : 'skipped',
          },
          now,
        );
        if (written) this.deps.enqueued();
      }
    }
    // Resolved alerts the flush saw leave the group, unless they changed meanwhile.
    for (const a of snapshot) if (isResolved(a, now) && group.alerts.get(a.fingerprint) === a) group.alerts.delete(a.fingerprint);
    if (group.alerts.size === 0 && this.groups.get(group.key) === group) {
      clearTimeout(group.timer);
      this.groups.delete(group.key);
    }
  }

  private payload(group: Group, alerts: NotifyAlert[], now: number): NotificationData {
    const sorted = [...alerts].sort((a, b) => a.startsAtMs - b.startsAtMs || (a.fingerprint < b.fingerprint ? -1 : 1));
    const data: AlertData[] = sorted.map((a) => ({
      status: isResolved(a, now) ? 'resolved' : 'firing',
      labels: a.labels,
      annotations: a.annotations,
      startsAt: new Date(a.startsAtMs).toISOString(),
      endsAt: a.endsAtMs === undefined ? ZERO_TIME : new Date(a.endsAtMs).toISOString(),
      generatorURL: a.generatorURL,
      fingerprint: a.fingerprint,
    }));
    return {
      receiver: group.route.name,
      status: data.some((a) => a.status === 'firing') ? 'firing' : 'resolved',
      groupKey: group.key,
      groupLabels: group.labels,
      commonLabels: common(sorted.map((a) => a.labels)),
      commonAnnotations: common(sorted.map((a) => a.annotations)),
      externalURL: this.deps.externalURL,
      alerts: data,
    };
  }
}

const ids = (alerts: readonly NotifyAlert[]): string[] => alerts.map((a) => a.fingerprint).sort();

function common(sets: readonly Labels[]): Labels {
  if (sets.length === 0) return {};
  const out: Record<string, string> = { ...sets[0] };
  for (const s of sets.slice(1)) for (const k of Object.keys(out)) if (s[k] !== out[k]) delete out[k];
  return out;
}

const subset = (sub: readonly string[], of: readonly string[]): boolean => {
  const set = new Set(of);
  return sub.every((x) => set.has(x));
};

/** Alertmanager's DedupStage.needsUpdate. */
export function needsUpdate(entry: LogEntry | undefined, firing: readonly string[], resolved: readonly string[], route: Pick<Route, 'sendResolved' | 'repeatIntervalMs'>, now: number): boolean {
  // Never notified: only for something firing (alerts that fired and resolved unseen stay unseen).
  if (!entry) return firing.length > 0;
  if (!subset(firing, entry.firing)) return true;
  // Everything resolved: notify (or log, without sendResolved) so the firing set clears.
  if (firing.length === 0) return entry.firing.length > 0;
  if (route.sendResolved && !subset(resolved, entry.resolved)) return true;
  return entry.createdAtMs <= now - route.repeatIntervalMs;
}
