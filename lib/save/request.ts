import { t } from '@/lib/i18n';
import { tagNameProblem } from '@/lib/save/tag-name';
import { z } from '@/lib/zod';

/**
 * What the user asked to save: the contact fields they chose to write, the lists and tags,
 * and the provenance. This is the unit of work the outbox persists and the sync plan runs.
 * Lengths are capped so a hostile page cannot make us store or send megabytes.
 */

/** Contact fields the user can write; names match the side-panel form. */
export const CONTACT_FIELDS = ['firstName', 'lastName', 'phone', 'company', 'title', 'profileUrl'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/**
 * Messages are in the user's words: the side panel shows them next to the field (lib/ui/draft.ts).
 * Each is a function, so it is worded in the UI language when an issue arises, not at load.
 */
const atMost = (max: number) => ({ error: () => t('error_max_chars', { max }) });
const text = (max: number) => z.string().trim().max(max, atMost(max));

export const emailSchema = z
  .email({
    error: (issue) => (issue.input === '' ? t('error_email_needed') : t('error_email_invalid')),
  })
  .max(254);

export const tagNameSchema = z
  .string()
  .trim()
  .superRefine((name, ctx) => {
    const problem = tagNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * The page a save came from, kept without its query and fragment: they carry session tokens, search
 * terms and message ids (a Gmail thread's `#inbox/…`), which the outbox, a mapped field and a note
 * need not hold (docs/privacy.md).
 */
const pageUrlSchema = text(2000).transform((url) => url.replace(/[?#].*$/s, ''));

export const listIdSchema = z.string().regex(/^\d{1,12}$/, { error: () => t('error_list_id') });

export const saveContactSchema = z.strictObject({
  email: emailSchema,
  firstName: text(100).optional(),
  lastName: text(100).optional(),
  /** E.164 when it parsed, otherwise the raw text. */
  phone: z
    .string()
    .trim()
    .max(40, { error: () => t('error_phone_too_long') })
    .optional(),
  company: text(200).optional(),
  title: text(200).optional(),
  profileUrl: z
    .url({ protocol: /^https$/, error: () => t('error_https_link') })
    .max(500, atMost(500))
    .optional(),
});

/** An ActiveCampaign record id, as the panel's pickers give it (never typed by the user). */
const recordId = z.string().regex(/^\d{1,12}$/);

/** A deal to open with the save (docs/activecampaign.md#deals-tasks-and-automations). */
const saveDealSchema = z.strictObject({
  /** Absent: "<Company> — <Name>" (`defaultDealTitle`). */
  title: text(255).optional(),
  pipeline: recordId,
  stage: recordId,
  /** Whole cents, as AC stores a deal's value. */
  value: z.number().int().min(0).max(1e13).default(0),
  /** Lower-case ISO 4217, as AC wants it. */
  currency: z.string().regex(/^[a-z]{3}$/),
  owner: recordId,
  /** The user chose to open another deal although the contact already has an open one. */
  another: z.boolean().default(false),
});

/** A follow-up task: on the deal the save opens, else on the contact. */
const saveTaskSchema = z.strictObject({
  type: recordId,
  title: text(255).min(1, { error: () => t('error_task_title') }),
  /** ISO 8601 with the user's offset, so AC shows it at the time the user picked. */
  due: z.iso.datetime({ offset: true }),
  note: text(2000).optional(),
});

const saveAutomationSchema = z.strictObject({
  id: recordId,
  /** Start it again although the contact has been in it before (never while still in it). */
  again: z.boolean().default(false),
});

export const saveRequestSchema = z.strictObject({
  contact: saveContactSchema,
  /**
   * Fields where the user explicitly chose the page's value over a different, non-empty value
   * ActiveCampaign already holds. Any other field is only written where AC has nothing.
   */
  overwrite: z.array(z.enum(CONTACT_FIELDS)).max(CONTACT_FIELDS.length).default([]),
  lists: z.array(listIdSchema).max(50).default([]),
  /** Lists the user confirmed re-subscribing to although the contact unsubscribed from them. */
  resubscribeLists: z.array(listIdSchema).max(50).default([]),
  tags: z.array(tagNameSchema).max(50).default([]),
  note: text(2000).optional(),
  /** The existing contact's email when the user changed it (an email change, never a second contact). */
  previousEmail: emailSchema.optional(),
  source: z
    .strictObject({
      url: pageUrlSchema,
      title: text(500),
    })
    .optional(),
  capturedAt: z.iso.datetime(),
  deal: saveDealSchema.optional(),
  task: saveTaskSchema.optional(),
  automation: saveAutomationSchema.optional(),
});
export type SaveRequest = z.infer<typeof saveRequestSchema>;
export type SaveRequestInput = z.input<typeof saveRequestSchema>;

/** "<Company> — <Name>", or whichever of the two the contact has, else the email. */
export function defaultDealTitle(contact: SaveRequest['contact']): string {
  const name = [contact.firstName, contact.lastName].filter((p) => p?.trim()).join(' ');
  return [contact.company?.trim(), name].filter(Boolean).join(' — ') || contact.email;
}
