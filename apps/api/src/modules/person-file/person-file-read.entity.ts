import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, TextColumn } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/**
 * One reading of a person's whole file (the print page, or the read an archive is written from),
 * with the purpose the reader stated. Its `read:personFile` audit row points at it, so the access
 * history can say why. The purpose may name people: personal data, never logged. Never updated.
 */
@Entity({ name: 'person_file_read' })
@Index(['returneeId', 'readAt'])
@Index(['userId'])
export class PersonFileRead {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  returneeId: string;

  @TextColumn()
  purpose: string;

  @CreateDateColumn({ type: 'timestamptz' })
  readAt: Date;

  @BelongsTo(() => User, { column: 'user_id', nullable: false, onDelete: 'RESTRICT' })
  user?: Relation<User>;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;
}
