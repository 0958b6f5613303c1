import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { localiseUsageError } from '../../../src/server/cli/help-language';
import { buildProgram, loadCommands, main } from '../../../src/server/cli/main';
import type { CliContext } from '../../../src/server/cli/context';
import { sink } from '../../support/streams';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: sink(out), stderr: sink(err), env: {}, isTty: false });
  return { code, out: out.join(''), err: err.join('') };
}

/** Every command of the tree with its path from the program, the program first. */
function commandsOf(command: Command, path: readonly string[] = []): { path: string[]; command: Command }[] {
  return [{ path: [...path], command }, ...command.commands.flatMap((sub) => commandsOf(sub, [...path, sub.name()]))];
}

async function allCommands(lang: 'fr' | 'en'): Promise<{ path: string[]; command: Command }[]> {
  const ctx = { lang, stdout: sink([]), stderr: sink([]), env: {}, cwd: process.cwd(), isTty: false, setExitCode: () => undefined } satisfies CliContext;
  return commandsOf(buildProgram(ctx, await loadCommands(ctx, [])));
}

describe('the help in the admin’s language', () => {
  it('has French headings, notes and help lines for every command and subcommand', async () => {
    const commands = await allCommands('fr');
    expect(commands.length).toBeGreaterThan(15);
    for (const { path } of commands) {
      const { code, out } = await run([...path, '--help', '--lang', 'fr']);
      expect(code, path.join(' ')).toBe(0);
      expect(out, path.join(' ')).toMatch(/^Utilisation : autocible/m);
      expect(out, path.join(' ')).toContain('Options :');
      expect(out, path.join(' ')).toMatch(/-h, --help +affiche l’aide de la commande/);
      for (const english of ['Usage:', 'Options:', 'Commands:', 'Arguments:', '(default:', 'display help']) {
        expect(out, `${path.join(' ')}: ${english}`).not.toContain(english);
      }
    }
    const root = await run(['--help', '--lang', 'fr']);
    expect(root.out).toMatch(/\(valeurs : "fr", "en", par\s+défaut : "fr"\)/u);
    expect(root.out).toMatch(/^Commandes :$/m);
    expect(root.out).toMatch(/^ {2}help \[command\] +affiche l’aide de la commande/m);
  });

  it('keeps Commander’s own English in English', async () => {
    const { out } = await run(['retention', '--help', '--lang', 'en']);
    expect(out).toMatch(/^Usage: autocible retention/m);
    expect(out).toMatch(/^Commands:$/m);
    expect(out).toMatch(/^ {2}help \[command\] +display help for command/m);
  });

  it('describes every command with a capital letter, in both languages', async () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const { path, command } of await allCommands(lang)) {
        if (command.name() === 'help') continue;
        expect(command.description(), `${lang} ${path.join(' ')}`).toMatch(/^\p{Lu}/u);
      }
    }
  });

  it('words Commander’s usage errors in French, exit code 2', async () => {
    const cases: [string[], string][] = [
      [['score', '--bogus'], 'erreur : option inconnue « --bogus »'],
      [['scor'], 'erreur : commande inconnue « scor »\n(Vouliez-vous dire score ?)'],
      [['score', '--today'], 'erreur : l’option « --today <date> » attend une valeur'],
      [['webhooks', 'register'], 'erreur : l’option « --url <url> » est obligatoire'],
      [['opposition', 'check', 'extra'], 'erreur : trop d’arguments pour « check » (0 attendu, 1 reçu)'],
    ];
    for (const [argv, expected] of cases) {
      const { code, err } = await run([...argv, '--lang', 'fr']);
      expect(code, argv.join(' ')).toBe(2);
      expect(err.trim(), argv.join(' ')).toBe(expected);
    }
    const english = await run(['score', '--bogus', '--lang', 'en']);
    expect(english.err.trim()).toBe("error: unknown option '--bogus'");
  });

  it('describes what each command does: sample also scores, sync reads no file', async () => {
    expect((await run(['--help', '--lang', 'en'])).out.replace(/\s+/gu, ' ')).toContain('sample [options] Validate the sample dataset (no CRM needed), print the VMC per segment and score it (nothing written)');
    const sync = await run(['consent', 'sync', '--help', '--lang', 'en']);
    expect(sync.out).toMatch(/--json +one JSON line per changed record\n/u);
    expect(sync.out).not.toContain('file line');
  });

  it('refuses a language it does not speak instead of answering in English, exit code 2', async () => {
    const german = await run(['--lang', 'de', 'sample']);
    expect(german.code).toBe(2);
    expect(german.err.trim()).toBe("error: option '--lang <lang>' argument 'de' is invalid. Allowed choices are fr, en.");
    const upper = await run(['--lang=FR', 'doctor']);
    expect(upper.code).toBe(2);
  });

  it('translates each line it knows and keeps the others as they are', () => {
    expect(localiseUsageError("error: missing required argument 'file'\n", 'fr')).toBe('erreur : l’argument « file » est obligatoire\n');
    expect(localiseUsageError("error: too many arguments for 'plan'. Expected 1 argument but got 3.", 'fr')).toBe('erreur : trop d’arguments pour « plan » (1 attendu, 3 reçus)');
    expect(localiseUsageError('error: too many arguments', 'fr')).toBe('erreur : trop d’arguments');
    expect(localiseUsageError("error: option '--a' cannot be used with option '--b'", 'fr')).toBe('erreur : l’option « --a » ne peut pas être utilisée avec « --b »');
    expect(localiseUsageError("error: option '--lang <lang>' argument 'de' is invalid. Allowed choices are fr, en.", 'fr')).toBe('erreur : l’option « --lang <lang> » n’accepte pas « de » ; valeurs possibles : fr, en');
    expect(localiseUsageError('--today attend une date AAAA-MM-JJ valide, reçu « x »', 'fr')).toBe('--today attend une date AAAA-MM-JJ valide, reçu « x »');
    expect(localiseUsageError("error: unknown option '--x'", 'en')).toBe("error: unknown option '--x'");
  });
});
