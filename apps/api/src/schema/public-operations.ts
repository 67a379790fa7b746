import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Root fields anyone may call without a session. Everything else answers UNAUTHENTICATED: the
 * default is closed, so a new resolver cannot be exposed by forgetting a decorator.
 */
export const PUBLIC_ROOT_FIELDS = new Set(['login', 'expungementPreview', '__typename']);
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** The root field names an operation selects, looking through fragments. */
export function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) names.push(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = fragments.get(sel.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/** True when the operation touches something that needs a signed-in caller. */
export function needsSession(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  allowIntrospection: boolean,
): boolean {
  return rootFieldNames(document, operation).some(
    (name) => !PUBLIC_ROOT_FIELDS.has(name) && !(allowIntrospection && INTROSPECTION_FIELDS.has(name)),
  );
}
