import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipLimited } from '../../../src/util/gzip.js';

// Text compresses ~20×: 'small' stays under the inline threshold, 'large' goes to the thread pool.
const small = Buffer.from('metric_total{a="b"} 1\n'.repeat(1000));
const large = Buffer.concat([randomBytes(100_000).toString('hex'), 'x'.repeat(100)].map((s) => Buffer.from(s)));

describe('gunzipLimited', () => {
  it.each([
    ['inline', small],
    ['thread pool', large],
  ])('inflates a %s body exactly, and stops at the size limit', async (_path, raw) => {
    const body = gzipSync(raw);
    expect((await gunzipLimited(body, 0)).equals(raw)).toBe(true);
    expect((await gunzipLimited(body, raw.length)).equals(raw)).toBe(true);
    await expect(gunzipLimited(body, raw.length - 1)).rejects.toMatchObject({ code: 'ERR_BUFFER_TOO_LARGE' });
  });

  it('inflates multi-member bodies, whose trailer gives only the last member length', async () => {
    const body = Buffer.concat([gzipSync(small), gzipSync(Buffer.from('tail\n'))]);
    expect((await gunzipLimited(body, 0)).toString()).toBe(`${small.toString()}tail\n`);
  });

  it('rejects a corrupt body', async () => {
    const body = gzipSync(small);
    const i = body.length - 9;
    body.writeUInt8(body.readUInt8(i) ^ 0xff, i);
    await expect(gunzipLimited(body, 0)).rejects.toThrow();
    await expect(gunzipLimited(Buffer.from('not gzip'), 0)).rejects.toThrow(/header/);
  });
});
