import type { RowBundle } from '../db/row-bundle';
import type { CorrectionStatus } from '../graphql/types.generated';
import type { BuildEnv } from './genai-task-builder';
import { pick, seededRandom } from './random';
import type { Viewer } from '../auth/viewer';
import type { SeedEnv } from './prompt-demo';

const REVIEWS: [string, string, string][] = [
  ['The seats are really comfortable.', 'Comfort', 'POS'],
  ['Delivery took three weeks.', 'Delivery', 'NEG'],
  ['Fair price for the quality.', 'Price', 'POS'],
  ['The fabric started to pill after a month.', 'Quality', 'NEG'],
  ['Support answered within an hour.', 'Service', 'POS'],
];

/** A reviews project with a classifier, its predictions, and correction sessions STARTED, ANNOTATING and FINISHED. */
export function addCorrectionDemo(bundle: RowBundle, env: BuildEnv, projectId: string, userId: string): void {
  const at = () => new Date(env.clock()).toISOString();
  const coderId = env.newId('coder');
  bundle.coder.push({
    id: coderId,
    projectId,
    kind: 'CLASSIFIER',
    label: 'Reviews ABSA v3',
    source: 'DEEPOPINION',
    externalId: '1',
    score: 0.81,
    createdAt: at(),
    updatedAt: at(),
  });
  const documents: {
    id: string;
    segments: { id: string; cls: string; label: string; text: string; span: [number, number] }[];
  }[] = [];
  for (let d = 0; d < 24; d++) {
    const picked = [pick(env.random, REVIEWS), pick(env.random, REVIEWS)];
    const text = picked.map((p) => p[0]).join(' ');
    const id = env.newId('document');
    bundle.document.push({ id, projectId, externalId: String(1000 + d), text, createdAt: at() });
    let offset = 0;
    const segments = picked.map(([sentence, cls, label]) => {
      const segment = {
        id: env.newId('segment'),
        cls,
        label,
        text: sentence,
        span: [offset, offset + sentence.length] as [number, number],
      };
      offset += sentence.length + 1;
      bundle.segment.push({
        id: segment.id,
        projectId,
        documentId: id,
        spanStart: segment.span[0],
        spanEnd: segment.span[1],
        text: sentence,
      });
      bundle.coderPrediction.push({
        id: `pred_${segment.id.slice(4)}`,
        coderId,
        segmentId: segment.id,
        class: cls,
        label: env.random() < 0.8 ? label : label === 'POS' ? 'NEG' : 'POS',
      });
      return segment;
    });
    documents.push({ id, segments });
  }
  const sessions: [string, CorrectionStatus, number][] = [
    ['Week 46 review', 'FINISHED', 1],
    ['Week 47 review', 'ANNOTATING', 0.5],
    ['Week 48 review', 'STARTED', 0],
  ];
  sessions.forEach(([name, status, share], s) => {
    const id = env.newId('correctionSession');
    const groupId = env.newId('documentGroup');
    const sample = documents.slice(s * 6, s * 6 + 6);
    bundle.documentGroup.push({
      id: groupId,
      projectId,
      name: `${name} sample`,
      origin: 'CORRECTION',
      createdAt: at(),
    });
    for (const doc of sample) bundle.documentGroupMember.push({ groupId, id: doc.id });
    const createdAt = at();
    bundle.correctionSession.push({
      id,
      projectId,
      coderId,
      documentGroupId: groupId,
      userId,
      uuid: `00000000-0000-4000-8000-00000000000${s + 1}`,
      source: 'DEEPOPINION',
      externalId: String(s + 1),
      name,
      description: 'Weekly review of the model on fresh reviews',
      status,
      classificationType: 'ABSA',
      sampleSize: 6,
      classesJson: JSON.stringify([...new Set(REVIEWS.map((r) => r[1]))].sort()),
      labelsJson: JSON.stringify(['NEG', 'POS']),
      createdAt,
      updatedAt: createdAt,
      finishedAt: status === 'FINISHED' ? at() : null,
    });
    const segments = sample.flatMap((doc) => doc.segments);
    segments.forEach((segment, i) => {
      const annotated = i < Math.round(segments.length * share);
      const changed = annotated && i % 4 === 3;
      bundle.correctionSegment.push({
        sessionId: id,
        segmentId: segment.id,
        annotatedAt: annotated ? at() : null,
        predictionChanged: changed ? 1 : 0,
      });
      bundle.correctionTag.push({
        id: env.newId('correctionTag'),
        projectId,
        sessionId: id,
        segmentId: segment.id,
        class: segment.cls,
        label: changed ? (segment.label === 'POS' ? 'NEG' : 'POS') : segment.label,
        spanStart: segment.span[0],
        spanEnd: segment.span[1],
        text: segment.text,
        status: annotated ? 'READY' : 'CORRECTING',
        predicted: changed ? 0 : 1,
        createdAt: at(),
        updatedAt: at(),
      });
    });
  });
}

const QUERIES = [
  'red running shoes',
  'waterproof jacket',
  'usb-c charger 65w',
  'standing desk',
  'noise cancelling headphones',
];

/**
 * Rows of a search project, written directly (test fixtures only: the demo seeds with seedSearchDemo below, through
 * the API).
 */
export function addSearchDemo(bundle: RowBundle, env: BuildEnv, projectId: string): void {
  const at = () => new Date(env.clock()).toISOString();
  const batches = [
    { id: env.newId('batch'), status: 'RELEASED' as const, sessions: 6, releaseId: 'release-2026-10-01' },
    { id: env.newId('batch'), status: 'COLLECTING' as const, sessions: 4, releaseId: null },
  ];
  for (const b of batches) {
    const createdAt = at();
    bundle.batch.push({
      id: b.id,
      projectId,
      kind: 'SESSIONS',
      name: `sessions ${b.id.slice(-6).toLowerCase()}`,
      status: b.status,
      sourceStatus: b.status.toLowerCase(),
      source: 'EMBEDDING_STUDIO',
      sessionCounter: b.sessions,
      releaseId: b.releaseId,
      releasedAt: b.releaseId ? at() : null,
      createdAt,
      updatedAt: createdAt,
    });
    for (let n = 1; n <= b.sessions; n++) {
      const id = env.newId('searchSession');
      const query = pick(env.random, QUERIES);
      const payload = n === 4;
      bundle.searchSession.push({
        id,
        projectId,
        batchId: b.id,
        sessionNumber: n,
        source: 'EMBEDDING_STUDIO',
        externalId: `sess-${b.id.slice(-4).toLowerCase()}-${n}`,
        searchQueryJson: JSON.stringify({ text: query }),
        searchResultsJson: JSON.stringify(
          [1, 2, 3].map((r) => ({ objectId: `item-${r * n}`, rank: 1 - r / 10, meta: { title: `${query} #${r}` } })),
        ),
        sortByJson: n % 2 ? JSON.stringify({ field: 'price', order: 'ASC', forceNotPayload: false }) : null,
        searchUserId: `user-${n}`,
        isIrrelevant: n === 5 ? 1 : 0,
        isPayloadSearch: payload ? 1 : 0,
        createdAt: at(),
        registeredAt: at(),
      });
      for (let e = 0; e < (n === 5 ? 0 : n % 3) + 1; e++) {
        bundle.sessionEvent.push({
          id: env.newId('sessionEvent'),
          projectId,
          sessionId: id,
          externalId: `ev-${n}-${e}`,
          objectId: `item-${(e + 1) * n}`,
          eventType: 'click',
          createdAt: at(),
        });
      }
      if (b.status === 'RELEASED' && !payload && n <= 3) {
        const status = n === 1 ? ('DONE' as const) : ('PENDING' as const);
        bundle.improvementItem.push({
          id: env.newId('improvementItem'),
          projectId,
          sessionId: id,
          status,
          detail: status === 'DONE' ? 'used in fine-tuning run 12' : null,
          createdAt: at(),
          updatedAt: at(),
        });
      }
    }
  }
}

/**
 * The search demo through the API, as EmbeddingStudio's clients and the release worker use it: sessions registered
 * with their events (one marked irrelevant, one a payload search), the collecting batch released by the service
 * token, three sessions queued for improvement and one of them worked (claimed and completed), and a new collecting
 * batch with fresh sessions.
 */
export async function seedSearchDemo(env: SeedEnv, worker: Viewer, projectId: string): Promise<void> {
  const { gql, as } = env;
  const random = seededRandom(20261126);
  const register = async (batch: string, n: number) => {
    const query = pick(random, QUERIES);
    const clientId = `sess-${batch}-${n}`;
    await gql(
      as,
      `mutation($input: SearchSessionRegisterInput!) { searchSessionRegister(input: $input) { session { id } userErrors { field message code } } }`,
      {
        input: {
          projectId,
          sessionId: clientId,
          searchQuery: { text: query },
          userId: `user-${n}`,
          isPayloadSearch: n === 4,
          searchResults: [1, 2, 3].map((r) => ({
            objectId: `item-${r * n}`,
            rank: 1 - r / 10,
            meta: { title: `${query} #${r}` },
          })),
          ...(n % 2 ? { sortBy: { field: 'price', order: 'ASC', forceNotPayload: false } } : {}),
        },
      },
    );
    const events =
      n === 5
        ? []
        : Array.from({ length: (n % 3) + 1 }, (_, e) => ({
            eventId: `ev-${n}-${e}`,
            objectId: `item-${(e + 1) * n}`,
            eventType: 'click',
          }));
    if (events.length) {
      await gql(
        as,
        `mutation($input: SearchSessionAddEventsInput!) { searchSessionAddEvents(input: $input) { session { id } userErrors { field message code } } }`,
        { input: { projectId, sessionId: clientId, events } },
      );
    } else {
      await gql(
        as,
        `mutation($id: ID!, $p: ID) { searchSessionMarkIrrelevant(id: $id, projectId: $p) { session { id } userErrors { field message code } } }`,
        { id: clientId, p: projectId },
      );
    }
    return clientId;
  };
  const released: string[] = [];
  for (let n = 1; n <= 6; n++) released.push(await register('oct', n));
  await gql(
    worker,
    `mutation($p: ID!, $r: String!) { batchRelease(projectId: $p, releaseId: $r) { batch { id } userErrors { field message code } } }`,
    { p: projectId, r: 'release-2026-10-01' },
  );
  // Sessions 1 to 3 of the released batch go to the improvement queue (4 is a payload search, never queued).
  for (const sessionId of released.slice(0, 3)) {
    await gql(
      worker,
      `mutation($s: ID!, $p: ID) { sessionUseForImprovement(sessionId: $s, projectId: $p) { item { id } userErrors { field message code } } }`,
      { s: sessionId, p: projectId },
    );
  }
  const { improvementItemClaim } = await gql(
    worker,
    `mutation($p: ID!) { improvementItemClaim(projectId: $p, leaseSeconds: 30) { item { id } userErrors { field message code } } }`,
    { p: projectId },
  );
  await gql(
    worker,
    `mutation($id: ID!, $d: String) { improvementItemComplete(id: $id, outcome: DONE, detail: $d) { item { id } userErrors { field message code } } }`,
    { id: improvementItemClaim.item.id, d: 'used in fine-tuning run 12' },
  );
  for (let n = 1; n <= 4; n++) await register('nov', n);
}
