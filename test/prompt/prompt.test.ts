import { insertAccount, type Account } from '../support/accounts';
import { DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';
import { newId } from '../../src/ids';

// Prompts, their versions and provider connections (schema/prompt.graphql) through GraphQL: create, update, delete,
// search and order, the refusals (NOT_FOUND, BAD_USER_INPUT, FORBIDDEN) and a connection's key, which is never
// returned. Runs of versions are test/inference-run's.

const PROMPT = `id title description skill inputFields outputClasses associatedProjects { id } createdBy { id }
  organization { id } versionsCount runsCount bestScore`;
const VERSION = `id title promptText provider providerModelId maxFewShotExamples score connection { id } prompt { id }
  createdBy { id }`;
const ERRORS = 'userErrors { code field }';

describe(`${DIALECT}: prompts`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let organizationId: string;
  let owner: Account;

  beforeAll(async () => {
    ({ t, server, projectId, organizationId, owner } = await startProjectServer());
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>, viewer?: Account['viewer']) => {
    const result = await server.execute(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const createPrompt = async (input: Record<string, unknown>, viewer?: Account['viewer']) =>
    (
      await run(
        `mutation($i: PromptCreateInput!) { promptCreate(input: $i) { prompt { ${PROMPT} } ${ERRORS} } }`,
        { i: { organizationId, inputFields: ['text'], outputClasses: ['pos', 'neg'], ...input } },
        viewer,
      )
    ).promptCreate;
  const updatePrompt = async (id: string, input: Record<string, unknown>) =>
    (
      await run(
        `mutation($id: ID!, $i: PromptUpdateInput!) { promptUpdate(id: $id, input: $i) { prompt { ${PROMPT} } ${ERRORS} } }`,
        { id, i: input },
      )
    ).promptUpdate;
  const createVersion = async (input: Record<string, unknown>) =>
    (
      await run(
        `mutation($i: PromptVersionCreateInput!) { promptVersionCreate(input: $i) { version { ${VERSION} } ${ERRORS} } }`,
        { i: { title: 'v', promptText: 'Classify', providerModelId: 'offline-jaccard', ...input } },
      )
    ).promptVersionCreate;
  const createConnection = async (input: Record<string, unknown>, viewer?: Account['viewer']) =>
    await server.execute(
      `mutation($i: ProviderConnectionCreateInput!) { providerConnectionCreate(input: $i) { connection { id name provider baseUrl hasApiKey timeoutMs maxRetries } ${ERRORS} } }`,
      { i: { organizationId, name: 'Local', provider: 'CUSTOM', ...input } },
      viewer,
    );
  const remove = async (mutation: 'promptDelete' | 'promptVersionDelete', id: string, viewer?: Account['viewer']) =>
    server.execute(`mutation($id: ID!) { ${mutation}(id: $id) { deletedId ${ERRORS} } }`, { id }, viewer);

  it('creates a prompt linked to projects of its organization, with the defaults', async () => {
    const { prompt, userErrors } = await createPrompt({
      title: '  Sentiment  ',
      description: 'Reviews',
      associatedProjectIds: [projectId, projectId],
    });
    expect(userErrors).toEqual([]);
    expect(prompt).toEqual({
      id: expect.stringMatching(/^prm_/),
      title: 'Sentiment',
      description: 'Reviews',
      skill: 'TEXT_CLASSIFICATION',
      inputFields: ['text'],
      outputClasses: ['pos', 'neg'],
      associatedProjects: [{ id: projectId }],
      createdBy: { id: owner.userId },
      organization: { id: organizationId },
      versionsCount: 0,
      runsCount: 0,
      bestScore: null,
    });
    expect((await run(`query($id: ID!) { prompt(id: $id) { id title } }`, { id: prompt.id })).prompt).toEqual({
      id: prompt.id,
      title: 'Sentiment',
    });
  });

  it('refuses invalid input, an unknown organization and a project of another organization', async () => {
    expect(await createPrompt({ title: ' ' })).toEqual({
      prompt: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'title'] }],
    });
    expect((await createPrompt({ title: 'x', inputFields: [] })).userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'inputFields'] },
    ]);
    expect((await createPrompt({ title: 'x', outputClasses: ['a', 'b', 'a'] })).userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'outputClasses', '2'] },
    ]);
    const other = await insertProject(t.db, 'Elsewhere');
    for (const org of [newId('organization'), other.organizationId, projectId, ''])
      expect((await createPrompt({ title: 'x', organizationId: org })).userErrors).toEqual([
        { code: 'NOT_FOUND', field: ['input', 'organizationId'] },
      ]);
    for (const project of [other.projectId, newId('project'), organizationId])
      expect((await createPrompt({ title: 'x', associatedProjectIds: [projectId, project] })).userErrors).toEqual([
        { code: 'NOT_FOUND', field: ['input', 'associatedProjectIds'] },
      ]);
    // More distinct ids than either store binds as parameters: still one answer, not a crash.
    const many = [projectId, ...Array.from({ length: 40_000 }, () => newId('project'))];
    expect((await createPrompt({ title: 'x', associatedProjectIds: many })).userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'associatedProjectIds'] },
    ]);
    const titles = await t.db.selectFrom('prompt').select('title').execute();
    expect(titles.map((p) => p.title)).not.toContain('x');
  });

  it('updates a prompt: given fields change, a null description clears, linked projects are replaced', async () => {
    const { prompt } = await createPrompt({ title: 'Before', description: 'D', associatedProjectIds: [projectId] });
    const second = await t.db
      .insertInto('project')
      .values({
        id: newId('project'),
        organizationId,
        name: 'Second',
        source: 'ANNOGRAPH',
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const updated = await updatePrompt(prompt.id, {
      title: 'After',
      description: null,
      outputClasses: ['a', 'b', 'c'],
      associatedProjectIds: [second.id],
    });
    expect(updated.userErrors).toEqual([]);
    // The owner sees every project of the organization.
    expect(updated.prompt).toMatchObject({
      title: 'After',
      description: null,
      inputFields: ['text'],
      outputClasses: ['a', 'b', 'c'],
      associatedProjects: [{ id: second.id }],
    });
    // Omitted: unchanged; an empty list unlinks every project.
    expect((await updatePrompt(prompt.id, { associatedProjectIds: [] })).prompt).toMatchObject({
      title: 'After',
      outputClasses: ['a', 'b', 'c'],
      associatedProjects: [],
    });
    expect((await updatePrompt(prompt.id, { title: '' })).userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'title'] },
    ]);
    for (const id of [newId('prompt'), projectId])
      expect((await updatePrompt(id, { title: 'y' })).userErrors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
  });

  it('adds, changes and deletes versions; a network provider needs a connection of the organization', async () => {
    const { prompt } = await createPrompt({ title: 'Versioned' });
    const v1 = await createVersion({ promptId: prompt.id, title: 'v1' });
    expect(v1).toEqual({
      version: {
        id: expect.stringMatching(/^pver_/),
        title: 'v1',
        promptText: 'Classify',
        provider: 'OFFLINE',
        providerModelId: 'offline-jaccard',
        maxFewShotExamples: 0,
        score: null,
        connection: null,
        prompt: { id: prompt.id },
        createdBy: { id: owner.userId },
      },
      userErrors: [],
    });
    expect((await createVersion({ promptId: prompt.id, provider: 'OPENAI' })).userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'connectionId'] },
    ]);
    expect((await createVersion({ promptId: prompt.id, maxFewShotExamples: 101 })).userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'maxFewShotExamples'] },
    ]);
    expect((await createVersion({ promptId: newId('prompt') })).userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'promptId'] },
    ]);
    const other = await insertProject(t.db, 'Other');
    const foreign = await createConnection({ organizationId: other.organizationId }, other.owner.viewer);
    const foreignId = foreign.data!.providerConnectionCreate.connection.id;
    expect(
      (await createVersion({ promptId: prompt.id, provider: 'CUSTOM', connectionId: foreignId })).userErrors,
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'connectionId'] }]);
    const mine = (await createConnection({ baseUrl: 'https://llm.example/v1' })).data!.providerConnectionCreate
      .connection.id;
    const v2 = await createVersion({ promptId: prompt.id, title: 'v2', provider: 'CUSTOM', connectionId: mine });
    expect(v2.version).toMatchObject({ provider: 'CUSTOM', connection: { id: mine } });

    const update = async (id: string, input: Record<string, unknown>) =>
      (
        await run(
          `mutation($id: ID!, $i: PromptVersionUpdateInput!) { promptVersionUpdate(id: $id, input: $i) { version { ${VERSION} } ${ERRORS} } }`,
          { id, i: input },
        )
      ).promptVersionUpdate;
    expect(
      (await update(v1.version.id, { title: 'v1b', promptText: 'Be brief', maxFewShotExamples: 3, connectionId: mine }))
        .version,
    ).toMatchObject({ title: 'v1b', promptText: 'Be brief', maxFewShotExamples: 3, connection: { id: mine } });
    expect((await update(v1.version.id, { connectionId: foreignId })).userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'connectionId'] },
    ]);
    expect((await update(newId('promptVersion'), { title: 'x' })).userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['id'] },
    ]);
    const versions = async () =>
      (
        await run(`query($id: ID!) { prompt(id: $id) { versionsCount versions { totalCount nodes { id title } } } }`, {
          id: prompt.id,
        })
      ).prompt;
    expect(await versions()).toEqual({
      versionsCount: 2,
      versions: {
        totalCount: 2,
        nodes: [
          { id: v1.version.id, title: 'v1b' },
          { id: v2.version.id, title: 'v2' },
        ],
      },
    });
    expect((await remove('promptVersionDelete', v2.version.id)).data!.promptVersionDelete).toEqual({
      deletedId: v2.version.id,
      userErrors: [],
    });
    expect((await remove('promptVersionDelete', v2.version.id)).data!.promptVersionDelete).toEqual({
      deletedId: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['id'] }],
    });
    expect((await versions()).versions.nodes).toEqual([{ id: v1.version.id, title: 'v1b' }]);
    // Deleting the prompt takes its versions with it.
    expect((await remove('promptDelete', prompt.id)).data!.promptDelete).toEqual({
      deletedId: prompt.id,
      userErrors: [],
    });
    expect((await run(`query($id: ID!) { node(id: $id) { id } }`, { id: v1.version.id })).node).toBeNull();
    expect((await remove('promptDelete', prompt.id)).data!.promptDelete.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['id'] },
    ]);
  });

  it('finds prompts by a literal, case-insensitive search in title or description, and orders them', async () => {
    await t.db.deleteFrom('prompt').execute();
    const made: string[] = [];
    for (const [title, description] of [
      ['Zebra 100%', 'stripes'],
      ['aardvark', 'Ants_and_termites'],
      ['Mongoose', null],
    ] as const)
      made.push((await createPrompt({ title, description })).prompt.id);
    const list = async (args: string) =>
      (
        await run(`query($o: ID!) { organization(id: $o) { prompts${args} { totalCount nodes { title } } } }`, {
          o: organizationId,
        })
      ).organization.prompts;
    const titles = async (args: string) => (await list(args)).nodes.map((n: { title: string }) => n.title);
    expect(await titles('')).toEqual(['Zebra 100%', 'aardvark', 'Mongoose']);
    expect(await titles('(search: "ZEBRA")')).toEqual(['Zebra 100%']);
    expect(await titles('(search: "ANTS")')).toEqual(['aardvark']);
    expect(await titles('(search: "%")')).toEqual(['Zebra 100%']);
    expect(await titles('(search: "_and_")')).toEqual(['aardvark']);
    // As wildcards, `_` would find "aardvark" ("ard") and `%` every prompt.
    expect(await titles('(search: "a_d")')).toEqual([]);
    expect(await titles('(search: "   ")')).toHaveLength(3);
    expect((await list('(search: "nothing like it")')).totalCount).toBe(0);
    expect(await titles('(orderBy: { field: TITLE })')).toEqual(['Mongoose', 'Zebra 100%', 'aardvark']);
    expect(await titles('(orderBy: { field: TITLE, direction: DESC })')).toEqual([
      'aardvark',
      'Zebra 100%',
      'Mongoose',
    ]);
    await updatePrompt(made[0], { description: 'touched' });
    expect((await titles('(orderBy: { field: UPDATED_AT, direction: DESC })'))[0]).toBe('Zebra 100%');
    expect(await titles('(orderBy: { field: CREATED_AT, direction: DESC }, first: 2)')).toEqual([
      'Mongoose',
      'aardvark',
    ]);
  });

  it('stores a provider connection whose key is never returned, and refuses a key in the URL', async () => {
    const created = await createConnection({
      baseUrl: 'https://llm.example/v1',
      apiKey: 'sk-never-returned',
      timeoutMs: 500,
      maxRetries: 1,
    });
    expect(created.errors).toBeUndefined();
    const connection = created.data!.providerConnectionCreate.connection;
    expect(connection).toMatchObject({
      name: 'Local',
      provider: 'CUSTOM',
      baseUrl: 'https://llm.example/v1',
      hasApiKey: true,
      timeoutMs: 500,
      maxRetries: 1,
    });
    expect(JSON.stringify(created)).not.toContain('sk-never-returned');
    const read = await server.execute(
      `query($id: ID!) { node(id: $id) { ... on ProviderConnection { id name baseUrl hasApiKey } } }`,
      { id: connection.id },
    );
    expect(read.data!.node).toMatchObject({ id: connection.id, hasApiKey: true });
    expect(JSON.stringify(read)).not.toContain('sk-never-returned');
    // No field of the schema carries the key.
    const fields = (await run(`{ __type(name: "ProviderConnection") { fields { name } } }`)).__type.fields.map(
      (f: { name: string }) => f.name,
    );
    expect(fields).toContain('hasApiKey');
    expect(fields.filter((f: string) => /key|secret|token/i.test(f) && f !== 'hasApiKey')).toEqual([]);
    const keyless = await createConnection({ baseUrl: 'https://llm.example/v1' });
    expect(keyless.data!.providerConnectionCreate.connection).toMatchObject({
      hasApiKey: false,
      timeoutMs: 30000,
      maxRetries: 2,
    });
    // A key in the URL: one refusal, and the connection is not stored.
    expect(
      (await createConnection({ baseUrl: 'http://user:sk-secret@127.0.0.1:9' })).data!.providerConnectionCreate,
    ).toEqual({
      connection: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'baseUrl'] }],
    });
    for (const baseUrl of ['http://user:sk-secret@127.0.0.1:9', 'ftp://llm.example', 'not a url']) {
      const refused = await createConnection({ baseUrl });
      const { connection, userErrors } = refused.data!.providerConnectionCreate;
      expect(connection).toBeNull();
      expect(userErrors.length).toBeGreaterThan(0);
      expect(new Set(userErrors.map((e: unknown) => JSON.stringify(e)))).toEqual(
        new Set([JSON.stringify({ code: 'BAD_USER_INPUT', field: ['input', 'baseUrl'] })]),
      );
      expect(JSON.stringify(refused)).not.toContain('sk-secret');
    }
    expect(
      await t.db.selectFrom('providerConnection').select('id').where('baseUrl', 'like', '%sk-secret%').execute(),
    ).toEqual([]);
    expect((await createConnection({ organizationId: newId('organization') })).data!.providerConnectionCreate).toEqual({
      connection: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'organizationId'] }],
    });
  });

  it('needs MANAGER for prompts and versions, ADMIN for deletes and connections; other organizations see nothing', async () => {
    const { prompt } = await createPrompt({ title: 'Guarded' });
    const version = (await createVersion({ promptId: prompt.id })).version;
    const member = (projectRole: 'VIEWER' | 'ANNOTATOR' | 'REVIEWER' | 'MANAGER') =>
      insertAccount(t.db, { organizationId, organizationRole: 'MEMBER', projectId, projectRole });
    const forbidden = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const role of ['VIEWER', 'ANNOTATOR', 'REVIEWER'] as const) {
      const viewer = (await member(role)).viewer;
      forbidden(
        await server.execute(
          `mutation($o: ID!) { promptCreate(input: { organizationId: $o, title: "No", inputFields: ["text"], outputClasses: [] }) { prompt { id } } }`,
          { o: organizationId },
          viewer,
        ),
      );
      forbidden(
        await server.execute(
          `mutation($id: ID!) { promptUpdate(id: $id, input: { title: "No" }) { prompt { id } } }`,
          { id: prompt.id },
          viewer,
        ),
      );
    }
    // A project MANAGER writes prompts and versions, but deletes nothing and stores no connection.
    const manager = (await member('MANAGER')).viewer;
    expect((await createPrompt({ title: 'By a manager' }, manager)).userErrors).toEqual([]);
    forbidden(await remove('promptDelete', prompt.id, manager));
    forbidden(await remove('promptVersionDelete', version.id, manager));
    forbidden(await createConnection({}, manager));
    // Another organization's owner: NOT_FOUND, as for an unknown id.
    const stranger = (await insertProject(t.db, 'Stranger')).owner.viewer;
    expect((await remove('promptDelete', prompt.id, stranger)).data!.promptDelete.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['id'] },
    ]);
    expect((await remove('promptVersionDelete', version.id, stranger)).data!.promptVersionDelete.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['id'] },
    ]);
    expect((await run(`query($id: ID!) { prompt(id: $id) { id } }`, { id: prompt.id }, stranger)).prompt).toBeNull();
    expect(await t.db.selectFrom('prompt').select('id').where('id', '=', prompt.id).executeTakeFirst()).toBeDefined();
  });
});
