import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, IdColumn, TextColumn } from '../../common/columns.js';
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

  @IdColumn()
  userId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  returneeId: string;

  @TextColumn()
  purpose: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @BelongsTo(() => User, { column: 'user_id', nullable: false, onDelete: 'RESTRICT' })
  user?: Relation<User>;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;
}
