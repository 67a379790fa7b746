import express, { type Router } from 'express';
import type { ContextFactory } from '../../create-context.js';
import { type ReceiptOutcome, recordZnsReceipt, ZNS_RECEIPT_PATH } from './zalo-zns-receipt.js';

/** Zalo's events are small; anything larger is not one. */
const MAX_EVENT_BYTES = 64 * 1024;

const STATUS: Record<ReceiptOutcome, number> = {
  RECORDED: 200,
  IGNORED: 200,
  BAD_BODY: 400,
  BAD_SIGNATURE: 401,
  NOT_CONFIGURED: 404,
};

/**
 * `POST /notification-receipts/zalo`: the address the administrator registers as the official
 * account's webhook at Zalo, so template messages are marked DELIVERED when they reach the phone
 * (zalo-zns-receipt.ts). No session: Zalo's signature is the proof. The body is read as text, since
 * the signature covers it byte for byte.
 */
export function notificationReceiptRouter(makeContext: ContextFactory): Router {
  const router = express.Router();
  router.post(ZNS_RECEIPT_PATH, express.text({ type: () => true, limit: MAX_EVENT_BYTES }), async (req, res, next) => {
    try {
      const ctx = await makeContext(req, res);
      const body = typeof req.body === 'string' ? req.body : '';
      const outcome = await recordZnsReceipt(ctx, body, req.get('x-zevent-signature'));
      res.status(STATUS[outcome]).json({ outcome });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
