import type { Viewer } from '../../src/auth/viewer';
import { newId } from '../../src/ids';
import { insertServiceToken, type Account } from '../support/accounts';
import { DIALECT } from '../support/db';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { changeReader, type ChangeNode } from './change-reader';

// Issue 18, part 2: correction sessions and their tags, search sessions, the improvement queue and batch releases
// record their changes; a step that changes nothing (sent again) records nothing.
const now = () => new Date().toISOString();
const ERRORS = 'userErrors { code }';
const essentials = (changes: ChangeNode[]) => changes.map((c) => [c.type, c.objectId, c.payload]);

describe(`${DIALECT}: changes of correction and search sessions`, () => {
  let s: ProjectServer;
  let read: ReturnType<typeof changeReader>;
  let project: { projectId: string };
  let worker: Account;

  beforeAll(async () => {
    s = await startProjectServer();
    read = changeReader(s.server, s.owner.viewer);
    project = { projectId: s.projectId };
    worker = await insertServiceToken(s.t.db, s.organizationId, 'ADMIN');
  });
  afterAll(() => stopProjectServer(s));

  const ok = async (query: string, variables: Record<string, unknown>, viewer: Viewer = s.owner.viewer) => {
    const result = await s.server.execute(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    const payload = Object.values(result.data!)[0] as { userErrors: unknown[] } & Record<string, any>;
    expect(payload.userErrors).toEqual([]);
    return payload;
  };
  const during = (step: () => Promise<unknown>) => read.during(project, step);

  /** A classifier with one document of two segments, each with one predicted tag. */
  async function insertClassifier() {
    const coderId = newId('coder');
    await s.t.db
      .insertInto('coder')
      .values({
        id: coderId,
        projectId: s.projectId,
        kind: 'CLASSIFIER',
        label: 'ABSA',
        source: 'DEEPOPINION',
        createdAt: now(),
        updatedAt: now(),
      })
      .execute();
    const documentId = newId('document');
    await s.t.db
      .insertInto('document')
      .values({ id: documentId, projectId: s.projectId, text: 'Seats are comfy. Price is high.', createdAt: now() })
      .execute();
    for (const [start, end, text, cls] of [
      [0, 16, 'Seats are comfy.', 'Comfort'],
      [17, 31, 'Price is high.', 'Price'],
    ] as const) {
      const segmentId = newId('segment');
      await s.t.db
        .insertInto('segment')
        .values({ id: segmentId, projectId: s.projectId, documentId, spanStart: start, spanEnd: end, text })
        .execute();
      await s.t.db
        .insertInto('coderPrediction')
        .values({ id: `pred_${segmentId}`, coderId, segmentId, class: cls, label: 'POS' })
        .execute();
    }
    return coderId;
  }

  it('records a correction session, its tags and its segments, and nothing for a refused change', async () => {
    const coderId = await insertClassifier();
    let session: { id: string; documentGroup: { id: string } } = null as never;
    const created = await during(async () => {
      ({ session } = await ok(
        `mutation($p: ID!, $m: ID!) { correctionSessionCreate(input: { projectId: $p, modelId: $m, sampleSize: 1 }) { session { id documentGroup { id } } ${ERRORS} } }`,
        { p: s.projectId, m: coderId },
      ));
    });
    expect(created).toEqual([
      expect.objectContaining({
        type: 'SESSION_CREATED',
        objectType: 'CorrectionSession',
        objectId: session.id,
        projectId: s.projectId,
        actor: { kind: 'USER', id: s.owner.userId },
        payload: { modelId: coderId, documentGroupId: session.documentGroup.id, status: 'STARTED', tags: 2 },
      }),
    ]);
    const docs = (
      await s.server.execute(
        `query($id: ID!) { session(id: $id) { ... on CorrectionSession { documents(first: 1) { nodes { segments { segment { id } tags { id } } } } } } }`,
        { id: session.id },
      )
    ).data!.session.documents.nodes[0].segments;
    const [first, second] = docs.map((d: any) => ({
      segmentId: d.segment.id as string,
      tagId: d.tags[0].id as string,
    }));
    const on = (segmentId: string) => ({ sessionId: session.id, segmentId });

    let addedId = '';
    const added = await during(async () => {
      addedId = (
        await ok(
          `mutation($s: ID!, $g: ID!) { correctionTagAdd(sessionId: $s, segmentId: $g, tag: { class: "Comfort", label: "NEU" }) { tag { id } ${ERRORS} } }`,
          { s: session.id, g: first.segmentId },
        )
      ).tag.id;
    });
    // The first change also moves the session from STARTED to ANNOTATING: one change for each object.
    expect(essentials(added)).toEqual([
      ['CORRECTION_TAG_CREATED', addedId, on(first.segmentId)],
      ['SESSION_UPDATED', session.id, { changed: ['status'], from: 'STARTED', to: 'ANNOTATING' }],
    ]);
    expect(added[0].objectType).toBe('CorrectionTag');
    const edited = await during(async () => {
      await ok(
        `mutation($id: ID!) { correctionTagChange(id: $id, tag: { class: "Price", label: "NEG" }) { tag { id } ${ERRORS} } }`,
        { id: second.tagId },
      );
      await ok(`mutation($id: ID!) { correctionTagConfirm(id: $id, status: CORRECTING) { tag { id } ${ERRORS} } }`, {
        id: first.tagId,
      });
      await ok(`mutation($id: ID!) { correctionTagDelete(id: $id) { ${ERRORS} } }`, { id: addedId });
    });
    expect(essentials(edited)).toEqual([
      [
        'CORRECTION_TAG_UPDATED',
        second.tagId,
        { ...on(second.segmentId), changed: ['class', 'label', 'span', 'text'] },
      ],
      ['CORRECTION_TAG_UPDATED', first.tagId, { ...on(first.segmentId), changed: ['status'] }],
      ['CORRECTION_TAG_DELETED', addedId, on(first.segmentId)],
    ]);
    const mark = (segmentId: string) =>
      ok(
        `mutation($s: ID!, $g: ID!) { correctionSegmentMarkAnnotated(sessionId: $s, segmentId: $g) { session { status } ${ERRORS} } }`,
        { s: session.id, g: segmentId },
      );
    const marked = await during(async () => {
      await mark(first.segmentId);
      await mark(first.segmentId);
      await mark(second.segmentId);
    });
    // Marked again: nothing changed. The last segment finishes the session, in the same change.
    expect(essentials(marked)).toEqual([
      ['SESSION_UPDATED', session.id, { changed: ['segments'], segmentId: first.segmentId }],
      [
        'SESSION_UPDATED',
        session.id,
        { changed: ['segments', 'status'], segmentId: second.segmentId, from: 'ANNOTATING', to: 'FINISHED' },
      ],
    ]);
    const refused = await during(async () => {
      const closed = await s.server.execute(
        `mutation($s: ID!, $g: ID!) { correctionTagAdd(sessionId: $s, segmentId: $g, tag: { class: "X" }) { ${ERRORS} } }`,
        { s: session.id, g: first.segmentId },
      );
      expect(closed.data!.correctionTagAdd.userErrors).toEqual([{ code: 'INVALID_STATE_TRANSITION' }]);
    });
    expect(refused).toEqual([]);
    const deleted = await during(() =>
      ok(`mutation($id: ID!) { correctionSessionDelete(id: $id) { deletedSessionId ${ERRORS} } }`, { id: session.id }),
    );
    expect(essentials(deleted)).toEqual([['SESSION_DELETED', session.id, {}]]);
  });

  it('records search sessions, their events and irrelevant marks, improvement items and the release', async () => {
    const register = (sessionId: string) =>
      ok(
        `mutation($p: ID!, $s: String!) { searchSessionRegister(input: { projectId: $p, sessionId: $s, searchQuery: "q", searchResults: [{ objectId: "o1" }] }) { session { id batch { id } } ${ERRORS} } }`,
        { p: s.projectId, s: sessionId },
        worker.viewer,
      );
    let a = '';
    let b = '';
    let batchId = '';
    const registered = await during(async () => {
      ({
        id: a,
        batch: { id: batchId },
      } = (await register('client-a')).session);
      b = (await register('client-b')).session.id;
      await register('client-a');
    });
    // The first registration opens the collecting batch; registering a session again changes nothing.
    expect(essentials(registered)).toEqual([
      ['BATCH_CREATED', batchId, { kind: 'SESSIONS', status: 'COLLECTING' }],
      ['SESSION_CREATED', a, { batchId, sessionNumber: 1, externalId: 'client-a' }],
      ['SESSION_CREATED', b, { batchId, sessionNumber: 2, externalId: 'client-b' }],
    ]);
    expect(registered.every((c) => c.actor.kind === 'SERVICE_TOKEN' && c.actor.id === worker.tokenId)).toBe(true);
    const events = `mutation($s: ID!, $e: [SessionEventInput!]!) { searchSessionAddEvents(input: { sessionId: $s, events: $e }) { session { id } ${ERRORS} } }`;
    const irrelevant = `mutation($s: ID!) { searchSessionMarkIrrelevant(id: $s) { session { id } ${ERRORS} } }`;
    const updated = await during(async () => {
      const e = [
        { eventId: 'e1', objectId: 'o1' },
        { eventId: 'e2', objectId: 'o1' },
      ];
      await ok(events, { s: a, e });
      await ok(events, { s: a, e });
      await ok(irrelevant, { s: b });
      await ok(irrelevant, { s: b });
    });
    expect(essentials(updated)).toEqual([
      ['SESSION_UPDATED', a, { changed: ['events'], added: 2 }],
      ['SESSION_UPDATED', b, { changed: ['isIrrelevant'] }],
    ]);
    const use = `mutation($s: ID!) { sessionUseForImprovement(sessionId: $s) { item { id } ${ERRORS} } }`;
    let itemId = '';
    const queued = await during(async () => {
      itemId = (await ok(use, { s: a }, worker.viewer)).item.id;
      await ok(use, { s: a }, worker.viewer);
    });
    expect(essentials(queued)).toEqual([['SESSION_USED_FOR_IMPROVEMENT', a, { improvementItemId: itemId }]]);
    const complete = `mutation($id: ID!) { improvementItemComplete(id: $id, outcome: DONE) { item { id } ${ERRORS} } }`;
    const worked = await during(async () => {
      await ok(
        `mutation($p: ID!) { improvementItemClaim(projectId: $p) { item { id } ${ERRORS} } }`,
        { p: s.projectId },
        worker.viewer,
      );
      await ok(complete, { id: itemId }, worker.viewer);
      const again = await s.server.execute(complete, { id: itemId }, worker.viewer);
      expect(again.data!.improvementItemComplete.userErrors).toEqual([{ code: 'INVALID_STATE_TRANSITION' }]);
    });
    expect(essentials(worked)).toEqual([
      ['IMPROVEMENT_ITEM_STATUS_CHANGED', itemId, { from: 'PENDING', to: 'PROCESSING', sessionId: a }],
      ['IMPROVEMENT_ITEM_STATUS_CHANGED', itemId, { from: 'PROCESSING', to: 'DONE', sessionId: a }],
    ]);
    expect(worked[0]).toMatchObject({
      objectType: 'ImprovementItem',
      actor: { kind: 'SERVICE_TOKEN', id: worker.tokenId },
    });
    const release = `mutation($p: ID!) { batchRelease(projectId: $p, releaseId: "r1") { batch { id } ${ERRORS} } }`;
    const released = await during(async () => {
      await ok(release, { p: s.projectId }, worker.viewer);
      await ok(release, { p: s.projectId }, worker.viewer);
    });
    expect(essentials(released)).toEqual([
      ['BATCH_RELEASED', batchId, { releaseId: 'r1', from: 'COLLECTING', to: 'RELEASED', sessions: 2 }],
    ]);
  });
});
