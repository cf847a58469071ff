/** Builds the Channel a NotificationChannel's spec describes, with its Secret values. */
import type { NotificationChannel } from '../../api/index.js';
import type { SecretValues } from '../../controller/runtime.js';
import { SightlineError } from '../../util/errors.js';
import type { Channel } from './channel.js';
import { DingTalkChannel } from './dingtalk.js';
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
    case 'dingtalk': {
      const d = spec.dingtalk!;
      const url = d.url ?? secret(secrets, d.urlSecret);
      if (!url) throw new SightlineError('SecretNotFound', `DingTalk URL secret ${d.urlSecret?.name}/${d.urlSecret?.key} has no value`);
      const signingSecret = secret(secrets, d.signingSecret);
      return new DingTalkChannel({ url, atMobiles: d.atMobiles ?? [], atAll: d.atAll ?? false, ...(signingSecret !== undefined ? { signingSecret } : {}) });
    }
    default:
      throw new SightlineError('UnsupportedChannel', `channel type ${spec.type} is not delivered yet (webhook and dingtalk are)`);
  }
}
