import {
  type FieldNode,
  getNamedType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { personFileDocument } from './person-file.document.js';

/** The format's version, in every person.json: raised when a field changes meaning or goes away. */
export const PERSON_FILE_FORMAT_VERSION = 1;

type JsonSchema = Record<string, unknown>;

/** JSON types of the scalars the whole file carries. */
const SCALARS: Record<string, JsonSchema> = {
  ID: { type: 'string' },
  String: { type: 'string' },
  Boolean: { type: 'boolean' },
  Int: { type: 'integer' },
  Float: { type: 'number' },
  LocalDate: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  DateTimeISO: { type: 'string', format: 'date-time' },
};

/**
 * The JSON Schema (draft 2020-12) of person.json, derived from the whole file's query
 * (person-file.document.ts) and the API's GraphQL schema: every field the query selects, with its
 * type, nullability, enum values and description. docs/person-file.schema.json is this, committed
 * (`pnpm --filter @hoanhap/api person-file:schema`), and a test keeps the two equal, so the
 * published schema cannot drift from the archive.
 */
export function personFileJsonSchema(schema: GraphQLSchema): JsonSchema {
  const operation = personFileDocument().definitions[0] as OperationDefinitionNode;
  const root = operation.selectionSet.selections[0] as FieldNode;
  const field = schema.getQueryType()?.getFields()[root.name.value];
  if (!field || !root.selectionSet) throw new Error('the schema has no personFile query');
  const body = objectSchema(schema, getNamedType(field.type), root.selectionSet);
  const properties = body.properties as Record<string, JsonSchema>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Hồ sơ đầy đủ của một người (person.json)',
    description:
      'Everything Hòa Nhập holds on one person, as written in person.json of a whole-file archive. Dates are ISO 8601 (civil dates YYYY-MM-DD, instants with their offset); enumerations carry their stable values; a sensitive field the reader’s role may not see is null or an empty list.',
    type: 'object',
    additionalProperties: false,
    required: ['formatVersion', ...(body.required as string[])],
    properties: { formatVersion: { const: PERSON_FILE_FORMAT_VERSION }, ...properties },
  };
}

function objectSchema(schema: GraphQLSchema, type: unknown, selection: SelectionSetNode): JsonSchema {
  if (!isObjectType(type)) throw new Error('a selection set on a type without fields');
  const fields = type.getFields();
  const properties: Record<string, JsonSchema> = {};
  for (const node of selection.selections) {
    if (node.kind !== 'Field') throw new Error('the whole file’s query spreads no fragments');
    const name = node.alias?.value ?? node.name.value;
    const definition = fields[node.name.value];
    if (!definition) throw new Error(`${type.name} has no field ${node.name.value}`);
    properties[name] = fieldSchema(schema, definition, node);
  }
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

function fieldSchema(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, node: FieldNode): JsonSchema {
  const described = (s: JsonSchema) => (field.description ? { description: field.description, ...s } : s);
  return described(typeSchema(schema, field.type, node));
}

function typeSchema(schema: GraphQLSchema, type: GraphQLOutputType, node: FieldNode): JsonSchema {
  if (isNonNullType(type)) return valueSchema(schema, type.ofType, node);
  const value = valueSchema(schema, type, node);
  return { anyOf: [value, { type: 'null' }] };
}

function valueSchema(schema: GraphQLSchema, type: GraphQLOutputType, node: FieldNode): JsonSchema {
  if (isNonNullType(type)) return valueSchema(schema, type.ofType, node);
  if (isListType(type)) return { type: 'array', items: typeSchema(schema, type.ofType, node) };
  if (isEnumType(type)) {
    return { type: 'string', enum: type.getValues().map((v) => v.name) };
  }
  if (isScalarType(type)) {
    const json = SCALARS[type.name];
    if (!json) throw new Error(`no JSON type for the scalar ${type.name}`);
    return json;
  }
  if (!node.selectionSet) throw new Error(`${node.name.value} needs a selection`);
  return objectSchema(schema, type, node.selectionSet);
}
