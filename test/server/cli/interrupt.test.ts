import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interruptedLine } from '../../../src/server/cli/commands/score-messages';
import type { CliContext } from '../../../src/server/cli/context';
import { guardInterrupt, InterruptGuard } from '../../../src/server/cli/interrupt';
import { INTERRUPT_MESSAGES } from '../../../src/server/cli/interrupt-messages';
import type { InterruptSource } from '../../../src/server/cli/interrupt-source';
import { PROCESS_INTERRUPTS } from '../../../src/server/cli/interrupt-source';
import { main } from '../../../src/server/cli/main';
import { sink } from '../../support/streams';
import { writeRgpdDataset } from '../jobs/retention/cli-run';

/** Ctrl-C as a test drives it: `press` calls the command's handler; `exit` records instead of ending the process. */
interface FakeCtrlC {
  readonly source: InterruptSource;
  readonly exits: number[];
  /** Handlers listening now (0 once every command released its own). */
  listening(): number;
  press(): void;
}

/** `atOnce`: Ctrl-C as soon as a command listens, i.e. as it starts. */
function fakeCtrlC(atOnce = false): FakeCtrlC {
  const exits: number[] = [];
  const handlers = new Set<() => void>();
  const press = (): void => {
    const current = [...handlers];
    handlers.clear();
    for (const handler of current) handler();
  };
  const source: InterruptSource = {
    once: (handler) => {
      handlers.add(handler);
      if (atOnce) press();
      return () => void handlers.delete(handler);
    },
    exit: (code) => void exits.push(code),
  };
  return { source, exits, listening: () => handlers.size, press };
}

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(argv: readonly string[], ctrlC: FakeCtrlC, cwd?: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: sink(out), stderr: sink(err), env: {}, isTty: false, interrupts: ctrlC.source, cwd: cwd ?? await mkdtemp(join(tmpdir(), 'autocible-ctrlc-')),
  });
  return { code, out: out.join(''), err: err.join('') };
}

function context(err: string[], exit: { code: number }, source: InterruptSource): CliContext {
  return { lang: 'fr', stdout: sink([]), stderr: sink(err), env: {}, cwd: tmpdir(), isTty: false, setExitCode: (c) => void (exit.code = c), interrupts: source };
}

describe('Ctrl-C on a command that changes nothing', () => {
  const READ_ONLY: readonly (readonly string[])[] = [
    ['sample', '--today', '2026-06-30'],
    ['retention', 'plan', '--today', '2026-06-30'],
    ['consent', 'check', '--today', '2026-06-30'],
    ['consent', 'sync', '--today', '2026-06-30'],
  ];

  it('stops at once with one line on stderr in the admin\'s language, exit code 130', async () => {
    const dir = await writeRgpdDataset();
    for (const argv of READ_ONLY) {
      for (const lang of ['fr', 'en'] as const) {
        const ctrlC = fakeCtrlC(true);
        const result = await run([...argv, '--dir', dir, '--lang', lang], ctrlC);
        expect(result.err.split('\n')[0], argv.join(' ')).toBe(INTERRUPT_MESSAGES[lang].nothingChanged);
        expect(ctrlC.exits).toEqual([130]);
        expect(result.code).toBe(130);
        expect(ctrlC.listening()).toBe(0);
      }
    }
    expect(INTERRUPT_MESSAGES.fr.nothingChanged).toBe('Interrompu : rien n’a été modifié.');
    expect(INTERRUPT_MESSAGES.en.nothingChanged).toBe('Interrupted: nothing was changed.');
  });

  it('says the same for the other commands that read only, and for a dry run', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'autocible-state-'));
    const commands: readonly (readonly string[])[] = [
      ['opposition', 'check', '--email', 'jean.martin@exemple.fr', '--state-dir', stateDir],
      ['opposition', 'add', '--email', 'jean.martin@exemple.fr', '--state-dir', stateDir],
      ['webhooks', 'list', '--webhooks-file', join(stateDir, 'webhooks.json')],
      ['doctor'],
    ];
    for (const argv of commands) {
      const ctrlC = fakeCtrlC(true);
      const result = await run([...argv, '--lang', 'fr'], ctrlC);
      expect(result.err.split('\n')[0], argv.join(' ')).toBe('Interrompu : rien n’a été modifié.');
      expect(ctrlC.exits).toEqual([130]);
      expect(ctrlC.listening()).toBe(0);
    }
  });

  it('does nothing when no Ctrl-C comes, and stops listening', async () => {
    const ctrlC = fakeCtrlC();
    const result = await run(['retention', 'plan', '--dir', await writeRgpdDataset(), '--today', '2026-06-30', '--lang', 'en'], ctrlC);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(ctrlC.listening()).toBe(0);
  });
});

describe('Ctrl-C on a command that writes', () => {
  it('register: says no file was written when it stops before writing', async () => {
    const out = await mkdtemp(join(tmpdir(), 'autocible-register-'));
    const ctrlC = fakeCtrlC(true);
    const result = await run(['register', '--out', out, '--today', '2026-06-30', '--lang', 'fr'], ctrlC);
    expect(result.err.split('\n')[0]).toBe('Interrompu : aucun fichier n’a été écrit.');
    expect(ctrlC.exits).toEqual([130]);
  });

  it('score: stops after the current batch and says, in its report and on stderr, that an offline run without --out saved nothing; exit code 130', async () => {
    const dir = await writeRgpdDataset();
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-score-'));
    for (const [lang, line] of [
      ['fr', 'Interrompu : rien n’a été enregistré (hors ligne sans --out) ; la prochaine exécution reprend du début.'],
      ['en', 'Interrupted: nothing was saved (offline without --out); the next run starts from the beginning.'],
    ] as const) {
      const ctrlC = fakeCtrlC(true);
      const result = await run(['score', '--dir', dir, '--today', '2026-06-30', '--lang', lang], ctrlC, cwd);
      expect(result.code).toBe(130);
      expect(result.out).toContain(line);
      expect(result.err).toBe(`${line}\n`);
      // It stops by itself: the process is not ended under it.
      expect(ctrlC.exits).toEqual([]);
    }
  });

  it('score on EspoCRM (its writes are saved as they go): asks for a rerun to continue', () => {
    const report = { dryRun: false } as Parameters<typeof interruptedLine>[0];
    expect(interruptedLine(report, 'en', undefined, true)).toBe('Interrupted: run the same command again to continue.');
    expect(interruptedLine(report, 'fr', undefined, true)).toBe('Interrompu : relancez la même commande pour continuer.');
  });

  it('score: a dry run saved nothing, and a run with --out says what its file holds', async () => {
    const dir = await writeRgpdDataset();
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-score-'));
    const dry = await run(['score', '--dir', dir, '--today', '2026-06-30', '--dry-run', '--lang', 'fr'], fakeCtrlC(true), cwd);
    expect(dry.err).toBe('Interrompu : simulation arrêtée, rien n’a été écrit.\n');
    const file = join(cwd, 'changes.jsonl');
    const out = await run(['score', '--dir', dir, '--today', '2026-06-30', '--out', file, '--lang', 'en'], fakeCtrlC(true), cwd);
    expect(out.code).toBe(130);
    expect(out.err).toBe(`Interrupted: ${file} holds the changes computed so far; run the same command again to continue and complete it.\n`);
  });

  it('retention apply: a dry run says it changed nothing, with exit code 130', async () => {
    const dir = await writeRgpdDataset();
    for (const [lang, line] of [['fr', 'Interrompu : simulation arrêtée, rien n’a été modifié.'], ['en', 'Interrupted: dry run stopped, nothing was changed.']] as const) {
      const ctrlC = fakeCtrlC(true);
      const result = await run(['retention', 'apply', '--dir', dir, '--today', '2026-06-30', '--lang', lang], ctrlC);
      expect(result.code).toBe(130);
      expect(result.err).toBe(`${line}\n`);
      expect(result.err).not.toContain('EspoCRM request was aborted');
      expect(ctrlC.exits).toEqual([]);
    }
  });
});

describe('InterruptGuard', () => {
  it('lets a write under way finish, then ends with the line given for it', async () => {
    const ctrlC = fakeCtrlC();
    const err: string[] = [];
    const exit = { code: 0 };
    let written = false;
    await guardInterrupt(context(err, exit, ctrlC.source), 'avant', async (guard) => {
      await guard.finishFirst(async () => {
        ctrlC.press();
        await new Promise((done) => setTimeout(done, 5));
        written = true;
      }, 'après');
      expect(err).toEqual([]);
    });
    expect(written).toBe(true);
    expect(err.join('')).toBe('après\n');
    expect(exit.code).toBe(130);
    expect(ctrlC.exits).toEqual([]);
  });

  it('leaves the failure of a write cut short to the command', async () => {
    const ctrlC = fakeCtrlC();
    const err: string[] = [];
    const exit = { code: 0 };
    await guardInterrupt(context(err, exit, ctrlC.source), 'avant', async (guard) => {
      await guard.finishFirst(async () => {
        ctrlC.press();
        throw new Error('disque plein');
      }, 'après').catch(() => exit.code = 1);
    });
    expect(err).toEqual([]);
    expect(exit.code).toBe(1);
  });

  it('prints the line the command gave last, and nothing after it ended', async () => {
    const ctrlC = fakeCtrlC();
    const err: string[] = [];
    const exit = { code: 0 };
    const guard = new InterruptGuard(context(err, exit, ctrlC.source), 'avant');
    guard.say('pendant');
    ctrlC.press();
    expect(err.join('')).toBe('pendant\n');
    expect(ctrlC.exits).toEqual([130]);
    guard.end();
    guard.end();
    expect(err.join('')).toBe('pendant\n');
  });

  it('listens to the process\'s SIGINT once, and stops listening when released', () => {
    const before = process.listenerCount('SIGINT');
    let calls = 0;
    const release = PROCESS_INTERRUPTS.once(() => void (calls += 1));
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    process.emit('SIGINT');
    process.emit('SIGINT');
    expect(calls).toBe(1);
    release();
    const again = PROCESS_INTERRUPTS.once(() => void (calls += 1));
    again();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});

describe('the interrupt lines', () => {
  it('exist in both languages, the French with its typography', () => {
    const texts = (lang: 'fr' | 'en'): string[] => Object.values(INTERRUPT_MESSAGES[lang]).map((m: string | ((v: string) => string)) => (typeof m === 'string' ? m : m('/tmp/x')));
    expect(texts('fr')).toHaveLength(texts('en').length);
    for (const line of texts('fr')) {
      expect(line).toMatch(/^Interrompu/u);
      expect(line).not.toMatch(/\p{L}'\p{L}/u);
      expect(line).not.toMatch(/(?<![\s\u202f])[:;?!]/u);
    }
    for (const line of texts('en')) expect(line).toMatch(/^Interrupted/u);
  });
});
