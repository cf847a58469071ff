/**
 * Human-readable messages for chat channels (DingTalk now; WeCom, Feishu, Slack later): a title
 * such as `[FIRING:2] TargetDown` and a markdown body listing each alert with its summary or
 * description and labels, cut to the service's size limit.
 */
import type { AlertData, NotificationData } from './channel.js';

export function title(data: NotificationData): string {
  const firing = data.alerts.filter((a) => a.status === 'firing').length;
  const name = data.groupLabels.alertname ?? data.commonLabels.alertname ?? Object.values(data.groupLabels).join(' ');
  return `[${data.status.toUpperCase()}${data.status === 'firing' ? `:${firing}` : ''}] ${name}`.trim();
}

function alertLines(a: AlertData): string[] {
  const text = a.annotations.summary ?? a.annotations.description ?? '';
  const labels = Object.entries(a.labels)
    .filter(([k]) => k !== 'alertname')
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return [`- **${a.status === 'firing' ? 'FIRING' : 'RESOLVED'}** ${a.labels.alertname ?? ''}${text ? `: ${text}` : ''}`, `  ${labels}`, `  since ${a.startsAt}${a.status === 'resolved' ? `, resolved ${a.endsAt}` : ''}`];
}

/**
 * The markdown body, at most `maxBytes` bytes of UTF-8 (alerts that do not fit are counted
 * instead); `heading: false` leaves the title out, for messages that show it themselves.
 */
export function markdown(data: NotificationData, maxBytes: number, options: { heading?: boolean } = {}): string {
  const head = options.heading === false ? '' : `### ${title(data)}\n\n`;
  const tail = data.externalURL ? `\n[Sightline](${data.externalURL})` : '';
  const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
  let body = head;
  for (const [i, a] of data.alerts.entries()) {
    const block = `${alertLines(a).join('\n')}\n`;
    const more = `\n…and ${data.alerts.length - i} more\n`;
    if (bytes(body) + bytes(block) + bytes(more) + bytes(tail) > maxBytes) {
      body += more;
      break;
    }
    body += block;
  }
  return body + tail;
}
