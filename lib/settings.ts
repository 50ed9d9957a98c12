import { fieldRefSchema } from '@/lib/save/field-ref';
import { listIdSchema, tagNameSchema } from '@/lib/save/request';
import { z } from '@/lib/zod';

const acId = z.string().regex(/^\d{1,12}$/);

const presetSchema = z.strictObject({
  name: z.string().trim().min(1).max(60),
  lists: z.array(listIdSchema).max(50),
  tags: z.array(tagNameSchema).max(50),
  /** Open a deal in this pipeline and stage (ids, chosen by name in the panel). */
  deal: z.strictObject({ pipeline: acId, stage: acId }).optional(),
  /** Add a follow-up task of this type, due after this quick pick. */
  task: z
    .strictObject({
      type: acId.optional(),
      title: z.string().trim().max(255).optional(),
      due: z.enum(['tomorrow', 'in3Days', 'nextWeek']),
    })
    .optional(),
  /** Start this automation (id). */
  automation: acId.optional(),
});
export type Preset = z.infer<typeof presetSchema>;

/** Everything configurable except the API key, which is stored apart and never leaves the background. */
export const settingsSchema = z.strictObject({
  /** Origin of the account's API URL, e.g. https://acct.api-us1.com; empty until configured. */
  apiUrl: z.string().max(300).default(''),
  /**
   * The user confirmed in options that `apiUrl`, which is not an ActiveCampaign host, is their own
   * API endpoint and may receive the key (lib/api-url.ts). Checked again on every read.
   */
  confirmedCustomEndpoint: z.boolean().default(false),
  apiMode: z.enum(['v3', 'v1']).default('v3'),
  /** ISO 3166 alpha-2 country for phone numbers written without a country code. */
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('US'),
  fieldMap: z
    .strictObject({
      linkedinUrl: fieldRefSchema.optional(),
      jobTitle: fieldRefSchema.optional(),
      sourceUrl: fieldRefSchema.optional(),
    })
    .default({}),
  companyToAccount: z.boolean().default(true),
  provenanceNote: z.boolean().default(false),
  /** Our share of the account's 5 requests/second, which other integrations share too. */
  ratePerSecond: z.number().min(0.5).max(5).default(4),
  presets: z.array(presetSchema).max(30).default([]),
  defaultPreset: z.string().max(60).optional(),
  /**
   * Read the page again (and look its person up in ActiveCampaign) whenever the tab navigates.
   * Off by default: without it, ActiveCampaign hears of a page only after a user action.
   */
  refreshOnNavigation: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
