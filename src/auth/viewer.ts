import type { Role } from '../graphql/types.generated';

/** Who is calling. Resolved once per request from the Authorization header. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; tokenId: string; userId: string }
  | { kind: 'service'; tokenId: string; organizationId: string; role: Role };

export type AuthenticatedViewer = Exclude<Viewer, { kind: 'anonymous' }>;

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

// The codegen mapper of the GraphQL `Viewer` type (named apart from the generated type).
export type ViewerModel = Viewer;
