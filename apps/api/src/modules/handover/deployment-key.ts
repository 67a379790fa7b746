import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { DeploymentKey } from './deployment-key.entity.js';

/*
 * This deployment's identity: its code and its Ed25519 key pair, made on first use and kept in
 * the database (one row), so every API process signs with the same key. Node's own crypto makes
 * and uses the keys; the private key is stored as PKCS#8 PEM, encrypted with DEPLOYMENT_KEY_SECRET
 * (AES-256-CBC, scrypt-derived, as Node's key export does it) when that secret is configured.
 */

/** The code of a deployment with no DEPLOYMENT_CODE: made up once, for development. */
const developmentCode = () => `dev-${randomBytes(4).toString('hex')}`;

/** The stored key row, made (and audited) on first use; call inside withTransaction. */
export async function deploymentKey(ctx: RequestContext): Promise<DeploymentKey> {
  const repo = ctx.db.getRepository(DeploymentKey);
  const found = await repo.findOneBy({ id: 1 });
  const code = ctx.deployment?.code;
  if (found) {
    // A configured code wins over the one stored: the key stays, partners keep verifying it.
    if (code && found.code !== code) {
      found.code = code;
      await repo.save(found);
    }
    return found;
  }
  const secret = ctx.deployment?.keySecret;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const row = repo.create({
    id: 1,
    code: code ?? developmentCode(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey
      .export(
        secret
          ? { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: secret }
          : { type: 'pkcs8', format: 'pem' },
      )
      .toString(),
    privateKeyEncrypted: !!secret,
  });
  // Two processes making the key at once: the first one's row wins, the other reads it.
  await ctx.db.query(
    `INSERT INTO deployment_key (id, code, public_key, private_key, private_key_encrypted) VALUES (1, $1, $2, $3, $4)
     ON CONFLICT (id) DO NOTHING`,
    [row.code, row.publicKey, row.privateKey, row.privateKeyEncrypted],
  );
  const stored = await repo.findOneByOrFail({ id: 1 });
  await audit(ctx, { action: 'createDeploymentKey', objectType: 'DeploymentKey', fields: ['code', 'publicKey'] });
  return stored;
}

/** The private key to sign with; a wrong or missing secret for an encrypted key is a configuration error. */
export function signingKey(ctx: RequestContext, row: DeploymentKey): KeyObject {
  if (!row.privateKeyEncrypted) return createPrivateKey(row.privateKey);
  const passphrase = ctx.deployment?.keySecret;
  if (!passphrase) throw new Error('DEPLOYMENT_KEY_SECRET is needed to sign: the stored key is encrypted');
  return createPrivateKey({ key: row.privateKey, format: 'pem', passphrase });
}

/** An Ed25519 public key from SPKI PEM or base64 of the DER; null when it is not one. */
export function parsePublicKey(text: string): KeyObject | null {
  const trimmed = text.trim();
  try {
    const key = trimmed.startsWith('-----BEGIN')
      ? createPublicKey(trimmed)
      : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}
