import { newId } from '../../src/ids';
import { sampleDocuments } from '../../src/modules/correction-session/correction-session.service';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// 12 documents of 2 segments each; the model predicted one tag per segment.
const DOCUMENTS = 12;
const now = () => new Date().toISOString();

const SESSION = `id uuid name status mode type classes labels progress predictedScore documentCount createdAt finishedAt
  model { id label } organization { slug } user { email } project { id } documentGroup { id origin documentCount }`;

describe(`${DIALECT}: correction sessions`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let coderId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
    coderId = newId('coder');
    await t.db
      .insertInto('coder')
      .values({
        id: coderId,
        projectId,
        kind: 'CLASSIFIER',
        label: 'Reviews ABSA v3',
        source: 'DEEPOPINION',
        externalId: '1',
        createdAt: now(),
        updatedAt: now(),
      })
      .execute();
    for (let d = 0; d < DOCUMENTS; d++) {
      const documentId = newId('document');
      await t.db
        .insertInto('document')
        .values({ id: documentId, projectId, text: `Seats are comfy. Price is high. (${d})`, createdAt: now() })
        .execute();
      for (const [start, end, text, cls, label] of [
        [0, 16, 'Seats are comfy.', 'Comfort', 'POS'],
        [17, 31, 'Price is high.', 'Price', 'NEG'],
      ] as const) {
        const segmentId = newId('segment');
        await t.db
          .insertInto('segment')
          .values({ id: segmentId, projectId, documentId, spanStart: start, spanEnd: end, text })
          .execute();
        await t.db
          .insertInto('coderPrediction')
          .values({ id: `pred_${segmentId}`, coderId, segmentId, class: cls, label })
          .execute();
      }
    }
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const create = async (sampleSize: number, name?: string) =>
    (
      await run(
        `mutation($p: ID!, $m: ID!, $n: Int, $name: String) { correctionSessionCreate(input: { projectId: $p, modelId: $m, sampleSize: $n, name: $name }) { session { ${SESSION} } userErrors { code field } } }`,
        { p: projectId, m: coderId, n: sampleSize, name },
      )
    ).correctionSessionCreate;
  const documents = async (id: string) =>
    (
      await run(
        `query($id: ID!) { session(id: $id) { ... on CorrectionSession { documents(first: 100) { totalCount nodes { document { id } segments { segment { id span text } annotatedAt tags { id class label span status predicted } } } } } } }`,
        { id },
      )
    ).session.documents;

  it("creates a started session on a sample of documents, with the model's tags as the prediction", async () => {
    const { session, userErrors } = await create(5, 'Week 47');
    expect(userErrors).toEqual([]);
    expect(session).toMatchObject({
      name: 'Week 47',
      status: 'STARTED',
      mode: 'CORRECTION',
      type: 'ABSA',
      classes: ['Comfort', 'Price'],
      labels: ['NEG', 'POS'],
      progress: 0,
      predictedScore: null,
      documentCount: 5,
      finishedAt: null,
      model: { id: coderId, label: 'Reviews ABSA v3' },
      project: { id: projectId },
      documentGroup: { origin: 'CORRECTION', documentCount: 5 },
    });
    expect(session.uuid).toMatch(/^[0-9a-f-]{36}$/);
    const docs = await documents(session.id);
    expect(docs.totalCount).toBe(5);
    for (const doc of docs.nodes) {
      expect(
        doc.segments.map((s: any) => s.tags.map((tag: any) => [tag.class, tag.label, tag.predicted, tag.status])),
      ).toEqual([[['Comfort', 'POS', true, 'READY']], [['Price', 'NEG', true, 'READY']]]);
    }
  });

  it('samples reproducibly from the uuid, and filters sessions by status', async () => {
    const ids = Array.from({ length: 50 }, (_v, i) => `doc_${i}`);
    expect(sampleDocuments(ids, 'seed-a', 10)).toEqual(sampleDocuments([...ids].reverse(), 'seed-a', 10));
    expect(sampleDocuments(ids, 'seed-a', 10)).not.toEqual(sampleDocuments(ids, 'seed-b', 10));
    const started = await run(
      `query($p: ID!) { project(id: $p) { correctionSessions(status: [STARTED]) { totalCount } finished: correctionSessions(status: [FINISHED]) { totalCount } } }`,
      { p: projectId },
    );
    expect(started.project.correctionSessions.totalCount).toBeGreaterThanOrEqual(1);
    expect(started.project.finished.totalCount).toBe(0);
  });

  it('measures progress and predictedScore as segments are reviewed, and finishes when all are annotated', async () => {
    const { session } = await create(2);
    const docs = await documents(session.id);
    const segments = docs.nodes.flatMap((d: any) => d.segments);
    expect(segments).toHaveLength(4);
    const mark = async (segmentId: string) =>
      (
        await run(
          `mutation($s: ID!, $g: ID!) { correctionSegmentMarkAnnotated(sessionId: $s, segmentId: $g) { progress predictedScore session { status finishedAt } segment { annotatedAt } userErrors { code } } }`,
          { s: session.id, g: segmentId },
        )
      ).correctionSegmentMarkAnnotated;

    // Segment 0: prediction kept (only confirmed); segment 1: tag changed; segment 2: tag deleted, one added.
    const confirmed = (
      await run(
        `mutation($id: ID!) { correctionTagConfirm(id: $id, status: CORRECTING) { tag { status predicted } session { status } } }`,
        { id: segments[0].tags[0].id },
      )
    ).correctionTagConfirm;
    expect(confirmed).toEqual({ tag: { status: 'CORRECTING', predicted: true }, session: { status: 'ANNOTATING' } });
    expect(await mark(segments[0].segment.id)).toMatchObject({
      progress: 25,
      predictedScore: 100,
      session: { status: 'ANNOTATING' },
    });
    const changed = (
      await run(
        `mutation($id: ID!) { correctionTagChange(id: $id, tag: { class: "Price", label: "POS", span: [17, 31], text: "Price is high." }) { tag { class label span predicted status } } }`,
        { id: segments[1].tags[0].id },
      )
    ).correctionTagChange;
    expect(changed.tag).toEqual({ class: 'Price', label: 'POS', span: [17, 31], predicted: false, status: 'READY' });
    expect(await mark(segments[1].segment.id)).toMatchObject({ progress: 50, predictedScore: 50 });
    await run(`mutation($id: ID!) { correctionTagDelete(id: $id) { userErrors { code } } }`, {
      id: segments[2].tags[0].id,
    });
    const added = (
      await run(
        `mutation($s: ID!, $g: ID!) { correctionTagAdd(sessionId: $s, segmentId: $g, tag: { class: "Comfort", label: "NEU" }) { tag { class label predicted status } } }`,
        { s: session.id, g: segments[2].segment.id },
      )
    ).correctionTagAdd;
    expect(added.tag).toEqual({ class: 'Comfort', label: 'NEU', predicted: false, status: 'CORRECTING' });
    expect(await mark(segments[2].segment.id)).toMatchObject({ progress: 75, predictedScore: 33 });
    const last = await mark(segments[3].segment.id);
    expect(last).toMatchObject({ progress: 100, predictedScore: 50, session: { status: 'FINISHED' } });
    expect(last.session.finishedAt).not.toBeNull();

    const refused = await run(
      `mutation($s: ID!, $g: ID!, $t: ID!) {
      correctionTagAdd(sessionId: $s, segmentId: $g, tag: { class: "X" }) { userErrors { code } }
      correctionTagDelete(id: $t) { userErrors { code } }
    }`,
      { s: session.id, g: segments[0].segment.id, t: segments[0].tags[0].id },
    );
    expect([refused.correctionTagAdd.userErrors[0].code, refused.correctionTagDelete.userErrors[0].code]).toEqual([
      'INVALID_STATE_TRANSITION',
      'INVALID_STATE_TRANSITION',
    ]);
  });

  it('refuses tag spans outside the segment (issue 16) with BAD_USER_INPUT and writes nothing', async () => {
    const { session } = await create(1);
    const [first, second] = (await documents(session.id)).nodes[0].segments;
    expect([first.segment.span, second.segment.span]).toEqual([
      [0, 16],
      [17, 31],
    ]);
    const add = async (segmentId: string, span: number[]) =>
      (
        await run(
          `mutation($s: ID!, $g: ID!, $span: [Int!]) { correctionTagAdd(sessionId: $s, segmentId: $g, tag: { class: "Price", span: $span }) { tag { span } session { status } userErrors { code field message } } }`,
          { s: session.id, g: segmentId, span },
        )
      ).correctionTagAdd;
    const change = async (id: string, span: number[]) =>
      (
        await run(
          `mutation($id: ID!, $span: [Int!]) { correctionTagChange(id: $id, tag: { class: "Price", span: $span }) { tag { span } userErrors { code field message } } }`,
          { id, span },
        )
      ).correctionTagChange;
    // The other segment's span, one crossing the boundary, one past the document's end.
    for (const span of [
      [17, 31],
      [10, 20],
      [0, 17],
      [0, 1000],
      [500, 600],
    ]) {
      expect(await add(first.segment.id, span)).toEqual({
        tag: null,
        session: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['tag', 'span'], message: expect.stringContaining('outside') }],
      });
      expect((await change(first.tags[0].id, span)).userErrors).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['tag', 'span'] }),
      ]);
    }
    expect((await add(second.segment.id, [0, 16])).userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['tag', 'span'],
    });
    // Nothing was written: the predicted tags are as they were and the session is still STARTED.
    const untouched = (await documents(session.id)).nodes[0].segments;
    expect(untouched.map((s: any) => s.tags.map((tag: any) => [tag.span, tag.predicted]))).toEqual([
      [[[0, 16], true]],
      [[[17, 31], true]],
    ]);
    expect(
      (await run(`query($id: ID!) { session(id: $id) { ... on CorrectionSession { status } } }`, { id: session.id }))
        .session.status,
    ).toBe('STARTED');
    // Spans within the segment, up to its bounds, are taken.
    expect(await add(first.segment.id, [0, 16])).toEqual({
      tag: { span: [0, 16] },
      session: { status: 'ANNOTATING' },
      userErrors: [],
    });
    expect((await add(second.segment.id, [20, 25])).tag).toEqual({ span: [20, 25] });
    expect((await change(second.tags[0].id, [17, 22])).tag).toEqual({ span: [17, 22] });
    expect((await add(first.segment.id, [16, 16])).userErrors).toEqual([]);
    // NUL characters, which PostgreSQL refuses in text, are BAD_USER_INPUT on both stores.
    const nul = (
      await run(
        `mutation($s: ID!, $g: ID!) { correctionTagAdd(sessionId: $s, segmentId: $g, tag: { class: "a\\u0000b", text: "x" }) { userErrors { code field } } }`,
        { s: session.id, g: first.segment.id },
      )
    ).correctionTagAdd;
    expect(nul.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['tag', 'class'] }]);
  });

  it('refuses bad input, unknown models and segments of another session, and keeps the document group on delete', async () => {
    expect((await create(0)).userErrors[0]).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'sampleSize'] });
    const wrongModel = (
      await run(
        `mutation($p: ID!) { correctionSessionCreate(input: { projectId: $p, modelId: "cdr_01ARZ3NDEKTSV4RRFFQ69G5FAV" }) { userErrors { code } } }`,
        { p: projectId },
      )
    ).correctionSessionCreate;
    expect(wrongModel.userErrors[0].code).toBe('NOT_FOUND');
    const a = (await create(1)).session;
    const b = (await create(1)).session;
    const segmentOfB = (await documents(b.id)).nodes[0].segments[0].segment.id;
    const foreign = (
      await run(
        `mutation($s: ID!, $g: ID!) { correctionTagAdd(sessionId: $s, segmentId: $g, tag: { class: "X" }) { userErrors { code field } } }`,
        { s: a.id, g: segmentOfB },
      )
    ).correctionTagAdd;
    const inA = (await documents(a.id)).nodes[0].segments.some((s: any) => s.segment.id === segmentOfB);
    expect(foreign.userErrors).toEqual(inA ? [] : [{ code: 'NOT_FOUND', field: ['segmentId'] }]);
    const empty = (
      await run(
        `mutation($s: ID!, $g: ID!) { correctionTagAdd(sessionId: $s, segmentId: $g, tag: {}) { userErrors { code } } }`,
        { s: a.id, g: segmentOfB },
      )
    ).correctionTagAdd;
    expect(empty.userErrors[0].code).toBe('BAD_USER_INPUT');
    const deleted = (
      await run(`mutation($id: ID!) { correctionSessionDelete(id: $id) { deletedSessionId userErrors { code } } }`, {
        id: a.id,
      })
    ).correctionSessionDelete;
    expect(deleted).toEqual({ deletedSessionId: a.id, userErrors: [] });
    expect(
      await run(`query($id: ID!, $g: ID!) { session(id: $id) { id } node(id: $g) { id } }`, {
        id: a.id,
        g: a.documentGroup.id,
      }),
    ).toEqual({ session: null, node: { id: a.documentGroup.id } });
  });
});
