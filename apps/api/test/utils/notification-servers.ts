import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

/** A mail the test SMTP server accepted. */
export interface ReceivedMail {
  to: string[];
  parsed: ParsedMail;
}

/**
 * A real SMTP server on a port the system picks (registered as `beforeAll`/`afterAll` hooks),
 * keeping every mail it accepts. `refuse` answers a recipient with an SMTP code instead (451: try
 * later; 550: no such mailbox).
 */
export function withSmtpServer() {
  const state = {
    port: 0,
    mails: [] as ReceivedMail[],
    refuse: new Map<string, { code: number; message: string }>(),
  };
  let server: SMTPServer | undefined;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        const refusal = state.refuse.get(address.address);
        if (!refusal) return callback();
        const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
        callback(error);
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            state.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    state.port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
  return state;
}

/** A request the local ZNS server received. */
export interface ZnsRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/**
 * A local HTTP server keeping Zalo's template-message contract: `POST /message/template` with an
 * `access_token` header and a JSON body, answered `{ error: 0, message: "Success", data: { msg_id } }`,
 * or with what the test queued in `answers` (a ZNS error code, or an HTTP status).
 */
export function withZnsServer(accessToken: string) {
  const state = {
    url: '',
    requests: [] as ZnsRequest[],
    answers: [] as Array<{ error: number; message: string } | { status: number }>,
    /** Runs once, before the next success is answered: what Zalo does meanwhile (a receipt). */
    beforeSuccess: null as null | ((request: { trackingId: string; msgId: string }) => Promise<void>),
  };
  let server: Server | undefined;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', async () => {
        const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        state.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
        const send = (status: number, answer: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answer));
        };
        if (req.method !== 'POST' || req.url !== '/message/template') return send(404, { error: -106 });
        if (req.headers.access_token !== accessToken) {
          return send(200, { error: -124, message: 'Access token is invalid' });
        }
        const next = state.answers.shift();
        if (next && 'status' in next) return send(next.status, {});
        if (next) return send(200, next);
        const msgId = `msg-${state.requests.length}`;
        const meanwhile = state.beforeSuccess;
        state.beforeSuccess = null;
        await meanwhile?.({ trackingId: String(body.tracking_id), msgId });
        send(200, { error: 0, message: 'Success', data: { msg_id: msgId, sent_time: `${Date.now()}` } });
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
  return state;
}
