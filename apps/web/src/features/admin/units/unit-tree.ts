import type { AdminUnitFragment } from '../../../gql/graphql';

export interface UnitNode {
  unit: AdminUnitFragment;
  children: UnitNode[];
}

/**
 * The units as a tree, parent → children, in the order the API gives them (top level first,
 * current before merged, then by name). A unit whose parent is outside the list (a ward user's
 * own ward) is a root.
 */
export function buildUnitTree(units: readonly AdminUnitFragment[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parent ? nodes.get(node.unit.parent.id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export type UnitStatus = 'active' | 'ended' | 'notYet';

/** Whether the unit exists on `today` (validity dates inclusive). */
export function unitStatus(unit: Pick<AdminUnitFragment, 'validFrom' | 'validTo'>, today: string): UnitStatus {
  if (unit.validFrom && unit.validFrom > today) return 'notYet';
  if (unit.validTo && unit.validTo < today) return 'ended';
  return 'active';
}
