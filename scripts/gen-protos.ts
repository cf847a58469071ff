/**
 * Compiles proto/ into static protobufjs code: src/ingest/generated/protos.{js,d.ts}.
 * `npm run proto:gen` writes them; `generateProtos(dir)` is also used by the freshness test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pbjs, pbts } from 'protobufjs-cli';
import { repoRoot } from './gen-crds.js';

export const PROTOS_DIR = 'src/ingest/generated';

const SOURCES = [
  'opentelemetry/proto/collector/metrics/v1/metrics_service.proto',
  'google/rpc/status.proto',
  'google/rpc/error_details.proto',
  'prometheus/remote.proto',
  'io/prometheus/write/v2/types.proto',
];

function run(main: (args: string[], cb: (err: Error | null) => void) => void, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => main(args, (err) => (err ? reject(err) : resolve())));
}

/** Writes protos.js and protos.d.ts into `outDir`. */
export async function generateProtos(outDir: string): Promise<void> {
  const js = join(outDir, 'protos.js');
  const protoRoot = join(repoRoot, 'proto');
  await run(pbjs.main, [
    '-t', 'static-module', '-w', 'es6', '--es6', '--dependency', 'protobufjs/minimal.js',
    '--no-verify', '--no-delimited', '--no-service', '-p', protoRoot, '-o', js,
    ...SOURCES.map((s) => join(protoRoot, s)),
  ]);
  await run(pbts.main, ['--no-comments', '-o', join(outDir, 'protos.d.ts'), js]);
  // protobufjs/minimal is CommonJS: take its module.exports as the default import.
  writeFileSync(js, readFileSync(js, 'utf8').replace(/^import \* as \$protobuf from/m, 'import $protobuf from'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await generateProtos(join(repoRoot, PROTOS_DIR));
  console.log(`wrote ${PROTOS_DIR}/protos.js and protos.d.ts`);
}
