import { createAccess, type Access } from './auth/access';
import { ANONYMOUS, type Viewer } from './auth/viewer';
import { withDeadline, type Database } from './db/database';
import type { Deadline } from './db/deadline';
import { RequestCost } from './graphql/cost/request-cost';
import { createLoaders, type Loaders } from './loaders';
import type { LiveContext } from './modules/change/change.subscriptions';
import { STRICT_OUTBOUND_POLICY, type OutboundPolicy } from './outbound/outbound-policy';
import { UNCONFIGURED_SECRET_BOX, type SecretBox } from './secrets/secret-box';

/** What every resolver receives; made anew for each request. */
export type Context = {
  db: Database;
  loaders: Loaders;
  access: Access;
  /** Tells the authenticator a token was revoked, so this process stops accepting it at once. */
  onTokenRevoked: (tokenId: string) => void;
  /** The request's estimated and actual cost, its object budget and the caller's rate-limit bucket. */
  cost: RequestCost;
  /** The request's execution deadline (REQUEST_TIMEOUT_MS), checked before each of its statements; null: none. */
  deadline: Deadline | null;
  /** A WebSocket subscription's feed and fresh access (src/http/subscriptions.ts); absent over HTTP. */
  live?: LiveContext;
  /** What outgoing calls may reach (OUTBOUND_ALLOWED_HOSTS): URLs stored for later calls are checked against it. */
  outbound: OutboundPolicy;
  /** Seals secrets before they are stored (SECRETS_KEY). */
  secrets: SecretBox;
};

type ContextOptions = {
  db: Database;
  viewer?: Viewer;
  onTokenRevoked?: (tokenId: string) => void;
  deadline?: Deadline | null;
  /** Default: public addresses only. */
  outbound?: OutboundPolicy;
  /** Default: a box without a key, which refuses to seal (the server passes the configured one). */
  secrets?: SecretBox;
};

export function createContext({
  db: shared,
  viewer = ANONYMOUS,
  onTokenRevoked = () => {},
  deadline = null,
  outbound = STRICT_OUTBOUND_POLICY,
  secrets = UNCONFIGURED_SECRET_BOX,
}: ContextOptions): Context {
  // Everything of the request (resolvers, loaders, access checks, transactions) reads through the deadline-bound db.
  const db = deadline ? withDeadline(shared, deadline) : shared;
  const loaders = createLoaders(db);
  return {
    db,
    loaders,
    access: createAccess(db, viewer, loaders),
    onTokenRevoked,
    cost: new RequestCost(),
    deadline,
    outbound,
    secrets,
  };
}
