import type { Database } from '../../src/db/database';
import { newId } from '../../src/ids';
import type { Caller, Outcome, Sample } from './auth-matrix-rules';

// Auth-matrix samples of prompts, versions, connections and inference runs, with fresh targets per call.
type Env = {
  db: Database;
  projectId: string;
  organizationId: string;
  found: (
    c: Caller,
    query: string,
    pick: (data: any) => unknown,
    variables?: Record<string, unknown>,
  ) => Promise<Outcome>;
  mutate: (c: Caller, query: string, field: string, variables?: Record<string, unknown>) => Promise<Outcome>;
  now: () => string;
};

export function promptSamples(env: Env): Record<string, Sample> {
  async function freshPrompt(): Promise<string> {
    const id = newId('prompt');
    await env.db
      .insertInto('prompt')
      .values({
        id,
        organizationId: env.organizationId,
        title: 'p',
        skillName: 'TEXT_CLASSIFICATION',
        inputFieldsJson: '["text"]',
        outputClassesJson: '["a","b"]',
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    return id;
  }
  async function freshVersion(): Promise<string> {
    const id = newId('promptVersion');
    await env.db
      .insertInto('promptVersion')
      .values({
        id,
        promptId: await freshPrompt(),
        title: 'v',
        promptText: 'Classify',
        provider: 'OFFLINE',
        providerModelId: 'offline',
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    return id;
  }
  async function freshRun(): Promise<string> {
    const versionId = await freshVersion();
    const version = await env.db
      .selectFrom('promptVersion')
      .select('promptId')
      .where('id', '=', versionId)
      .executeTakeFirstOrThrow();
    const id = newId('inferenceRun');
    await env.db
      .insertInto('inferenceRun')
      .values({
        id,
        projectId: env.projectId,
        promptId: version.promptId,
        versionId,
        status: 'PENDING',
        projectSubset: 'ALL',
        createdAt: env.now(),
      })
      .execute();
    return id;
  }
  return {
    'Query.prompt': {
      target: 'organization',
      run: async (c) =>
        env.found(c, 'query($id: ID!) { prompt(id: $id) { id } }', (d) => d.prompt, { id: await freshPrompt() }),
    },
    'Query.inferenceRun': {
      target: 'project',
      run: async (c) =>
        env.found(c, 'query($id: ID!) { inferenceRun(id: $id) { id } }', (d) => d.inferenceRun, {
          id: await freshRun(),
        }),
    },
    'Mutation.promptCreate': {
      target: 'organization',
      run: (c) =>
        env.mutate(
          c,
          'mutation($o: ID!) { promptCreate(input: { organizationId: $o, title: "t", inputFields: ["text"], outputClasses: ["a"] }) { prompt { id } userErrors { code } } }',
          'promptCreate',
          { o: env.organizationId },
        ),
    },
    'Mutation.promptUpdate': {
      target: 'organization',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { promptUpdate(id: $id, input: { title: "u" }) { prompt { id } userErrors { code } } }',
          'promptUpdate',
          { id: await freshPrompt() },
        ),
    },
    'Mutation.promptDelete': {
      target: 'organization',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { promptDelete(id: $id) { deletedId userErrors { code } } }',
          'promptDelete',
          { id: await freshPrompt() },
        ),
    },
    'Mutation.promptVersionCreate': {
      target: 'organization',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($p: ID!) { promptVersionCreate(input: { promptId: $p, title: "v", promptText: "x", providerModelId: "offline" }) { version { id } userErrors { code } } }',
          'promptVersionCreate',
          { p: await freshPrompt() },
        ),
    },
    'Mutation.promptVersionUpdate': {
      target: 'organization',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { promptVersionUpdate(id: $id, input: { title: "w", maxFewShotExamples: 2 }) { version { id } userErrors { code } } }',
          'promptVersionUpdate',
          { id: await freshVersion() },
        ),
    },
    'Mutation.promptVersionDelete': {
      target: 'organization',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { promptVersionDelete(id: $id) { deletedId userErrors { code } } }',
          'promptVersionDelete',
          { id: await freshVersion() },
        ),
    },
    'Mutation.providerConnectionCreate': {
      target: 'organization',
      run: (c) =>
        env.mutate(
          c,
          'mutation($o: ID!) { providerConnectionCreate(input: { organizationId: $o, name: "n", provider: CUSTOM, baseUrl: "https://93.184.215.14/v1", apiKey: "k" }) { connection { id } userErrors { code } } }',
          'providerConnectionCreate',
          { o: env.organizationId },
        ),
    },
    'Mutation.inferenceRunCreate': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($v: ID!, $p: ID!) { inferenceRunCreate(input: { versionId: $v, projectId: $p }) { run { id } userErrors { code } } }',
          'inferenceRunCreate',
          { v: await freshVersion(), p: env.projectId },
        ),
    },
    'Mutation.inferenceRunCancel': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { inferenceRunCancel(id: $id) { run { id } userErrors { code } } }',
          'inferenceRunCancel',
          { id: await freshRun() },
        ),
    },
  };
}
