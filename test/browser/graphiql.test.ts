import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createDb, type Database } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { demoTokens, seedDemoData } from '../../src/demo/seed-demo';
import { startAnnograph, type RunningServer } from '../../src/start';

// GraphiQL in a real browser (Debian's chromium, headless): the served page runs the example query with the demo
// token it starts with, shows the result, and loads nothing from outside 127.0.0.1; a first load and a reload stay
// within issue 15's budgets of bytes on the wire.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.resolve(__dirname, '../../.tmp/screenshots');
const FIRST_LOAD_MAX = 3 * 1024 * 1024;
const RELOAD_MAX = 50 * 1024;

/**
 * A TCP relay in front of the server that counts what the server sends (status lines, headers, bodies, as
 * compressed) and the request lines the browser sends: the browser's own figures leave out its module workers.
 */
function wireCounter(target: URL) {
  const tally = { bytes: 0, requests: [] as string[] };
  const relay = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    client.on('data', (chunk) => {
      for (const match of chunk.toString('latin1').matchAll(/^(GET|POST|HEAD) (\S+) HTTP\/1\.1\r$/gm))
        tally.requests.push(`${match[1]} ${match[2].split('?')[0]}`);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      tally.bytes += chunk.length;
      client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return {
    listen: () =>
      new Promise<string>((resolve) =>
        relay.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(relay.address() as net.AddressInfo).port}${target.pathname}`),
        ),
      ),
    take: () => {
      const taken = { bytes: tally.bytes, requests: [...tally.requests] };
      tally.bytes = 0;
      tally.requests = [];
      return taken;
    },
    close: () => new Promise<void>((resolve) => relay.close(() => resolve())),
  };
}

describe('GraphiQL in headless Chromium', () => {
  let db: Database;
  let server: RunningServer;

  beforeAll(async () => {
    db = createDb({ url: 'sqlite::memory:' });
    await migrateToLatest(db);
    await seedDemoData(db);
    const graphiqlHeaders = { Authorization: `Token ${demoTokens()[0].secret}` };
    server = await startAnnograph(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off' }),
      pino({ level: 'silent' }),
      db,
      { graphiqlHeaders },
    );
  });
  afterAll(async () => {
    await server.stop();
    await db.destroy();
  });

  it('runs the example query with the demo token and shows the answer, offline, in few bytes', async () => {
    const wire = wireCounter(new URL(server.url));
    const url = await wire.listen();
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const outside: string[] = [];
    const failed: string[] = [];
    context.on('request', (request) => {
      const requested = request.url();
      if (!/^(data:|blob:|about:)/.test(requested) && !requested.startsWith('http://127.0.0.1:'))
        outside.push(requested);
    });
    // ERR_ABORTED is a fetch given up on purpose: GraphiQL restarts its GraphQL worker once the schema is in.
    context.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        failed.push(`${request.url()}: ${request.failure()?.errorText}`);
    });
    const pageErrors: string[] = [];
    // Monaco renders spaces as NBSP.
    const shows = (page: Page, selector: string, text: string) =>
      page.waitForFunction(
        ([s, t]) => (document.querySelector<HTMLElement>(s)?.innerText ?? '').replace(/\u00a0/g, ' ').includes(t),
        [selector, text] as const,
        { timeout: 30_000 },
      );
    // Nothing in flight for a moment: Monaco starts its workers lazily (the JSON one with the response editor).
    const settle = async (page: Page) => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
    };
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });

      // First load with a fresh profile, up to the example query's answer.
      await page.goto(url, { waitUntil: 'load' });
      await shows(page, '.graphiql-query-editor', 'FirstProject');
      await page.locator('.graphiql-execute-button').first().click({ timeout: 30_000 });
      await shows(page, '.graphiql-response', 'Support assistant RLHF');
      const text = (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
      expect(text).toContain('"name": "Support assistant RLHF"');
      expect(text).not.toContain('UNAUTHENTICATED');
      await settle(page);
      const first = wire.take();
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'graphiql.png') });

      // A reload with the same profile: GraphiQL again, its schema fetched again. GraphiQL keeps its tabs in
      // localStorage and opens a new one beside them, so look for the example's tab.
      await page.reload({ waitUntil: 'load' });
      await shows(page, '.graphiql-tabs', 'FirstProject');
      await page.waitForSelector('.graphiql-query-editor .monaco-editor', { timeout: 30_000 });
      await settle(page);
      const reload = wire.take();

      // The GraphQL worker validates against the schema: an unknown field in the new tab gets an error squiggle.
      await page.locator('.graphiql-query-editor .monaco-editor').first().click();
      await page.keyboard.type('{ noSuchField }');
      await page.waitForSelector('.graphiql-query-editor .squiggly-error', { timeout: 30_000 });

      console.log(
        `GraphiQL bytes from the server: first load ${first.bytes} (${first.requests.join(', ')}); ` +
          `reload ${reload.bytes} (${reload.requests.join(', ')})`,
      );
      // Monaco's three workers came from this server (the editor's, JSON for variables, headers and the response, GraphQL).
      for (const worker of ['editor.worker', 'json.worker', 'graphql.worker'])
        expect(first.requests.some((r) => r.startsWith(`GET /graphiql/${worker}.`))).toBe(true);
      // On the reload no script or style is asked for again: they are immutable for a year.
      expect(reload.requests.filter((r) => r.startsWith('GET /graphiql/'))).toEqual([]);
      expect(first.bytes).toBeLessThanOrEqual(FIRST_LOAD_MAX);
      expect(reload.bytes).toBeLessThanOrEqual(RELOAD_MAX);
      expect(failed).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
      await wire.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);
});
