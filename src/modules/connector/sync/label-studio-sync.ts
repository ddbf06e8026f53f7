import { z } from 'zod';
import type { Database } from '../../../db/database';
import type { ProjectSubset, Provider, TaskStatus } from '../../../graphql/types.generated';
import { newId } from '../../../ids';
import { recordChange } from '../../change/change-log';
import { deleteInferenceRunById, insertInferenceRun } from '../../inference-run/inference-run.repository';
import {
  insertPrompt,
  insertPromptProjects,
  insertPromptVersion,
  updatePrompt,
  updatePromptVersion,
} from '../../prompt/prompt.repository';
import { findConnectorRecords } from '../connector-record.repository';
import type { UpstreamRecord } from '../upstreams';
import { keepRecords } from './keep-records';
import { addCounts, emptyCounts, validRecords, type PageWriter, type SyncTarget } from './page-writer';
import { isoOf, UPSTREAM_HOLD } from './upstream-time';

// Label Studio pages: prompts become the organization's prompts (linked to the connector's project), versions their
// versions, inference runs the project's runs of that version (totals and timestamps as Label Studio reports them).
// A changed prompt or version is updated in place (runs and other projects refer to it); a changed run replaces its
// row under the same id. A run still Pending or InProgress upstream is held by the upstream: Annograph's inference
// worker leaves it alone. A run's task_ids and filters_json name Label Studio's tasks and Data Manager filters, not
// Annograph's: they stay in the kept raw record only.

const PROVIDERS: Record<string, Provider> = {
  OpenAI: 'OPENAI',
  AzureOpenAI: 'AZURE_OPENAI',
  AzureAIFoundry: 'AZURE_AI_FOUNDRY',
  VertexAI: 'VERTEX_AI',
  Gemini: 'GEMINI',
  Anthropic: 'ANTHROPIC',
  Custom: 'CUSTOM',
};
const STATUSES: Record<string, TaskStatus> = {
  Pending: 'PENDING',
  InProgress: 'IN_PROGRESS',
  Completed: 'COMPLETED',
  Failed: 'FAILED',
  Canceled: 'CANCELED',
};
const SUBSETS: Record<string, ProjectSubset> = { All: 'ALL', HasGT: 'HAS_GT', Sample: 'SAMPLE', Custom: 'CUSTOM' };

const text = z.string().max(100_000);
const Prompt = z.object({
  id: z.number().int(),
  title: z.string().min(1).max(1000),
  description: text.nullish(),
  skill_name: z.enum(['TextClassification', 'NamedEntityRecognition']).nullish(),
  input_fields: z.unknown(),
  output_classes: z.unknown(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
// parent_model and model_version are optional (the seed's runs carry no model_version): the path they were read under
// names them.
const Version = z.object({
  id: z.number().int(),
  parent_model: z.number().int().nullish(),
  title: z.string().max(1000).default(''),
  prompt: text.default(''),
  provider: z.enum(Object.keys(PROVIDERS) as [string, ...string[]]).default('OpenAI'),
  provider_model_id: z.string().min(1).max(1000),
  max_few_shot_examples: z.number().int().min(0).nullish(),
  score: z.number().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
const count = z.number().int().min(0).nullish();
const Run = z.object({
  id: z.number().int(),
  parent_model: z.number().int().nullish(),
  model_version: z.number().int().nullish(),
  status: z.enum(Object.keys(STATUSES) as [string, ...string[]]),
  project_subset: z.enum(Object.keys(SUBSETS) as [string, ...string[]]).default('All'),
  sample_subset_size: count,
  job_id: z.string().max(255).nullish(),
  source_model_run: z.number().int().nullish(),
  created_at: z.string().nullish(),
  triggered_at: z.string().nullish(),
  completed_at: z.string().nullish(),
  predictions_updated_at: z.string().nullish(),
  total_tasks: count,
  total_predictions: count,
  total_correct_predictions: count,
});

/** The Annograph id of a synced record; null when it was not synced. */
async function syncedIdOf(trx: Database, target: SyncTarget, type: string, externalId: string) {
  const kept = await findConnectorRecords(trx, target.projectId, 'LABEL_STUDIO', type, [externalId]);
  return kept.get(externalId)?.localId ?? null;
}

/** The Annograph id of the record's parent of `type`: named in the record, else the one it was read under. */
async function parentIdOf(
  trx: Database,
  target: SyncTarget,
  record: UpstreamRecord,
  type: 'prompt' | 'version',
  named: number | null | undefined,
) {
  const externalId = named != null ? String(named) : record.parents?.[type];
  if (!externalId) throw new Error(`no ${type} is named`);
  const id = await syncedIdOf(trx, target, type, externalId);
  if (!id) throw new Error(`its ${type} ${externalId} was not synced`);
  return id;
}

/** A change of an organization's prompt or version (prompts belong to the organization, D3). */
const recordOrganizationChange = (
  trx: Database,
  target: SyncTarget,
  type: 'PROMPT_CREATED' | 'PROMPT_UPDATED' | 'PROMPT_VERSION_CREATED' | 'PROMPT_VERSION_UPDATED',
  objectId: string,
  externalId: number,
) =>
  recordChange(trx, {
    type,
    objectId,
    projectId: null,
    organizationId: target.organizationId,
    by: target.by,
    payload: { source: 'LABEL_STUDIO', externalId: String(externalId) },
  });

async function writePrompt(trx: Database, target: SyncTarget, record: UpstreamRecord, previous: string | null) {
  const p = Prompt.parse(record.raw);
  const now = new Date().toISOString();
  const fields = {
    title: p.title,
    description: p.description ?? null,
    skillName:
      p.skill_name === 'NamedEntityRecognition'
        ? ('NAMED_ENTITY_RECOGNITION' as const)
        : ('TEXT_CLASSIFICATION' as const),
    inputFieldsJson: JSON.stringify(p.input_fields ?? []),
    outputClassesJson: JSON.stringify(p.output_classes ?? []),
    updatedAt: isoOf(p.updated_at, now),
  };
  const id = previous ?? newId('prompt');
  if (previous) await updatePrompt(trx, previous, fields);
  else {
    await insertPrompt(trx, {
      id,
      organizationId: target.organizationId,
      createdAt: isoOf(p.created_at, now),
      ...fields,
    });
    await insertPromptProjects(trx, id, [target.projectId]);
  }
  recordOrganizationChange(trx, target, previous ? 'PROMPT_UPDATED' : 'PROMPT_CREATED', id, p.id);
  return id;
}

async function writeVersion(trx: Database, target: SyncTarget, record: UpstreamRecord, previous: string | null) {
  const v = Version.parse(record.raw);
  const now = new Date().toISOString();
  const fields = {
    title: v.title,
    promptText: v.prompt,
    provider: PROVIDERS[v.provider],
    providerModelId: v.provider_model_id,
    maxFewShotExamples: v.max_few_shot_examples ?? 0,
    score: v.score ?? null,
    updatedAt: isoOf(v.updated_at, now),
  };
  const id = previous ?? newId('promptVersion');
  if (previous) await updatePromptVersion(trx, previous, fields);
  else {
    const promptId = await parentIdOf(trx, target, record, 'prompt', v.parent_model);
    await insertPromptVersion(trx, { id, promptId, createdAt: isoOf(v.created_at, now), ...fields });
  }
  recordOrganizationChange(trx, target, previous ? 'PROMPT_VERSION_UPDATED' : 'PROMPT_VERSION_CREATED', id, v.id);
  return id;
}

async function writeRun(trx: Database, target: SyncTarget, record: UpstreamRecord, previous: string | null) {
  const r = Run.parse(record.raw);
  const now = new Date().toISOString();
  const status = STATUSES[r.status];
  const promptId = await parentIdOf(trx, target, record, 'prompt', r.parent_model);
  const versionId = await parentIdOf(trx, target, record, 'version', r.model_version);
  // A re-run's lineage, when the run it re-ran was synced too.
  const sourceRunId =
    r.source_model_run != null ? await syncedIdOf(trx, target, 'run', String(r.source_model_run)) : null;
  if (previous) await deleteInferenceRunById(trx, previous);
  const id = previous ?? newId('inferenceRun');
  const running = status === 'PENDING' || status === 'IN_PROGRESS';
  await insertInferenceRun(trx, {
    id,
    projectId: target.projectId,
    promptId,
    versionId,
    status,
    sourceStatus: r.status,
    projectSubset: SUBSETS[r.project_subset],
    sampleSubsetSize: r.sample_subset_size ?? null,
    jobId: r.job_id ?? null,
    sourceRunId,
    totalTasks: r.total_tasks ?? 0,
    totalPredictions: r.total_predictions ?? 0,
    totalCorrectPredictions: r.total_correct_predictions ?? 0,
    createdAt: isoOf(r.created_at, now),
    triggeredAt: r.triggered_at ? isoOf(r.triggered_at, now) : null,
    completedAt: r.completed_at ? isoOf(r.completed_at, now) : null,
    predictionsUpdatedAt: r.predictions_updated_at ? isoOf(r.predictions_updated_at, now) : null,
    ...(running ? { claimedBy: 'upstream:LABEL_STUDIO', ...UPSTREAM_HOLD } : {}),
  });
  recordChange(trx, {
    type: previous ? 'INFERENCE_RUN_STATUS_CHANGED' : 'INFERENCE_RUN_CREATED',
    objectId: id,
    projectId: target.projectId,
    by: target.by,
    payload: { source: 'LABEL_STUDIO', externalId: String(r.id), to: status },
  });
  return id;
}

const WRITERS = { prompt: writePrompt, version: writeVersion, run: writeRun } as const;

export const writeLabelStudioPage: PageWriter = async (db, target, records) => {
  const counts = emptyCounts();
  const valid = validRecords(records, counts);
  // Prompts before their versions, versions before their runs.
  for (const type of ['prompt', 'version', 'run'] as const)
    addCounts(
      counts,
      await keepRecords(
        db,
        target,
        'LABEL_STUDIO',
        valid.filter((r) => r.type === type),
        (raw) => raw.status,
        (trx, r, previous) => WRITERS[type](trx, target, r, previous),
      ),
    );
  return counts;
};
