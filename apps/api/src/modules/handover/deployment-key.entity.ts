import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * This deployment's Ed25519 signing key: one row, made on first use (deployment-key.ts). Not
 * personal data. The private key is a PKCS#8 PEM, encrypted (AES-256) with DEPLOYMENT_KEY_SECRET
 * when one is configured; GraphQL shows the code and the public key only.
 */
@ObjectType('DeploymentIdentity', {
  description: 'Who this deployment is to partner deployments: give them the code and the public key.',
})
@Entity({ name: 'deployment_key' })
export class DeploymentKey {
  /** Always 1: a deployment has one key. */
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Field(() => String, { description: 'The deployment code partners register this key under, e.g. "hai-phong".' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => String, { description: 'The Ed25519 public key, SPKI PEM.' })
  @Column({ type: 'text' })
  publicKey: string;

  @Column({ type: 'text' })
  privateKey: string;

  @Column({ type: 'boolean' })
  privateKeyEncrypted: boolean;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
