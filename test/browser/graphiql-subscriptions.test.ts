import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startAnnograph } from '../../src/start';
import { createTestDb } from '../support/db';
import { insertProject } from '../support/factories';

// GraphiQL runs a subscription in a real browser (Debian's chromium, headless): over graphql-ws at /graphql, with the
// token in connection_init, taken from the page's default headers (demo mode) or from what is typed into the Headers
// tab; a task created over HTTP shows up in the result pane as its TASK_CREATED change.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.resolve(__dirname, '../../.tmp/screenshots');
const CREATE = `mutation($p: ID!) { taskCreate(input: { projectId: $p }) { task { id } userErrors { code } } }`;

/** Monaco renders spaces as NBSP. */
const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector<HTMLElement>(s)?.innerText ?? '').replace(/\u00a0/g, ' '), selector);

const shows = (page: Page, selector: string, text: string, timeout = 30_000) =>
  page.waitForFunction(
    ([s, t]) => (document.querySelector<HTMLElement>(s)?.innerText ?? '').replace(/\u00a0/g, ' ').includes(t),
    [selector, text] as const,
    { timeout },
  );

/** Replaces a Monaco editor's text; insertText, not typing, so Monaco closes no bracket or quote by itself. */
async function replaceText(page: Page, editor: string, text: string) {
  await page.locator(`${editor} .monaco-editor`).first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The real server over a fresh database with one project and its owner; demo mode gives the page the owner's token. */
async function startServer({ demo }: { demo: boolean }) {
  const t = await createTestDb();
  const { projectId, owner } = await insertProject(t.db, 'Live project');
  const server = await startAnnograph(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off' }),
    pino({ level: 'silent' }),
    t.db,
    demo ? { graphiqlHeaders: { Authorization: `Token ${owner.secret}` } } : {},
  );
  const createTask = async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Token ${owner.secret}` },
      body: JSON.stringify({ query: CREATE, variables: { p: projectId } }),
    });
    const body = (await response.json()) as { data?: { taskCreate: { task: { id: string } } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data!.taskCreate.task.id;
  };
  return { t, server, projectId, owner, createTask, wsUrl: server.url.replace(/^http/, 'ws') };
}
type Server = Awaited<ReturnType<typeof startServer>>;

describe('GraphiQL subscriptions in headless Chromium', () => {
  let browser: Browser;
  const servers: Server[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) {
      await s.server.stop();
      await s.t.destroy();
    }
  });

  /** Opens GraphiQL in a fresh context, runs the subscription, creates a task and waits for its change. */
  async function subscribeAndCreate(s: Server, name: string, beforeRun?: (page: Page) => Promise<void>) {
    const context = await browser.newContext();
    const pageErrors: string[] = [];
    const sockets: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      page.on('websocket', (socket) => sockets.push(socket.url()));
      await page.goto(s.server.url, { waitUntil: 'load' });
      await shows(page, '.graphiql-query-editor', 'FirstProject');
      await beforeRun?.(page);

      const subscription = `subscription Live { changes(projectId: "${s.projectId}") { type objectId } }`;
      await replaceText(page, '.graphiql-query-editor', subscription);
      // GraphiQL names the operation to run (and the tab) a moment after an edit: run once it has.
      await shows(page, '.graphiql-tabs', 'Live');
      await page.locator('.graphiql-execute-button').first().click();
      // Subscribed once the execute button turns into a stop button; then a change over HTTP reaches the pane.
      await page.waitForSelector('.graphiql-execute-button[aria-label*="Stop" i]', { timeout: 10_000 });
      let taskId = '';
      try {
        // The subscription starts "from now": retry the mutation until the server has the subscription open.
        const deadline = Date.now() + 15_000;
        for (;;) {
          taskId = await s.createTask();
          try {
            await shows(page, '.graphiql-response', taskId, 1500);
            break;
          } catch (error) {
            if (Date.now() > deadline) throw error;
          }
        }
      } finally {
        fs.mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, `graphiql-subscription-${name}.png`) });
      }
      const response = await textOf(page, '.graphiql-response');
      expect(response).toContain('"type": "TASK_CREATED"');
      expect(response).toContain(`"objectId": "${taskId}"`);
      expect(response).not.toContain('Unauthorized');
      expect(sockets).toEqual([s.wsUrl]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }

  it("subscribes with the page's default headers (demo mode) and shows a new task's change", async () => {
    const s = await startServer({ demo: true });
    servers.push(s);
    await subscribeAndCreate(s, 'demo');
  });

  it('subscribes with the token typed into the Headers tab', async () => {
    const s = await startServer({ demo: false });
    servers.push(s);
    await subscribeAndCreate(s, 'typed', async (page) => {
      await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
      await replaceText(
        page,
        '.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden)',
        JSON.stringify({ Authorization: `Token ${s.owner.secret}` }),
      );
      // GraphiQL keeps the Headers tab in localStorage half a second after an edit; the page reads it from there.
      await page.waitForFunction(
        (secret) => localStorage.getItem('graphiql:headers')?.includes(secret),
        s.owner.secret,
      );
    });
  });
});
