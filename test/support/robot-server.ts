/**
 * What the local stand-ins for chat robots (DingTalk, Feishu) share: an HTTP server on loopback
 * that answers every POST with 200 and a JSON reply carrying the service's own result code, the
 * messages it accepted, the codes it refused with, and the send times its rate limits count.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export abstract class RobotServer<M> {
  readonly accepted: M[] = [];
  readonly refused: number[] = [];
  private server?: Server;
  /** Send times of the last minute, oldest first. */
  private readonly times: number[] = [];
  url = '';

  constructor(
    readonly token: string,
    readonly secret: string,
  ) {}

  /** The path (and query) of the robot's URL. */
  protected abstract path(): string;

  /** The reply to one request: `code` 0 accepts `message`. */
  protected abstract check(req: IncomingMessage, body: Buffer): { code: number; reply: object; message?: M };

  /** Records a send now unless `limited` says the sends of the last minute (oldest first) are too many. */
  protected withinRate(limited: (lastMinute: readonly number[], now: number) => boolean): boolean {
    const now = Date.now();
    while (this.times.length > 0 && this.times[0]! <= now - 60_000) this.times.shift();
    if (limited(this.times, now)) return false;
    this.times.push(now);
    return true;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const { code, reply, message } = this.check(req, Buffer.concat(chunks));
        if (code === 0) this.accepted.push(message!);
        else this.refused.push(code);
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${this.path()}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
