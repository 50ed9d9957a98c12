import { useCallback, useEffect, useState } from 'preact/hooks';
import { type ExistingContact, type SalesCatalog, sendMessage } from '@/lib/messaging/protocol';
import type { Preset } from '@/lib/settings';
import {
  EMPTY_FOLLOW_UP,
  type FollowUpDraft,
  followUpErrors,
  followUpParts,
  withCatalogDefaults,
  withPreset,
} from '@/lib/ui/follow-up';

/** The account's sales catalog, cached by the background; `refresh` reads it again from AC. */
export function useSalesCatalog() {
  const [catalog, setCatalog] = useState<SalesCatalog | null>(null);
  const load = useCallback(async (refresh: boolean) => {
    const res = await sendMessage('getSalesCatalog', { refresh });
    if (res.ok) setCatalog(res.value);
  }, []);
  useEffect(() => void load(false), [load]);
  return { catalog, refresh: () => load(true) };
}

/**
 * The panel's deal, task and automation: the account's sales catalog (cached by the background,
 * refreshed on demand), the user's choices, and the preset that set them.
 */
export function useFollowUp(defaultPreset: Preset | undefined, existing: ExistingContact | null) {
  const { catalog, refresh } = useSalesCatalog();
  const [draft, setDraft] = useState<FollowUpDraft>(EMPTY_FOLLOW_UP);
  useEffect(() => {
    if (catalog) setDraft((d) => withCatalogDefaults(d, catalog));
  }, [catalog]);

  const applyPreset = useCallback(
    (preset: Preset | undefined) =>
      setDraft((d) => {
        const next = withPreset(d, preset);
        return catalog ? withCatalogDefaults(next, catalog) : next;
      }),
    [catalog],
  );
  useEffect(() => applyPreset(defaultPreset), [applyPreset, defaultPreset]);

  // Another deal for this contact is a choice made for this contact only.
  const contactId = existing?.id;
  useEffect(() => setDraft((d) => ({ ...d, another: false, automationAgain: false })), [contactId]);

  const change = useCallback(
    (patch: Partial<FollowUpDraft>) =>
      setDraft((d) => {
        const next = { ...d, ...patch };
        // A new pipeline starts at its first stage, in its own currency.
        if (patch.pipeline && patch.pipeline !== d.pipeline && catalog) {
          return withCatalogDefaults({ ...next, stage: '', currency: '' }, catalog);
        }
        return next;
      }),
    [catalog],
  );

  return {
    catalog,
    draft,
    change,
    applyPreset,
    refresh,
    errors: followUpErrors(draft),
    parts: () => followUpParts(draft),
  };
}
