import type { OutboundPolicy } from '../../outbound/outbound-policy';
import { OutboundFailed, OutboundRefused, outboundRequest } from '../../outbound/outbound-request';

// An OpenAI-compatible chat-completions provider: one call per task, with a timeout and retries with backoff. Calls go
// through the outbound guard (src/outbound): a base URL resolving to a refused address fails the task, not retried.
export type HttpProviderConfig = {
  baseUrl: string;
  /** The key in the clear (the worker opened the stored one). */
  apiKey: string | null;
  /** What the call may reach (OUTBOUND_ALLOWED_HOSTS). */
  outbound: OutboundPolicy;
  model: string;
  timeoutMs: number;
  maxRetries: number;
};

export class ProviderError extends Error {}

/** A chat completion answering one class is small: more than this is not an answer. */
const MAX_PROVIDER_RESPONSE_BYTES = 1024 * 1024;

/** Asks the model to answer with one of the output classes; returns its answer, trimmed. */
export async function classifyHttp(
  config: HttpProviderConfig,
  system: string,
  input: string,
  outputClasses: string[],
): Promise<string> {
  const body = JSON.stringify({
    model: config.model,
    temperature: 0,
    messages: [
      { role: 'system', content: `${system}\nAnswer with exactly one of: ${outputClasses.join(', ')}.` },
      { role: 'user', content: input },
    ],
  });
  let lastError = 'no attempt';
  for (let attempt = 0; attempt <= config.maxRetries; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 100 * 2 ** attempt)));
    try {
      const response = await outboundRequest(
        `${config.baseUrl.replace(/\/$/, '')}/chat/completions`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
          },
          body,
          timeoutMs: config.timeoutMs,
          maxResponseBytes: MAX_PROVIDER_RESPONSE_BYTES,
        },
        config.outbound,
      );
      if (response.status >= 500 || response.status === 429) {
        lastError = `provider answered ${response.status}`;
        continue;
      }
      // A redirect is not followed (the guard never does): it is an answer that is not a completion.
      if (response.status < 200 || response.status > 299)
        throw new ProviderError(`provider answered ${response.status}`);
      if (response.truncated)
        throw new ProviderError(`provider answer is larger than ${MAX_PROVIDER_RESPONSE_BYTES} bytes`);
      let json: { choices?: { message?: { content?: string } }[] };
      try {
        json = JSON.parse(response.body) as typeof json;
      } catch {
        lastError = 'provider answer is not JSON';
        continue;
      }
      const answer = json.choices?.[0]?.message?.content?.trim();
      if (!answer) throw new ProviderError('provider gave no answer');
      return answer;
    } catch (error) {
      if (error instanceof ProviderError) throw error;
      // Refused by OUTBOUND_ALLOWED_HOSTS' rules: retrying would resolve to the same kind of address.
      if (error instanceof OutboundRefused) throw new ProviderError(error.message);
      lastError = error instanceof OutboundFailed ? error.reason : (error as Error).message;
    }
  }
  throw new ProviderError(`${lastError} (after ${config.maxRetries + 1} attempts)`);
}
