import { type FragmentDefinitionNode, Kind, parse, type SelectionSetNode, print } from 'graphql';
import { describe, expect, it } from 'vitest';

// The case file query spreads the header's, the timeline's and some tabs' fragments, and the
// timeline's spreads the other tabs' (see returnees.graphql). This checks every part the page
// renders is reached, with the same arguments (`helpers(active: null)`). Other features' parts of
// the page (the hand-over's) are read from their own folders.
const sources = import.meta.glob<string>('../../**/*.graphql', { eager: true, query: '?raw', import: 'default' });
const definitions = Object.values(sources).flatMap((source) => parse(source).definitions);
const fragments = new Map(
  definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** Every field path a selection asks for, fragments inlined, arguments included. */
function paths(selectionSet: SelectionSetNode, prefix = '', into = new Set<string>()): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const args = selection.arguments?.length ? `(${selection.arguments.map((a) => print(a)).join(', ')})` : '';
      const path = `${prefix}.${selection.name.value}${args}`;
      into.add(path);
      if (selection.selectionSet) paths(selection.selectionSet, path, into);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(selection.name.value);
      if (!fragment) throw new Error(`Unknown fragment ${selection.name.value}`);
      paths(fragment.selectionSet, prefix, into);
    } else {
      paths(selection.selectionSet, prefix, into);
    }
  }
  return into;
}

const PARTS = [
  'ReturneeHeaderFields',
  'TransferActionFields',
  'HandedOverFields',
  'TimelineFields',
  'ProfileTabFields',
  'ProfileViewFields',
  'HelpersTabFields',
  'AssignHelperFormFields',
  'ContactsTabFields',
  'SupportTabFields',
  'EmploymentTabFields',
  'ClassificationTabFields',
  'IncidentsTabFields',
  'ConvictionsTabFields',
  'ReleaseTabFields',
  'TasksTabFields',
  'TaskFormFields',
];

describe('the case file query', () => {
  const query = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'ReturneeDetail');
  if (query?.kind !== Kind.OPERATION_DEFINITION) throw new Error('ReturneeDetail not found');
  const returnee = query.selectionSet.selections[0];
  if (returnee?.kind !== Kind.FIELD || !returnee.selectionSet) throw new Error('ReturneeDetail has no returnee');
  const asked = paths(returnee.selectionSet);

  it.each(PARTS)('asks for every field %s reads', (name) => {
    const fragment = fragments.get(name);
    expect(fragment, name).toBeDefined();
    const missing = [...paths((fragment as FragmentDefinitionNode).selectionSet)].filter((p) => !asked.has(p));
    expect(missing).toEqual([]);
  });
});
