import Dexie, { type EntityTable } from 'dexie';
import type {
  PhonePersonFragment,
  PhoneRecordContactMutationVariables,
  PhoneRecordSupportMutationVariables,
  PhoneTasksQuery,
  PhoneUpdateSupportMutationVariables,
} from '../gql/graphql';

/** A person as the phone shows them (graphql/person.graphql); only a helper's device keeps them. */
export type StoredPerson = PhonePersonFragment;
export type StoredTask = PhoneTasksQuery['myTasks'][number];

/** A change waiting to be sent; `key` is its idempotency key, so sending it twice writes it once. */
export type Change =
  | { kind: 'recordContact'; input: PhoneRecordContactMutationVariables['input'] }
  | { kind: 'recordSupport'; input: PhoneRecordSupportMutationVariables['input'] }
  | { kind: 'updateSupportStatus'; input: PhoneUpdateSupportMutationVariables['input'] };

export type OutboxState = 'pending' | 'conflict' | 'refused';

export interface OutboxEntry {
  /** Order of recording: changes are sent oldest first. */
  seq?: number;
  key: string;
  returneeId: string;
  change: Change;
  state: OutboxState;
  createdAt: number;
  /** For a conflict, the version the server has now; for a refusal, the API's reason code. */
  serverVersion?: number;
  reason?: string;
}

interface Meta {
  /** `role`: the signed-in user's, which decides whether the device keeps people (sync.ts). */
  name: 'lastSyncAt' | 'userId' | 'role';
  value: string | number;
}

/**
 * The phone app's IndexedDB: a helper's people, the user's tasks and the outbox of unsent changes
 * (an officer's device keeps no people: sync.ts).
 */
export class PhoneStore extends Dexie {
  people!: EntityTable<StoredPerson, 'id'>;
  tasks!: EntityTable<StoredTask, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  meta!: EntityTable<Meta, 'name'>;

  constructor(name = 'hoanhap-phone') {
    super(name);
    this.version(1).stores({ people: 'id', tasks: 'id', outbox: '++seq, &key, state', meta: 'name' });
  }
}

let current: PhoneStore | undefined;
/** The store of this browser (tests pass their own to the functions that take one). */
export function phoneStore(): PhoneStore {
  current ??= new PhoneStore();
  return current;
}
