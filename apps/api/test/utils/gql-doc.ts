declare const shape: unique symbol;

/**
 * A GraphQL document that carries the types of its result and variables, so that
 * `client.request(DOC, variables)` checks the variables and types `res.data` without a cast.
 */
export type GqlDoc<TData, TVariables = Record<string, unknown>> = string & {
  readonly [shape]: { data: TData; variables: TVariables };
};

/** The result type a typed document answers with. */
export type ResultOf<D> = D extends GqlDoc<infer TData, infer _V> ? TData : never;

/** The variables a typed document takes. */
export type VariablesOf<D> = D extends GqlDoc<infer _D, infer TVariables> ? TVariables : never;

/** Types a document's text; the text itself is sent as written. */
export function gqlDoc<TData, TVariables = Record<string, unknown>>(source: string): GqlDoc<TData, TVariables> {
  return source as GqlDoc<TData, TVariables>;
}
