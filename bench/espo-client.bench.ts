/**
 * Iterates 100 000 records through the fake EspoCRM (msw in node) with our client, and with a bare axios loop
 * making the same requests (same URLs, headers and keyset cursor), in alternating rounds. Prints records/s,
 * the throughput ratio ours/bare (goal ≥ 0.9: the client's zod parsing, retries, limiter and redaction cost at
 * most ~10 %) and the peak memory of each run. The goal is read on each loop's best round: on a shared machine
 * a round varies by ±40 % (other tenants only ever add time), which moves a ratio of medians by as much; the
 * ratio of medians and every round's time are printed beside it. No assertion on time: `npm run bench` is
 * separate from `npm test`.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import { setupServer } from 'msw/node';
import { createEspoClient } from '../src/server/espo';
import { createFakeEspo, FAKE_CREDENTIALS } from '../test/msw/fake-espo';
import { contactDef } from '../test/msw/fake-espo/entities';
import type { FakeEntityDef } from '../test/msw/fake-espo';

const RECORDS = 100_000;
const PAGE = 200;
const SELECT = 'id,firstName,lastName,emailAddress';
const ROUNDS = Number(process.env.ESPO_BENCH_ROUNDS ?? 7);

interface RunResult {
  readonly records: number;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
}

async function measure(run: () => Promise<number>): Promise<RunResult> {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const started = performance.now();
  const records = await run();
  const ms = performance.now() - started;
  clearInterval(timer);
  sample();
  return { records, ms, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20 };
}

async function ours(baseUrl: string): Promise<number> {
  const client = createEspoClient({ baseUrl, auth: { kind: 'apiKey', apiKey: FAKE_CREDENTIALS.apiKey }, maxConcurrency: 1 });
  let count = 0;
  for await (const page of client.iteratePages('Contact', { select: SELECT.split(',').slice(1) })) count += page.length;
  return count;
}

interface BarePage {
  readonly total: number;
  readonly list: readonly { readonly id: string }[];
}

/** The same requests by hand: keyset on id, X-No-Total, no schema, no retry, no limiter. */
async function bare(apiUrl: string): Promise<number> {
  const http = axios.create({ baseURL: apiUrl, headers: { 'X-Api-Key': FAKE_CREDENTIALS.apiKey, 'X-No-Total': 'true' } });
  let count = 0;
  let last: string | null = null;
  for (;;) {
    const cursor: string = last === null ? '' : `where[0][type]=greaterThan&where[0][attribute]=id&where[0][value]=${last}&`;
    const response: { data: BarePage } = await http.get<BarePage>(
      `Contact?${cursor}select=${SELECT}&orderBy=id&order=asc&maxSize=${PAGE}`);
    const { list, total } = response.data;
    count += list.length;
    const tail: { id: string } | undefined = list.at(-1);
    if (tail === undefined || list.length < PAGE || total === -2) return count;
    last = tail.id;
  }
}

const NO_RUN: RunResult = { records: 0, ms: 0, peakRssMb: 0, peakHeapMb: 0 };

/** Median run of several, alternating both loops so warm-up and GC do not favour either. */
function median(results: readonly RunResult[]): RunResult {
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)] ?? NO_RUN;
}

/** The fastest run: the one the machine's other work slowed least. */
function best(results: readonly RunResult[]): RunResult {
  return results.reduce((a, b) => (b.ms < a.ms ? b : a), results[0] ?? NO_RUN);
}

const ratioOf = (ours: RunResult, bare: RunResult): number => (ours.records / ours.ms) / (bare.records / bare.ms);

function line(name: string, result: RunResult): string {
  const rate = Math.round(result.records / (result.ms / 1000));
  return `${name.padEnd(12)} ${result.records} records in ${result.ms.toFixed(0)} ms = ${rate} records/s, `
    + `peak RSS ${result.peakRssMb.toFixed(0)} MB, peak heap ${result.peakHeapMb.toFixed(0)} MB`;
}

/** A lean Contact (few attributes) so the fake's own memory and GC weigh less on the comparison. */
const benchContact: FakeEntityDef = {
  ...contactDef,
  attributes: { id: '', firstName: null, lastName: null, emailAddress: null, createdAt: null },
  detailOnly: {},
  listAlways: [],
};

export async function runEspoClientBench(): Promise<void> {
  const fake = createFakeEspo({ baseUrl: 'http://espo.bench', entities: [benchContact] });
  fake.seed('Contact', Array.from({ length: RECORDS }, (_, i) => ({
    id: `6c${i.toString(16).padStart(15, '0')}`, firstName: 'Camille', lastName: `Durand ${i}`, emailAddress: `c${i}@exemple.fr`,
  })));
  const server = setupServer(...fake.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    await ours(fake.baseUrl);
    await bare(fake.apiUrl);
    const bareRuns: RunResult[] = [];
    const oursRuns: RunResult[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const first = round % 2 === 0;
      if (first) bareRuns.push(await measure(() => bare(fake.apiUrl)));
      oursRuns.push(await measure(() => ours(fake.baseUrl)));
      if (!first) bareRuns.push(await measure(() => bare(fake.apiUrl)));
    }
    const times = (runs: readonly RunResult[]): string => runs.map((run) => run.ms.toFixed(0)).join(' / ');
    console.log(`\nEspoCRM client: iterate 100 000 records through the fake (msw), best of ${ROUNDS} alternating rounds`);
    console.log(line('bare axios', best(bareRuns)));
    console.log(line('our client', best(oursRuns)));
    console.log(`rounds (ms): bare ${times(bareRuns)}; ours ${times(oursRuns)}`);
    console.log(`throughput ratio ours/bare: ${ratioOf(best(oursRuns), best(bareRuns)).toFixed(2)} on the best rounds (goal ≥ 0.90); `
      + `${ratioOf(median(oursRuns), median(bareRuns)).toFixed(2)} on the medians`);
  } finally {
    server.close();
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runEspoClientBench();
