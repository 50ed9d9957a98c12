import type { AcSalesUser } from '@/lib/activecampaign/client/schemas-deals';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import type { SalesCatalog } from '@/lib/messaging/protocol';
import { originStore, salesCatalogCache } from './cache';

/**
 * The account's pipelines (with stages), users, task types and active automations: what the panel's
 * deal, task and automation pickers offer by name. Cached per API origin like lists, refreshed on demand.
 */

/** Pipelines and automations change rarely; the panel can ask for a refresh. */
const SALES_CACHE_MS = 10 * 60_000;

const userName = (u: AcSalesUser): string =>
  [u.firstName, u.lastName].filter(Boolean).join(' ') || u.username || u.email;

export async function salesCatalog(
  client: AcClient,
  origin: string,
  refresh: boolean,
  now = Date.now(),
): Promise<SalesCatalog> {
  const store = originStore(salesCatalogCache, origin);
  const cached = await store.load();
  const fetchedAt = await store.fetchedAt();
  if (!refresh && cached && fetchedAt !== null && now - fetchedAt < SALES_CACHE_MS) return cached;
  const { pipelines, stages: sideLoaded } = await client.listPipelines();
  const stages = sideLoaded ?? (await client.listStages());
  const [users, me, taskTypes, automations] = [
    await client.listUsers(),
    await client.testConnection().catch(() => undefined),
    await client.listTaskTypes(),
    await client.listAutomations(),
  ];
  const fresh: SalesCatalog = {
    pipelines: pipelines.map((p) => ({
      id: p.id,
      name: p.title,
      currency: p.currency.toLowerCase(),
      stages: stages
        .filter((s) => s.group === p.id)
        .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
        .map((s) => ({ id: s.id, name: s.title })),
    })),
    users: users.map((u) => ({ id: u.id, name: userName(u) })),
    me: me?.id,
    taskTypes: taskTypes.map((t) => ({ id: t.id, name: t.title })),
    automations: automations.filter((a) => a.status === '1').map((a) => ({ id: a.id, name: a.name })),
  };
  await store.save(fresh);
  return fresh;
}

/** "Sales / New" for a deal's pipeline and stage ids, as far as the cached catalog knows them. */
export async function dealPlace(
  origin: string,
  group: string | null | undefined,
  stage: string | null | undefined,
): Promise<string | undefined> {
  const catalog = await originStore(salesCatalogCache, origin).load();
  const pipeline = catalog?.pipelines.find((p) => p.id === group);
  const stageName = pipeline?.stages.find((s) => s.id === stage)?.name;
  return pipeline ? [pipeline.name, stageName].filter(Boolean).join(' / ') : undefined;
}
