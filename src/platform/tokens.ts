import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe: manage links, session ids, reset links. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Secrets that grant access are stored hashed, so a database leak does not hand them out. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
