import { createHash } from 'node:crypto';
import { newSecret } from '../../common/secret.ts';

/** A fresh secret for a workstation, a session or a CSRF check. */
export const newToken = newSecret;

/** Tokens (agent, session) are stored only as their SHA-256, so a stolen database does not log anyone in. */
export const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
