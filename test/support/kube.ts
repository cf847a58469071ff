/**
 * A real kube-apiserver + etcd for integration tests, in the spirit of
 * controller-runtime's envtest: no controllers, no kubelet, no scheduler, just
 * the API server with real storage, real authentication (static admin token,
 * ServiceAccount tokens) and real RBAC.
 *
 * Binaries: kube-apiserver and kubectl are built from Go modules by
 * test/k8s/build.sh into ~/.cache/sightline/k8s/<version>/bin; etcd is Debian's
 * `etcd-server` (installed by test/k8s/ensure.sh) or whatever SIGHTLINE_ETCD names.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, accessSync, constants as fsConstants, openSync, closeSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import yaml from 'js-yaml';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const buildScript = join(repoRoot, 'test/k8s/build.sh');

/** What a test needs to reach the API server; serialisable so vitest can `provide` it. */
export interface KubeCoordinates {
  /** https://127.0.0.1:PORT */
  url: string;
  /** A kubeconfig with one context, `sightline-test`, as the admin user. */
  kubeconfigPath: string;
  /** Bearer token of `sightline-admin`, member of `system:masters`. */
  adminToken: string;
  /** PEM of the CA that signed the serving certificate. */
  caCert: string;
  /** Folder holding kube-apiserver and kubectl. */
  binDir: string;
}

export interface KubeApiServer extends KubeCoordinates {
  /** etcd's client URL (its v3 JSON gateway serves e.g. /v3/kv/compaction). */
  etcdUrl: string;
  /** Kills kube-apiserver and etcd and removes the data folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartKubeOptions {
  /** Use binaries from here instead of running build.sh. Env: SIGHTLINE_KUBE_BIN_DIR. */
  binDir?: string;
  /** Path of the etcd binary. Env: SIGHTLINE_ETCD. Default: etcd in binDir, then PATH. */
  etcdPath?: string;
  /** How long to wait for /readyz. */
  readyTimeoutMs?: number;
  /** Extra kube-apiserver flags (`--name=value`), appended last so they win. */
  extraApiServerArgs?: string[];
}

/** Runs test/k8s/build.sh for one tool (a no-op once built) and returns the folder it printed. */
async function runBuildScript(tool: 'kube' | 'helm', expect: string): Promise<string> {
  // The first build takes minutes: let its progress and errors through to our stderr.
  const stdout = await new Promise<string>((resolveRun, reject) => {
    const child = spawn('bash', [buildScript, tool], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveRun(out) : reject(new Error(`test/k8s/build.sh ${tool} failed (exit ${code})`))));
  });
  const binDir = stdout.trim().split('\n').pop() ?? '';
  if (!existsSync(join(binDir, expect))) throw new Error(`build.sh ${tool} printed no usable bin folder: ${stdout}`);
  return binDir;
}

/** Runs test/k8s/build.sh (a no-op once built) and returns the folder with kube-apiserver and kubectl. */
export async function ensureKubeBinaries(): Promise<string> {
  return process.env.SIGHTLINE_KUBE_BIN_DIR ?? runBuildScript('kube', 'kube-apiserver');
}

/** Path of the helm CLI built from Go modules by `test/k8s/build.sh helm` (a no-op once built). */
export async function ensureHelm(): Promise<string> {
  return join(await runBuildScript('helm', 'helm'), 'helm');
}

function findExecutable(name: string, dirs: string[]): string | undefined {
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

function findEtcd(binDir: string, explicit?: string): string {
  const path = explicit ?? process.env.SIGHTLINE_ETCD;
  if (path) return path;
  // /usr/sbin and /usr/bin are listed because root's PATH under some runners is minimal.
  const dirs = [binDir, ...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin'];
  const found = findExecutable('etcd', dirs);
  if (!found) throw new Error('etcd not found: run test/k8s/ensure.sh (installs Debian etcd-server) or set SIGHTLINE_ETCD');
  return found;
}

/**
 * Free loopback ports, found by binding :0. All are held until every one is known so
 * they differ; another process could still take one before we use it (see the retry
 * in startKubeApiServer).
 */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<Server>((resolveListen, reject) => {
      const server = createServer();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => resolveListen(server));
    })),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((r) => server.close(r))));
  return ports;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Proc {
  child: ChildProcess;
  logPath: string;
  exited: Promise<number | null>;
  spawnError?: Error;
}

function launch(cmd: string, args: string[], logPath: string): Proc {
  // Output goes to a file in the data folder: quiet test output, and readable on failure.
  const fd = openSync(logPath, 'a');
  const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], env: { ...process.env, GOMAXPROCS: process.env.GOMAXPROCS ?? '2' } });
  closeSync(fd);
  const proc: Proc = { child, logPath, exited: Promise.resolve(null) };
  proc.exited = new Promise<number | null>((r) => {
    child.once('exit', (code) => r(code));
    // e.g. ENOENT: without a listener this error event would crash the test process.
    child.once('error', (e) => {
      proc.spawnError = e;
      r(null);
    });
  });
  return proc;
}

async function kill(proc: Proc, graceMs = 5_000): Promise<void> {
  if (proc.spawnError || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const done = await Promise.race([proc.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    proc.child.kill('SIGKILL');
    await proc.exited;
  }
}

async function tail(path: string, lines = 30): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** GET over HTTPS with a bearer token; resolves with the status code and body. */
function httpsGet(url: string, token: string, ca: string | undefined): Promise<{ status: number; body: string }> {
  return new Promise((resolveReq, reject) => {
    const req = request(
      url,
      { headers: { authorization: `Bearer ${token}` }, ca, rejectUnauthorized: ca !== undefined, timeout: 2_000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolveReq({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

async function waitFor<T>(what: string, timeoutMs: number, procs: Proc[], probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    for (const p of procs) {
      if (p.spawnError) throw new Error(`${what}: cannot run ${p.child.spawnfile}: ${p.spawnError.message}`);
      if (p.child.exitCode !== null || p.child.signalCode !== null) {
        throw new Error(`${what}: ${p.child.spawnfile} exited (${p.child.exitCode ?? p.child.signalCode}) while waiting:\n${await tail(p.logPath)}`);
      }
    }
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
    }
    await sleep(50);
  }
  throw new Error(`${what}: not ready after ${timeoutMs} ms (${lastError})\n${procs.map((p) => p.logPath).join(', ')}`);
}

/** A scratch folder; /dev/shm when present so etcd's fsyncs cost nothing. */
async function scratchDir(): Promise<string> {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  try {
    return await mkdtemp(join(base, 'sightline-kube-'));
  } catch {
    return mkdtemp(join(tmpdir(), 'sightline-kube-'));
  }
}

export function kubeconfigYaml(url: string, caCert: string, user: string, token: string): string {
  return yaml.dump({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'sightline-test', cluster: { server: url, 'certificate-authority-data': Buffer.from(caCert).toString('base64') } }],
    users: [{ name: user, user: { token } }],
    contexts: [{ name: 'sightline-test', context: { cluster: 'sightline-test', user } }],
    'current-context': 'sightline-test',
  });
}

/** Starts etcd and kube-apiserver on free loopback ports and waits for /readyz. */
export async function startKubeApiServer(opts: StartKubeOptions = {}): Promise<KubeApiServer> {
  const binDir = opts.binDir ?? (await ensureKubeBinaries());
  const etcdBin = findEtcd(binDir, opts.etcdPath);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(binDir, etcdBin, opts);
    } catch (e) {
      // A port picked by freePorts was taken meanwhile: pick again.
      if (attempt >= 3 || !/address already in use/i.test(String(e))) throw e;
    }
  }
}

async function startOnce(binDir: string, etcdBin: string, opts: StartKubeOptions): Promise<KubeApiServer> {
  const dir = await scratchDir();
  const procs: Proc[] = [];
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killNow);
    // API server first so it does not log etcd connection errors while shutting down.
    for (const p of [...procs].reverse()) await kill(p);
    await rm(dir, { recursive: true, force: true });
  };
  // If the test process dies without calling stop(), do not leave servers behind.
  const killNow = (): void => {
    for (const p of procs) p.child.kill('SIGKILL');
  };
  process.on('exit', killNow);

  try {
    const [etcdPort, peerPort, apiPort] = (await freePorts(3)) as [number, number, number];
    const etcdUrl = `http://127.0.0.1:${etcdPort}`;
    const peerUrl = `http://127.0.0.1:${peerPort}`;
    procs.push(
      launch(
        etcdBin,
        [
          '--name=default',
          `--data-dir=${join(dir, 'etcd')}`,
          `--listen-client-urls=${etcdUrl}`,
          `--advertise-client-urls=${etcdUrl}`,
          `--listen-peer-urls=${peerUrl}`,
          `--initial-advertise-peer-urls=${peerUrl}`,
          `--initial-cluster=default=${peerUrl}`,
          '--logger=zap',
          '--log-level=warn',
          // A lone member: elect itself quickly instead of after the default 1 s timeout.
          '--heartbeat-interval=20',
          '--election-timeout=200',
        ],
        join(dir, 'etcd.log'),
      ),
    );

    // Identities: a static admin token in system:masters (bypasses RBAC by design),
    // and a key pair so the server can mint ServiceAccount tokens (TokenRequest).
    const adminToken = randomBytes(24).toString('hex');
    await writeFile(join(dir, 'tokens.csv'), `${adminToken},sightline-admin,${randomUUID()},"system:masters"\n`, { mode: 0o600 });
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await writeFile(join(dir, 'sa.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    await writeFile(join(dir, 'sa.pub'), publicKey.export({ type: 'spki', format: 'pem' }));


    const url = `https://127.0.0.1:${apiPort}`;
    const certDir = join(dir, 'pki');
    procs.push(
      launch(
        join(binDir, 'kube-apiserver'),
        [
          `--etcd-servers=${etcdUrl}`,
          '--bind-address=127.0.0.1',
          '--advertise-address=127.0.0.1',
          `--secure-port=${apiPort}`,
          // No --tls-cert-file: the server writes a self-signed cert (and its CA) for
          // 127.0.0.1 into --cert-dir, which is all a loopback client needs.
          `--cert-dir=${certDir}`,
          `--token-auth-file=${join(dir, 'tokens.csv')}`,
          '--authorization-mode=RBAC',
          `--service-account-key-file=${join(dir, 'sa.pub')}`,
          `--service-account-signing-key-file=${join(dir, 'sa.key')}`,
          '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
          '--api-audiences=https://kubernetes.default.svc.cluster.local',
          '--service-cluster-ip-range=10.0.0.0/24',
          '--allow-privileged=true',
          // There is no controller-manager to create each namespace's `default`
          // ServiceAccount, so the ServiceAccount plugin would reject every Pod.
          '--disable-admission-plugins=ServiceAccount',
          // Nothing routes to the advertised address; skip maintaining its Endpoints.
          '--endpoint-reconciler-type=none',
          '--profiling=false',
          // API Priority and Fairness only matters under contention; skipping it
          // removes its bootstrap post-start hook from the path to /readyz.
          '--enable-priority-and-fairness=false',
          '--v=1',
          ...(opts.extraApiServerArgs ?? []),
        ],
        join(dir, 'kube-apiserver.log'),
      ),
    );

    // kube-apiserver is launched without waiting for etcd (its client retries), which
    // overlaps their start-up; a dead etcd still fails fast here.
    await waitFor('etcd', 30_000, procs, async () => {
      const res = await fetch(`${etcdUrl}/health`);
      return res.ok ? true : undefined;
    });

    // The serving cert file holds the leaf then its CA; trust the CA.
    const certFile = join(certDir, 'apiserver.crt');
    const caCert = await waitFor('kube-apiserver certificate', 30_000, procs, async () => {
      if (!existsSync(certFile)) return undefined;
      const pems = (await readFile(certFile, 'utf8')).match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g);
      return pems && pems.length > 0 ? pems[pems.length - 1] : undefined;
    });
    await waitFor('kube-apiserver /readyz', opts.readyTimeoutMs ?? 60_000, procs, async () => {
      const res = await httpsGet(`${url}/readyz?verbose`, adminToken, caCert);
      if (res.status === 200) return true;
      throw new Error(`readyz ${res.status}: ${res.body.slice(0, 500)}`);
    });

    const kubeconfigPath = join(dir, 'kubeconfig');
    await writeFile(kubeconfigPath, kubeconfigYaml(url, caCert, 'sightline-admin', adminToken), { mode: 0o600 });
    return { url, kubeconfigPath, adminToken, caCert, binDir, etcdUrl, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** A KubeConfig for @kubernetes/client-node that authenticates with `token`. */
export function kubeConfigFor(coords: Pick<KubeCoordinates, 'url' | 'caCert'>, token: string, user = 'test-user'): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromString(kubeconfigYaml(coords.url, coords.caCert, user, token));
  return kc;
}

/** The admin's KubeConfig (system:masters). */
export function adminKubeConfig(coords: KubeCoordinates): KubeConfig {
  return kubeConfigFor(coords, coords.adminToken, 'sightline-admin');
}

/**
 * Mints a token for ServiceAccount `namespace/name` through the TokenRequest API, so a
 * test can act as that ServiceAccount (e.g. run the operator with least privilege).
 * The ServiceAccount must exist; `ensure: true` creates it first.
 */
export async function createServiceAccountToken(
  coords: KubeCoordinates,
  namespace: string,
  name: string,
  opts: { ensure?: boolean; expirationSeconds?: number } = {},
): Promise<string> {
  const core = adminKubeConfig(coords).makeApiClient(CoreV1Api);
  if (opts.ensure) {
    try {
      await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name } } });
    } catch (e) {
      if ((e as { code?: number }).code !== 409) throw e;
    }
  }
  const res = await core.createNamespacedServiceAccountToken({
    name,
    namespace,
    body: { spec: { audiences: [], expirationSeconds: opts.expirationSeconds ?? 3600 } },
  });
  const token = res.status?.token;
  if (!token) throw new Error(`TokenRequest for ${namespace}/${name} returned no token`);
  return token;
}

/** A namespace name unique to this run, for test isolation on a shared server. */
export function uniqueNamespace(prefix = 'test'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}
