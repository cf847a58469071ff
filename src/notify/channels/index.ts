/** Builds the Channel a NotificationChannel's spec describes, with its Secret values. */
import type { NotificationChannel } from '../../api/index.js';
import type { SecretValues } from '../../controller/runtime.js';
import { SightlineError } from '../../util/errors.js';
import type { Channel } from './channel.js';
import { DingTalkChannel } from './dingtalk.js';
import { FeishuChannel } from './feishu.js';
import { WebhookChannel } from './webhook.js';

type SecretRef = { name: string; key: string } | undefined;

export function channelFor(spec: NotificationChannel['spec'], secrets: SecretValues): Channel {
  const secret = (ref: SecretRef): string | undefined => (ref ? secrets.get(`${ref.name}/${ref.key}`) : undefined);
  /** The URL given inline or through urlSecret, and the signing secret if any. */
  const endpoint = (settings: { url?: string; urlSecret?: SecretRef; signingSecret?: SecretRef }): { url: string; signingSecret?: string } => {
    const url = settings.url ?? secret(settings.urlSecret);
    if (!url) throw new SightlineError('SecretNotFound', `${spec.type} URL secret ${settings.urlSecret?.name}/${settings.urlSecret?.key} has no value`);
    const signingSecret = secret(settings.signingSecret);
    return { url, ...(signingSecret !== undefined ? { signingSecret } : {}) };
  };
  switch (spec.type) {
    case 'webhook':
      return new WebhookChannel({ ...endpoint(spec.webhook!), maxAlerts: spec.webhook!.maxAlerts ?? 0 });
    case 'dingtalk':
      return new DingTalkChannel({ ...endpoint(spec.dingtalk!), atMobiles: spec.dingtalk!.atMobiles ?? [], atAll: spec.dingtalk!.atAll ?? false });
    case 'feishu':
      return new FeishuChannel(endpoint(spec.feishu!));
    default:
      throw new SightlineError('UnsupportedChannel', `channel type ${spec.type} is not delivered yet (webhook, dingtalk and feishu are)`);
  }
}
