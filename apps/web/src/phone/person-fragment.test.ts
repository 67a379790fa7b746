import { type DocumentNode, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PhoneCaseloadDocument, PhoneReturneeDocument } from '../gql/graphql';
import CASELOAD from './graphql/caseload.graphql?raw';
import RETURNEE from './graphql/returnee.graphql?raw';
import { withPersonFragment } from './person-fragment';

// The API trusts a browser's document by the hash of its printed form (scripts/trusted-documents.mjs):
// the text the phone sends must print exactly as the document the build hashed.
describe('the phone’s documents that share the person fragment', () => {
  it.each([
    ['PhoneCaseload', CASELOAD, PhoneCaseloadDocument],
    ['PhoneReturnee', RETURNEE, PhoneReturneeDocument],
  ])('%s is sent as the document codegen recorded', (_name, text, generated) => {
    expect(print(parse(withPersonFragment(text)))).toBe(print(generated as DocumentNode));
  });
});
