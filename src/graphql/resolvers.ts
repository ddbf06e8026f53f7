import { accessResolvers } from '../modules/access/access.resolvers';
import { annotationResolvers } from '../modules/annotation/annotation.resolvers';
import { batchResolvers } from '../modules/batch/batch.resolvers';
import { agreementResolvers } from '../modules/agreement/agreement.resolvers';
import { changeResolvers } from '../modules/change/change.resolvers';
import { coderResolvers } from '../modules/coder/coder.resolvers';
import { codingResolvers } from '../modules/coding/coding.resolvers';
import { connectorResolvers } from '../modules/connector/connector.resolvers';
import { correctionSessionResolvers } from '../modules/correction-session/correction-session.resolvers';
import { deliveryResolvers } from '../modules/delivery/delivery.resolvers';
import { exportResolvers } from '../modules/export/export.resolvers';
import { improvementResolvers } from '../modules/improvement/improvement.resolvers';
import { inferenceRunResolvers } from '../modules/inference-run/inference-run.resolvers';
import { jobResolvers } from '../modules/job/job.resolvers';
import { nodeResolvers } from '../modules/node/node.resolvers';
import { organizationResolvers } from '../modules/organization/organization.resolvers';
import { projectResolvers } from '../modules/project/project.resolvers';
import { promptResolvers } from '../modules/prompt/prompt.resolvers';
import { rateLimitResolvers } from '../modules/rate-limit/rate-limit.resolvers';
import { scaleResolvers } from '../modules/scale/scale.resolvers';
import { searchSessionResolvers } from '../modules/search-session/search-session.resolvers';
import { taskResolvers } from '../modules/task/task.resolvers';
import { threadResolvers } from '../modules/thread/thread.resolvers';
import { webhookResolvers } from '../modules/webhook/webhook.resolvers';
import { DateTimeScalar, JSONScalar } from './scalars';
import type { Resolvers } from './types.generated';

/**
 * Each module's resolvers, by module name: the name of its SDL file (schema/<name>.graphql) and its folder
 * (src/modules/<name>/). A module resolves only the fields its SDL file declares (test/graphql/module-layout.test.ts).
 */
export const MODULE_RESOLVERS: Record<string, Resolvers> = {
  access: accessResolvers,
  annotation: annotationResolvers,
  agreement: agreementResolvers,
  batch: batchResolvers,
  change: changeResolvers,
  coder: coderResolvers,
  coding: codingResolvers,
  connector: connectorResolvers,
  'correction-session': correctionSessionResolvers,
  delivery: deliveryResolvers,
  export: exportResolvers,
  improvement: improvementResolvers,
  'inference-run': inferenceRunResolvers,
  job: jobResolvers,
  node: nodeResolvers,
  organization: organizationResolvers,
  project: projectResolvers,
  prompt: promptResolvers,
  'rate-limit': rateLimitResolvers,
  scale: scaleResolvers,
  'search-session': searchSessionResolvers,
  task: taskResolvers,
  thread: threadResolvers,
  webhook: webhookResolvers,
};

type FieldMap = Record<string, unknown>;

/** The modules' resolver maps as one, type by type; a field two modules resolve is a mistake, refused at load. */
export function mergeResolvers(modules: Record<string, Resolvers>): Resolvers {
  const merged: Record<string, FieldMap> = {};
  const owner = new Map<string, string>();
  for (const [module, resolvers] of Object.entries(modules)) {
    for (const [type, fields] of Object.entries(resolvers as Record<string, FieldMap>)) {
      merged[type] ??= {};
      for (const [field, resolver] of Object.entries(fields)) {
        const coordinate = `${type}.${field}`;
        if (owner.has(coordinate))
          throw new Error(`${coordinate} is resolved by ${owner.get(coordinate)} and ${module}`);
        owner.set(coordinate, module);
        merged[type][field] = resolver;
      }
    }
  }
  return merged;
}

export const resolvers: Resolvers = {
  ...mergeResolvers(MODULE_RESOLVERS),
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
};
