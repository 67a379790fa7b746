import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/*
 * Random GraphQL documents for property-based fuzzing: values (odd Unicode, huge numbers, nulls,
 * wrong types), and documents built from a schema (random fields, aliases, arguments as literals
 * or variables).
 */

// ---- values -------------------------------------------------------------------------------

const oddStrings = fc.constantFrom(
  '',
  ' ',
  "' OR 1=1 --",
  '"; DROP TABLE returnee; --',
  '%',
  '_',
  '\\',
  '\u0000',
  '\uD800',
  '\u202E\u0301\uFEFF',
  'Nguyễn Văn Ấ 🙂',
  '9999-12-31',
  '2024-02-30',
  '0000-00-00',
  '00000000-0000-0000-0000-000000000000',
  '1e308',
  'ỡ'.repeat(5_000),
);
const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.uuid(),
  oddStrings,
);
const oddNumbers = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.integer(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, 0.5, -0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  anyString,
  oddNumbers,
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** A value for an input type: usually well-typed, sometimes null or wrong. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const typed = typedValue(type, depth);
  return fc.oneof(
    { weight: isNonNullType(type) ? 40 : 16, arbitrary: typed },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: wrongType },
  );
}

function typedValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedValue(type.ofType, depth);
  if (isListType(type)) return fc.array(valueFor(type.ofType, depth + 1), { maxLength: depth > 2 ? 0 : 3 });
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((v) => v.name));
    return fc.oneof({ weight: 9, arbitrary: values }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return oddNumbers;
      case 'Boolean':
        return fc.boolean();
      case 'LocalDate':
        return fc.oneof(
          fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          anyString,
        );
      default:
        return anyString;
    }
  }
  return wrongType;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A GraphQL literal for a value meant for `type` (which it may not fit: wrong values stay wrong). */
function literal(type: GraphQLInputType | undefined, value: unknown): string {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return inner && isEnumType(inner) && NAME.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const item = inner && isListType(inner) ? inner.ofType : undefined;
    return `[${value.map((v) => literal(item, v)).join(', ')}]`;
  }
  const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
  const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => NAME.test(k));
  return `{ ${entries.map(([k, v]) => `${k}: ${literal(fields[k]?.type, v)}`).join(', ')} }`;
}

// ---- documents ----------------------------------------------------------------------------

/** Random documents on the schema's query and mutation roots, leaving out the fields in `notFuzzed`. */
export function documentArbitrary(
  schema: GraphQLSchema,
  notFuzzed: Set<string>,
): fc.Arbitrary<{ query: string; variables: Record<string, unknown> }> {
  interface Built {
    text: string;
    variables: Record<string, unknown>;
    definitions: string[];
  }

  interface ArgChoice {
    arg: GraphQLArgument;
    value: unknown;
    asVariable: boolean;
  }

  function argsArbitrary(field: GraphQLField<unknown, unknown>): fc.Arbitrary<ArgChoice[]> {
    if (field.args.length === 0) return fc.constant([]);
    return fc
      .tuple(
        ...field.args.map((arg) =>
          fc.record({
            arg: fc.constant(arg),
            value: valueFor(arg.type),
            asVariable: fc.boolean(),
            include: isNonNullType(arg.type) ? fc.constant(true) : fc.boolean(),
          }),
        ),
      )
      .map((choices) => choices.filter((c) => c.include));
  }

  type Selection = (out: Built) => string;

  const letters = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);

  function selectionOn(type: GraphQLNamedType, depth: number, exclude: Set<string>): fc.Arbitrary<Selection> {
    if (isAbstractType(type)) {
      const possible = schema.getPossibleTypes(type);
      return fc
        .constantFrom(...possible)
        .chain((t) =>
          selectionOn(t, depth, exclude).map(
            (inner) => (out: Built) => `__typename ... on ${t.name} { ${inner(out)} }`,
          ),
        );
    }
    if (!isObjectType(type)) return fc.constant(() => '');
    const fields = Object.values((type as GraphQLObjectType).getFields()).filter((f) => !exclude.has(f.name));
    if (fields.length === 0 || depth > 3) return fc.constant(() => '__typename');
    return fc
      .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 4, selector: (f) => f.name })
      .chain((picked) => fc.tuple(...picked.map((f) => fieldSelection(f, depth))))
      .map((parts) => (out: Built) => parts.map((p) => p(out)).join(' '));
  }

  function fieldSelection(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<Selection> {
    const named = getNamedType(field.type);
    const sub = isLeafType(named) ? fc.constant<Selection>(() => '') : selectionOn(named, depth + 1, new Set());
    return fc
      .tuple(argsArbitrary(field), sub, fc.option(letters, { freq: 10 }))
      .map(([args, inner, alias]) => (out: Built) => {
        const argText = args
          .map(({ arg, value, asVariable }) => {
            if (!asVariable) return `${arg.name}: ${literal(arg.type, value)}`;
            const name = `v${out.definitions.length}`;
            out.definitions.push(`$${name}: ${arg.type.toString()}`);
            out.variables[name] = value;
            return `${arg.name}: $${name}`;
          })
          .join(', ');
        const body = inner(out);
        return `${alias ? `${alias}: ` : ''}${field.name}${argText ? `(${argText})` : ''}${body ? ` { ${body} }` : isLeafType(named) ? '' : ' { __typename }'}`;
      });
  }

  const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => Boolean(t));
  return fc.constantFrom(...roots).chain((root) =>
    selectionOn(root, 0, notFuzzed).map((selection) => {
      const out: Built = { text: '', variables: {}, definitions: [] };
      const body = selection(out);
      const keyword = root === schema.getMutationType() ? 'mutation' : 'query';
      const defs = out.definitions.length ? `(${out.definitions.join(', ')})` : '';
      return { query: `${keyword} Fuzz${defs} { ${body} }`, variables: out.variables };
    }),
  );
}
