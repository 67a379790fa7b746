import type { DeploymentSettings, WebhookSettings } from './config.js';
import type { Role } from '@hoanhap/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from './logger.js';

/** How the session cookie is written: `Secure` behind TLS, and the key for token hashes. */
export interface CookieSettings {
  secure: boolean;
  secret: string;
}

/**
 * The per-request DataLoaders. Empty here on purpose: each module adds its own by declaration
 * merging in its `*.loaders.ts` (`declare module '../../context.js' { interface Loaders extends … {} }`),
 * so this file depends on no feature module.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules' declaration merging.
export interface Loaders {}

/** Who is asking: resolved from the session cookie before any resolver runs. */
export interface Actor {
  userId: string;
  role: Role;
  unitId: string;
  organisationId: string | null;
  /**
   * Ids of the units the actor answers for (own unit, everything below it and merged into it) when
   * few enough to carry with the session; null for a larger scope, which `ctx.unitScope()` reads.
   */
  unitScope: string[] | null;
  /** Hash of the presented session token (logout deletes this row); empty for service accounts. */
  sessionTokenHash: string;
  /** Set when a department's integration calls with `Authorization: Bearer <key>` (userId is then this id). */
  serviceAccountId?: string;
  /** For service accounts: the root fields the key may call (never more than its agreement allows). */
  allowedOperations?: string[];
  /** For service accounts: the data-sharing agreement the key works under and the fields it redacts. */
  agreement?: { id: string; redactedFields: string[] };
}

/** Why a valid key was refused: its agreement is not in force (modules/agreements). */
export interface KeyRefusal {
  agreementId: string;
  reason: 'AGREEMENT_SUSPENDED' | 'AGREEMENT_ENDED' | 'AGREEMENT_NOT_STARTED';
}

/**
 * What the response must say about sensitive data, shared by every copy of one request's context
 * (a context inside `withTransaction` is a copy that writes here too).
 */
export interface Disclosure {
  /** Set by a field resolver that hid sensitive data; the response then carries `extensions.SENSITIVE_HIDDEN`. */
  hidden: boolean;
  /** People whose sensitive fields this request returned, with those fields' names: audited once per person. */
  reads: Map<string, Set<string>>;
  /** Sensitive fields of a person already named in this request's `read:returnee` row (the case file opened). */
  announced: Map<string, ReadonlySet<string>>;
  /**
   * Records this request wrote, with the fields its audit row names: such a field of such a record,
   * returned in the write's answer, is not a new disclosure (the write's own row names it).
   */
  written: Map<string, ReadonlySet<string>>;
  /** Response paths a key's agreement redacted (answered null), with the field: `extensions.redacted`. */
  redacted: Array<{ path: Array<string | number>; field: string }>;
  /** People whose records a key's request read: the agreement's usage counts them. */
  people: Set<string>;
}

/**
 * Everything a service needs about the request; passed first to every service call and helper.
 * Built by `createContext` (create-context.ts) for GraphQL and the document routes alike.
 */
export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  /** Set when a Bearer key was valid but its agreement is not in force (the request is then anonymous). */
  keyRefusal?: KeyRefusal;
  /** The raw session token the browser presented, if any (login rotates it). */
  presentedToken: string | undefined;
  dataSource: DataSource;
  /**
   * Where this request's SQL runs: the pool, or inside `withTransaction` (common/transaction.ts)
   * the transaction. Helpers read and write through it only, so nothing called inside a
   * transaction reads outside it.
   */
  db: EntityManager;
  cookies: CookieSettings;
  setCookie(value: string): void;
  loaders: Loaders;
  log: Logger;
  /** Ids of the units the actor answers for (own unit, below, merged in); computed once per request. */
  unitScope(): Promise<string[]>;
  disclosure: Disclosure;
  /** This deployment's code and key secret (config.ts); unset, the stored code (and keys kept in clear). */
  deployment?: DeploymentSettings;
  /** How webhooks are sent (config.ts); unset: the defaults, no http:// endpoints. */
  webhooks?: WebhookSettings;
}
