import http from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildASTSchema, parse } from 'graphql';
import gql from 'graphql-tag';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startAnnograph, type RunningServer } from '../../src/start';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';

// A foreign subgraph written for this test: it references Annograph's Task and Project by key and adds fields.
const REVIEWS_SDL = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Task @key(fields: "id") {
    id: ID!
    reviewScore: Int!
  }
  type Project @key(fields: "id") {
    id: ID!
    featured: Boolean!
  }
  type Query {
    featuredTask: Task
  }
`;

describe(`${DIALECT}: Annograph behind @apollo/gateway`, () => {
  let t: TestDb;
  let annograph: RunningServer;
  let reviews: { url: string; stop: () => Promise<void> };
  let gateway: { url: string; stop: () => Promise<void> };
  let token: string;
  let taskId: string;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestDb();
    const fixture = await insertProject(t.db, 'Federated project');
    projectId = fixture.projectId;
    token = fixture.owner.secret;
    taskId = (await insertGenAiTasks(t.db, projectId, 1, { threads: 0, turns: 0, annotationsPerLevel: 0, chunks: 0 }))
      .task[0].id;
    annograph = await startAnnograph(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off' }),
      pino({ level: 'silent' }),
      t.db,
    );

    const reviewsServer = new ApolloServer({
      plugins: [ApolloServerPluginInlineTraceDisabled()],
      schema: buildSubgraphSchema([
        {
          typeDefs: REVIEWS_SDL,
          resolvers: {
            Query: { featuredTask: () => ({ __typename: 'Task', id: taskId }) },
            Task: { reviewScore: (task: { id: string }) => task.id.length },
            Project: { featured: () => true },
          } as never,
        },
      ]),
    });
    const { url: reviewsUrl } = await startStandaloneServer(reviewsServer, { listen: { port: 0, host: '127.0.0.1' } });
    reviews = { url: reviewsUrl, stop: () => reviewsServer.stop() };

    // Compose from Annograph's own _service SDL, as rover would.
    const sdl = (
      await (
        await fetch(annograph.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ _service { sdl } }' }),
        })
      ).json()
    ).data._service.sdl;
    const composed = composeServices([
      { name: 'annograph', url: annograph.url, typeDefs: parse(sdl) },
      { name: 'reviews', url: reviewsUrl, typeDefs: REVIEWS_SDL },
    ]);
    expect(composed.errors ?? []).toEqual([]);
    // Subscriptions compose (for Apollo Router's passthrough; @apollo/gateway itself cannot run them).
    const subscription = buildASTSchema(parse(composed.supergraphSdl!), { assumeValidSDL: true }).getSubscriptionType();
    expect(Object.keys(subscription?.getFields() ?? {}).sort()).toEqual(['changes', 'jobProgress']);
    const gatewayServer = new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl: composed.supergraphSdl!,
        // Pass the caller's Authorization header through to the subgraphs.
        buildService: ({ url }) =>
          new RemoteGraphQLDataSource({
            url,
            willSendRequest: ({ request, context }) => {
              const auth = (context as { authorization?: string }).authorization;
              if (auth) request.http?.headers.set('authorization', auth);
            },
          }),
      }),
    });
    const { url: gatewayUrl } = await startStandaloneServer(gatewayServer, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async ({ req }: { req: http.IncomingMessage }) => ({ authorization: req.headers.authorization }),
    });
    gateway = { url: gatewayUrl, stop: () => gatewayServer.stop() };
  });
  afterAll(async () => {
    await gateway?.stop();
    await reviews?.stop();
    await annograph?.stop();
    await t.destroy();
  });

  const ask = async (query: string, authorization?: string) =>
    (
      await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query }),
      })
    ).json();

  it('answers a query that crosses both subgraphs in both directions, with the caller authorized by Annograph', async () => {
    const body = await ask(
      `{
      featuredTask { id reviewScore status project { name featured } }
      projects { nodes { name featured tasks { nodes { id reviewScore } } } }
    }`,
      `Token ${token}`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      featuredTask: {
        id: taskId,
        reviewScore: taskId.length,
        status: 'COMPLETED',
        project: { name: 'Federated project', featured: true },
      },
      projects: {
        nodes: [
          { name: 'Federated project', featured: true, tasks: { nodes: [{ id: taskId, reviewScore: taskId.length }] } },
        ],
      },
    });
  });

  it('passes the missing token on: Annograph refuses its part, the foreign subgraph answers its own', async () => {
    const own = await ask('{ featuredTask { id reviewScore } }');
    expect(own).toEqual({ data: { featuredTask: { id: taskId, reviewScore: taskId.length } } });
    const crossing = await ask('{ featuredTask { id status } }');
    expect(crossing.data.featuredTask).toBeNull();
    expect(JSON.stringify(crossing.errors)).toMatch(/UNAUTHENTICATED|not authenticated/);
  });
});
