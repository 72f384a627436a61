// Seeding through the same functions the CLI uses, for the in-process hub.
import { hashPassword } from '../../agent/hub/auth/password.ts';
import { newToken, tokenHash } from '../../agent/hub/auth/tokens.ts';
import type { HubDeps } from '../../agent/hub/deps.ts';
import { addAgent, ensureGroup } from '../../agent/hub/store/admin-repo.ts';
import { addUser, type Role } from '../../agent/hub/store/user-repo.ts';

export async function addUserDirect(deps: HubDeps, name: string, role: Role, password: string) {
  await addUser(deps.store.db, name, role, await hashPassword(password), new Date());
}

export async function addAgentDirect(deps: HubDeps, name: string, group?: string): Promise<string> {
  const token = newToken();
  const groupId = group ? await ensureGroup(deps.store.db, name === '' ? 'x' : group, new Date()) : null;
  await addAgent(deps.store.db, name, tokenHash(token), groupId, new Date());
  return token;
}
