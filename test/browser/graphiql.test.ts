import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createDb, type Database } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { demoTokens, seedDemoData } from '../../src/demo/seed-demo';
import { startAnnograph, type RunningServer } from '../../src/start';

// GraphiQL in a real browser (Debian's chromium, headless): the served page runs the example query with the demo
// token it starts with, shows the result, and loads nothing from outside 127.0.0.1.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.resolve(__dirname, '../../.tmp/screenshots');

describe('GraphiQL in headless Chromium', () => {
  let db: Database;
  let server: RunningServer;

  beforeAll(async () => {
    db = createDb({ url: 'sqlite::memory:' });
    await migrateToLatest(db);
    await seedDemoData(db);
    const graphiqlHeaders = { Authorization: `Token ${demoTokens()[0].secret}` };
    server = await startAnnograph(loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off' }), pino({ level: 'silent' }), db, { graphiqlHeaders });
  });
  afterAll(async () => {
    await server.stop();
    await db.destroy();
  });

  it('runs the example query with the demo token and shows the answer, offline', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const outside: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!/^(data:|blob:|about:)/.test(url) && !url.startsWith('http://127.0.0.1:')) outside.push(url);
    });
    try {
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'load' });
      // Monaco renders spaces as NBSP; wait until the editor shows the example query before running it.
      const shows = (selector: string, text: string) =>
        page.waitForFunction(([s, t]) => ((document.querySelector(s) as HTMLElement | null)?.innerText ?? '').replace(/\u00a0/g, ' ').includes(t), [selector, text] as const, { timeout: 30_000 });
      await shows('.graphiql-query-editor', 'FirstProject');
      await page.locator('.graphiql-execute-button').first().click({ timeout: 30_000 });
      const response = page.locator('.graphiql-response');
      await shows('.graphiql-response', 'Support assistant RLHF');
      const text = (await response.innerText()).replace(/\u00a0/g, ' ');
      expect(text).toContain('"name": "Support assistant RLHF"');
      expect(text).not.toContain('UNAUTHENTICATED');
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'graphiql.png') });
      expect(outside).toEqual([]);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }, 90_000);
});
