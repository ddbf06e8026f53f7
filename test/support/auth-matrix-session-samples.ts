import { sql } from 'kysely';
import type { Database } from '../../src/db/database';
import { newId } from '../../src/ids';
import type { Caller, Outcome, Sample } from './auth-matrix-rules';

// Auth-matrix samples of the session modules (search sessions, correction sessions), with fresh targets per call.
// `env` is read when a sample runs: the samples are built before the fixtures exist.
type Env = {
  db: Database;
  projectId: string;
  coder: string;
  batch: string;
  searchSession: string;
  found: (
    c: Caller,
    query: string,
    pick: (data: any) => unknown,
    variables?: Record<string, unknown>,
  ) => Promise<Outcome>;
  mutate: (c: Caller, query: string, field: string, variables?: Record<string, unknown>) => Promise<Outcome>;
  unique: (s: string) => string;
  now: () => string;
  freshBatch: (status: 'STAGING' | 'IN_PROGRESS' | 'PAUSED') => Promise<string>;
};

export function sessionSamples(env: Env): Record<string, Sample> {
  async function freshSearchSession(events: boolean): Promise<string> {
    const batch = await env.freshBatch('IN_PROGRESS');
    const id = newId('searchSession');
    await env.db
      .insertInto('searchSession')
      .values({
        id,
        projectId: env.projectId,
        batchId: batch,
        sessionNumber: 1,
        source: 'EMBEDDING_STUDIO',
        externalId: env.unique('s'),
        searchQueryJson: '"q"',
        createdAt: env.now(),
        registeredAt: env.now(),
      })
      .execute();
    if (events)
      await env.db
        .insertInto('sessionEvent')
        .values({
          id: newId('sessionEvent'),
          projectId: env.projectId,
          sessionId: id,
          externalId: 'e',
          objectId: 'o',
          eventType: 'click',
          createdAt: env.now(),
        })
        .execute();
    return id;
  }
  async function freshClaimedItem(claimedBy: string | null): Promise<string> {
    const id = newId('improvementItem');
    await env.db
      .insertInto('improvementItem')
      .values({
        id,
        projectId: env.projectId,
        sessionId: await freshSearchSession(true),
        status: 'PROCESSING',
        claimedBy,
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    return id;
  }
  const SESSION_PAYLOAD = '{ session { id } userErrors { code } }';
  /** A running correction session with one segment and one predicted tag, of the classifier `coder`. */
  async function freshCorrection() {
    const [documentId, segmentId, sessionId, tagId] = [
      newId('document'),
      newId('segment'),
      newId('correctionSession'),
      newId('correctionTag'),
    ];
    await env.db
      .insertInto('document')
      .values({ id: documentId, projectId: env.projectId, text: 'Comfy seats.', createdAt: env.now() })
      .execute();
    await env.db
      .insertInto('segment')
      .values({ id: segmentId, projectId: env.projectId, documentId, spanStart: 0, spanEnd: 12, text: 'Comfy seats.' })
      .execute();
    await env.db
      .insertInto('correctionSession')
      .values({
        id: sessionId,
        projectId: env.projectId,
        coderId: env.coder,
        uuid: env.unique('uuid'),
        source: 'ANNOGRAPH',
        name: 'c',
        status: 'STARTED',
        classificationType: 'ABSA',
        sampleSize: 1,
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    await env.db.insertInto('correctionSegment').values({ sessionId, segmentId }).execute();
    await env.db
      .insertInto('correctionTag')
      .values({
        id: tagId,
        projectId: env.projectId,
        sessionId,
        segmentId,
        class: 'Comfort',
        label: 'POS',
        status: 'READY',
        predicted: 1,
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    return { sessionId, segmentId, tagId };
  }
  const CHANGE_PAYLOAD = '{ progress userErrors { code } }';

  return {
    'Query.session': {
      target: 'project',
      run: async (c) =>
        env.found(c, 'query($id: ID!) { session(id: $id) { id } }', (d) => d.session, { id: env.searchSession }),
    },
    'Query.batchSessions': {
      target: 'project',
      run: (c) =>
        env.found(c, 'query($b: ID!) { batchSessions(batchId: $b) { lastNumber } }', (d) => d.batchSessions, {
          b: env.batch,
        }),
    },
    'Mutation.searchSessionRegister': {
      target: 'project',
      run: (c) =>
        env.mutate(
          c,
          `mutation($p: ID!, $s: String!) { searchSessionRegister(input: { projectId: $p, sessionId: $s, searchQuery: "q", searchResults: [] }) ${SESSION_PAYLOAD} }`,
          'searchSessionRegister',
          { p: env.projectId, s: env.unique('reg') },
        ),
    },
    'Mutation.searchSessionAddEvents': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          `mutation($s: ID!) { searchSessionAddEvents(input: { sessionId: $s, events: [{ eventId: "e1", objectId: "o" }] }) ${SESSION_PAYLOAD} }`,
          'searchSessionAddEvents',
          { s: await freshSearchSession(false) },
        ),
    },
    'Mutation.searchSessionMarkIrrelevant': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          `mutation($s: ID!) { searchSessionMarkIrrelevant(id: $s) ${SESSION_PAYLOAD} }`,
          'searchSessionMarkIrrelevant',
          { s: await freshSearchSession(false) },
        ),
    },
    'Mutation.sessionUseForImprovement': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($s: ID!) { sessionUseForImprovement(sessionId: $s) { item { id } userErrors { code } } }',
          'sessionUseForImprovement',
          { s: await freshSearchSession(true) },
        ),
    },
    'Mutation.batchRelease': {
      target: 'project',
      run: async (c) => {
        await env.db
          .insertInto('batch')
          .values({
            id: newId('batch'),
            projectId: env.projectId,
            kind: 'SESSIONS',
            name: env.unique('collecting'),
            status: 'COLLECTING',
            source: 'ANNOGRAPH',
            createdAt: env.now(),
            updatedAt: env.now(),
          })
          .onConflict((oc: any) => oc.column('projectId').where('status', '=', sql.lit('COLLECTING')).doNothing())
          .execute();
        return env.mutate(
          c,
          'mutation($p: ID!, $r: String!) { batchRelease(projectId: $p, releaseId: $r) { batch { id } userErrors { code } } }',
          'batchRelease',
          { p: env.projectId, r: env.unique('rel') },
        );
      },
    },
    'Mutation.improvementItemClaim': {
      target: 'project',
      run: (c) =>
        env.mutate(
          c,
          'mutation($p: ID!) { improvementItemClaim(projectId: $p) { item { id } userErrors { code } } }',
          'improvementItemClaim',
          { p: env.projectId },
        ),
    },
    'Mutation.improvementItemComplete': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { improvementItemComplete(id: $id, outcome: DONE) { item { id } userErrors { code } } }',
          'improvementItemComplete',
          { id: await freshClaimedItem(c.viewer.kind === 'anonymous' ? null : c.viewer.tokenId) },
        ),
    },
    'Mutation.correctionSessionCreate': {
      target: 'project',
      run: (c) =>
        env.mutate(
          c,
          'mutation($p: ID!, $m: ID!) { correctionSessionCreate(input: { projectId: $p, modelId: $m, sampleSize: 1 }) { session { id } userErrors { code } } }',
          'correctionSessionCreate',
          { p: env.projectId, m: env.coder },
        ),
    },
    'Mutation.correctionSessionDelete': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { correctionSessionDelete(id: $id) { deletedSessionId userErrors { code } } }',
          'correctionSessionDelete',
          { id: (await freshCorrection()).sessionId },
        ),
    },
    'Mutation.correctionTagAdd': {
      target: 'project',
      run: async (c) => {
        const f = await freshCorrection();
        return env.mutate(
          c,
          `mutation($s: ID!, $g: ID!) { correctionTagAdd(sessionId: $s, segmentId: $g, tag: { class: "Price", label: "NEG" }) ${CHANGE_PAYLOAD} }`,
          'correctionTagAdd',
          { s: f.sessionId, g: f.segmentId },
        );
      },
    },
    'Mutation.correctionTagChange': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          `mutation($id: ID!) { correctionTagChange(id: $id, tag: { class: "Comfort", label: "NEG" }) ${CHANGE_PAYLOAD} }`,
          'correctionTagChange',
          { id: (await freshCorrection()).tagId },
        ),
    },
    'Mutation.correctionTagDelete': {
      target: 'project',
      run: async (c) =>
        env.mutate(c, `mutation($id: ID!) { correctionTagDelete(id: $id) ${CHANGE_PAYLOAD} }`, 'correctionTagDelete', {
          id: (await freshCorrection()).tagId,
        }),
    },
    'Mutation.correctionTagConfirm': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          `mutation($id: ID!) { correctionTagConfirm(id: $id, status: CORRECTING) ${CHANGE_PAYLOAD} }`,
          'correctionTagConfirm',
          { id: (await freshCorrection()).tagId },
        ),
    },
    'Mutation.correctionSegmentMarkAnnotated': {
      target: 'project',
      run: async (c) => {
        const f = await freshCorrection();
        return env.mutate(
          c,
          `mutation($s: ID!, $g: ID!) { correctionSegmentMarkAnnotated(sessionId: $s, segmentId: $g) ${CHANGE_PAYLOAD} }`,
          'correctionSegmentMarkAnnotated',
          { s: f.sessionId, g: f.segmentId },
        );
      },
    },
  };
}
