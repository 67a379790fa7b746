import type { Role } from '@hoanhap/shared';

export type Outcome = 'ALLOWED' | 'SENSITIVE' | 'FORBIDDEN' | 'NOT_FOUND';
export type Scope = 'own' | 'other';
export type Cell = Record<Scope, Outcome | null>;

export interface MatrixRow {
  operation: string;
  kind: 'query' | 'mutation';
  cells: Record<Role, Cell>;
  note?: string;
}

/** A cell: the answer for a target in the actor’s own unit, and for one in another unit. */
export const c = (own: Outcome | null, other: Outcome | null): Cell => ({ own, other });
