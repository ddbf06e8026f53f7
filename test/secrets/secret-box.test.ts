import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import {
  DEV_SECRETS_KEY,
  openSecret,
  parseSecretsKey,
  sealSecret,
  SecretBox,
  secretBoxFromConfig,
  SecretError,
} from '../../src/secrets/secret-box';

const key = randomBytes(32);

describe('secret box', () => {
  it('round-trips, as v1:<iv>:<tag>:<ciphertext> in base64url', () => {
    for (const plain of ['sk-live-123', '', 'ünïcödé 🔑', 'x'.repeat(10_000)]) {
      const sealed = sealSecret(plain, key);
      expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]*$/);
      expect(sealed).not.toContain(plain || '\u0000');
      expect(openSecret(sealed, key)).toBe(plain);
    }
  });

  it('seals the same value differently each time (a random IV)', () => {
    const a = sealSecret('same', key);
    const b = sealSecret('same', key);
    expect(a).not.toBe(b);
    expect(a.split(':')[1]).not.toBe(b.split(':')[1]);
  });

  it('detects tampering: a flipped byte of the ciphertext, the tag or the IV fails', () => {
    const sealed = sealSecret('sk-live-123', key);
    const [v, ...parts] = sealed.split(':');
    for (let part = 0; part < 3; part++) {
      const bytes = Buffer.from(parts[part], 'base64url');
      bytes[0] ^= 0x01;
      const altered = [v, ...parts.map((p, i) => (i === part ? bytes.toString('base64url') : p))].join(':');
      expect(() => openSecret(altered, key)).toThrow(SecretError);
    }
    expect(() => openSecret(sealed.replace(/^v1:/, 'v2:'), key)).toThrow(/not a sealed secret/);
    expect(() => openSecret('v1:abc', key)).toThrow(SecretError);
  });

  it('fails with a wrong key', () => {
    const sealed = sealSecret('sk-live-123', key);
    expect(() => openSecret(sealed, randomBytes(32))).toThrow(/altered, or sealed with another SECRETS_KEY/);
    expect(() => sealSecret('x', randomBytes(16))).toThrow(/32 bytes/);
  });

  it('SecretBox reads legacy plain-text values and tells them apart', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('k');
    expect(box.open(sealed)).toBe('k');
    expect(box.open('plain:sk-old')).toBe('sk-old');
    expect(SecretBox.isSealed(sealed)).toBe(true);
    expect(SecretBox.isSealed('plain:sk-old')).toBe(false);
    expect(() => new SecretBox(null).seal('k')).toThrow(/no SECRETS_KEY/);
  });

  it('SECRETS_KEY: 32 bytes as hex or base64; anything else fails loading the configuration', () => {
    const raw = randomBytes(32);
    expect(parseSecretsKey(raw.toString('hex'))).toEqual(raw);
    expect(parseSecretsKey(raw.toString('base64'))).toEqual(raw);
    expect(parseSecretsKey(raw.toString('base64url'))).toEqual(raw);
    expect(loadConfig({ SECRETS_KEY: raw.toString('base64') }).secretsKey).toEqual(raw);
    expect(loadConfig({}).secretsKey).toBeNull();
    for (const bad of ['short', randomBytes(16).toString('hex'), randomBytes(31).toString('base64'), 'z'.repeat(64)])
      expect(() => loadConfig({ SECRETS_KEY: bad })).toThrow(/Invalid configuration: SECRETS_KEY: .*32 bytes/);
  });

  it('production needs SECRETS_KEY; elsewhere the dev key is used when it is unset, with one warning', () => {
    expect(() => secretBoxFromConfig({ production: true, secretsKey: null })).toThrow(
      /SECRETS_KEY is required when NODE_ENV=production/,
    );
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m) } as any;
    const dev = secretBoxFromConfig({ production: false, secretsKey: null }, logger);
    secretBoxFromConfig({ production: false, secretsKey: null }, logger);
    expect(openSecret(dev.seal('k'), DEV_SECRETS_KEY)).toBe('k');
    expect(warnings).toHaveLength(1);
    const configured = secretBoxFromConfig({ production: true, secretsKey: key });
    expect(openSecret(configured.seal('k'), key)).toBe('k');
  });
});
