/**
 * A regex that makes a backtracking engine run for minutes (`(a+)+b` against 34 a's and a c) is
 * answered at once by a real `sightline ingest` on PostgreSQL, and the server keeps answering
 * `/-/healthy` while it runs: every user regex runs on a linear-time RE2 engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOPBACK_OTLP, SightlineProcess } from '../support/cli.js';
import { postgresTestUrl } from '../support/db.js';
import { freePort } from '../support/postgres.js';

const EVIL = `${'a'.repeat(34)}c`;

describe('pathological regexes against a running server', () => {
  let proc: SightlineProcess;
  beforeAll(async () => {
    proc = SightlineProcess.start(['ingest', '--storage', await postgresTestUrl(), ...LOOPBACK_OTLP], await freePort());
    await proc.waitFor('/-/ready');
    const pushed = await fetch(`${proc.url}/api/v1/push/job/dos`, { method: 'POST', body: `dos_value{x="${EVIL}"} 1\n` });
    expect(pushed.status).toBe(200);
  });
  afterAll(async () => {
    const started = Date.now();
    expect(await proc.stop('SIGTERM')).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  /** Runs a query while polling /-/healthy; returns the answer, its time and the slowest health check. */
  async function queryWhileProbing(query: string): Promise<{ status: number; body: any; ms: number; slowestHealthMs: number; healthChecks: number }> {
    let done = false;
    let slowestHealthMs = 0;
    let healthChecks = 0;
    const probe = (async () => {
      while (!done) {
        const started = performance.now();
        const res = await fetch(`${proc.url}/-/healthy`, { signal: AbortSignal.timeout(5_000) });
        expect(res.status).toBe(200);
        slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
        healthChecks++;
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const started = performance.now();
    const res = await fetch(`${proc.url}/api/v1/query?query=${encodeURIComponent(query)}`, { signal: AbortSignal.timeout(20_000) });
    const body = await res.json();
    const ms = performance.now() - started;
    done = true;
    await probe;
    return { status: res.status, body, ms, slowestHealthMs, healthChecks };
  }

  it('answers label_replace with (a+)+b in well under a second, health answering throughout', async () => {
    const r = await queryWhileProbing('label_replace(dos_value, "y", "$1", "x", "(a+)+b")');
    expect(r.status).toBe(200);
    // No match: the series comes back without `y`.
    expect(r.body.data.result).toEqual([{ metric: { __name__: 'dos_value', job: 'dos', x: EVIL }, value: [expect.any(Number), '1'] }]);
    expect(r.ms).toBeLessThan(1000);
    expect(r.healthChecks).toBeGreaterThan(0);
    expect(r.slowestHealthMs).toBeLessThan(1000);
  });

  it('answers label_replace expanding groups as Go does', async () => {
    const r = await queryWhileProbing('label_replace(dos_value, "y", "${1}-$2x-$$", "x", "(a+)(c)")');
    expect(r.status).toBe(200);
    expect(r.body.data.result[0].metric.y).toBe(`${'a'.repeat(34)}--$`);
  });

  // `(a+)+b` goes to PostgreSQL's `~`; `(?:a+)+b` is matched in the server's process.
  it.each(['(a+)+b', '(?:a+)+b'])('answers the matcher {x=~"%s"} at once', async (regex) => {
    const none = await queryWhileProbing(`dos_value{x=~"${regex}"}`);
    expect(none.status).toBe(200);
    expect(none.body.data.result).toEqual([]);
    expect(none.ms).toBeLessThan(1000);
    const one = await queryWhileProbing(`dos_value{x=~"${regex.replace(/b$/, 'c')}"}`);
    expect(one.body.data.result).toHaveLength(1);
    expect(one.ms).toBeLessThan(1000);
  });

  it('refuses RE2-invalid patterns with a 400 and RE2’s message', async () => {
    const backref = await queryWhileProbing('dos_value{x=~"(a)\\\\1"}');
    expect(backref.status).toBe(400);
    expect(backref.body.error).toContain('invalid escape sequence: `\\1`');
    const lookahead = await queryWhileProbing('label_replace(dos_value, "y", "$1", "x", "a(?=b)")');
    expect(lookahead.status).toBe(422);
    expect(lookahead.body.error).toContain('invalid or unsupported Perl syntax: `(?=`');
  });
});
