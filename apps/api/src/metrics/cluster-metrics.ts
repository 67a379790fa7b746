import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/*
 * With WEB_CONCURRENCY, a scrape reaches whichever worker the primary hands the connection to. That
 * worker asks the primary, which gathers every worker's metrics (prom-client's cluster protocol) and
 * answers with their sum: counters and histograms add up, the pool gauges add up, and what is read
 * from the database (job queue, audit chain) is taken once (`aggregator: 'first'`).
 */
const ASK = 'hoanhap:metrics?';
const ANSWER = 'hoanhap:metrics';
const WAIT_MS = 10_000;

interface Message {
  type?: string;
  id?: number;
  text?: string;
  error?: string;
}

/**
 * In a worker: answers the primary's collections from `registry`, and returns how to scrape every
 * worker through the primary. Alone (no cluster), undefined: the process scrapes itself.
 */
export function workerScrape(registry: Registry): (() => Promise<string>) | undefined {
  if (!cluster.isWorker) return undefined;
  new AggregatorRegistry(); // installs prom-client's answer to the primary's collection
  AggregatorRegistry.setRegistries([registry]);
  const waiting = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  let next = 0;
  process.on('message', (message: Message) => {
    if (message?.type !== ANSWER || message.id === undefined) return;
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) waiter?.reject(new Error(message.error));
    else waiter?.resolve(message.text ?? '');
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error('the primary did not answer with the metrics'));
      }, WAIT_MS);
      waiting.set(id, {
        resolve(text) {
          clearTimeout(timer);
          resolve(text);
        },
        reject(error) {
          clearTimeout(timer);
          reject(error);
        },
      });
      process.send?.({ type: ASK, id } satisfies Message);
    });
}

/** In the primary: answers a worker's request with the metrics of all the workers. */
export function gatherWorkerMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: Message) => {
    if (message?.type !== ASK) return;
    aggregator.clusterMetrics().then(
      (text) => worker.isConnected() && worker.send({ type: ANSWER, id: message.id, text } satisfies Message),
      (error: Error) =>
        worker.isConnected() && worker.send({ type: ANSWER, id: message.id, error: error.message } satisfies Message),
    );
  });
}
