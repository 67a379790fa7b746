import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/**
 * A purpose-bound, time-limited grant: this user may see this person's sensitive fields until
 * `expiresAt`. Kept for review; never updated.
 */
@ObjectType({ description: 'A stated purpose for seeing one person’s sensitive fields, valid 30 minutes.' })
@Entity({ name: 'sensitive_reveal' })
@Index(['userId', 'returneeId', 'expiresAt'])
export class SensitiveReveal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  purpose: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
