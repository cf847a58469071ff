/** Debian's Lua 5.1 interpreter, the language version Argo CD's health checks run in (gopher-lua). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

const LUA = '/usr/bin/lua5.1';

/** Path of lua5.1, installed with apt-get when missing (as scripts/ensure-system-deps.sh does). */
export function ensureLua(): string {
  if (!existsSync(LUA)) {
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'lua5.1'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return LUA;
}

/** A Lua literal for a JSON value, as Argo CD hands the object to the script (a table). */
function lua(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    // Byte escapes: Lua 5.1 strings know \ddd but not \u.
    return `"${[...Buffer.from(value, 'utf8')].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\${b}`)).join('')}"`;
  }
  if (Array.isArray(value)) return `{${value.map(lua).join(', ')}}`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `[${lua(k)}] = ${lua(v)}`).join(', ')}}`;
}

/** Runs config/argocd/health.lua on an object as Argo CD does: `obj` global, the script's return value. */
export function argocdHealth(obj: unknown): { status: string; message: string } {
  const script = readFileSync(join(repoRoot, 'config/argocd/health.lua'), 'utf8');
  const program = `obj = ${lua(obj)}\nlocal function check()\n${script}\nend\nlocal hs = check()\nio.write(hs.status, "\\t", hs.message or "")\n`;
  const out = execFileSync(ensureLua(), ['-'], { input: program, encoding: 'utf8' });
  const [status = '', message = ''] = out.split('\t');
  return { status, message };
}
