import type { Database } from '../../src/db/database';
import { newId } from '../../src/ids';
import type { Caller, Outcome, Sample } from './auth-matrix-rules';

// Auth-matrix samples of export jobs, with a fresh PENDING export per cancel.
type Env = {
  db: Database;
  projectId: string;
  mutate: (c: Caller, query: string, field: string, variables?: Record<string, unknown>) => Promise<Outcome>;
  now: () => string;
};

export function exportSamples(env: Env): Record<string, Sample> {
  async function freshExport(): Promise<string> {
    const id = newId('exportJob');
    await env.db
      .insertInto('exportJob')
      .values({
        id,
        projectId: env.projectId,
        format: 'SCALE_JSONL',
        filterJson: '{}',
        optionsJson: '{}',
        status: 'PENDING',
        createdAt: env.now(),
      })
      .execute();
    return id;
  }
  return {
    'Mutation.exportCreate': {
      target: 'project',
      run: (c) =>
        env.mutate(
          c,
          'mutation($p: ID!) { exportCreate(input: { projectId: $p, format: SCALE_JSONL }) { export { id } userErrors { code } } }',
          'exportCreate',
          { p: env.projectId },
        ),
    },
    'Mutation.exportCancel': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { exportCancel(id: $id) { export { id } userErrors { code } } }',
          'exportCancel',
          { id: await freshExport() },
        ),
    },
  };
}
