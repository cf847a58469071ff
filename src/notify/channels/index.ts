/** Builds the Channel a NotificationChannel's spec describes, with its Secret values. */
import type { NotificationChannel } from '../../api/index.js';
import type { SecretValues } from '../../controller/runtime.js';
import { SightlineError } from '../../util/errors.js';
import type { Channel } from './channel.js';
import { WebhookChannel } from './webhook.js';

type SecretRef = { name: string; key: string } | undefined;

function secret(secrets: SecretValues, ref: SecretRef): string | undefined {
  return ref ? secrets.get(`${ref.name}/${ref.key}`) : undefined;
}

export function channelFor(spec: NotificationChannel['spec'], secrets: SecretValues): Channel {
  switch (spec.type) {
    case 'webhook': {
      const w = spec.webhook!;
      const url = w.url ?? secret(secrets, w.urlSecret);
      if (!url) throw new SightlineError('SecretNotFound', `webhook URL secret ${w.urlSecret?.name}/${w.urlSecret?.key} has no value`);
      const signingSecret = secret(secrets, w.signingSecret);
      return new WebhookChannel({ url, maxAlerts: w.maxAlerts ?? 0, ...(signingSecret !== undefined ? { signingSecret } : {}) });
    }
    default:
      throw new SightlineError('UnsupportedChannel', `channel type ${spec.type} is not delivered yet (webhook is)`);
  }
}
