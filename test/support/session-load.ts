// A load process for the search-session race test: registers sessions (some ids shared by every process) and
// releases batches (release ids shared too), on its own connection, then prints what it got as JSON.
// Run: node --import tsx test/support/session-load.ts   with DB_URL, SEARCH_PATH?, PROJECT_ID, VIEWER, WORKER, COUNT.
import { createContext } from '../../src/context';
import { createDb } from '../../src/db/database';
import { releaseBatch } from '../../src/modules/improvement/improvement.service';
import { registerSearchSession } from '../../src/modules/search-session/search-session.service';

async function main() {
  const env = process.env;
  const db = createDb({ url: env.DB_URL!, searchPath: env.SEARCH_PATH || undefined, poolSize: 2 });
  const viewer = JSON.parse(env.VIEWER!);
  const projectId = env.PROJECT_ID!;
  const count = Number(env.COUNT);
  const registered: { sessionId: string; id: string; batchId: string; number: number }[] = [];
  const releases: { releaseId: string; batchId: string | null }[] = [];
  for (let i = 0; i < count; i++) {
    const sessionId = i % 3 === 0 ? `shared-${i}` : `w${env.WORKER}-${i}`;
    const result = await registerSearchSession(db, createContext({ db, viewer }).access, {
      projectId,
      sessionId,
      searchQuery: { i },
      searchResults: [],
    });
    if (result.ok)
      registered.push({
        sessionId,
        id: result.value.id,
        batchId: result.value.batchId,
        number: result.value.sessionNumber,
      });
    else throw new Error(JSON.stringify(result.userErrors));
    if (i % 7 === 6) {
      const releaseId = `rel-${Math.floor(i / 7)}`;
      const released = await releaseBatch(db, createContext({ db, viewer }).access, { projectId, releaseId });
      releases.push({ releaseId, batchId: released.ok ? released.value.id : null });
    }
  }
  await db.destroy();
  process.stdout.write(JSON.stringify({ registered, releases }));
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
