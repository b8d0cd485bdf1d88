import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** 256 bits of randomness, URL-safe: session ids, reset links. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Secrets that grant access are stored hashed, so a database leak does not hand them out. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

const keys = new Map<string, Buffer>();

/**
 * The server's key for signed links: SECRET_KEY, or else a random key kept in
 * `$DATA_DIR/secret-key` (created on first start). It lives outside the database on purpose: with
 * the database alone nobody can make a link. Processes that share a PostgreSQL server must share
 * the key (set SECRET_KEY).
 */
export function serverKey(config: { secretKey: string | null; dataDir: string }): Buffer {
  if (config.secretKey) return Buffer.from(config.secretKey, 'utf8');
  const file = path.join(config.dataDir, 'secret-key');
  let key = keys.get(file);
  if (!key) {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
    keys.set(file, key);
  }
  return key;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const mac = (key: Buffer, purpose: string, id: Buffer) => createHmac('sha256', key).update(purpose).update(id).digest();

/**
 * A link token that names a row and proves the server made it: the row's uuid and an HMAC of it
 * (65 URL-safe characters). Nothing needs to be stored, and the same row always gets the same
 * token, so a mail sent days later (or a retried one) carries the link the guest already has.
 */
export function signedToken(key: Buffer, purpose: string, id: string): string {
  const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
  return `${bytes.toString('base64url')}${mac(key, purpose, bytes).toString('base64url')}`;
}

/**
 * The uuid a token in the signed shape claims to name, its signature not checked: for a link signed
 * with something of its row (a version), found first and then checked with openSignedToken.
 */
export function claimedTokenId(token: string): string | null {
  if (token.length !== 65) return null;
  const bytes = Buffer.from(token.slice(0, 22), 'base64url');
  // Compared as text, not as decoded bytes: base64 ignores the last character's spare bits, and
  // one link must have exactly one spelling.
  if (bytes.length !== 16 || bytes.toString('base64url') !== token.slice(0, 22)) return null;
  const hex = bytes.toString('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return UUID.test(id) ? id : null;
}

/** The uuid a signed token names, or null when it is not one the server made for `purpose`. */
export function openSignedToken(key: Buffer, purpose: string, token: string): string | null {
  const id = claimedTokenId(token);
  if (!id) return null;
  const expected = Buffer.from(mac(key, purpose, Buffer.from(token.slice(0, 22), 'base64url')).toString('base64url'));
  const given = Buffer.from(token.slice(22));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
