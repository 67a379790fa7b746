import PERSON from './graphql/person.graphql?raw';

/**
 * An operation that spreads `PhonePerson`, followed by the fragment: the phone sends raw text, and
 * codegen's document lists the operation then its fragments, so the text parses to the same
 * document (and the same trusted-document hash) as the build recorded.
 */
export const withPersonFragment = (operation: string): string => `${operation}\n${PERSON}`;
