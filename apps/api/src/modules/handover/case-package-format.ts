import { sign, verify, type KeyObject } from 'node:crypto';
import canonicalizeModule from 'canonicalize';

// The package is CommonJS (module.exports = the function) with an ES-style typing: under NodeNext
// the default import is that function at run time, whatever the typing says.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;

/*
 * The case package's format and signature (docs/api.md, "Case packages"): a JSON object whose
 * `signature` is the base64 Ed25519 signature of the RFC 8785 canonical JSON (JCS) of every other
 * member. Canonical JSON makes the signed bytes independent of member order and whitespace, so a
 * package re-indented by an editor still verifies, and any changed value does not.
 */

export const PACKAGE_FORMAT = 'hoanhap-case-package';
export const PACKAGE_VERSION = 1;

export interface CasePackageAddress {
  code: string;
  unitCode?: string | null;
  unitName?: string | null;
}

/** Counts by action and the first and last dates of the person's audit trail; who is left out. */
export interface AuditSummary {
  total: number;
  byAction: Record<string, number>;
  firstAt: string | null;
  lastAt: string | null;
}

export interface CasePackageBody {
  format: typeof PACKAGE_FORMAT;
  version: typeof PACKAGE_VERSION;
  id: string;
  from: CasePackageAddress;
  to: CasePackageAddress;
  createdAt: string;
  handedOverOn: string;
  reason: string | null;
  person: Record<string, unknown>;
  documents: Array<Record<string, unknown>>;
  openTasks: Array<Record<string, unknown>>;
  auditSummary: AuditSummary;
}

export type SignedCasePackage = CasePackageBody & { signature: string };

/** The bytes the signature covers: the canonical JSON of the package without its signature. */
export function signedBytes(body: object): Buffer {
  const { signature: _signature, ...rest } = body as Record<string, unknown>;
  return Buffer.from(canonicalize(rest) ?? '', 'utf8');
}

export function signPackage(body: CasePackageBody, key: KeyObject): SignedCasePackage {
  return { ...body, signature: sign(null, signedBytes(body), key).toString('base64') };
}

export function signatureValid(pkg: { signature: string }, key: KeyObject): boolean {
  const signature = Buffer.from(pkg.signature, 'base64');
  // Ed25519 signatures are 64 bytes; anything else (or bad base64) is not one.
  return signature.length === 64 && verify(null, signedBytes(pkg), key, signature);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/**
 * What the uploaded text is: a package (shape checked, signature not yet), one without a signature,
 * or not a package at all.
 */
export function readPackage(text: string): SignedCasePackage | 'UNSIGNED' | 'MALFORMED' {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'MALFORMED';
  }
  if (!isObject(value) || value.format !== PACKAGE_FORMAT || value.version !== PACKAGE_VERSION) return 'MALFORMED';
  const { id, from, to, person, openTasks, documents, auditSummary, handedOverOn, createdAt } = value;
  const shaped =
    typeof id === 'string' &&
    UUID.test(id) &&
    isObject(from) &&
    isText(from.code) &&
    isObject(to) &&
    isText(to.code) &&
    isObject(person) &&
    isText(person.fullName) &&
    Array.isArray(openTasks) &&
    openTasks.every(isObject) &&
    Array.isArray(documents) &&
    isObject(auditSummary) &&
    typeof handedOverOn === 'string' &&
    DAY.test(handedOverOn) &&
    typeof createdAt === 'string';
  if (!shaped) return 'MALFORMED';
  if (!isText(value.signature)) return 'UNSIGNED';
  return value as unknown as SignedCasePackage;
}
