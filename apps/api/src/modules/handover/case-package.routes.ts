import { can, Permission } from '@hoanhap/shared';
import express, { type Router } from 'express';
import { GraphQLError } from 'graphql';
import { apiMessage, ErrorCode } from '../../common/errors.js';
import type { ContextFactory } from '../../create-context.js';
import { casePackageReceiveService } from './case-package-receive.service.js';

/** A package holds a person's whole history: larger than /graphql accepts, small next to an import. */
export const CASE_PACKAGE_MAX_BYTES = 10 * 1024 * 1024;

const errorBody = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extensions } }],
});

/**
 * `POST /case-packages/preview`, the package file as the request body: verifies it and answers
 * the preview (the person, counts, open tasks, audit summary and the person on record it matches),
 * or a refusal as GraphQL words errors (`extensions.reason`, e.g. PACKAGE_TAMPERED), having
 * written nothing. Accept with the GraphQL `acceptCasePackage` (docs/api.md, Case packages).
 */
export function casePackageRouter(makeContext: ContextFactory): Router {
  const router = express.Router();
  router.post(
    '/case-packages/preview',
    express.text({ type: () => true, limit: CASE_PACKAGE_MAX_BYTES }),
    async (req, res, next) => {
      try {
        const ctx = await makeContext(req, res);
        if (!ctx.actor) {
          res.status(401).json(errorBody(ErrorCode.UNAUTHENTICATED, apiMessage('UNAUTHENTICATED')));
          return;
        }
        if (ctx.actor.serviceAccountId || !can(ctx.actor.role, Permission.WRITE_CASES)) {
          res.status(403).json(errorBody(ErrorCode.FORBIDDEN, apiMessage('FORBIDDEN')));
          return;
        }
        const text = typeof req.body === 'string' ? req.body : '';
        res.status(200).json(await casePackageReceiveService.preview(ctx, text));
      } catch (error) {
        if (error instanceof GraphQLError) {
          res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
          return;
        }
        next(error);
      }
    },
  );
  return router;
}
