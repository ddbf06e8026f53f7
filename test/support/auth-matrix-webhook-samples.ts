import { newId } from '../../src/ids';
import { sealSecret, DEV_SECRETS_KEY } from '../../src/secrets/secret-box';
import type { MatrixEnv } from './auth-matrix-env';
import type { Sample } from './auth-matrix-rules';

// Auth-matrix samples of webhooks: project webhooks of project P (fresh per call), so the rule's project ADMIN
// decides; organization webhooks are covered by test/webhook/webhooks.test.ts. A public IP literal as the URL: the
// matrix server's outbound guard is the strict one, and no DNS is asked.
const URL_OK = 'https://93.184.215.14/hook';

export function webhookSamples(env: MatrixEnv): Record<string, Sample> {
  async function freshWebhook(): Promise<string> {
    const id = newId('webhook');
    await env.db
      .insertInto('webhook')
      .values({
        id,
        organizationId: env.organizationId,
        projectId: env.projectId,
        url: URL_OK,
        typesJson: '[]',
        enabled: 1,
        secret: sealSecret('whsec_AAAA', DEV_SECRETS_KEY),
        cursor: 0,
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    return id;
  }
  async function freshDeadDelivery(): Promise<string> {
    const webhookId = await freshWebhook();
    const id = newId('webhookDelivery');
    await env.db
      .insertInto('webhookDelivery')
      .values({
        id,
        webhookId,
        organizationId: env.organizationId,
        projectId: env.projectId,
        changeId: newId('change'),
        changeSequence: 1,
        changeType: 'TASK_CREATED',
        body: '{}',
        outcome: 'DEAD',
        attempts: 8,
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    return id;
  }
  return {
    'Query.webhook': {
      // Any token may ask; what it answers is what the caller may administer (null below ADMIN, like an unknown
      // id: D1), which test/webhook/webhooks.test.ts checks. The matrix checks the rule: it answers every token.
      target: 'none',
      run: async (c) =>
        env.found(c, 'query($id: ID!) { webhook(id: $id) { id } }', (d) => d && 'webhook' in d, {
          id: await freshWebhook(),
        }),
    },
    'Mutation.webhookCreate': {
      target: 'project',
      run: (c) =>
        env.mutate(
          c,
          'mutation($p: ID!, $u: String!) { webhookCreate(input: { projectId: $p, url: $u }) { webhook { id } secret userErrors { code } } }',
          'webhookCreate',
          { p: env.projectId, u: URL_OK },
        ),
    },
    'Mutation.webhookUpdate': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { webhookUpdate(id: $id, input: { description: "d" }) { webhook { id } userErrors { code } } }',
          'webhookUpdate',
          { id: await freshWebhook() },
        ),
    },
    'Mutation.webhookDelete': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { webhookDelete(id: $id) { deletedId userErrors { code } } }',
          'webhookDelete',
          { id: await freshWebhook() },
        ),
    },
    'Mutation.webhookRotateSecret': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { webhookRotateSecret(id: $id) { secret userErrors { code } } }',
          'webhookRotateSecret',
          { id: await freshWebhook() },
        ),
    },
    'Mutation.webhookDeliveryRetry': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { webhookDeliveryRetry(id: $id) { delivery { id } userErrors { code } } }',
          'webhookDeliveryRetry',
          { id: await freshDeadDelivery() },
        ),
    },
  };
}
