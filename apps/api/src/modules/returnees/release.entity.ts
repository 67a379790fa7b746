import { ReleaseType } from '@hoanhap/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Returnee } from './returnee.entity.js';
import { BaseRecord } from '../../common/base.entity.js';

/** The prison's release certificate. Personal data. */
@Entity({ name: 'release' })
@Index(['returneeId'])
export class Release extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Column({ type: 'enum', enum: ReleaseType, enumName: 'release_type' })
  type: ReleaseType;

  @Column({ type: 'text', nullable: true })
  certificateNumber: string | null;

  @Column({ type: 'date' })
  releasedOn: string;

  @Column({ type: 'text' })
  prison: string;

  /** For parole: the last day of the probation period. */
  @Column({ type: 'date', nullable: true })
  probationEndsOn: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
