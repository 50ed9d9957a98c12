/**
 * Search, else create; if the create fails for any reason, search again before failing: someone
 * may have created it between our search and our create (another tab, a colleague, an automation),
 * and AC does not always say "duplicate" in a form we can match (docs/activecampaign.md#tags).
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
    const raced = await find().catch(() => undefined);
    if (raced === undefined) throw err;
    return raced;
  }
}
