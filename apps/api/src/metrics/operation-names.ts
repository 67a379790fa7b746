/**
 * Bounds the `operation` label. A name is used only for a request that reached execution, so its
 * document parsed, validated and passed the gates (signed in, trusted in production, within its
 * cost); even so a caller may name operations at will, so past the first `limit` distinct names
 * the rest are counted as "other". Unnamed operations are "anonymous".
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly limit = 200) {}

  label(name: string | null | undefined, executed: boolean): string {
    if (!executed) return 'other';
    if (!name) return 'anonymous';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.limit || name.length > 100) return 'other';
    this.seen.add(name);
    return name;
  }
}

/** The outcome label: "ok", or the first error's code when it looks like one of ours. */
export function outcomeOf(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): string {
  if (!errors || errors.length === 0) return 'ok';
  const code = errors[0]?.extensions?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}
