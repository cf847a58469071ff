/**
 * A local stand-in for DingTalk's robot endpoint (POST /robot/send?access_token=…), checking what
 * the real one checks, as its documentation describes: the access token; with signing, a
 * `timestamp` in milliseconds within an hour of its clock and `sign` = base64(HMAC-SHA256(secret,
 * timestamp + "\n" + secret)); a JSON body of a known msgtype; at most 20 messages a minute per
 * robot. Like DingTalk it answers HTTP 200 with `errcode` (0 = ok, 310000 sign mismatch, 130101
 * too fast, 300001 bad token, 40035 bad body).
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface DingTalkMessage {
  msgtype: string;
  markdown: { title: string; text: string };
  at: { atMobiles: string[]; isAtAll: boolean };
}

export class DingTalkServer {
  readonly accepted: DingTalkMessage[] = [];
  readonly refused: number[] = [];
  private readonly times: number[] = [];
  private server?: Server;
  url = '';

  constructor(
    readonly token: string,
    readonly secret: string,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const reply = this.check(req.method ?? '', req.url ?? '', req.headers['content-type'] ?? '', Buffer.concat(chunks).toString('utf8'));
        if (reply.errcode !== 0) this.refused.push(reply.errcode);
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/robot/send?access_token=${this.token}`;
  }

  private check(method: string, path: string, contentType: string, raw: string): { errcode: number; errmsg: string } {
    const url = new URL(path, 'http://x');
    if (method !== 'POST' || url.pathname !== '/robot/send') return { errcode: 40035, errmsg: 'bad request' };
    if (url.searchParams.get('access_token') !== this.token) return { errcode: 300001, errmsg: 'token is not exist' };
    const ts = url.searchParams.get('timestamp') ?? '';
    const sign = url.searchParams.get('sign') ?? '';
    const expected = createHmac('sha256', this.secret).update(`${ts}\n${this.secret}`).digest('base64');
    if (!/^\d{13}$/.test(ts) || Math.abs(Number(ts) - Date.now()) > 3600_000 || sign !== expected) {
      return { errcode: 310000, errmsg: 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]' };
    }
    if (!contentType.startsWith('application/json')) return { errcode: 40035, errmsg: 'content-type must be application/json' };
    let body: DingTalkMessage;
    try {
      body = JSON.parse(raw) as DingTalkMessage;
    } catch {
      return { errcode: 40035, errmsg: 'body is not JSON' };
    }
    if (body.msgtype !== 'markdown' || typeof body.markdown?.title !== 'string' || typeof body.markdown?.text !== 'string' || body.markdown.text === '') {
      return { errcode: 40035, errmsg: 'missing markdown title or text' };
    }
    const now = Date.now();
    while (this.times.length > 0 && this.times[0]! <= now - 60_000) this.times.shift();
    if (this.times.length >= 20) return { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' };
    this.times.push(now);
    this.accepted.push(body);
    return { errcode: 0, errmsg: 'ok' };
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
