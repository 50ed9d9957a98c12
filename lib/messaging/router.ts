import { t } from '@/lib/i18n';
import {
  type Answers,
  type MessageType,
  type Result,
  requestSchemas,
  type Validated,
} from '@/lib/messaging/protocol';

/**
 * The background's gate. Every message is checked twice before a handler runs:
 * the sender must be one of our own extension pages (never a content script, another
 * extension, a web page or a sub-frame), and the payload must pass its zod schema.
 */

export interface Sender {
  id?: string;
  origin?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Our own pages only: same extension id, our origin, top frame. Modelled on Bitwarden's check. */
export function isTrustedSender(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  // Chrome gives `origin`; Firefox only `url`.
  let origin = sender.origin;
  if (!origin && sender.url) {
    try {
      // Built from parts: URL.origin is "null" for non-web schemes outside browsers.
      const url = new URL(sender.url);
      origin = `${url.protocol}//${url.host}`;
    } catch {
      return false;
    }
  }
  if (origin !== extensionOrigin) return false;
  // A content script's sender carries the page's URL in `tab.url`; an extension page opened as a tab
  // carries our own URL there.
  if (sender.tab?.url && !sender.tab.url.startsWith(`${extensionOrigin}/`)) return false;
  return sender.frameId === undefined || sender.frameId === 0;
}

/** A refusal already in the user's words (a bad API URL, an item no longer queued). */
export class Refusal extends Error {
  override readonly name = 'Refusal';
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
  }
}

export type Handlers = { [T in MessageType]: (data: Validated<T>) => Promise<Answers[T]> };

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string;
  handlers: Handlers;
  /** The user's words for any other failure; kind `internal` for bugs. */
  describeError(error: unknown): { kind: string; message: string };
}

export const MAX_MESSAGE_BYTES = 2_000_000;

/** Validates and dispatches; never throws, so a hostile payload can only ever get a refusal. */
export async function route(
  type: unknown,
  data: unknown,
  sender: Sender,
  deps: RouterDeps,
): Promise<Result<unknown>> {
  if (!isTrustedSender(sender, deps.extensionId, deps.extensionOrigin)) {
    return { ok: false, error: t('error_request_forbidden'), kind: 'forbidden' };
  }
  if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) {
    return { ok: false, error: t('error_request_unknown'), kind: 'invalid_message' };
  }
  const messageType = type as MessageType;
  let size = 0;
  try {
    size = JSON.stringify(data ?? null).length;
  } catch {
    return { ok: false, error: t('error_request_unreadable'), kind: 'invalid_message' };
  }
  if (size > MAX_MESSAGE_BYTES)
    return { ok: false, error: t('error_request_too_large'), kind: 'invalid_message' };
  const parsed = requestSchemas[messageType].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const problem = issue?.message ?? t('error_request_bad_shape');
    return {
      ok: false,
      error:
        issue && issue.path.length > 0
          ? t('error_request_invalid_at', { path: issue.path.join('.'), problem })
          : t('error_request_invalid', { problem }),
      kind: 'invalid_message',
    };
  }
  try {
    const handler = deps.handlers[messageType] as (data: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message, kind: error.kind };
    const { kind, message } = deps.describeError(error);
    // A bug, reported without internals: the error's text may hold anything.
    if (kind === 'internal') {
      console.error(
        'Sidecard: handler failed',
        messageType,
        error instanceof Error ? error.name : typeof error,
      );
    }
    return { ok: false, error: message, kind };
  }
}
