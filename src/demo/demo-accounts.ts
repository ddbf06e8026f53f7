import type { OrganizationRole, Role } from '../graphql/types.generated';

// Who the demo data set lets you be. Their tokens are derived (tokens.ts demoSecret), printed at every demo start.
export type DemoAccount = {
  email: string;
  name: string;
  organization: 'acme-ml' | 'globex';
  organizationRole: OrganizationRole;
  /** Project roles by project index within the organization. */
  projectRoles: Role[];
  summary: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'ada@acme.test',
    name: 'Ada Lovelace',
    organization: 'acme-ml',
    organizationRole: 'OWNER',
    projectRoles: [],
    summary: 'OWNER of Acme ML (every project)',
  },
  {
    email: 'grace@acme.test',
    name: 'Grace Hopper',
    organization: 'acme-ml',
    organizationRole: 'MEMBER',
    projectRoles: ['MANAGER', 'VIEWER'],
    summary: 'MANAGER of Support assistant RLHF, VIEWER of Code review SFT',
  },
  {
    email: 'katherine@acme.test',
    name: 'Katherine Johnson',
    organization: 'acme-ml',
    organizationRole: 'MEMBER',
    projectRoles: ['REVIEWER'],
    summary: 'REVIEWER of Support assistant RLHF',
  },
  {
    email: 'alan@acme.test',
    name: 'Alan Turing',
    organization: 'acme-ml',
    organizationRole: 'MEMBER',
    projectRoles: ['ANNOTATOR'],
    summary: 'ANNOTATOR of Support assistant RLHF',
  },
  {
    email: 'dorothy@acme.test',
    name: 'Dorothy Vaughan',
    organization: 'acme-ml',
    organizationRole: 'MEMBER',
    projectRoles: ['ANNOTATOR'],
    summary: 'ANNOTATOR of Support assistant RLHF (rates the agreement tasks)',
  },
  {
    email: 'mary@acme.test',
    name: 'Mary Jackson',
    organization: 'acme-ml',
    organizationRole: 'MEMBER',
    projectRoles: ['ANNOTATOR'],
    summary: 'ANNOTATOR of Support assistant RLHF (rates the agreement tasks)',
  },
  {
    email: 'marie@globex.test',
    name: 'Marie Curie',
    organization: 'globex',
    organizationRole: 'OWNER',
    projectRoles: [],
    summary: 'OWNER of Globex Research (sees nothing of Acme ML)',
  },
];

/** The demo's service token: Acme ML's batch-release worker. */
export const DEMO_SERVICE_TOKEN = {
  key: 'service:acme-ml/release-worker',
  name: 'release worker',
  organization: 'acme-ml' as const,
  role: 'ADMIN' as Role,
};

export const DEMO_SETTING = { key: 'demo', value: 'seeded' };
