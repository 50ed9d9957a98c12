import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type ExistingContact, type Result, sendMessage } from '@/lib/messaging/protocol';
import type { PageReading } from '@/lib/page/contract';
import type { NormalizedCandidate } from '@/lib/people/types';
import type { Preset } from '@/lib/settings';
import {
  buildSaveRequest,
  type ContactDraft,
  type DraftField,
  draftFromCandidate,
  EMPTY_DRAFT,
  phoneForSave,
  type SaveChoices,
  validateDraft,
} from '@/lib/ui/draft';

const sourceOf = (page: PageReading | null) => (page ? { url: page.url, title: page.title } : undefined);

/**
 * The person being edited and what the save files them under (lists, tags, re-subscriptions,
 * the page's values chosen over ActiveCampaign's), and the saves sent from this form.
 */
export function useDraft(settings: { country: string; defaultPreset?: Preset }) {
  const { country, defaultPreset } = settings;
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState<ContactDraft>(EMPTY_DRAFT);
  const [original, setOriginal] = useState<ContactDraft>(EMPTY_DRAFT);
  const [takePage, setTakePage] = useState<DraftField[]>([]);
  const [previousEmail, setPreviousEmail] = useState<string | undefined>();
  const [selectedLists, setSelectedLists] = useState<string[]>([]);
  const [resubscribe, setResubscribe] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [batch, setBatch] = useState<number[]>([]);
  const [savedIds, setSavedIds] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  /** What the user typed while the page was being read: the reading must not overwrite it. */
  const typedDuringRead = useRef<Partial<ContactDraft>>({});

  const applyPreset = useCallback((preset: Preset | undefined) => {
    setSelectedLists(preset?.lists ?? []);
    setTags(preset?.tags ?? []);
  }, []);
  useEffect(() => applyPreset(defaultPreset), [applyPreset, defaultPreset]);

  const pick = useCallback((people: readonly NormalizedCandidate[], index: number) => {
    const next = draftFromCandidate(people[index]);
    setActive(index);
    setDraft(next);
    setOriginal(next);
    setTakePage([]);
    setPreviousEmail(undefined);
    setSavedIds([]);
    setSaveError(null);
  }, []);

  const beginRead = useCallback(() => {
    typedDuringRead.current = {};
  }, []);

  const showPeople = useCallback(
    (people: NormalizedCandidate[]) => {
      setBatch([]);
      pick(people, 0);
      const typed = typedDuringRead.current;
      if (Object.keys(typed).length > 0) setDraft((d) => ({ ...d, ...typed }));
      typedDuringRead.current = {};
    },
    [pick],
  );

  /** `held` is the contact ActiveCampaign holds for the draft's email, if any. */
  const setField = useCallback(
    (field: DraftField, value: string, held: ExistingContact | null) => {
      typedDuringRead.current[field] = value;
      // Editing the email of a contact ActiveCampaign holds is an email change, not a new contact.
      if (field === 'email' && held && !previousEmail && value.trim().toLowerCase() !== held.email) {
        setPreviousEmail(held.email);
      }
      setDraft((d) => ({ ...d, [field]: value }));
      setSavedIds([]);
    },
    [previousEmail],
  );

  /** Take the email of a contact found in ActiveCampaign (the page had none). */
  const takeEmail = useCallback((email: string) => setDraft((d) => ({ ...d, email })), []);

  const errors = useMemo(() => validateDraft(draft, country), [draft, country]);
  const validEmail = draft.email.trim() && !errors.email ? draft.email.trim() : null;

  /** Sends a save; the ids it returns are the outbox items this form now follows. */
  const submit = async (send: () => Promise<Result<string[]>>): Promise<boolean> => {
    setSaving(true);
    setSaveError(null);
    try {
      const res = await send();
      if (res.ok) setSavedIds(res.value);
      else setSaveError(res.error);
      return res.ok;
    } catch {
      setSaveError(t('save_check_fields'));
      return false;
    } finally {
      setSaving(false);
    }
  };

  /** `followUps`: the deal, task and automation, already checked by the page (lib/ui/follow-up.ts). */
  const save = async (page: PageReading | null, followUps?: SaveChoices['followUps']): Promise<boolean> => {
    if (Object.keys(errors).length > 0 || saving) return false;
    return submit(async () => {
      const choices = {
        lists: selectedLists,
        tags,
        resubscribeLists: resubscribe,
        takePage,
        previousEmail,
        followUps,
      };
      const capture = buildSaveRequest(draft, { ...choices, source: sourceOf(page), country });
      const res = await sendMessage('saveCapture', { capture });
      return res.ok ? { ok: true, value: [res.value.id] } : res;
    });
  };

  /**
   * Saves the ticked people as they were read, each with the chosen lists and tags, and the chosen
   * task and automation; a deal each only when the user ticked "Open a deal", titled after each person.
   */
  const saveBatch = async (
    people: readonly NormalizedCandidate[],
    page: PageReading | null,
    followUps: SaveChoices['followUps'] = {},
  ) => {
    const deal = followUps.deal && { ...followUps.deal, title: undefined };
    const captures = batch
      .flatMap((i) => (people[i] ? [draftFromCandidate(people[i])] : []))
      .filter((d) => Object.keys(validateDraft(d, country)).length === 0)
      .map((d) =>
        buildSaveRequest(d, {
          lists: selectedLists,
          tags,
          source: sourceOf(page),
          country,
          followUps: { ...followUps, deal },
        }),
      );
    if (captures.length === 0) {
      setSaveError(t('save_batch_no_email'));
      return;
    }
    await submit(async () => {
      const res = await sendMessage('saveBatch', { captures });
      return res.ok ? { ok: true, value: res.value.ids } : res;
    });
  };

  const phoneHint = draft.phone
    ? (({ display, stored }) =>
        display === stored
          ? t('phone_saved_as', { stored })
          : t('phone_shown_saved_as', { display, stored }))(phoneForSave(draft.phone, country))
    : undefined;

  return {
    active,
    pick,
    beginRead,
    showPeople,
    draft,
    original,
    setField,
    takeEmail,
    errors,
    validEmail,
    phoneHint,
    takePage,
    setTakePage,
    selectedLists,
    setSelectedLists,
    resubscribe,
    setResubscribe,
    tags,
    setTags,
    applyPreset,
    batch,
    setBatch,
    save,
    saveBatch,
    saving,
    savedIds,
    saveError,
  };
}
