import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A TCP proxy on localhost between the API and PostgreSQL that a test can make slow (every chunk
 * held back `delayMs`, in order) or reset (every open connection torn down with a TCP reset, as a
 * dropped link or a restarted firewall does). New connections keep being accepted.
 */
export interface TcpProxy {
  readonly port: number;
  delayMs: number;
  /** Tears down every open connection with a reset. */
  resetAll(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  const proxy: TcpProxy = {
    port: 0,
    delayMs: 0,
    resetAll() {
      for (const socket of open) socket.resetAndDestroy();
      open.clear();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  /** Copies `from` to `to`, each chunk no sooner than `delayMs` after it arrived, in order. */
  const pipe = (from: net.Socket, to: net.Socket) => {
    let chain = Promise.resolve();
    from.on('data', (chunk) => {
      const due = Date.now() + proxy.delayMs;
      chain = chain.then(async () => {
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        if (!to.destroyed) to.write(chunk);
      });
    });
  };

  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    open.add(client);
    open.add(upstream);
    pipe(client, upstream);
    pipe(upstream, client);
    // One side gone: the other goes too, and whatever was still held back is dropped with it.
    const end = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (proxy as { port: number }).port = (server.address() as net.AddressInfo).port;
  return proxy;
}
