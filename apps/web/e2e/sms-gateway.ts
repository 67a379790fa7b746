import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SmsGateway {
  /** The address to give the SMS channel (this machine only). */
  url: string;
  /** Every message the gateway was asked to send, in order. */
  received: Array<{ to: string; brandname: string; text: string; authorization: string | undefined }>;
  /** The HTTP status the next requests get: 400 refuses them for good, 200 accepts them. */
  answer: number;
  close: () => Promise<void>;
}

/**
 * A stand-in for an SMS brandname gateway on a free localhost port, speaking the generic JSON
 * protocol of the SMS channel, so a browser test can make a delivery fail and then succeed.
 */
export async function startSmsGateway(): Promise<SmsGateway> {
  const gateway: SmsGateway = { url: '', received: [], answer: 400, close: async () => undefined };
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const message = JSON.parse(body || '{}');
      gateway.received.push({ ...message, authorization: req.headers.authorization });
      const ok = gateway.answer < 300;
      res.writeHead(gateway.answer, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ok ? { messageId: `stub-${gateway.received.length}` } : { error: 'refused' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  gateway.url = `http://127.0.0.1:${port}/sms`;
  gateway.close = () => new Promise((resolve) => server.close(() => resolve()));
  return gateway;
}
