/** Version and build facts, read once from package.json beside the code (src/ or dist/). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildInfo {
  version: string;
  revision: string;
  branch: string;
  buildDate: string;
  nodeVersion: string;
}

function readPackageVersion(): string {
  const pkgPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json');
  return (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
}

export const buildInfo: BuildInfo = {
  version: readPackageVersion(),
  revision: process.env.SIGHTLINE_BUILD_REVISION ?? 'unknown',
  branch: process.env.SIGHTLINE_BUILD_BRANCH ?? 'unknown',
  buildDate: process.env.SIGHTLINE_BUILD_DATE ?? 'unknown',
  nodeVersion: process.version,
};
