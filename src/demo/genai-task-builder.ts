import type { TaskStatus } from '../graphql/types.generated';
import type { IdFactory } from '../ids';
import type { RowBundle } from '../db/row-bundle';
import { ANSWERS, PROMPTS, questions } from './genai-content';
import { intBetween, pick } from './random';
import { contributorAuthor } from '../modules/annotation/annotation-author';

/** How big a generated GenAI task is. */
export type GenAiShape = { threads: number; turns: number; annotationsPerLevel: number; chunks: number };

export type BuildEnv = { newId: IdFactory; random: () => number; clock: () => number };

/** Adds a task with threads -> turns -> messages (chunks) and annotations at every level; returns the task id. */
export function addGenAiTask(
  bundle: RowBundle,
  env: BuildEnv,
  task: { projectId: string; batchId: string | null; status: TaskStatus; sourceStatus: string; externalId: string },
  shape: GenAiShape,
): string {
  const { newId, random } = env;
  const at = () => new Date(env.clock()).toISOString();
  const createdAt = at();
  const taskId = newId('task', Date.parse(createdAt));
  const completed = task.status === 'COMPLETED';
  bundle.task.push({
    id: taskId,
    projectId: task.projectId,
    batchId: task.batchId,
    kind: 'GENAI',
    status: task.status,
    sourceStatus: task.sourceStatus,
    source: 'SCALE',
    externalId: task.externalId,
    metadataJson: JSON.stringify({ locale: pick(random, ['en-US', 'en-GB', 'de-DE']) }),
    errorsJson:
      task.status === 'FAILED'
        ? JSON.stringify([{ type: 'PROMPT_LENGTH_EXCEEDED', message: 'The prompt is longer than the model accepts' }])
        : '[]',
    sensitiveContentReportsJson: '[]',
    createdAt,
    updatedAt: createdAt,
    completedAt: completed ? at() : null,
  });
  const qs = questions(random);
  const annotate = (
    level: 'TASK' | 'THREAD' | 'TURN' | 'MESSAGE' | 'CHUNK',
    parents: Partial<Record<'threadId' | 'turnId' | 'messageId' | 'chunkId', string>>,
  ) => {
    for (let i = 0; i < shape.annotationsPerLevel; i++) {
      const q = qs[i % qs.length];
      const now = at();
      bundle.annotation.push({
        id: newId('annotation', Date.parse(now)),
        projectId: task.projectId,
        taskId,
        level,
        threadId: null,
        turnId: null,
        messageId: null,
        chunkId: null,
        ...parents,
        source: 'SCALE',
        ...contributorAuthor('SCALE', null),
        externalId: `an_${taskId.slice(-8).toLowerCase()}${i}`,
        key: q.key,
        type: q.type.toUpperCase() as never,
        sourceType: q.type,
        title: q.title,
        description: q.description,
        labelsJson: JSON.stringify(q.labels),
        metadataJson: JSON.stringify({ criteria: 'overall_quality' }),
        valueJson: JSON.stringify(q.value()),
        possibleValuesJson: q.possible === null ? null : JSON.stringify(q.possible),
        createdAt: now,
        updatedAt: now,
      });
    }
  };
  if (completed) annotate('TASK', {});
  for (let t = 0; t < (completed ? shape.threads : 0); t++) {
    const threadId = newId('thread', env.clock());
    bundle.thread.push({
      id: threadId,
      projectId: task.projectId,
      taskId,
      externalId: `thread_${threadId.slice(-10).toLowerCase()}`,
      submissionsJson: JSON.stringify([
        { submittedAt: at(), contributorId: `contrib_${intBetween(random, 100, 999)}` },
      ]),
      createdAt: at(),
    });
    annotate('THREAD', { threadId });
    for (let u = 0; u < shape.turns; u++) {
      const turnId = newId('turn', env.clock());
      bundle.turn.push({
        id: turnId,
        projectId: task.projectId,
        threadId,
        externalId: `turn_${turnId.slice(-10).toLowerCase()}`,
        createdAt: at(),
      });
      annotate('TURN', { threadId, turnId });
      const topic = intBetween(random, 0, PROMPTS.length - 1);
      const [prompt, answer] = [PROMPTS[topic], ANSWERS[topic]];
      const messages = [
        { role: 'SYSTEM' as const, text: 'You are a concise, friendly support assistant.' },
        { role: 'USER' as const, text: prompt },
        { role: 'ASSISTANT' as const, text: answer },
      ];
      for (const m of messages) {
        const messageId = newId('message', env.clock());
        const assistant = m.role === 'ASSISTANT';
        bundle.message.push({
          id: messageId,
          projectId: task.projectId,
          turnId,
          role: m.role,
          text: m.text,
          createdAt: at(),
          referenceTextsJson:
            m.role === 'USER'
              ? JSON.stringify([
                  {
                    content: 'Refunds are accepted within 30 days.',
                    category: 'policy',
                    url: 'https://example.com/policy',
                  },
                ])
              : '[]',
          attachmentsJson:
            m.role === 'USER' && u === 0
              ? JSON.stringify([
                  {
                    content: Buffer.from(prompt).toString('base64'),
                    mimeType: 'text/plain',
                    name: 'ticket.txt',
                    url: 'https://example.com/ticket.txt',
                  },
                ])
              : '[]',
          reasoningJson: assistant ? JSON.stringify([{ content: 'The user needs short, actionable steps.' }]) : '[]',
          sourceId: assistant ? 'source_acme_chat' : null,
          modelParametersJson: assistant
            ? JSON.stringify({
                model: pick(random, ['acme-chat-7b', 'acme-chat-13b']),
                temperature: 0.7,
                maxCompletionTokens: 1000,
                topP: 0.9,
                topK: 40,
              })
            : null,
        });
        if (!assistant) continue;
        annotate('MESSAGE', { threadId, turnId, messageId });
        const sentences = m.text.split(/(?<=[.:])\s+/).slice(0, Math.max(1, shape.chunks));
        for (const text of sentences) {
          const chunkId = newId('messageChunk', env.clock());
          bundle.messageChunk.push({ id: chunkId, projectId: task.projectId, messageId, type: 'text', text });
          annotate('CHUNK', { threadId, turnId, messageId, chunkId });
        }
      }
    }
  }
  return taskId;
}
