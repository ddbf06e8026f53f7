import { newId } from '../../src/ids';
import type { MatrixEnv } from './auth-matrix-env';
import type { Sample } from './auth-matrix-rules';

// Auth-matrix samples of connectors of project P, a fresh connector per call (so connectorRun never meets a run in
// progress). A public IP literal as the base URL: the matrix server's outbound guard is the strict one.
const BASE_URL = 'https://93.184.215.14';

export function connectorSamples(env: MatrixEnv): Record<string, Sample> {
  async function freshConnector(): Promise<string> {
    const id = newId('connector');
    await env.db
      .insertInto('connector')
      .values({
        id,
        projectId: env.projectId,
        kind: 'IQB',
        baseUrl: BASE_URL,
        optionsJson: '{}',
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    return id;
  }
  const onConnector = (field: string, document: string): Sample => ({
    target: 'project',
    run: async (c) => env.mutate(c, document, field, { id: await freshConnector() }),
  });
  return {
    'Mutation.connectorCreate': {
      target: 'project',
      run: (c) =>
        env.mutate(
          c,
          'mutation($p: ID!, $u: String!) { connectorCreate(input: { projectId: $p, kind: SCALE, baseUrl: $u, credentials: "live_x", options: { projectName: "P" } }) { connector { id } userErrors { code } } }',
          'connectorCreate',
          { p: env.projectId, u: BASE_URL },
        ),
    },
    'Mutation.connectorUpdate': onConnector(
      'connectorUpdate',
      'mutation($id: ID!) { connectorUpdate(id: $id, input: { options: { intervalMinutes: 60 } }) { connector { id } userErrors { code } } }',
    ),
    'Mutation.connectorDelete': onConnector(
      'connectorDelete',
      'mutation($id: ID!) { connectorDelete(id: $id) { deletedId userErrors { code } } }',
    ),
    'Mutation.connectorRun': onConnector(
      'connectorRun',
      'mutation($id: ID!) { connectorRun(id: $id) { run { id } userErrors { code } } }',
    ),
  };
}
