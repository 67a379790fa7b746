import type { DeliveryChannel, Label, NotificationKind } from '@hoanhap/shared';

/** What leaves the product: the notification's words and link, never a name or a conviction. */
export interface OutgoingMessage {
  /** The delivery's id: the provider's tracking id, so a message retried after a crash can be matched. */
  deliveryId: string;
  kind: NotificationKind;
  count: number;
  text: Label;
  /** Absolute when the deployment's public address is known, else the app's path. */
  link: string;
}

/** Where the recipient is reached; each channel reads the address it needs. */
export interface Recipient {
  email: string | null;
  /** `84…` (packages/shared `internationalPhone`). */
  phone: string | null;
}

/** What a provider answered on success. */
export interface SendReceipt {
  providerMessageId: string | null;
}

/**
 * A refusal or failure of a send. `retryable` failures (a provider down, a quota for the day, a
 * network error) are tried again with back-off; the others (a wrong number, a missing template)
 * end the delivery FAILED with `reason`, which the delivery log shows.
 */
export class DeliveryError extends Error {
  constructor(
    readonly reason: string,
    readonly retryable: boolean,
  ) {
    super(reason);
  }
}

/** One way of sending: email, Zalo ZNS, SMS. The bell (in-app) needs no sending. */
export interface NotificationChannel {
  readonly channel: DeliveryChannel;
  send(message: OutgoingMessage, recipient: Recipient): Promise<SendReceipt>;
}

/** Failures of the network itself (refused, reset, timed out) are worth another try. */
export function networkFailure(error: unknown): DeliveryError {
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  const name = (error as Error).name;
  return new DeliveryError(`NETWORK: ${code ?? name ?? 'error'}`, true);
}

/**
 * An HTTP provider's send: `POST` of a JSON body, answered with JSON. A network failure, 429 or a
 * 5xx is worth another try; any other answer that is not 2xx is final. An answer that is not JSON
 * reads as `{}`, for the channel to judge.
 */
export async function postJson<Answer extends object>(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs: number,
): Promise<Partial<Answer>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw networkFailure(error);
  }
  if (!response.ok) {
    await response.arrayBuffer().catch(() => undefined);
    throw new DeliveryError(`HTTP_${response.status}`, response.status >= 500 || response.status === 429);
  }
  return (await response.json().catch(() => ({}))) as Partial<Answer>;
}
