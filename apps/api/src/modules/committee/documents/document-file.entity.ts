import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Document } from './document.entity.js';

/**
 * The file attached to a document, kept in the database (bytea) so backups carry it. Served only
 * by `GET /documents/:id/file` after a session and scope check; never selected with the document.
 */
@Entity({ name: 'document_file' })
@Check('document_file_size', '"size_bytes" > 0 AND "size_bytes" <= 5242880')
export class DocumentFile {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  mimeType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  /** Hex SHA-256 of the content, to spot duplicates and corruption. */
  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @OneToOne(() => Document, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<Document>;
}
