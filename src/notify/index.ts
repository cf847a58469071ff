/**
 * The notifier's public surface, and how `standalone` feeds it: every NotificationChannel of the
 * manifests folder is a route, and every AlertRule's `channels` picks routes (Secrets are not read
 * in standalone, so channels there give their URLs inline).
 */
import type { DesiredStateSource } from '../sources/types.js';
import { objectKey } from '../sources/types.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import type { Notifier } from './notifier.js';

export { Notifier, type NotifierDeps } from './notifier.js';

const log = logger('notify');

/** Applies the source's NotificationChannels and AlertRules to `notifier` until the returned function is called. */
export async function runNotifierFromSource(source: DesiredStateSource, notifier: Notifier): Promise<() => void> {
  const secrets = new Map<string, string>();
  for (const o of source.list()) {
    if (o.kind === 'NotificationChannel') await notifier.apply(objectKey(o), { object: o, secrets });
    if (o.kind === 'AlertRule') await notifier.rules.apply(objectKey(o), { object: o, secrets });
  }
  return source.subscribe((e) => {
    const o = e.object;
    if (o.kind !== 'NotificationChannel' && o.kind !== 'AlertRule') return;
    const component = o.kind === 'AlertRule' ? notifier.rules : notifier;
    const done = e.type === 'deleted' ? component.remove(objectKey(o)) : o.kind === 'AlertRule' ? notifier.rules.apply(objectKey(o), { object: o, secrets }) : notifier.apply(objectKey(o), { object: o, secrets });
    done.catch((err: unknown) => log.error({ key: objectKey(o), err: errorMessage(err) }, 'applying to the notifier failed'));
  });
}
