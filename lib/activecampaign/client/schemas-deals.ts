import { z } from '@/lib/zod';
import { id, meta, text } from './schemas';

/**
 * Response shapes of the sales resources (docs/activecampaign.md#deals-tasks-and-automations), as
 * tolerant as the others: string or numeric ids and statuses, null for missing text, extra keys.
 */

/** A number AC may send as a string ("100000", 0). */
const count = z.union([z.number(), z.string()]).transform(Number).pipe(z.number());

const pipelineSchema = z.object({ id, title: text, currency: text });
const stageSchema = z.object({ id, title: text, group: id, order: count.optional() });
export type AcPipeline = z.output<typeof pipelineSchema>;
export type AcStage = z.output<typeof stageSchema>;
/** GET /dealGroups side-loads the stages; a server that does not is read through /dealStages. */
export const pipelinesPageResponse = z.object({
  dealGroups: z.array(pipelineSchema),
  dealStages: z.array(stageSchema).optional(),
  meta,
});
export const stagesPageResponse = z.object({ dealStages: z.array(stageSchema), meta });

const userSchema = z.object({ id, email: text, firstName: text, lastName: text, username: text });
export type AcSalesUser = z.output<typeof userSchema>;
export const usersPageResponse = z.object({ users: z.array(userSchema), meta });

const taskTypeSchema = z.object({ id, title: text });
export const taskTypesPageResponse = z.object({ dealTasktypes: z.array(taskTypeSchema), meta });

/** `status` "1" is active; only active automations can be started. */
const automationSchema = z.object({ id, name: text, status: z.coerce.string() });
export type AcAutomation = z.output<typeof automationSchema>;
export const automationsPageResponse = z.object({ automations: z.array(automationSchema), meta });

/** `status` 0 open, 1 won, 2 lost. */
const dealSchema = z.object({
  id,
  title: text,
  group: id.nullish(),
  stage: id.nullish(),
  status: count.catch(0),
  value: count.catch(0),
  currency: text,
});
export type AcDeal = z.output<typeof dealSchema>;
export const dealResponse = z.object({ deal: dealSchema }).transform((r) => r.deal);
export const dealsResponse = z.object({ deals: z.array(dealSchema), meta });

const taskSchema = z.object({ id, title: text, duedate: text, relid: id, reltype: text });
export type AcTask = z.output<typeof taskSchema>;
export const taskResponse = z.object({ dealTask: taskSchema }).transform((r) => r.dealTask);
export const tasksPageResponse = z.object({ dealTasks: z.array(taskSchema), meta });

/** The automation id is `automation` or, in older answers, `seriesid`; `status` "1" still in it. */
const enrolmentSchema = z
  .object({ id, automation: id.optional(), seriesid: id.optional(), status: z.coerce.string() })
  .transform((e) => ({ id: e.id, automation: e.automation ?? e.seriesid ?? '', status: e.status }));
export type AcEnrolment = z.output<typeof enrolmentSchema>;
export const enrolmentsResponse = z.object({ contactAutomations: z.array(enrolmentSchema) });
export const enrolmentResponse = z
  .object({ contactAutomation: enrolmentSchema })
  .transform((r) => r.contactAutomation);
