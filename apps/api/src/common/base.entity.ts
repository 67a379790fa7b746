import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Identity, timestamps and the optimistic-concurrency version every editable record carries. */
export abstract class BaseRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Bumped on every update; an edit made against an older version is refused (CONFLICT). */
  @VersionColumn({ type: 'integer' })
  version: number;
}
