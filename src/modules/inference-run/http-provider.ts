// An OpenAI-compatible chat-completions provider: one call per task, with a timeout and retries with backoff.
export type HttpProviderConfig = {
  baseUrl: string;
  apiKey: string | null;
  model: string;
  timeoutMs: number;
  maxRetries: number;
};

export class ProviderError extends Error {}

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
      const response = await fetch(`${config.baseUrl.replace(/\/$/, '')}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
        },
        body,
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      if (response.status >= 500 || response.status === 429) {
        lastError = `provider answered ${response.status}`;
        continue;
      }
      if (!response.ok) throw new ProviderError(`provider answered ${response.status}`);
      const json = (await response.json()) as { choices?: { message?: { content?: string } }[] };
      const answer = json.choices?.[0]?.message?.content?.trim();
      if (!answer) throw new ProviderError('provider gave no answer');
      return answer;
    } catch (error) {
      if (error instanceof ProviderError) throw error;
      lastError =
        (error as Error).name === 'TimeoutError' ? `timed out after ${config.timeoutMs} ms` : (error as Error).message;
    }
  }
  throw new ProviderError(`${lastError} (after ${config.maxRetries + 1} attempts)`);
}
