import { z } from 'zod';
import { requestJsonProblem } from '../../json-depth';
import { checkOutboundUrl, type OutboundPolicy } from '../../outbound/outbound-policy';
import { failure, type Failure } from '../user-errors';
import { UPSTREAMS, type ConnectorKind } from './upstreams';

// What connectorCreate and connectorUpdate accept: an http(s) base URL without a password that the outbound guard
// would call, credentials of a sane size that can go in an HTTP header as they are, and options as the kind's
// contract needs them, with an optional schedule. Everything is checked before anything is written; a NUL or a
// control character is refused here on both stores (PostgreSQL would refuse it in text, SQLite would keep it, and
// the URL parser drops tabs and newlines: the URL called would not be the one shown).

export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
/** Options as JSON text at most (a Scale project name, a hundred EmbeddingStudio batch ids, a schedule). */
export const MAX_OPTIONS_CHARS = 16_384;
const BaseUrl = z
  .string()
  .max(2000, 'baseUrl is at most 2000 characters')
  // eslint-disable-next-line no-control-regex
  .refine((u) => !/[\u0000-\u0020\u007f]/.test(u), 'baseUrl must not hold spaces or control characters')
  .refine(
    (u) => URL.canParse(u) && ['http:', 'https:'].includes(new URL(u).protocol),
    'baseUrl must be an http or https URL',
  )
  .refine(
    (u) => !URL.canParse(u) || (!new URL(u).username && !new URL(u).password),
    'baseUrl must not carry a password',
  )
  .refine((u) => !URL.canParse(u) || (!new URL(u).search && !new URL(u).hash), 'baseUrl must not carry a query');
const Credentials = z
  .string()
  .max(4096, 'credentials are at most 4096 characters')
  // Header values: Node refuses a control character (or one past U+00FF) at the call, which would only fail the run.
  .regex(/^[\x21-\x7e]+$/, 'credentials must be printable ASCII without spaces (an API key or a token)');
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
  const problem = optionsProblem(value);
  if (problem) return failure('BAD_USER_INPUT', problem, ['input', 'options']);
  const { intervalMinutes, ...rest } = value as Record<string, unknown>;
  const interval = Interval.safeParse(intervalMinutes);
  if (!interval.success) return issue(interval.error, ['input', 'options', 'intervalMinutes']);
  const parsed = UPSTREAMS[kind].options.safeParse(rest);
  if (!parsed.success) return issue(parsed.error, ['input', 'options']);
  return { options: value as Record<string, unknown>, intervalMinutes: interval.data ?? null };
}

function optionsProblem(options: object): string | null {
  const jsonProblem = requestJsonProblem(options);
  if (jsonProblem === 'nul') return 'options must not hold NUL characters (U+0000)';
  if (jsonProblem) return `options are too ${jsonProblem === 'depth' ? 'deeply nested' : 'wide'}`;
  let unsafe = false;
  const text = JSON.stringify(options, (_key, v: unknown) => {
    // An integer past 2^53 is not the number sent once read back (and no upstream's id or page size).
    if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) unsafe = true;
    return v;
  });
  if (text.length > MAX_OPTIONS_CHARS) return `options are at most ${MAX_OPTIONS_CHARS} characters as JSON`;
  if (unsafe) return 'options must not hold an integer past 2^53';
  return null;
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
  if (!parsed.success) return issue(parsed.error, ['input', 'credentials']);
  // Scale's key is the user name of HTTP Basic: a colon there would end it early.
  if (kind === 'SCALE' && credentials.includes(':'))
    return failure('BAD_USER_INPUT', 'a Scale API key cannot hold ":"', ['input', 'credentials']);
  return null;
}

/** When a schedule of `intervalMinutes` runs next, from `now`; null without one. */
export const nextRunOf = (intervalMinutes: number | null, now = Date.now()) =>
  intervalMinutes ? new Date(now + intervalMinutes * 60_000).toISOString() : null;
