import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/gen-crds.js';
import { PROTOS_DIR, generateProtos } from '../../../scripts/gen-protos.js';

describe('generated protobuf code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-protos-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is up to date with proto/ (run `npm run proto:gen` after changing a .proto file)', async () => {
    await generateProtos(dir);
    for (const file of ['protos.js', 'protos.d.ts']) {
      expect(readFileSync(join(repoRoot, PROTOS_DIR, file), 'utf8'), `${PROTOS_DIR}/${file}`).toBe(readFileSync(join(dir, file), 'utf8'));
    }
  }, 60_000);
});
