import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';

// Secrets at rest (D9): provider keys now, webhook secrets and connector credentials next. AES-256-GCM with the key
// from SECRETS_KEY, a random 96-bit IV per value, stored as `v1:<iv>:<tag>:<ciphertext>` (base64url, no padding).
// Before 2026_12_07_0200 keys were stored in plain text; that migration prefixes them `plain:` (it cannot encrypt
// without the key), SecretBox.open still reads them, and whoever reads one seals it again (see isSealed).

const VERSION = 'v1';
const LEGACY_PREFIX = 'plain:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretError extends Error {
  override name = 'SecretError';
}

/** SECRETS_KEY: 32 bytes as 64 hex digits, or as base64 / base64url (44 or 43 characters). Throws otherwise. */
export function parseSecretsKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)
      ? Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
      : null;
  if (!key || key.length !== 32)
    throw new SecretError(
      'SECRETS_KEY must be 32 bytes, written as 64 hex digits or as base64 (e.g. `openssl rand -base64 32`)',
    );
  return key;
}

function checkKey(key: Buffer) {
  if (key.length !== 32) throw new SecretError(`a secrets key is 32 bytes, not ${key.length}`);
}

/** Encrypts `plain` under `key` (32 bytes): `v1:<iv>:<tag>:<ciphertext>`, a new random IV each time. */
export function sealSecret(plain: string, key: Buffer): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join(':');
}

/** Decrypts a value of sealSecret; throws SecretError when it is malformed, tampered with or sealed with another key. */
export function openSecret(sealed: string, key: Buffer): string {
  checkKey(key);
  const parts = sealed.split(':');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretError('not a sealed secret (v1:<iv>:<tag>:<data>)');
  const [iv, tag, ciphertext] = parts.slice(1).map((p) => Buffer.from(p, 'base64url'));
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretError('a sealed secret with a bad IV or tag');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretError('the secret cannot be opened: it was altered, or sealed with another SECRETS_KEY');
  }
}

/** Seals and opens stored secrets with one key; made once from the configuration (secretBoxFromConfig). */
export class SecretBox {
  readonly #key: Buffer | null;
  constructor(
    key: Buffer | null,
    /** Why there is no key, for the error of a box without one. */
    private readonly missing = 'no SECRETS_KEY is configured',
  ) {
    if (key) checkKey(key);
    this.#key = key;
  }

  #required(): Buffer {
    if (!this.#key) throw new SecretError(`cannot store or read a secret: ${this.missing}`);
    return this.#key;
  }

  seal(plain: string): string {
    return sealSecret(plain, this.#required());
  }

  /** A stored value in the clear: a sealed one decrypted, a legacy `plain:` one as it was. */
  open(stored: string): string {
    if (stored.startsWith(LEGACY_PREFIX)) return stored.slice(LEGACY_PREFIX.length);
    return openSecret(stored, this.#required());
  }

  /** False for a legacy plain-text value: the reader should store `seal(open(value))` in its place. */
  static isSealed(stored: string): boolean {
    return stored.startsWith(`${VERSION}:`);
  }
}

/**
 * The fixed key of development and demo mode (D9), used only when SECRETS_KEY is unset outside production. It is
 * public: anything sealed with it is as good as plain text.
 */
export const DEV_SECRETS_KEY = Buffer.from('annograph-dev-secrets-key-32byte', 'utf8');

let warnedDevKey = false;

/**
 * The box of a process: SECRETS_KEY's key; without it, the dev key outside production (with a warning, once per
 * process), and an error in production: a server must not start there without a key.
 */
export function secretBoxFromConfig(
  config: { production: boolean; secretsKey: Buffer | null },
  logger?: Logger,
): SecretBox {
  if (config.secretsKey) return new SecretBox(config.secretsKey);
  if (config.production)
    throw new SecretError(
      'SECRETS_KEY is required when NODE_ENV=production (32 bytes as base64 or hex, e.g. `openssl rand -base64 32`): provider keys are stored encrypted with it',
    );
  if (!warnedDevKey) {
    warnedDevKey = true;
    logger?.warn('SECRETS_KEY is not set: secrets are sealed with the fixed development key (never in production)');
  }
  return new SecretBox(DEV_SECRETS_KEY);
}

/** A box without a key: what a context gets when nobody configured one; using it throws. */
export const UNCONFIGURED_SECRET_BOX = new SecretBox(null);
