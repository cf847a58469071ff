/**
 * Writes dist/embedded-template.tar.gz: a freshly initialised embedded (PGlite) data dir, so the
 * first start of `sightline standalone` unpacks it (≈1 s) instead of running initdb (≈5 s).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { repoRoot } from './gen-crds.js';

const db = await PGlite.create();
const blob = await db.dumpDataDir('gzip');
await db.close();
const out = join(repoRoot, 'dist', 'embedded-template.tar.gz');
writeFileSync(out, Buffer.from(await blob.arrayBuffer()));
console.log(`wrote ${out} (${blob.size} bytes)`);
