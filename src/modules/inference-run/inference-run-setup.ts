import type { Database } from '../../db/database';
import type { InferenceRunRow } from '../../db/rows';
import { STRICT_OUTBOUND_POLICY } from '../../outbound/outbound-policy';
import { SecretBox, UNCONFIGURED_SECRET_BOX } from '../../secrets/secret-box';
import { classifyHttp } from './http-provider';
import {
  findFewShotExamples,
  findProviderConnectionById,
  findRunPrompt,
  resealProviderConnectionKey,
} from './inference-worker.repository';
import type { RunWorkerOptions } from './inference-worker';
import { classifyOffline, type Example } from './offline-provider';

// A claimed run's setup before its first task: the prompt's fields and classes, the few-shot examples, and the
// provider call (offline, or over HTTP with the connection's key opened).

export type RunSetup = {
  run: InferenceRunRow;
  inputFields: string[];
  outputClasses: string[];
  examples: Example[];
  predict: (text: string) => Promise<string | null>;
};

/** A connection's key in the clear; a legacy plain-text one is sealed in its place on the way (no transaction open). */
async function openApiKey(db: Database, secrets: SecretBox, connection: { id: string; apiKey: string | null }) {
  if (connection.apiKey === null) return null;
  const plain = secrets.open(connection.apiKey);
  if (!SecretBox.isSealed(connection.apiKey))
    await resealProviderConnectionKey(db, connection.id, connection.apiKey, secrets.seal(plain));
  return plain;
}

export async function prepareRun(db: Database, run: InferenceRunRow, opts: RunWorkerOptions): Promise<RunSetup> {
  const { version, prompt } = await findRunPrompt(db, run);
  const inputFields = JSON.parse(prompt.inputFieldsJson) as string[];
  const outputClasses = JSON.parse(prompt.outputClassesJson) as string[];
  const examples: Example[] = [];
  if (version.maxFewShotExamples > 0) {
    for (const r of await findFewShotExamples(db, run.projectId, version.maxFewShotExamples))
      examples.push({
        text: inputText(JSON.parse(r.dataJson), inputFields),
        label: String(JSON.parse(r.valueJson ?? 'null')),
      });
  }
  let predict: RunSetup['predict'];
  if (version.provider === 'OFFLINE') {
    predict = async (text) => classifyOffline(text, examples, outputClasses);
  } else {
    const connection = version.connectionId ? await findProviderConnectionById(db, version.connectionId) : undefined;
    if (!connection?.baseUrl) throw new Error('the version has no provider connection with a base URL');
    const apiKey = await openApiKey(db, opts.secrets ?? UNCONFIGURED_SECRET_BOX, connection);
    const outbound = opts.outbound ?? STRICT_OUTBOUND_POLICY;
    predict = (text) =>
      classifyHttp(
        {
          baseUrl: connection.baseUrl!,
          apiKey,
          outbound,
          model: version.providerModelId,
          timeoutMs: connection.timeoutMs,
          maxRetries: connection.maxRetries,
        },
        version.promptText,
        text,
        outputClasses,
      );
  }
  return { run, inputFields, outputClasses, examples, predict };
}

/** The prompt's input: the task's data fields, in the prompt's order. */
export function inputText(data: Record<string, unknown>, fields: string[]): string {
  return fields.map((f) => (data[f] === undefined || data[f] === null ? '' : String(data[f]))).join('\n');
}
