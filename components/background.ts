import { request, type Reply, type Request } from '@/lib/messages/protocol';

/** An answer the background refused or could not give, with its reason. */
export class BackgroundError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Asks the background (the claim store's owner) and returns its data, or throws a BackgroundError. */
export async function ask<T extends Request>(message: T): Promise<Extract<Reply<T['type']>, { ok: true }>['data']> {
  const reply = await request((m: T) => browser.runtime.sendMessage(m), message);
  if (!reply.ok) throw new BackgroundError(reply.error.code, reply.error.message);
  return reply.data;
}
