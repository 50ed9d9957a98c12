import { defineExtensionMessaging } from '@webext-core/messaging';
import { saveRequestSchema } from '@/lib/save/request';
import { settingsSchema } from '@/lib/settings';
import { z } from '@/lib/zod';

/**
 * The one protocol between extension pages (popup, side panel, options) and the background.
 * Each message has a zod schema for its payload; the background validates every payload and
 * checks that the sender is one of our own pages before acting (see lib/messaging/router.ts).
 * Content scripts send nothing: they only return what they read to the page that injected them, which
 * validates it against lib/page/contract.ts.
 */

const emptySchema = z.strictObject({}).optional();

export const requestSchemas = {
  /** Connection, queue and configuration state for the popup and panel headers. Reads only. */
  getStatus: emptySchema,
  /** Run the outbox now (a page opened): anything due is sent, the badge is brought up to date. */
  wake: emptySchema,
  /** Save settings (and optionally a new key). The key is write-only: it never comes back. */
  saveSettings: z.strictObject({
    settings: settingsSchema,
    apiKey: z.string().trim().min(1).max(200).optional(),
  }),
  /** GET /users/me with the stored key (or with a candidate URL + key from the options form). */
  testConnection: z
    .strictObject({
      apiUrl: z.string().max(300),
      apiKey: z.string().trim().max(200).optional(),
      /** The user ticked that this non-ActiveCampaign URL is their own endpoint (lib/api-url.ts). */
      confirmedCustomEndpoint: z.boolean().optional(),
    })
    .optional(),
  forgetKey: emptySchema,
  /** "Try again now" on a paused queue: lift a refused-key or wrong-URL pause and run the queue. */
  resumeQueue: emptySchema,
  /** What ActiveCampaign holds for this email (name, phone, lists with status, tags, account). */
  lookupContact: z.strictObject({ email: z.string().max(254) }),
  /**
   * People in ActiveCampaign that may be this capture when the page has no email; those whose
   * account is `company` come first.
   */
  findMatches: z.strictObject({
    name: z.string().max(200).optional(),
    company: z.string().max(200).optional(),
    profileUrl: z.string().max(500).optional(),
  }),
  getLists: z.strictObject({ refresh: z.boolean().optional() }).optional(),
  getTags: z.strictObject({ refresh: z.boolean().optional() }).optional(),
  /** The account's custom fields, fetched fresh, so options can map them by title. */
  getFields: emptySchema,
  /** Pipelines with stages, users, task types and active automations, cached like lists. */
  getSalesCatalog: z.strictObject({ refresh: z.boolean().optional() }).optional(),
  /** Persist to the outbox, then answer "queued"; syncing happens after the answer. */
  saveCapture: z.strictObject({ capture: saveRequestSchema }),
  saveBatch: z.strictObject({ captures: z.array(saveRequestSchema).min(1).max(600) }),
  retryItem: z.strictObject({ id: z.string().uuid() }),
  /**
   * The user's decision on saves held for another account: send them to `origin` (the account the
   * page showed, which must still be the one in settings) from scratch, or discard them.
   */
  decideHeld: z.strictObject({
    ids: z.array(z.string().uuid()).min(1).max(600),
    decision: z.enum(['send-here', 'discard']),
    origin: z.string().max(300),
  }),
  clearHistory: z.strictObject({ includeFailed: z.boolean() }),
} as const;

export type MessageType = keyof typeof requestSchemas;
/** What a page sends. */
type Request<T extends MessageType> = z.input<(typeof requestSchemas)[T]>;
/** What a handler receives: the payload after validation and defaults. */
export type Validated<T extends MessageType> = z.output<(typeof requestSchemas)[T]>;

export interface ConnectedUser {
  name: string;
  email: string;
}

export interface Status {
  configured: boolean;
  apiUrl: string;
  /** Last four characters of the key, to show that one is saved without revealing it. */
  keyHint?: string;
  user?: ConnectedUser;
  paused?: QueuePause;
  pending: number;
  /** Saves waiting because the account is busy (information, not an error). */
  busy?: Busy;
}

/** Saves waiting on a busy ActiveCampaign account: how many, and when the next one goes. */
export interface Busy {
  /** Saves not yet in AC (pending and syncing). */
  waiting: number;
  /** Whole seconds until the next one is sent, at least 1. */
  nextInSeconds: number;
}

export interface QueuePause {
  reason: 'not-configured' | 'auth' | 'permission' | 'wrong-url';
  message: string;
}

/** A list as pages offer it for choosing. */
export interface ListOption {
  id: string;
  name: string;
}
/** A tag as pages offer it for completion. */
export interface TagOption {
  id: string;
  name: string;
}

/** A custom field as options offers it for mapping: chosen by title, stored by id. */
export interface FieldOption {
  id: string;
  title: string;
  /** Matches mappings older settings wrote as a personalisation tag; never shown. */
  perstag: string;
  /** AC's field type ("text", "textarea", "hidden", "dropdown", …). */
  type: string;
}

/** A named thing pages offer for choosing by name; the id is what a save stores. */
interface NamedOption {
  id: string;
  name: string;
}

/** What the panel's deal, task and automation pickers offer (docs/activecampaign.md#deals-tasks-and-automations). */
export interface SalesCatalog {
  /** `currency` is the pipeline's own, lower-case ISO. */
  pipelines: (NamedOption & { currency: string; stages: NamedOption[] })[];
  users: NamedOption[];
  /** The connected user's id: the default deal owner. */
  me?: string;
  taskTypes: NamedOption[];
  /** Active automations only: an inactive one cannot be started. */
  automations: NamedOption[];
}

/** A deal the contact already has, as the panel shows it before a second one is opened. */
export interface OpenDeal {
  id: string;
  title: string;
  /** "Sales / New" when the catalog knows the names. */
  where?: string;
  /** Whole cents and lower-case currency, as AC holds them. */
  value: number;
  currency: string;
}

export interface ExistingContact {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  account?: string;
  /** List id → status as AC reports it ("1" active, "2" unsubscribed, …). */
  /**
   * `locked` names a status (unconfirmed 0, unsubscribed 2, bounced 3) that changes only with the
   * user's explicit consent for that list (docs/activecampaign.md#list-status).
   */
  lists: { id: string; name: string; status: string; locked?: string }[];
  tags: string[];
  fields: { linkedinUrl?: string; jobTitle?: string };
  /** Link to the contact in ActiveCampaign's web app. */
  appUrl?: string;
  /** The contact's open deals (status 0). */
  openDeals?: OpenDeal[];
  /** Ids of the automations the contact is in right now. */
  automations?: string[];
}

/** Answers carry either a value or an error in the user's words, never a thrown stack. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; kind?: string };

/** What each request answers with when it succeeds. */
export interface Answers {
  getStatus: Status;
  wake: null;
  saveSettings: Status;
  testConnection: ConnectedUser;
  forgetKey: Status;
  resumeQueue: null;
  lookupContact: ExistingContact | null;
  findMatches: ExistingContact[];
  getLists: ListOption[];
  getTags: TagOption[];
  getFields: FieldOption[];
  getSalesCatalog: SalesCatalog;
  saveCapture: { id: string };
  saveBatch: { ids: string[] };
  retryItem: { id: string };
  decideHeld: { changed: number };
  clearHistory: { removed: number };
}

type Protocol = { [T in MessageType]: (data: Request<T>) => Result<Answers[T]> };

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
