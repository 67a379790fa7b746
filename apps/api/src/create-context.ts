import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { DeploymentSettings, WebhookSettings } from './config.js';
import type { Actor, CookieSettings, KeyRefusal, RequestContext } from './context.js';
import { createLoaders } from './loaders.js';
import type { Logger } from './logger.js';
import { authService } from './modules/auth/auth.service.js';
import { readBearer } from './modules/service-accounts/service-account-key.js';
import { serviceAccountService } from './modules/service-accounts/service-account.service.js';
import { loadUnitScope } from './modules/units/units.service.js';
import { withClientAddress } from './security/client-address.js';

/** What every context is built from; one per server. */
export interface ContextDeps {
  dataSource: DataSource;
  cookies: CookieSettings;
  log: Logger;
  deployment?: DeploymentSettings;
  webhooks?: WebhookSettings;
}

/** Builds the context of one HTTP request; GraphQL and the document routes both use it. */
export type ContextFactory = (req: Request, res: Response) => Promise<RequestContext>;

/**
 * The one place a request's context is made: who is asking (a department's Bearer key wins over
 * any cookie, which is then ignored), its loaders, and `db` on the pool until `withTransaction`.
 */
export function contextFactory(deps: ContextDeps): ContextFactory {
  return async (req, res) => {
    const bearer = readBearer(req.headers.authorization);
    const { actor, token, keyRefusal }: { actor: Actor | null; token?: string; keyRefusal?: KeyRefusal } =
      bearer === undefined
        ? await authService.actorFromCookie(deps.dataSource, req.headers.cookie, deps.cookies)
        : await serviceAccountService.actorFromKey(deps.dataSource, bearer);
    return withClientAddress<RequestContext>(
      {
        ...baseContext(deps, (req as Request & { id?: string }).id ?? randomUUID()),
        actor,
        keyRefusal,
        presentedToken: token,
        setCookie: (value) => res.append('Set-Cookie', value),
        unitScope: scopeOf(deps.dataSource, actor),
      },
      req.ip,
    );
  };
}

/** The actor's unit scope, read at most once per request, and only by a request that asks for it. */
function scopeOf(dataSource: DataSource, actor: Actor | null): () => Promise<string[]> {
  let scope: Promise<string[]> | undefined;
  return () => {
    scope ??= !actor
      ? Promise.resolve([])
      : actor.unitScope
        ? Promise.resolve(actor.unitScope)
        : loadUnitScope(dataSource, actor.unitId);
    return scope;
  };
}

/**
 * The context of work the product does on its own (the task rules): no actor, so its audit rows
 * say "the system", and no HTTP response to write to.
 */
export function systemContext(deps: Omit<ContextDeps, 'cookies'>): RequestContext {
  return {
    ...baseContext({ ...deps, cookies: { secure: true, secret: '' } }, randomUUID()),
    actor: null,
    presentedToken: undefined,
    setCookie: () => {
      throw new Error('system work has no response to set a cookie on');
    },
    unitScope: async () => [],
  };
}

/**
 * The context of work done on someone's behalf after their request has ended (an export job): the
 * actor as they are now, their unit scope read when first asked, no HTTP response.
 */
export function actorContext(deps: Omit<ContextDeps, 'cookies'>, actor: Actor): RequestContext {
  return { ...systemContext(deps), actor, unitScope: scopeOf(deps.dataSource, actor) };
}

function baseContext(deps: ContextDeps, requestId: string) {
  return {
    requestId,
    dataSource: deps.dataSource,
    db: deps.dataSource.manager,
    cookies: deps.cookies,
    loaders: createLoaders(deps.dataSource),
    log: deps.log,
    disclosure: {
      hidden: false,
      reads: new Map(),
      announced: new Map(),
      written: new Map(),
      redacted: [],
      people: new Set<string>(),
    },
    deployment: deps.deployment,
    webhooks: deps.webhooks,
  };
}
