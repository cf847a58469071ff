import { arr, bool, conditions, duration, enumOf, int, obj, observedGeneration, readyColumns, secretKeyRef, str, type KindDefinition, type Schema } from '../schema.js';

const TYPES = ['webhook', 'slack', 'email', 'dingtalk', 'wecom', 'feishu', 'pagerduty', 'alertmanager'];

const url = (description: string): Schema => str(description, { pattern: '^https?://', maxLength: 2048 });
const urlOrSecret = (what: string): Record<string, Schema> => ({
  url: url(`${what} URL. Use urlSecret instead when the URL carries a token.`),
  urlSecret: secretKeyRef(`Secret key holding the ${what} URL.`),
});
const oneUrl = { rule: 'has(self.url) != has(self.urlSecret)', message: 'exactly one of url and urlSecret must be set' };

export const notificationChannel: KindDefinition = {
  kind: 'NotificationChannel',
  plural: 'notificationchannels',
  singular: 'notificationchannel',
  shortNames: ['nc'],
  description:
    'NotificationChannel is a destination for alert notifications (webhook, Slack, email, DingTalk, WeCom, Feishu, PagerDuty or an Alertmanager), with the alerts it accepts and how they are grouped.',
  spec: obj(
    'Desired notification routing.',
    {
      type: enumOf('Kind of destination; the settings field of the same name must be set.', TYPES),
      webhook: obj('Generic JSON webhook (Alertmanager webhook payload).', {
        ...urlOrSecret('Webhook'),
        maxAlerts: int('Maximum alerts per message; 0 means no limit.', { minimum: 0, default: 0 }),
        signingSecret: secretKeyRef('Secret key holding an HMAC key: each request then carries X-Sightline-Timestamp (unix seconds) and X-Sightline-Signature = hex(HMAC-SHA256(key, timestamp + ":" + body)), Grafana\'s scheme.'),
      }, { 'x-kubernetes-validations': [oneUrl] }),
      slack: obj('Slack incoming webhook.', {
        urlSecret: secretKeyRef('Secret key holding the Slack webhook URL.'),
        channel: str('Channel to post to, overriding the webhook\'s default.'),
        username: str('Name the messages are posted as.'),
      }, { required: ['urlSecret'] }),
      email: obj('Email through an SMTP server.', {
        to: arr('Recipients.', str('An email address.', { maxLength: 320 }), { minItems: 1, maxItems: 64 }),
        from: str('Sender address.', { maxLength: 320 }),
        smarthost: str('SMTP server as host:port.', { pattern: '^[^\\s/]+:[0-9]{1,5}$' }),
        username: str('SMTP user name.'),
        passwordSecret: secretKeyRef('Secret key holding the SMTP password.'),
        requireTLS: bool('Require STARTTLS.', { default: true }),
      }, { required: ['to', 'from', 'smarthost'] }),
      dingtalk: obj('DingTalk group robot.', {
        ...urlOrSecret('Robot webhook'),
        signingSecret: secretKeyRef('Secret key holding the robot\'s signing secret (SEC…), when signing is enabled.'),
        atMobiles: arr('Mobile numbers to @mention.', str('A mobile number.', { maxLength: 32 }), { maxItems: 64 }),
        atAll: bool('@mention everyone.', { default: false }),
      }, { 'x-kubernetes-validations': [oneUrl] }),
      wecom: obj('WeCom (WeChat Work) group robot.', {
        ...urlOrSecret('Robot webhook'),
        mentionedMobiles: arr('Mobile numbers to @mention.', str('A mobile number.', { maxLength: 32 }), { maxItems: 64 }),
      }, { 'x-kubernetes-validations': [oneUrl] }),
      feishu: obj('Feishu (Lark) custom bot.', {
        ...urlOrSecret('Bot webhook'),
        signingSecret: secretKeyRef('Secret key holding the bot\'s signing secret, when signature verification is enabled.'),
      }, { 'x-kubernetes-validations': [oneUrl] }),
      pagerduty: obj('PagerDuty Events API v2.', {
        routingKeySecret: secretKeyRef('Secret key holding the integration routing key.'),
        url: url('Events API endpoint.', ),
        severity: enumOf('Severity sent when the alert has no severity label.', ['critical', 'error', 'warning', 'info'], { default: 'error' }),
      }, { required: ['routingKeySecret'] }),
      alertmanager: obj('Forward alerts to an Alertmanager\'s v2 API.', {
        url: url('Alertmanager base URL, e.g. http://alertmanager:9093.'),
        bearerTokenSecret: secretKeyRef('Secret key holding a bearer token.'),
      }, { required: ['url'] }),
      matchers: arr(
        'Alerts this channel receives; all matchers must match. Empty accepts every alert routed to it.',
        obj(
          'One label matcher.',
          {
            name: str('Label name.', { pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$', maxLength: 256 }),
            value: str('Value or RE2 regex.', { maxLength: 1024 }),
            matchType: enumOf('How the value is compared.', ['=', '!=', '=~', '!~'], { default: '=' }),
          },
          { required: ['name', 'value'] },
        ),
        { maxItems: 32 },
      ),
      groupBy: arr('Labels alerts are grouped by into one notification; ["..."] groups by all labels.', str('A label name.', { maxLength: 256 }), { maxItems: 32 }),
      groupWait: duration('How long to wait to batch the first notification of a new group.', { default: '30s' }),
      groupInterval: duration('How long to wait before notifying about new alerts in a group already notified.', { default: '5m' }),
      repeatInterval: duration('How long to wait before repeating a notification that has not changed.', { default: '4h' }),
      sendResolved: bool('Also notify when alerts resolve.', { default: true }),
    },
    {
      required: ['type'],
      'x-kubernetes-validations': TYPES.map((t) => ({
        rule: `self.type != '${t}' || has(self.${t})`,
        message: `${t} settings are required when type is ${t}`,
      })),
    },
  ),
  status: obj('Observed delivery state.', {
    observedGeneration: observedGeneration(),
    conditions: conditions(),
    lastDeliveryTime: str('When a notification was last delivered.', { format: 'date-time' }),
    sent: int('Notifications delivered since the controller started.', { minimum: 0 }),
    failed: int('Notifications that failed after retries since the controller started.', { minimum: 0 }),
    lastError: str('The last delivery error.', { maxLength: 4096 }),
  }),
  printerColumns: [
    { name: 'Type', type: 'string', jsonPath: '.spec.type', description: 'Destination kind.' },
    { name: 'Sent', type: 'integer', jsonPath: '.status.sent', description: 'Notifications delivered.' },
    { name: 'Failed', type: 'integer', jsonPath: '.status.failed', description: 'Notifications that failed.' },
    ...readyColumns,
  ],
};
