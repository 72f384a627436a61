import type { Role } from '../store/user-repo.ts';
import type { AgentRow } from '../store/admin-repo.ts';

export interface SessionUser {
  name: string;
  role: Role;
  totpEnabled: boolean;
}

/** Hono context variables set by the auth middlewares. */
export type HubEnv = {
  Variables: {
    user: SessionUser;
    sessionHash: string;
    csrfToken: string;
    agent: AgentRow;
  };
};
