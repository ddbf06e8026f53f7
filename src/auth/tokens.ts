import { createHash, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'ag_';

/** A new API key: 32 random bytes, base64url, with a recognisable prefix. */
export function generateSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * What is stored: SHA-256 of the secret. The secrets are 256-bit random, so a fast hash is enough (no
 * password stretching needed) and lets a lookup be one indexed equality.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The first characters of a secret, kept to recognise a token in lists. */
export function secretPrefix(secret: string): string {
  return secret.slice(0, SECRET_PREFIX.length + 6);
}

/** The key of `Authorization: Token <key>` or `Authorization: Bearer <key>`, or null. */
export function secretFromHeader(header: string | undefined): string | null {
  const match = /^(?:Token|Bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** Demo tokens are derived from the email, so every demo start can print them without storing them in clear. */
export function demoSecret(email: string): string {
  return `${SECRET_PREFIX}demo_${createHash('sha256').update(`annograph-demo:${email}`).digest('base64url').slice(0, 32)}`;
}
