import { request } from './api';
import LOGOUT from './graphql/logout.graphql?raw';
import type { PhoneStore } from './store';
import { wipe } from './sync';

/** Changes still on the device (waiting, in conflict or refused): signing out would lose them. */
export function unsentChanges(store: PhoneStore): Promise<number> {
  return store.outbox.count();
}

/**
 * Ends the session and wipes the device, unsent changes included: nothing of this helper may stay
 * on the device for whoever holds it next. Offline, the session is left to expire on the server.
 */
export async function signOut(store: PhoneStore): Promise<void> {
  await request(LOGOUT).catch(() => undefined);
  await wipe(store);
}
