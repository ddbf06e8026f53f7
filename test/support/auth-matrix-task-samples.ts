import type { Caller, Sample } from './auth-matrix-rules';
import type { MatrixEnv } from './auth-matrix-env';

// Auth-matrix samples of tasks, threads, annotations, batches and deliveries, with fresh targets per call.
export function taskSamples(env: MatrixEnv): Record<string, Sample> {
  const { found, mutate, unique, freshTask, freshThread, freshTurn, freshAnnotation, freshBatch } = env;
  const TASK_PAYLOAD = '{ task { id } userErrors { code } }';
  const BATCH_PAYLOAD = '{ batch { id } userErrors { code } }';
  const taskChange = (mutation: string, extra = '') => ({
    target: 'project' as const,
    run: async (c: Caller) =>
      mutate(c, `mutation($id: ID!) { ${mutation}(id: $id${extra}) ${TASK_PAYLOAD} }`, mutation, {
        id: await freshTask(),
      }),
  });
  const batchChange = (mutation: string, status: 'STAGING' | 'IN_PROGRESS' | 'PAUSED') => ({
    target: 'project' as const,
    run: async (c: Caller) =>
      mutate(c, `mutation($id: ID!) { ${mutation}(id: $id) ${BATCH_PAYLOAD} }`, mutation, {
        id: await freshBatch(status),
      }),
  });

  return {
    'Query.delivery': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { delivery(id: $id) { id } }', (d) => d.delivery, { id: env.ids.delivery }),
    },
    'Mutation.taskCreate': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          `mutation($p: ID!) { taskCreate(input: { projectId: $p, metadata: { a: 1 } }) ${TASK_PAYLOAD} }`,
          'taskCreate',
          { p: env.projectId },
        ),
    },
    'Mutation.taskSetMetadata': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          `mutation($id: ID!) { taskSetMetadata(id: $id, metadata: { b: 2 }, merge: true) ${TASK_PAYLOAD} }`,
          'taskSetMetadata',
          { id: env.ids.task },
        ),
    },
    'Mutation.taskComplete': taskChange('taskComplete'),
    'Mutation.taskFail': taskChange('taskFail', ', errors: [{ type: "PROMPT_INFEASIBLE" }]'),
    'Mutation.taskCancel': taskChange('taskCancel'),
    'Mutation.taskDelete': taskChange('taskDelete'),
    'Mutation.threadAppend': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($t: ID!) { threadAppend(input: { taskId: $t }) { thread { id } userErrors { code } } }',
          'threadAppend',
          { t: await freshTask() },
        ),
    },
    'Mutation.turnAppend': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($t: ID!) { turnAppend(input: { threadId: $t }) { turn { id } userErrors { code } } }',
          'turnAppend',
          { t: await freshThread() },
        ),
    },
    'Mutation.messageAppend': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($t: ID!) { messageAppend(input: { turnId: $t, role: USER, text: "hi" }) { message { id } userErrors { code } } }',
          'messageAppend',
          { t: await freshTurn() },
        ),
    },
    'Mutation.annotationCreate': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($t: ID!) { annotationCreate(input: { targetId: $t, key: "k", type: INTEGER, value: 2 }) { annotation { id } userErrors { code } } }',
          'annotationCreate',
          { t: await freshTask() },
        ),
    },
    'Mutation.annotationSetValue': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($id: ID!) { annotationSetValue(id: $id, input: { value: 3 }) { annotation { id } userErrors { code } } }',
          'annotationSetValue',
          { id: await freshAnnotation() },
        ),
    },
    'Mutation.annotationDelete': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($id: ID!) { annotationDelete(id: $id) { deletedAnnotationId userErrors { code } } }',
          'annotationDelete',
          { id: await freshAnnotation() },
        ),
    },
    'Mutation.batchCreate': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          `mutation($p: ID!, $n: String!) { batchCreate(input: { projectId: $p, name: $n, staging: true }) ${BATCH_PAYLOAD} }`,
          'batchCreate',
          { p: env.projectId, n: unique('b') },
        ),
    },
    'Mutation.batchFinalize': batchChange('batchFinalize', 'STAGING'),
    'Mutation.batchPause': batchChange('batchPause', 'IN_PROGRESS'),
    'Mutation.batchResume': batchChange('batchResume', 'PAUSED'),
    'Mutation.batchCancel': batchChange('batchCancel', 'IN_PROGRESS'),
    'Mutation.batchSetMetadata': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          `mutation($id: ID!) { batchSetMetadata(id: $id, metadata: { x: 1 }) ${BATCH_PAYLOAD} }`,
          'batchSetMetadata',
          { id: env.ids.batch },
        ),
    },
    'Mutation.deliveryCreate': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($p: ID!, $n: String!, $t: [ID!]) { deliveryCreate(input: { projectId: $p, name: $n, taskIds: $t }) { delivery { id } userErrors { code } } }',
          'deliveryCreate',
          { p: env.projectId, n: unique('d'), t: [await freshTask('COMPLETED')] },
        ),
    },
    'Query.batch': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { batch(id: $id) { id } }', (d) => d.batch, { id: env.ids.batch }),
    },
    'Query.tasks': {
      target: 'project',
      run: (c) => found(c, '{ tasks { nodes { id } } }', (d) => d.tasks.nodes.some((n: any) => n.id === env.ids.task)),
    },
    'Query.task': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { task(id: $id) { id } }', (d) => d.task, { id: env.ids.task }),
    },
    'Query.annotation': {
      target: 'project',
      run: (c) =>
        found(c, 'query($id: ID!) { annotation(id: $id) { id } }', (d) => d.annotation, { id: env.ids.annotation }),
    },
    'Mutation.taskImportScale': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          'mutation($p: ID!, $t: [JSON!]!) { taskImportScale(input: { projectId: $p, tasks: $t }) { summary { created } userErrors { code } } }',
          'taskImportScale',
          {
            p: env.projectId,
            t: [{ task_id: unique('task'), status: 'pending', created_at: '2026-01-01T00:00:00Z' }],
          },
        ),
    },
  };
}
