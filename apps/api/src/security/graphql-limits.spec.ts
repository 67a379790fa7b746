import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type DefinitionNode, type DocumentNode, Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphqlLimits } from './graphql-limits.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = buildSchema(readFileSync(path.resolve(here, '../../schema.graphql'), 'utf8'));
const webSrc = path.resolve(here, '../../../web/src');

/** Every operation and fragment the web app sends, from its .graphql files. */
function webDefinitions(): DefinitionNode[] {
  const files = readdirSync(webSrc, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.graphql'));
  return files.flatMap((f) => parse(readFileSync(path.join(webSrc, f), 'utf8')).definitions);
}

describe('the web app’s operations and the API’s limits', () => {
  // A case file query that grows past the cost limit fails for every user at once: catch it here.
  it('each fits the depth, alias and cost limits', () => {
    const definitions = webDefinitions();
    const fragments = definitions.filter((d) => d.kind === 'FragmentDefinition');
    const operations = definitions.filter((d) => d.kind === 'OperationDefinition');
    expect(operations.length).toBeGreaterThan(20);
    const { validationRules } = graphqlLimits();
    for (const operation of operations) {
      const used: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
      // Unused fragments are graphql-js's concern, not the limits': keep only the limit rules.
      const errors = validate(schema, used, validationRules).map((e) => e.message);
      expect(errors, operation.name?.value).toEqual([]);
    }
  });
});
