import { describe, expect, it } from 'vitest';
import type { AdminUnitFragment } from '../../../gql/graphql';
import { buildUnitTree, unitStatus } from './unit-tree';

const unit = (id: string, parent: string | null): AdminUnitFragment =>
  ({ id, parent: parent ? { id: parent } : null }) as AdminUnitFragment;

describe('buildUnitTree', () => {
  it('nests children under their parent in the given order, and makes orphans roots', () => {
    const tree = buildUnitTree([
      unit('city', null),
      unit('district', 'city'),
      unit('b', 'district'),
      unit('a', 'district'),
      unit('lone', 'elsewhere'),
    ]);
    expect(tree.map((n) => n.unit.id)).toEqual(['city', 'lone']);
    expect(tree[0]?.children[0]?.children.map((n) => n.unit.id)).toEqual(['b', 'a']);
  });
});

describe('unitStatus', () => {
  it('counts both validity dates as days the unit exists', () => {
    const dongHoa = { validFrom: '2025-01-01', validTo: '2025-06-30' };
    expect(unitStatus(dongHoa, '2024-12-31')).toBe('notYet');
    expect(unitStatus(dongHoa, '2025-01-01')).toBe('active');
    expect(unitStatus(dongHoa, '2025-06-30')).toBe('active');
    expect(unitStatus(dongHoa, '2025-07-01')).toBe('ended');
    expect(unitStatus({ validFrom: null, validTo: null }, '2026-11-29')).toBe('active');
  });
});
