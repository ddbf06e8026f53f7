import { z } from 'zod';
import { checkOutboundUrl, type OutboundPolicy } from '../../outbound/outbound-policy';
import { failure, type Failure } from '../user-errors';
import { UPSTREAMS, type ConnectorKind } from './upstreams';

// What connectorCreate and connectorUpdate accept: an http(s) base URL without a password that the outbound guard
// would call, credentials of a sane size, and options as the kind's contract needs them, with an optional schedule.

export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
const BaseUrl = z
  .string()
  .max(2000)
  .refine(
    (u) => URL.canParse(u) && ['http:', 'https:'].includes(new URL(u).protocol),
    'baseUrl must be an http or https URL',
  )
  .refine(
    (u) => !URL.canParse(u) || (!new URL(u).username && !new URL(u).password),
    'baseUrl must not carry a password',
  )
  .refine((u) => !URL.canParse(u) || (!new URL(u).search && !new URL(u).hash), 'baseUrl must not carry a query');
const Credentials = z.string().max(4096, 'credentials are at most 4096 characters');
const Interval = z.number().int().min(1).max(MAX_INTERVAL_MINUTES).nullish();

export type ConnectorSettings = { options: Record<string, unknown>; intervalMinutes: number | null };

const issue = (error: z.ZodError, root: string[]): Failure => {
  const first = error.issues[0];
  return failure('BAD_USER_INPUT', first.message, [...root, ...first.path.map(String)]);
};

/** The options of a kind, checked by its contract, with `intervalMinutes` read out (for the scheduler). */
export function parseOptions(kind: ConnectorKind, options: unknown): ConnectorSettings | Failure {
  const value = options ?? {};
  if (typeof value !== 'object' || Array.isArray(value))
    return failure('BAD_USER_INPUT', 'options must be a JSON object', ['input', 'options']);
  const { intervalMinutes, ...rest } = value as Record<string, unknown>;
  const interval = Interval.safeParse(intervalMinutes);
  if (!interval.success) return issue(interval.error, ['input', 'options', 'intervalMinutes']);
  const parsed = UPSTREAMS[kind].options.safeParse(rest);
  if (!parsed.success) return issue(parsed.error, ['input', 'options']);
  return { options: value as Record<string, unknown>, intervalMinutes: interval.data ?? null };
}

export async function checkBaseUrl(url: string, outbound: OutboundPolicy): Promise<Failure | null> {
  const parsed = BaseUrl.safeParse(url);
  if (!parsed.success) return issue(parsed.error, ['input', 'baseUrl']);
  const refusal = await checkOutboundUrl(url, outbound);
  return refusal ? failure('BAD_USER_INPUT', refusal, ['input', 'baseUrl']) : null;
}

export function checkCredentials(kind: ConnectorKind, credentials: string | null | undefined): Failure | null {
  if (credentials == null || credentials === '')
    return UPSTREAMS[kind].keyRequired
      ? failure('BAD_USER_INPUT', `A ${kind} connector needs credentials (its API key or token)`, [
          'input',
          'credentials',
        ])
      : null;
  const parsed = Credentials.safeParse(credentials);
  return parsed.success ? null : issue(parsed.error, ['input', 'credentials']);
}

/** When a schedule of `intervalMinutes` runs next, from `now`; null without one. */
export const nextRunOf = (intervalMinutes: number | null, now = Date.now()) =>
  intervalMinutes ? new Date(now + intervalMinutes * 60_000).toISOString() : null;
