import { z } from 'zod';

// What the prompt mutations accept, checked before anything is read: the limits the SDL's descriptions give.

const Title = z.string().trim().min(1, 'title must not be empty').max(200);
/** Field or class names: each once (a duplicate class would be two answers that are one). */
const Names = (min = 0, message?: string) =>
  z
    .array(z.string().trim().min(1).max(200))
    .min(min, message)
    .max(100)
    .superRefine((names, ctx) => {
      const seen = new Set<string>();
      names.forEach((name, i) => {
        if (seen.has(name))
          ctx.addIssue({ code: 'custom', path: [i], message: `${JSON.stringify(name)} is given twice` });
        seen.add(name);
      });
    });
/** Where calls go: http or https only (fetch cannot speak ftp:, file: or data:), with no credentials in it. */
const BaseUrl = z
  .string()
  .url()
  .refine((u) => {
    const url = URL.canParse(u) ? new URL(u) : null;
    return url?.protocol === 'http:' || url?.protocol === 'https:';
  }, 'baseUrl must be an http or https URL')
  .refine((u) => {
    const url = URL.canParse(u) ? new URL(u) : null;
    return !url?.username && !url?.password;
  }, 'put the key in apiKey, not in the URL');
const PromptText = z.string().min(1).max(100_000);
const ModelId = z.string().trim().min(1).max(200);
const FewShot = z.number().int().min(0).max(100).nullish();

export const PromptCreate = z.object({
  title: Title,
  inputFields: Names(1, 'at least one input field'),
  outputClasses: Names(),
});
export const PromptUpdate = z.object({
  title: Title.nullish(),
  inputFields: Names(1).nullish(),
  outputClasses: Names().nullish(),
});
export const PromptVersionCreate = z.object({
  title: Title,
  promptText: PromptText,
  providerModelId: ModelId,
  maxFewShotExamples: FewShot,
});
export const PromptVersionUpdate = z.object({
  title: Title.nullish(),
  promptText: PromptText.nullish(),
  providerModelId: ModelId.nullish(),
  maxFewShotExamples: FewShot,
});
export const ProviderConnectionCreate = z.object({
  name: Title,
  baseUrl: BaseUrl.nullish(),
  timeoutMs: z.number().int().min(100).max(600_000).nullish(),
  maxRetries: z.number().int().min(0).max(10).nullish(),
});
