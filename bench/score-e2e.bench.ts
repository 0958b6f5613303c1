/**
 * Score job, end to end (issue 4). No assertions: figures and goals, printed.
 * 1. Rate against the fake EspoCRM (msw in node): the job (reads in batches, scoring, changed-only PATCHes)
 *    vs a bare axios loop replaying exactly the requests the job sent (same URLs, headers, bodies, 4 PATCHes
 *    in flight like the client's limiter). Ratio job/bare, goal ≥ 0.9.
 * 2. Peak memory scoring a 1M-row CSV dataset from the sample generator (270 000 contacts with their vehicles,
 *    purchases, accounts and leads), dry run, Node's default heap sizing: the job alone in a bundled child (twice:
 *    V8's collection timing moves the peak), then the real `autocible score` command, twice too (the CLI's esbuild
 *    bundle, built beforehand as its first start would), whose CLI modules add their own share, printed beside it.
 *    About 6 minutes here. The peaks rise by 10 to 20 MB while other work loads the machine (the collector's
 *    threads fall behind): run it on a quiet machine.
 *    `AUTOCIBLE_BENCH_SCORE_CONTACTS=50000` runs a smaller one and prints a linear extrapolation to 1M rows.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import { build } from 'esbuild';
import { setupServer } from 'msw/node';
import { ensureBundle } from '../bin/cli-bundle.mjs';
import { DEFAULT_MODELS } from '../src/core/scoring';
import { createEspoClient, RestGateway } from '../src/server/espo';
import { SILENT_LOGGER } from '../src/server/jobs';
import { GatewaySource, runScoreJob } from '../src/server/jobs/score';
import { DEFAULT_SAMPLE_OPTIONS, generateSample } from '../src/server/sample';
import { createFakeEspo, DEFAULT_USERS, FAKE_CREDENTIALS } from '../test/msw/fake-espo';
import type { FakeEspo, FakeRequest } from '../test/msw/fake-espo';
import { scoringEntities } from '../test/server/jobs/score/fake-espo';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2025-03-15';
const PEOPLE = Number(process.env.AUTOCIBLE_BENCH_E2E_CONTACTS ?? 3000);
const ROUNDS = Number(process.env.AUTOCIBLE_BENCH_E2E_ROUNDS ?? 3);
const ctx = (): Parameters<typeof runScoreJob>[1] => ({ signal: new AbortController().signal, progress: () => undefined, log: SILENT_LOGGER, dryRun: false, now: () => new Date('2025-03-15T08:00:00Z') });
const hex = (prefix: string, i: number): string => `${prefix}${i.toString(16).padStart(16, '0')}`;

/** Private customers with a car each, and fleets of 3 vans with 2 contacts. */
function dataset(people: number): Record<string, Record<string, unknown>[]> {
  const fleets = Math.max(1, Math.floor(people / 10));
  const contacts = Array.from({ length: people }, (_, i) => ({
    id: hex('c', i), lastName: `Client ${i}`, autoCibleCustomerKind: i < fleets * 2 ? 'PROFESSIONNEL' : 'PARTICULIER',
    ...(i < fleets * 2 ? { accountId: hex('a', Math.floor(i / 2)), autoCibleRole: i % 2 === 0 ? 'RESP_PARC' : 'DAF' } : { autoCibleLifecycleStage: 'CLIENT' }),
  }));
  const cars = contacts.map((c, i) => ({ id: hex('v', i), name: 'Car', contactId: c.id, category: 'VP', mecDate: `20${10 + (i % 14)}-0${1 + (i % 9)}-15`, mileage: (i * 7919) % 200_000, financingMode: i % 3 === 0 ? 'LLD' : null, financingEndDate: i % 3 === 0 ? `2025-0${1 + (i % 9)}-20` : null }));
  const accounts = Array.from({ length: fleets }, (_, i) => ({ id: hex('a', i), name: `Fleet ${i}`, autoCibleFleetSize: 5 + (i % 60), autoCibleCompanyType: 'PME' }));
  const vans = accounts.flatMap((a, i) => [0, 1, 2].map((k) => ({ id: hex('w', i * 3 + k), name: 'Van', accountId: a.id, category: 'VUL', mecDate: '2021-05-03', financingMode: 'LLD', financingEndDate: '2025-05-12' })));
  return { Contact: contacts, Account: accounts, AutoCibleVehicle: [...cars, ...vans] };
}

function freshFake(server: ReturnType<typeof setupServer>, data: Record<string, Record<string, unknown>[]>): FakeEspo {
  const fake = createFakeEspo({ users: DEFAULT_USERS, entities: scoringEntities(), now: () => new Date('2025-03-15T08:00:00Z') });
  for (const [type, records] of Object.entries(data)) fake.seed(type, records);
  server.resetHandlers(...fake.handlers);
  return fake;
}

async function jobRun(fake: FakeEspo): Promise<{ ms: number; records: number }> {
  const gateway = new RestGateway(createEspoClient({ baseUrl: fake.baseUrl, auth: { kind: 'apiKey', apiKey: FAKE_CREDENTIALS.apiKey }, retry: false }));
  const started = performance.now();
  const report = await runScoreJob({ source: new GatewaySource(gateway, 'bench'), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full' }, ctx());
  return { ms: performance.now() - started, records: report.scored };
}

/** The job's requests replayed by hand: GETs in order, PATCH runs 4 at a time. */
async function bareRun(fake: FakeEspo, recorded: readonly FakeRequest[], bodies: ReadonlyMap<string, unknown>): Promise<number> {
  const http = axios.create({ baseURL: fake.apiUrl });
  const headers = (r: FakeRequest) => Object.fromEntries(Object.entries(r.headers).filter(([k]) => ['x-api-key', 'x-no-total', 'content-type'].includes(k)));
  const started = performance.now();
  for (let i = 0; i < recorded.length;) {
    const request = recorded[i] as FakeRequest;
    if (request.method !== 'PATCH') {
      await http.get(`${request.path}${request.search}`, { headers: headers(request) });
      i += 1;
      continue;
    }
    let j = i;
    while (j < recorded.length && recorded[j]?.method === 'PATCH') j += 1;
    const patches = recorded.slice(i, j);
    for (let k = 0; k < patches.length; k += 4) {
      await Promise.all(patches.slice(k, k + 4).map((p) => http.patch(p.path, bodies.get(p.path), { headers: headers(p) })));
    }
    i = j;
  }
  return performance.now() - started;
}

async function e2e(): Promise<void> {
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  const data = dataset(PEOPLE);
  try {
    // Warm-up, not measured: JIT compilation of the job, the client and the fake.
    await jobRun(freshFake(server, dataset(Math.min(PEOPLE, 500))));
    const ratios: number[] = [];
    let line = '';
    for (let round = 0; round < ROUNDS; round += 1) {
      const fake = freshFake(server, data);
      const job = await jobRun(fake);
      const recorded = [...fake.requests];
      const bodies = new Map(fake.writes.flatMap((w) => (w.kind === 'update' ? [[`${w.entityType}/${w.id}`, w.attributes] as const] : [])));
      const bareMs = await bareRun(freshFake(server, data), recorded, bodies);
      ratios.push(bareMs / job.ms);
      line = `last round: ${job.records} records, ${recorded.length} requests (${bodies.size} PATCH): job ${Math.round(job.records / (job.ms / 1000))} rec/s, bare ${Math.round(job.records / (bareMs / 1000))} rec/s`;
    }
    const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)] ?? 0;
    process.stdout.write(`score-e2e: ${line}\nscore-e2e: rate ratio job/bare (median of ${ROUNDS}) ${median.toFixed(2)}  (goal ≥ 0.9)\n`);
  } finally {
    server.close();
  }
}

/**
 * The job alone: bundled with esbuild and run by plain node in a child process, so its RSS is the job's without
 * the bench's msw and tsx. Set up as \`autocible score\` runs it: zod's interpreted parsers (the CLI's main sets
 * them), the job's own modules rather than its index (which would load axios for the EspoCRM connection), and
 * the young generation held at 8 MiB a semi-space (src/server/young-generation.ts, also set by the CLI's main). It
 * prints its figures as JSON: the peak RSS, and the heap and typed arrays at that peak.
 */
const CHILD = `
import { config } from 'zod';
import { DEFAULT_MODELS } from './src/core/scoring';
import { CsvDirReader } from './src/server/jobs/score/file-rows';
import { FileSource } from './src/server/jobs/score/file-source';
import { runScoreJob } from './src/server/jobs/score/run-score-job';
import { capYoungGeneration } from './src/server/young-generation';
config({ jitless: true });
capYoungGeneration();
void (async () => {
  // Sampled RSS and the high-water mark, not resourceUsage().maxRSS: on Linux a child's maxRSS starts at its
  // parent's size at fork. The heap and typed arrays are those of the highest sample.
  const baseline = process.memoryUsage().rss;
  let peak = process.memoryUsage();
  const sampler = setInterval(() => { const now = process.memoryUsage(); if (now.rss > peak.rss) peak = now; }, 10);
  const started = performance.now();
  const report = await runScoreJob({ source: new FileSource(new CsvDirReader(process.argv[2])), models: DEFAULT_MODELS, today: '2026-06-30', mode: 'full' },
    { signal: new AbortController().signal, progress: () => undefined, log: { debug() {}, info() {}, warn() {} }, dryRun: true, now: () => new Date() });
  clearInterval(sampler);
  const end = process.memoryUsage();
  if (end.rss > peak.rss) peak = end;
  const mb = (bytes) => bytes / 2 ** 20;
  // Linux: the kernel's high-water mark (reset by exec, unlike maxRSS) also sees spikes between two samples.
  let hwm = 0;
  try { hwm = Number(/VmHWM:\\s+(\\d+) kB/.exec(require('node:fs').readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024; } catch {}
  process.stdout.write(JSON.stringify({ scored: report.scored, ms: performance.now() - started, baselineMb: mb(baseline), peakMb: mb(Math.max(peak.rss, hwm)), heapMb: mb(peak.heapTotal), typedMb: mb(peak.arrayBuffers) }));
})();
`;

interface JobRun {
  readonly scored: number;
  readonly ms: number;
  readonly baselineMb: number;
  readonly peakMb: number;
  /** V8 heap (committed) and typed arrays at the peak. */
  readonly heapMb: number;
  readonly typedMb: number;
}

interface Dataset {
  readonly dir: string;
  readonly rows: number;
}

async function sampleDataset(root: string, contacts: number): Promise<Dataset> {
  const out = join(root, `data-${contacts}`);
  const summary = await generateSample({ ...DEFAULT_SAMPLE_OPTIONS, out, contacts, readme: false });
  return { dir: out, rows: Object.values(summary.rows).reduce((a, b) => a + b, 0) };
}

function runJob(child: string, dataset: Dataset): JobRun {
  const run = spawnSync(process.execPath, [child, dataset.dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`memory child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as JobRun;
}

/** Linux: the kernel's high-water mark of a process's RSS (`VmHWM`), in MB; undefined elsewhere or once it is gone. */
async function highWaterMb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

/**
 * The real command, exactly as a user types it (`node bin/autocible.mjs score …`, run from its bundle): its
 * peak RSS polled from /proc every 50 ms (the high-water mark never goes down, so polling misses only the last
 * few ms). Undefined when /proc is not there (not Linux).
 */
async function runCli(args: readonly string[]): Promise<{ peakMb: number | undefined; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/autocible.mjs'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  let peakMb: number | undefined;
  const poll = setInterval(() => void highWaterMb(child.pid ?? 0).then((mb) => void (peakMb = mb ?? peakMb)), 50);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(poll);
  if (code !== 0) throw new Error(`autocible ${args.join(' ')} exited with ${code}: ${stderr}`);
  return { peakMb, ms: performance.now() - started };
}

const mbText = (mb: number | undefined): string => (mb === undefined ? 'not measured (needs Linux /proc)' : `${Math.round(mb)} MB`);
const rowsText = (rows: number): string => rows.toLocaleString('en-GB');

async function memory(): Promise<void> {
  // About 3.7 CSV rows per contact (vehicles, purchases, accounts, leads): 270 000 contacts make just over 1M rows.
  const contacts = Number(process.env.AUTOCIBLE_BENCH_SCORE_CONTACTS ?? 270_000);
  const root = await mkdtemp(join(tmpdir(), 'autocible-score-memory-'));
  const child = join(root, 'child.cjs');
  try {
    await build({ stdin: { contents: CHILD, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'error' });
    const large = await sampleDataset(root, contacts);
    // V8 collects the old generation when it reaches a limit it sets from its own timings: the peak of one run
    // can differ from the next by 20 MB. Two runs, both printed; the higher one is the figure.
    const runs = [runJob(child, large), runJob(child, large)];
    for (const [i, m] of runs.entries()) {
      process.stdout.write(`score-memory: job alone (bundled, node defaults), run ${i + 1}: ${rowsText(large.rows)} CSV rows (${rowsText(m.scored)} scored) in ${(m.ms / 1000).toFixed(1)} s, peak RSS ${Math.round(m.peakMb)} MB (${Math.round(m.baselineMb)} MB before reading; at the peak: V8 heap ${Math.round(m.heapMb)} MB, typed arrays ${Math.round(m.typedMb)} MB)\n`);
    }
    let jobAt1M = Math.max(...runs.map((m) => m.peakMb));
    let how = 'measured, the higher of the two runs';
    if (large.rows < 1_000_000) {
      const small = await sampleDataset(root, Math.max(1, Math.round(contacts / 2)));
      const half = runJob(child, small);
      process.stdout.write(`score-memory: job alone, half size: ${rowsText(small.rows)} CSV rows, peak RSS ${Math.round(half.peakMb)} MB\n`);
      const slope = (jobAt1M - half.peakMb) / Math.max(1, large.rows - small.rows);
      jobAt1M += slope * (1_000_000 - large.rows);
      how = `EXTRAPOLATED linearly from ${rowsText(small.rows)} and ${rowsText(large.rows)} rows (${(slope * 1e6).toFixed(0)} MB per million rows)`;
    }
    process.stdout.write(`score-memory: job alone, peak RSS for about 1,000,000 rows ≈ ${Math.round(jobAt1M)} MB, ${how}  (goal ≤ 150 MB)\n`);
    const state = join(root, 'state.json');
    // Built here if stale, so the runs below measure a start that reuses the bundle, as all but the first do.
    await ensureBundle({ root: ROOT });
    // Two runs as for the job alone: the higher peak is the figure.
    const args = ['score', '--dir', large.dir, '--offline', '--dry-run', '--json', '--today', '2026-06-30', '--state', state];
    const cliRuns = [await runCli(args), await runCli(args)];
    const idle = await runCli(['score', '--help']);
    const scope = large.rows < 1_000_000 ? `on ${rowsText(large.rows)} rows, not extrapolated; the goal ≤ 150 MB is for 1M` : `on ${rowsText(large.rows)} rows  (goal ≤ 150 MB)`;
    const peaks = cliRuns.map((run) => run.peakMb);
    const highest = peaks.some((mb) => mb === undefined) ? undefined : Math.max(...peaks.map((mb) => mb ?? 0));
    process.stdout.write(`score-memory: real command \`node bin/autocible.mjs score --dir … --offline --dry-run --json > /dev/null\`, two runs: peak RSS ${cliRuns.map((run) => `${mbText(run.peakMb)} in ${(run.ms / 1000).toFixed(1)} s`).join(', ')}; the higher: ${mbText(highest)}, ${scope}\n`);
    process.stdout.write(`score-memory: for comparison, \`autocible score --help\` (node and the bundled CLI's modules, no data) peaks at ${mbText(idle.peakMb)}\n`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** `AUTOCIBLE_BENCH_SCORE_PARTS=memory` (or `rate`) runs one part. */
export async function runScoreE2eBench(): Promise<void> {
  const parts = (process.env.AUTOCIBLE_BENCH_SCORE_PARTS ?? 'rate,memory').split(',');
  if (parts.includes('rate')) await e2e();
  if (parts.includes('memory')) await memory();
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runScoreE2eBench();
