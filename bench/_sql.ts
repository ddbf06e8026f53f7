import pino from 'pino';
import { createDb } from '../src/db/database';
import { createApolloServer } from '../src/server';
import { createAuthenticator } from '../src/auth/authenticate';
import { createContext } from '../src/context';
import { DEFAULT_LIMITS } from '../src/config';
import { BENCH_SECRET } from './dataset';
import { q1Document, Q1_SHAPES } from './q1-shapes';
(async () => {
  const [url, name, vars, timing] = process.argv.slice(2);
  const log: string[] = [];
  let on = false;
  const db = createDb({ url, onQuery: (s) => on && log.push(s) });
  const server = createApolloServer({ logger: pino({ level: 'silent' }), limits: { ...DEFAULT_LIMITS, maxCost: 1e9 } });
  await server.start();
  const auth = createAuthenticator(db);
  const s = Q1_SHAPES.find((x) => x.name === name)!;
  const run = async () => {
    const viewer = await auth.authenticate(`Token ${BENCH_SECRET}`);
    const r = await server.executeOperation(
      { query: q1Document(s), variables: JSON.parse(vars) },
      { contextValue: createContext({ db, viewer }) },
    );
    return r;
  };
  await run();
  on = true;
  await run();
  for (const l of log) console.log(l, '\n');
  if (timing) {
    on = false;
    const n = Number(timing);
    for (let i = 0; i < 200; i++) await run();
    const c = process.cpuUsage();
    for (let i = 0; i < n; i++) await run();
    const d = process.cpuUsage(c);
    console.log('cpu ms per request', ((d.user + d.system) / 1000 / n).toFixed(3));
  }
  process.exit(0);
})();
