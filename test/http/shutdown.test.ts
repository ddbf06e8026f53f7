import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoSecret } from '../../src/auth/tokens';

const ROOT = path.resolve(__dirname, '../..');

// The real entry point in a child process: it starts on an empty SQLite file, seeds the demo data, serves it,
// and on SIGTERM finishes and exits 0.
describe('process lifecycle (npm start entry point)', () => {
  it('starts with demo data, prints where to go, and shuts down cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${path.join(dir, 'demo.sqlite')}`,
        LOG_LEVEL: 'info',
        NODE_ENV: 'development',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          // The banner ends with the demo tokens: wait for all of it, however the pipe splits it.
          const match = /Open (http:\/\/\S+\/graphql)/.exec(output);
          if (match && output.includes('Demo tokens') && output.includes(demoSecret('ada@acme.test'))) {
            clearInterval(timer);
            resolve(match[1]);
          }
        }, 50);
        void exited.then(() => reject(new Error(`exited early:\n${output}`)));
      });
      expect(output).toContain('demo data written');
      // Demo mode prints the demo tokens.
      expect(output).toContain(demoSecret('ada@acme.test'));
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Token ${demoSecret('ada@acme.test')}` },
        body: JSON.stringify({ query: '{ organizations { nodes { slug projects { totalCount } } } }' }),
      });
      expect(await response.json()).toMatchObject({
        data: { organizations: { nodes: [{ slug: 'acme-ml', projects: { totalCount: 6 } }] } },
        extensions: { cost: { actualQueryCost: 3 } },
      }); // the organizations page, its one node, its projects' count

      // GraphiQL starts with a working Authorization header in demo mode.
      const page = await (await fetch(url, { headers: { accept: 'text/html' } })).text();
      expect(page).toContain(`Token ${demoSecret('ada@acme.test')}`);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('shutdown complete');
    } finally {
      // A failed expectation must not leave the server running (jest would never exit).
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
