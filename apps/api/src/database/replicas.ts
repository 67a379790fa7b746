import pg from 'pg';
import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import { currentReadRoute } from './read-routing.js';

/*
 * Streaming replicas (DATABASE_REPLICA_URLS) behind TypeORM's replication: a query runner in
 * "slave" mode reads a replica, anything else the primary. Which runner a statement gets is
 * decided here, from the request's read route (read-routing.ts) and what is known of each replica:
 * reachable, and how far it has replayed the primary's WAL. docs/operations.md, "Read replicas".
 *
 * The replicas' pools are made here rather than by TypeORM, which opens one connection to every
 * replica while it starts and refuses to start when one is down: an API must start, and serve
 * from the primary, while a replica is being rebuilt.
 */

/** How often each replica is asked whether it is up and how far it has replayed. */
const POLL_MS = 500;
/** A replica that takes longer than this to answer a poll is left out until it answers in time. */
const POLL_ANSWER_MS = 1_000;

interface PostgresDriverInternals {
  master: pg.Pool;
  slaves: pg.Pool[];
  obtainMasterConnection(): Promise<[pg.PoolClient, (err?: unknown) => void]>;
  obtainSlaveConnection(): Promise<[pg.PoolClient, (err?: unknown) => void]>;
}

interface ReplicaState {
  pool: pg.Pool;
  /** Answered its last poll as a server in recovery. */
  up: boolean;
  /** WAL replayed, as of the last poll. */
  replayed: bigint;
  /** A poll is waiting for its answer. */
  polling: boolean;
}

export class ReplicaSet {
  private readonly replicas: ReplicaState[];
  /** Per signed-in user: the primary's WAL position after their latest write (their reads must see it). */
  private readonly ownWrites = new Map<string, bigint>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    pools: pg.Pool[],
  ) {
    this.replicas = pools.map((pool) => ({ pool, up: false, replayed: 0n, polling: false }));
  }

  /** Reads go to a replica only once it has answered a poll: start polling and wait for the first round. */
  async start(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), POLL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** How many replicas answered their last poll. */
  get upCount(): number {
    return this.replicas.filter((r) => r.up).length;
  }

  /** After a user's write commits: their next reads wait for a replica that has replayed it. */
  async rememberWrite(userId: string): Promise<void> {
    const [row] = (await this.dataSource.query('SELECT pg_current_wal_lsn()::text AS lsn')) as Array<{ lsn: string }>;
    if (row) this.ownWrites.set(userId, parseLsn(row.lsn));
  }

  /** The position a user's reads must see, forgotten once every replica has passed it. */
  ownWriteOf(userId: string): string | undefined {
    const lsn = this.ownWrites.get(userId);
    if (lsn === undefined) return undefined;
    if (this.replicas.every((r) => r.up && r.replayed >= lsn)) {
      this.ownWrites.delete(userId);
      return undefined;
    }
    return formatLsn(lsn);
  }

  /**
   * A replica to read from for the current route, and the WAL position it must have replayed;
   * undefined for the primary. One known to have replayed it is preferred; otherwise one that may
   * have since its last poll, which `connect` then asks.
   */
  choose(): { replica: ReplicaState; minLsn: bigint } | undefined {
    const route = currentReadRoute();
    if (!route?.replica) return undefined;
    const minLsn = route.minLsn === undefined ? 0n : parseLsn(route.minLsn);
    const up = this.replicas.filter((r) => r.up);
    const ready = up.filter((r) => r.replayed >= minLsn);
    const from = ready.length > 0 ? ready : up;
    const replica = from[Math.floor(Math.random() * from.length)];
    return replica ? { replica, minLsn } : undefined;
  }

  /**
   * A connection to the chosen replica, or undefined (read the primary) when it cannot be reached
   * or has not replayed `minLsn` yet.
   */
  async connect({ replica, minLsn }: { replica: ReplicaState; minLsn: bigint }): Promise<pg.PoolClient | undefined> {
    let client: pg.PoolClient;
    try {
      client = await replica.pool.connect();
    } catch {
      // Read the primary until the replica answers a poll again.
      replica.up = false;
      return undefined;
    }
    if (replica.replayed >= minLsn) return client;
    try {
      const { rows } = await client.query<{ replayed: string | null }>(
        'SELECT pg_last_wal_replay_lsn()::text AS replayed',
      );
      replica.replayed = rows[0]?.replayed ? parseLsn(rows[0].replayed) : 0n;
    } catch (error) {
      client.release(error as Error);
      replica.up = false;
      return undefined;
    }
    if (replica.replayed >= minLsn) return client;
    client.release();
    return undefined;
  }

  private async poll(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => this.pollOne(replica)));
  }

  /** One replica's answer; none within a second (a stalled network) counts as down. */
  private async pollOne(replica: ReplicaState): Promise<void> {
    if (replica.polling) return; // the previous poll is still waiting: do not pile connections up
    replica.polling = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = replica.pool.query<{ recovering: boolean; replayed: string | null }>(
        'SELECT pg_is_in_recovery() AS recovering, pg_last_wal_replay_lsn()::text AS replayed',
      );
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer')), POLL_ANSWER_MS);
      });
      void answer
        .catch(() => undefined)
        .finally(() => {
          replica.polling = false;
        });
      const row = (await Promise.race([answer, late])).rows[0];
      // A server that is no longer in recovery was promoted: it no longer follows this primary.
      replica.up = row?.recovering === true && row.replayed !== null;
      replica.replayed = row?.replayed ? parseLsn(row.replayed) : 0n;
    } catch {
      replica.up = false;
    } finally {
      clearTimeout(timer);
    }
  }
}

const sets = new WeakMap<DataSource, ReplicaSet>();

/** The replicas a DataSource reads, if it has any. */
export function replicasOf(dataSource: DataSource): ReplicaSet | undefined {
  return sets.get(dataSource);
}

/**
 * Opens the replicas' pools after the DataSource has initialised and routes TypeORM's "slave"
 * connections through the ReplicaSet: no ready replica, or one that cannot be reached, means the
 * primary. Every query runner made while the request's route allows it is a "slave" one (the code
 * base reads mostly through `query()`, which TypeORM sends to the primary otherwise).
 */
export async function attachReplicas(dataSource: DataSource, urls: string[], poolOptions: pg.PoolConfig) {
  const driver = dataSource.driver as unknown as PostgresDriverInternals;
  const pools = urls.map((url) => {
    const pool = new pg.Pool({ ...poolOptions, connectionString: url });
    // An idle connection to a replica that stops raises here: the poll notices the replica is gone.
    pool.on('error', () => undefined);
    return pool;
  });
  // TypeORM closes these with the DataSource.
  driver.slaves = pools;
  const set = new ReplicaSet(dataSource, pools);
  sets.set(dataSource, set);

  driver.obtainSlaveConnection = async () => {
    const choice = set.choose();
    const client = choice ? await set.connect(choice) : undefined;
    if (!client) return driver.obtainMasterConnection();
    return [client, (err?: unknown) => client.release(err as Error | undefined)];
  };
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode: ReplicationMode = 'master'): QueryRunner =>
    createQueryRunner(currentReadRoute()?.replica ? 'slave' : mode);

  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    set.stop();
    await destroy();
  };
  await set.start();
  return set;
}

/** A pg_lsn ("16/B374D848") as a number, to compare positions. */
export function parseLsn(lsn: string): bigint {
  const [high = '0', low = '0'] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}
