import { z } from 'zod';
import { parseOutboundAllowedHosts, type OutboundPolicy } from './outbound/outbound-policy';
import { parseSecretsKey } from './secrets/secret-box';

// Every setting comes from the environment; this is the only place that reads process.env for them.
const MAX_INT = 2 ** 31 - 1;
const intFrom = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  MAX_DEPTH: intFrom(32),
  MAX_ALIASES: intFrom(30),
  MAX_TOKENS: intFrom(4000),
  MAX_COST: intFrom(100_000),
  MAX_REQUESTED_COST: intFrom(1_000_000_000),
  // Points are reported as GraphQL Int: at most 2^31 - 1.
  RATE_LIMIT_POINTS: z.coerce.number().int().min(0).max(MAX_INT).default(1_000_000),
  RATE_LIMIT_RESTORE_RATE: z.coerce.number().int().positive().max(MAX_INT).default(20_000),
  RATE_LIMIT_OVERRIDES: z.string().default(''),
  RATE_LIMIT_SYNC_MS: z.coerce.number().int().min(0).default(1_000),
  MAX_BODY_BYTES: intFrom(1_000_000),
  SHUTDOWN_GRACE_MS: intFrom(10_000),
  CODING_WORKER: z.enum(['on', 'off']).default('on'),
  CORS_ORIGINS: z.string().default(''),
  CORS_CREDENTIALS: z.enum(['true', 'false']).default('false'),
  TRUSTED_DOCUMENTS: z.string().optional(),
  METRICS: z.enum(['on', 'off']).default('on'),
  GRAPHQL_JIT: z.enum(['on', 'off']).default('on'),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).optional(),
  OUTBOUND_ALLOWED_HOSTS: z.string().default(''),
  SECRETS_KEY: z.string().optional(),
  // At most a century: the horizon stays a valid date.
  CHANGE_RETENTION_DAYS: z.coerce.number().int().positive().max(36_500).default(30),
  WEBHOOK_WORKER: z.enum(['on', 'off']).default('on'),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  WEBHOOK_BACKOFF_BASE_MS: z.coerce.number().int().min(0).max(MAX_INT).default(30_000),
  WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(0).max(MAX_INT).default(16),
  EXPORT_WORKER: z.enum(['on', 'off']).default('on'),
  EXPORT_DIR: z.string().default('data/exports'),
  EXPORT_TTL_HOURS: z.coerce.number().int().positive().max(876_000).default(168),
  EXPORT_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  CONNECTOR_WORKER: z.enum(['on', 'off']).default('on'),
});

export type Limits = {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxRequestedCost: number;
  maxBodyBytes: number;
};

/** Per-token leaky buckets (points = objects produced); null when RATE_LIMIT_POINTS is 0. */
export type RateLimitConfig = {
  points: number;
  restorePerSecond: number;
  overrides: Map<string, { points: number; restorePerSecond: number }>;
  syncMs: number;
} | null;

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  production: boolean;
  limits: Limits;
  rateLimit: RateLimitConfig;
  shutdownGraceMs: number;
  /** Run committed coding tasks in this process (several instances may share one PostgreSQL). */
  codingWorker: boolean;
  /** Browser origins allowed to call the API (none: no CORS headers); cookies/credentials only when asked for. */
  cors: { origins: string[]; credentials: boolean };
  /** A persisted-query manifest: when set, only its operations run (trusted documents). */
  trustedDocumentsPath: string | null;
  /** Serve Prometheus metrics at GET /metrics. */
  metrics: boolean;
  /** Run operations compiled by graphql-jit (off: interpreted by graphql-js). */
  jit: boolean;
  /** Execution deadline of a GraphQL request in ms, from its start (0: none): past it, QUERY_TIMEOUT (src/db/deadline.ts). */
  requestTimeoutMs: number;
  /** PostgreSQL's statement_timeout in ms (0: none); defaults to requestTimeoutMs. */
  statementTimeoutMs: number;
  /** What outgoing HTTP calls may reach (src/outbound): public addresses, plus OUTBOUND_ALLOWED_HOSTS. */
  outbound: OutboundPolicy;
  /** SECRETS_KEY (32 bytes), null when unset: src/secrets/secret-box.ts decides what that means (secretBoxFromConfig). */
  secretsKey: Buffer | null;
  /** How many days changes stay in the change log; older ones are pruned (src/modules/change/change-retention.ts). */
  changeRetentionDays: number;
  /** Webhook delivery (src/modules/webhook/webhook-worker.ts). */
  webhooks: WebhookConfig;
  /** Export jobs (src/modules/export/export-worker.ts). */
  exports: ExportConfig;
  /** Run connector runs and their schedules in this process (src/modules/connector/connector-worker.ts). */
  connectorWorker: boolean;
};

export type ExportConfig = {
  /** Run the export worker in this process (several instances may share one PostgreSQL and one EXPORT_DIR). */
  worker: boolean;
  /** Where export files are written (EXPORT_DIR, default data/exports). */
  dir: string;
  /** How long a finished file stays downloadable (EXPORT_TTL_HOURS, default a week). */
  ttlHours: number;
  /** Tasks per page (EXPORT_PAGE_SIZE, default 500): one file append and one commit each. */
  pageSize: number;
};

export type WebhookConfig = {
  /** Run the delivery worker in this process (several instances may share one PostgreSQL: leases keep order). */
  worker: boolean;
  /** Attempts of one delivery before it is DEAD (the first included); 8 spread over about a day by default. */
  maxAttempts: number;
  /** The first retry's delay; later ones are multiples of it (webhook-backoff.ts); 30 s by default, tests use ms. */
  backoffBaseMs: number;
  /** Failed attempts in a row (across deliveries) after which the webhook is disabled; 0: never. */
  disableAfter: number;
};

/** A setting's own parser, its error worded like the schema's. */
function setting<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new Error(`Invalid configuration: ${name}: ${(error as Error).message}`, { cause: error });
  }
}

/** `RATE_LIMIT_OVERRIDES`: `slug=points:restorePerSecond` pairs, comma-separated, e.g. `acme-ml=5000000:100000`. */
function parseOverrides(text: string): Map<string, { points: number; restorePerSecond: number }> {
  const overrides = new Map<string, { points: number; restorePerSecond: number }>();
  for (const entry of text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^([^=\s]+)=(\d+):(\d+)$/.exec(entry);
    if (
      !match ||
      !(Number(match[2]) > 0 && Number(match[2]) <= MAX_INT) ||
      !(Number(match[3]) > 0 && Number(match[3]) <= MAX_INT)
    ) {
      throw new Error(
        `Invalid configuration: RATE_LIMIT_OVERRIDES: "${entry}" is not slug=points:restorePerSecond with numbers from 1 to 2^31 - 1`,
      );
    }
    overrides.set(match[1], { points: Number(match[2]), restorePerSecond: Number(match[3]) });
  }
  return overrides;
}

export const DEFAULT_SQLITE_URL = 'sqlite:data/annograph.sqlite';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || DEFAULT_SQLITE_URL,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
      maxRequestedCost: e.MAX_REQUESTED_COST,
      maxBodyBytes: e.MAX_BODY_BYTES,
    },
    rateLimit:
      e.RATE_LIMIT_POINTS === 0
        ? null
        : {
            points: e.RATE_LIMIT_POINTS,
            restorePerSecond: e.RATE_LIMIT_RESTORE_RATE,
            overrides: parseOverrides(e.RATE_LIMIT_OVERRIDES),
            syncMs: e.RATE_LIMIT_SYNC_MS,
          },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    codingWorker: e.CODING_WORKER === 'on',
    cors: {
      origins: e.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      credentials: e.CORS_CREDENTIALS === 'true',
    },
    trustedDocumentsPath: e.TRUSTED_DOCUMENTS || null,
    metrics: e.METRICS === 'on',
    jit: e.GRAPHQL_JIT === 'on',
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS ?? e.REQUEST_TIMEOUT_MS,
    outbound: setting('OUTBOUND_ALLOWED_HOSTS', () => parseOutboundAllowedHosts(e.OUTBOUND_ALLOWED_HOSTS)),
    secretsKey: e.SECRETS_KEY ? setting('SECRETS_KEY', () => parseSecretsKey(e.SECRETS_KEY!)) : null,
    changeRetentionDays: e.CHANGE_RETENTION_DAYS,
    webhooks: {
      worker: e.WEBHOOK_WORKER === 'on',
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      backoffBaseMs: e.WEBHOOK_BACKOFF_BASE_MS,
      disableAfter: e.WEBHOOK_DISABLE_AFTER,
    },
    exports: {
      worker: e.EXPORT_WORKER === 'on',
      dir: e.EXPORT_DIR,
      ttlHours: e.EXPORT_TTL_HOURS,
      pageSize: e.EXPORT_PAGE_SIZE,
    },
    connectorWorker: e.CONNECTOR_WORKER === 'on',
  };
}

export const DEFAULT_LIMITS: Limits = loadConfig({}).limits;
