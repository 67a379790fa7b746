import { Arg, Int } from 'type-graphql';

/*
 * The arguments of every paged list, said once so each list words them the same way (the page-size
 * rule itself is `pageSize`).
 */

/** `first`: how many rows to return; the page-size rule refuses a negative or too large one. */
export function FirstArg(description = 'Page size, 20 by default, at most 100.'): ReturnType<typeof Arg> {
  return Arg('first', () => Int, { nullable: true, description });
}

/** `after`: the opaque cursor of the last row already read (`pageInfo.endCursor`). */
export function AfterArg(): ReturnType<typeof Arg> {
  return Arg('after', () => String, { nullable: true });
}
