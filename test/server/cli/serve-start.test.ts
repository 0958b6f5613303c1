import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { serveCommand } from '../../../src/server/cli/commands/serve';
import { runCli } from '../jobs/retention/cli-run';
import { tempDir } from '../jobs/score/fixtures';

const ESPO = { ESPO_URL: 'http://127.0.0.1:9', ESPO_API_KEY: 'test-key' };

async function busyPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port };
}

describe('autocible serve: what stops it from starting', () => {
  it('blames --port, not its environment variable, for a port that is not a number (exit code 2)', async () => {
    const fr = await runCli(serveCommand, ['serve', '--port', 'abc'], { cwd: await tempDir(), env: ESPO, lang: 'fr' });
    expect(fr.exitCode).toBe(2);
    expect(fr.stderr).toBe('--port attend un numéro de port de 0 à 65535, reçu « abc »\n');
    const en = await runCli(serveCommand, ['serve', '--port', '70000'], { cwd: await tempDir(), env: ESPO });
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toBe('--port expects a port number from 0 to 65535, got "70000"\n');
  });

  it('says the port is in use and which setting to change, in the chosen language (exit code 1)', async () => {
    const { server, port } = await busyPort();
    try {
      const en = await runCli(serveCommand, ['serve', '--port', String(port)], { cwd: await tempDir(), env: ESPO });
      expect(en.exitCode).toBe(1);
      expect(en.stderr).toBe(`Port ${port} on 127.0.0.1 is already in use: stop the program holding it (another autocible serve?) or choose another port with --port.\n`);
      const fr = await runCli(serveCommand, ['serve'], { cwd: await tempDir(), env: { ...ESPO, AUTOCIBLE_SERVE_PORT: String(port) }, lang: 'fr' });
      expect(fr.exitCode).toBe(1);
      expect(fr.stderr).toBe(`Le port ${port} de 127.0.0.1 est déjà utilisé : arrêtez le programme qui l’occupe (un autre autocible serve ?) ou choisissez un autre port avec AUTOCIBLE_SERVE_PORT.\n`);
    } finally {
      server.close();
    }
  });

  it('names a --model file that cannot be read', async () => {
    const cwd = await tempDir();
    const run = await runCli(serveCommand, ['serve', '--port', '0', '--model', 'missing.yaml'], { cwd, env: ESPO, lang: 'fr' });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(`Impossible de lire le fichier de --model ${cwd}/missing.yaml (ENOENT) : vérifiez le chemin.\n`);
  });
});
