import { apiMessage } from '../common/errors.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, parse, print, visit } from 'graphql';
import type { RequestContext } from '../context.js';
import type { Logger } from '../logger.js';
import { rootFieldNames } from '../schema/public-operations.js';

/** Refused: the browser sent a document the web app was not built with. */
export const UNTRUSTED_DOCUMENT = 'UNTRUSTED_DOCUMENT';

/** The manifest the web build writes next to index.html (apps/web/scripts/trusted-documents.mjs). */
export const TRUSTED_DOCUMENTS_FILE = 'trusted-documents.json';

/** What a missing manifest still lets a browser do in production: sign in (and nothing else). */
const WITHOUT_MANIFEST = new Set(['login']);

/**
 * The form both sides hash: graphql-js's `print` of the parsed document, with unaliased
 * `__typename` fields removed (Apollo Client's cache adds them to every selection set before
 * sending, and they reveal nothing). Must match apps/web/scripts/trusted-documents.mjs.
 */
export function normaliseDocument(document: DocumentNode | string): string {
  const doc = typeof document === 'string' ? parse(document) : document;
  return print(
    visit(doc, {
      [Kind.FIELD]: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined),
    }),
  );
}

/** SHA-256 (hex) of the normalised document. */
export function documentHash(document: DocumentNode | string): string {
  return createHash('sha256').update(normaliseDocument(document)).digest('hex');
}

/**
 * The hashes from `<webDist>/trusted-documents.json` (a JSON array of hex SHA-256), or null when
 * the file is missing or unreadable.
 */
export function loadTrustedDocuments(webDist: string, log: Logger): ReadonlySet<string> | null {
  const file = path.join(webDist, TRUSTED_DOCUMENTS_FILE);
  if (!existsSync(file)) return null;
  try {
    const hashes: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(hashes) || !hashes.every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h))) {
      throw new Error('not an array of SHA-256 hex strings');
    }
    return new Set(hashes as string[]);
  } catch (err) {
    log.warn(
      { file, reason: err instanceof Error ? err.message : String(err) },
      'trusted documents manifest unreadable',
    );
    return null;
  }
}

/**
 * Trusted documents for the browser: in production, a browser session (or an anonymous caller)
 * may run only the operations the web app was built with; anything else is refused, before
 * execution, with UNTRUSTED_DOCUMENT (HTTP 400). Service accounts are not browsers: they are held
 * to their key's allowed operations by serviceAccountOperationGate instead. A built web app
 * (index.html) without a manifest in production lets browsers run only `login`; with no web app
 * at all (an API-only process) the check is off, with a warning at start. Off in development.
 */
export function trustedDocumentsGate(options: {
  isProduction: boolean;
  webDist: string;
  log: Logger;
}): ApolloServerPlugin<RequestContext> {
  if (!options.isProduction) return {};
  const trusted = loadTrustedDocuments(options.webDist, options.log);
  if (!trusted && !existsSync(path.join(options.webDist, 'index.html'))) {
    // No web app in this process (an API-only deployment): nothing to hold browsers to.
    options.log.warn({ webDist: options.webDist }, 'no web app built: trusted documents are not enforced');
    return {};
  }
  if (!trusted) {
    options.log.warn(
      { file: path.join(options.webDist, TRUSTED_DOCUMENTS_FILE) },
      'web app built without a trusted documents manifest: browsers may only sign in',
    );
  }
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (contextValue.actor?.serviceAccountId) return;
          const ok = trusted
            ? trusted.has(documentHash(document))
            : !!operation && rootFieldNames(document, operation).every((name) => WITHOUT_MANIFEST.has(name));
          if (ok) return;
          throw new GraphQLError(apiMessage('UNTRUSTED_DOCUMENT'), {
            extensions: { code: UNTRUSTED_DOCUMENT, http: { status: 400 } },
          });
        },
      };
    },
  };
}
