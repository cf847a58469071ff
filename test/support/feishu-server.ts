/**
 * A local stand-in for a Feishu custom bot (POST /open-apis/bot/v2/hook/{token}), checking what
 * Feishu checks, as its documentation describes: the token; with signing, `timestamp` in seconds
 * within an hour of its clock and `sign` = base64(HMAC-SHA256(key = timestamp + "\n" + secret,
 * message = "")) in the body; a body of at most 20 KB with a known msg_type (an interactive card
 * needs a header title and elements); at most 5 messages a second and 100 a minute. Like Feishu it
 * answers HTTP 200 with `code` (0 success, 19021 sign match fail, 9499 bad request, 11232 frequency
 * limited).
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface FeishuCard {
  header: { title: { tag: string; content: string }; template: string };
  elements: { tag: string; text: { tag: string; content: string } }[];
}

export class FeishuServer {
  readonly accepted: FeishuCard[] = [];
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
        const reply = this.check(req.method ?? '', req.url ?? '', Buffer.concat(chunks));
        if (reply.code !== 0) this.refused.push(reply.code);
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/open-apis/bot/v2/hook/${this.token}`;
  }

  private check(method: string, path: string, raw: Buffer): { code: number; msg: string; data?: object } {
    if (method !== 'POST' || path !== `/open-apis/bot/v2/hook/${this.token}`) return { code: 19001, msg: 'param invalid: incoming webhook access token invalid' };
    if (raw.length > 20 * 1024) return { code: 9499, msg: 'request body too large' };
    let body: { timestamp?: string; sign?: string; msg_type?: string; card?: FeishuCard };
    try {
      body = JSON.parse(raw.toString('utf8')) as typeof body;
    } catch {
      return { code: 9499, msg: 'Bad Request' };
    }
    const ts = body.timestamp ?? '';
    const expected = createHmac('sha256', `${ts}\n${this.secret}`).update('').digest('base64');
    if (!/^\d{10}$/.test(ts) || Math.abs(Number(ts) * 1000 - Date.now()) > 3600_000 || body.sign !== expected) {
      return { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' };
    }
    const card = body.card;
    if (body.msg_type !== 'interactive' || typeof card?.header?.title?.content !== 'string' || !Array.isArray(card.elements) || card.elements.length === 0) {
      return { code: 9499, msg: 'Bad Request' };
    }
    const now = Date.now();
    while (this.times.length > 0 && this.times[0]! <= now - 60_000) this.times.shift();
    if (this.times.length >= 100 || this.times.filter((t) => t > now - 1000).length >= 5) return { code: 11232, msg: 'frequency limited psm[lark.oapi.app_platform_runtime]appID[1]' };
    this.times.push(now);
    this.accepted.push(card);
    return { code: 0, msg: 'success', data: {} };
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
