import type { ReturneeDetailQuery } from '../../../gql/graphql';

/** A person's whole case file, as the detail page loads it. */
export type ReturneeDetail = NonNullable<ReturneeDetailQuery['returnee']>;
