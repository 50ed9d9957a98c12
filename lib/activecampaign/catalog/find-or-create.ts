import { isDuplicate } from '@/lib/activecampaign/errors';

/**
 * Search, else create; if the create is refused as a duplicate, someone created it between our
 * search and our create (another tab, a colleague, an automation), so search again (docs/activecampaign.md#tags).
 */
export async function findOrCreate<T>(
  find: () => Promise<T | undefined>,
  create: () => Promise<T>,
): Promise<T> {
  const found = await find();
  if (found !== undefined) return found;
  try {
    return await create();
  } catch (err) {
    if (!isDuplicate(err)) throw err;
    const raced = await find();
    if (raced === undefined) throw err;
    return raced;
  }
}
