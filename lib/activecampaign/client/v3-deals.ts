import type { z } from '@/lib/zod';
import {
  type AcAutomation,
  type AcDeal,
  type AcEnrolment,
  type AcPipeline,
  type AcSalesUser,
  type AcStage,
  type AcTask,
  automationsPageResponse,
  dealResponse,
  dealsResponse,
  enrolmentResponse,
  enrolmentsResponse,
  pipelinesPageResponse,
  stagesPageResponse,
  taskResponse,
  tasksPageResponse,
  taskTypesPageResponse,
  usersPageResponse,
} from './schemas-deals';

/**
 * Deals, tasks and automations (docs/activecampaign.md#deals-tasks-and-automations), as methods the v3
 * client spreads into itself. The catalogs page through everything; writes send only what they are given.
 */

type Query = Record<string, string>;
interface Transport {
  get<S extends z.ZodType>(schema: S, path: string, query?: Query): Promise<z.output<S>>;
  post<S extends z.ZodType>(schema: S, path: string, json: unknown): Promise<z.output<S>>;
  getAllPages<T>(read: (paging: Query) => Promise<{ items: T[]; total: number | undefined }>): Promise<T[]>;
}

interface DealWrite {
  title: string;
  /** Whole cents. */
  value: number;
  /** Lower-case ISO 4217. */
  currency: string;
  group: string;
  stage: string;
  owner: string;
  contact: string;
  account?: string;
}

interface TaskWrite {
  title: string;
  ownerType: 'contact' | 'deal';
  relid: string;
  dealTasktype: string;
  /** ISO 8601 with an offset. */
  duedate: string;
  note?: string;
}

const contactPath = (contactId: string) => `contacts/${encodeURIComponent(contactId)}`;

export function createDealCalls({ get, post, getAllPages: all }: Transport) {
  return {
    /** Pipelines and, side-loaded in the same answers, their stages. */
    async listPipelines(): Promise<{ pipelines: AcPipeline[]; stages: AcStage[] | undefined }> {
      const stages: AcStage[] = [];
      let sideLoaded = true;
      const pipelines = await all(async (paging) => {
        const page = await get(pipelinesPageResponse, 'dealGroups', paging);
        if (page.dealStages) stages.push(...page.dealStages);
        else sideLoaded = false;
        return { items: page.dealGroups, total: page.meta?.total };
      });
      return { pipelines, stages: sideLoaded ? stages : undefined };
    },
    listStages: (): Promise<AcStage[]> =>
      all(async (paging) => {
        const page = await get(stagesPageResponse, 'dealStages', paging);
        return { items: page.dealStages, total: page.meta?.total };
      }),
    listUsers: (): Promise<AcSalesUser[]> =>
      all(async (paging) => {
        const page = await get(usersPageResponse, 'users', paging);
        return { items: page.users, total: page.meta?.total };
      }),
    listTaskTypes: () =>
      all(async (paging) => {
        const page = await get(taskTypesPageResponse, 'dealTasktypes', paging);
        return { items: page.dealTasktypes, total: page.meta?.total };
      }),
    listAutomations: (): Promise<AcAutomation[]> =>
      all(async (paging) => {
        const page = await get(automationsPageResponse, 'automations', paging);
        return { items: page.automations, total: page.meta?.total };
      }),

    getContactDeals: async (contactId: string): Promise<AcDeal[]> =>
      (await get(dealsResponse, `${contactPath(contactId)}/deals`)).deals,
    createDeal: (deal: DealWrite): Promise<AcDeal> => post(dealResponse, 'deals', { deal }),

    /** Tasks of one contact (`Subscriber`) or deal (`Deal`). */
    findTasks: (reltype: 'Subscriber' | 'Deal', relid: string): Promise<AcTask[]> =>
      all(async (paging) => {
        const query = { 'filters[reltype]': reltype, 'filters[relid]': relid, ...paging };
        const page = await get(tasksPageResponse, 'dealTasks', query);
        return { items: page.dealTasks, total: page.meta?.total };
      }),
    createTask: (dealTask: TaskWrite): Promise<AcTask> => post(taskResponse, 'dealTasks', { dealTask }),

    getContactEnrolments: async (contactId: string): Promise<AcEnrolment[]> =>
      (await get(enrolmentsResponse, `${contactPath(contactId)}/contactAutomations`)).contactAutomations,
    enrol: (contactId: string, automationId: string): Promise<AcEnrolment> =>
      post(enrolmentResponse, 'contactAutomations', {
        contactAutomation: { contact: contactId, automation: automationId },
      }),
  };
}
