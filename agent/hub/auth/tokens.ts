import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret: 32 random bytes, base64url. */
export const newToken = () => randomBytes(32).toString('base64url');

/** Tokens (agent, session) are stored only as their SHA-256, so a stolen database does not log anyone in. */
export const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
