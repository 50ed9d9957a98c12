import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RecentCapture } from '@/components/RecentCaptures';
import type { SaveStatusView } from '@/components/SaveStatus';
import type { AcList, AcTag, ExistingContact, Status } from '@/lib/messaging/protocol';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PageReading } from '@/lib/page/contract';
import { normalizeCapture } from '@/lib/people';
import { extractSelection } from '@/lib/people/selection';
import type { NormalizedCandidate } from '@/lib/people/types';
import type { Preset } from '@/lib/settings';
import {
  type MenuRequest,
  menuRequestItem,
  type OutboxItem,
  outboxItemSchema,
  outboxStore,
  readSettings,
} from '@/lib/storage';
import {
  buildSaveRequest,
  type ContactDraft,
  compareWithExisting,
  type DraftField,
  draftFromCandidate,
  phoneForSave,
  validateDraft,
} from '@/lib/ui/draft';
import { ReadTabError, readTab, targetTabId } from '@/lib/ui/read-tab';

/**
 * The state behind both the popup (quick save) and the side panel (full workbench):
 * capture the tab, normalise, check ActiveCampaign, edit, choose lists and tags, save, watch.
 */

function parseItems(raw: unknown): OutboxItem[] {
  return (Array.isArray(raw) ? raw : []).flatMap((entry) => {
    const parsed = outboxItemSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function statusOfItem(item: OutboxItem): SaveStatusView {
  return {
    state: item.state,
    message:
      item.state === 'pending' && item.lastError
        ? item.lastError.kind === 'auth' || item.lastError.kind === 'not-found'
          ? `${item.lastError.message} Fix it in Sidecard settings: the save is kept and syncs then.`
          : `${item.lastError.message} Sidecard will retry automatically.`
        : item.state === 'failed'
          ? item.lastError?.message
          : undefined,
    skippedLists: item.result?.skippedLists,
    appUrl: item.result?.appUrl,
  };
}

export function useWorkbench() {
  const [status, setStatus] = useState<Status | null>(null);
  const [country, setCountry] = useState('US');
  const [presets, setPresets] = useState<{ presets: Preset[]; defaultPreset?: string }>({ presets: [] });
  const [lists, setLists] = useState<AcList[]>([]);
  const [knownTags, setKnownTags] = useState<AcTag[]>([]);
  const [page, setPage] = useState<PageReading | null>(null);
  const [captureError, setCaptureError] = useState<string | null>(null);
  const [capturing, setCapturing] = useState(false);
  const [candidates, setCandidates] = useState<NormalizedCandidate[]>([]);
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState<ContactDraft>(draftFromCandidate(undefined));
  const [original, setOriginal] = useState<ContactDraft>(draftFromCandidate(undefined));
  const [existing, setExisting] = useState<ExistingContact | null>(null);
  const [matches, setMatches] = useState<ExistingContact[]>([]);
  const [selectedLists, setSelectedLists] = useState<string[]>([]);
  const [resubscribe, setResubscribe] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [takePage, setTakePage] = useState<DraftField[]>([]);
  const [previousEmail, setPreviousEmail] = useState<string | undefined>();
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [savedIds, setSavedIds] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [batch, setBatch] = useState<number[]>([]);
  const [tabId, setTabId] = useState<number | undefined>();

  const refreshStatus = useCallback(async () => {
    const res = await sendMessage('getStatus', undefined);
    if (res.ok) setStatus(res.value);
  }, []);

  const loadDirectory = useCallback(async (refresh = false) => {
    const [l, t] = await Promise.all([
      sendMessage('getLists', { refresh }),
      sendMessage('getTags', { refresh }),
    ]);
    if (l.ok) setLists(l.value);
    if (t.ok) setKnownTags(t.value);
  }, []);

  const applyPreset = useCallback((preset: Preset | undefined) => {
    setSelectedLists(preset?.lists ?? []);
    setTags(preset?.tags ?? []);
  }, []);

  const pickCandidate = useCallback((list: NormalizedCandidate[], index: number) => {
    const next = draftFromCandidate(list[index]);
    setActive(index);
    setDraft(next);
    setOriginal(next);
    setTakePage([]);
    setPreviousEmail(undefined);
    setSavedIds([]);
    setSaveError(null);
  }, []);

  /** What the user typed while the page was being read: the capture must not overwrite it. */
  const typedDuringCapture = useRef<Partial<ContactDraft>>({});

  const showCapture = useCallback(
    async (result: PageReading) => {
      const settings = await readSettings();
      const normalized = normalizeCapture(result, { defaultCountry: settings.defaultCountry });
      setPage(result);
      setCandidates(normalized);
      setBatch([]);
      pickCandidate(normalized, 0);
      const typed = typedDuringCapture.current;
      if (Object.keys(typed).length > 0) setDraft((d) => ({ ...d, ...typed }));
      typedDuringCapture.current = {};
    },
    [pickCandidate],
  );

  const capture = useCallback(async () => {
    typedDuringCapture.current = {};
    setCapturing(true);
    setCaptureError(null);
    try {
      const id = await targetTabId();
      setTabId(id);
      if (id === undefined) throw new ReadTabError('No page to read: open a web page first.');
      await showCapture(await readTab(id));
    } catch (error) {
      setCaptureError(error instanceof ReadTabError ? error.message : 'Sidecard could not read this page.');
    } finally {
      setCapturing(false);
    }
  }, [showCapture]);

  /** A menu or shortcut asked for a capture: the selected text as one contact, or the page again. */
  const onCaptureRequest = useCallback(
    async (request: MenuRequest | null) => {
      if (!request || Date.now() - request.at > 60_000) return;
      await menuRequestItem.setValue(null);
      if (!request.selection) {
        void capture();
        return;
      }
      const person = extractSelection(request.selection);
      await showCapture({
        source: 'selection',
        url: page?.url ?? '',
        title: page?.title ?? 'Selected text',
        candidates: person ? [person] : [],
      });
    },
    [capture, showCapture, page],
  );

  useEffect(() => {
    void menuRequestItem.getValue().then(onCaptureRequest);
    return menuRequestItem.watch(onCaptureRequest);
  }, [onCaptureRequest]);

  // Start-up: settings, status, lists/tags, first capture, and the outbox watcher.
  useEffect(() => {
    void (async () => {
      const settings = await readSettings();
      setCountry(settings.defaultCountry);
      setPresets({ presets: settings.presets, defaultPreset: settings.defaultPreset });
      applyPreset(settings.presets.find((p) => p.name === settings.defaultPreset));
    })();
    void refreshStatus();
    void loadDirectory();
    void capture();
    void outboxStore.getValue().then((raw) => setItems(parseItems(raw)));
    const unwatch = outboxStore.watch((raw) => {
      setItems(parseItems(raw));
      void refreshStatus();
    });
    return unwatch;
  }, [applyPreset, capture, loadDirectory, refreshStatus]);

  // Whenever a valid email is present, show what ActiveCampaign already holds for it.
  const lookupSeq = useRef(0);
  const email = draft.email.trim();
  const emailValid = email !== '' && validateDraft({ ...draft }).email === undefined;
  useEffect(() => {
    const seq = ++lookupSeq.current;
    if (!emailValid) {
      setExisting(null);
      return;
    }
    const timer = setTimeout(async () => {
      const res = await sendMessage('lookupContact', { email });
      if (seq === lookupSeq.current) setExisting(res.ok ? res.value : null);
    }, 250);
    return () => clearTimeout(timer);
  }, [email, emailValid]);

  // No email on the page: look for the person in ActiveCampaign by profile URL, then name and company.
  const candidate = candidates[active];
  useEffect(() => {
    setMatches([]);
    if (!candidate || candidate.emails.length > 0 || !candidate.name) return;
    void sendMessage('findMatches', {
      name: candidate.name,
      company: candidate.company,
      profileUrl: candidate.profileUrl,
    }).then((res) => setMatches(res.ok ? res.value : []));
  }, [candidate]);

  const comparison = useMemo(() => compareWithExisting(draft, existing, country), [draft, existing, country]);
  const errors = useMemo(() => validateDraft(draft), [draft]);

  const save = useCallback(async (): Promise<boolean> => {
    if (Object.keys(errors).length > 0 || saving) return false;
    setSaving(true);
    setSaveError(null);
    try {
      const built = buildSaveRequest(draft, {
        lists: selectedLists,
        tags,
        resubscribeLists: resubscribe,
        takePage,
        previousEmail,
        source: page ? { url: page.url, title: page.title } : undefined,
        country,
      });
      const res = await sendMessage('saveCapture', { capture: built });
      if (!res.ok) {
        setSaveError(res.error);
        return false;
      }
      setSavedIds([res.value.id]);
      return true;
    } catch {
      setSaveError('Check the highlighted fields.');
      return false;
    } finally {
      setSaving(false);
    }
  }, [errors, saving, draft, selectedLists, tags, resubscribe, takePage, previousEmail, page, country]);

  const saveBatch = useCallback(async () => {
    const chosen = batch.map((i) => candidates[i]).filter((c): c is NormalizedCandidate => !!c);
    const captures = chosen
      .map((c) => draftFromCandidate(c))
      .filter((d) => Object.keys(validateDraft(d)).length === 0)
      .map((d) =>
        buildSaveRequest(d, {
          lists: selectedLists,
          tags,
          source: page ? { url: page.url, title: page.title } : undefined,
          country,
        }),
      );
    if (captures.length === 0) {
      setSaveError('None of the chosen people has a valid email address.');
      return;
    }
    setSaving(true);
    const res = await sendMessage('saveBatch', { captures });
    setSaving(false);
    if (res.ok) setSavedIds(res.value.ids);
    else setSaveError(res.error);
  }, [batch, candidates, selectedLists, tags, page, country]);

  /** Link the capture to a contact found in ActiveCampaign (the page had no email). */
  const linkMatch = useCallback((match: ExistingContact) => {
    setDraft((d) => ({ ...d, email: match.email }));
    setMatches([]);
  }, []);

  const setField = useCallback(
    (field: DraftField, value: string) => {
      typedDuringCapture.current[field] = value;
      setDraft((d) => {
        // Editing the email of a contact that exists in ActiveCampaign is an email change, not a new contact.
        if (
          field === 'email' &&
          existing &&
          !previousEmail &&
          value.trim().toLowerCase() !== existing.email
        ) {
          setPreviousEmail(existing.email);
        }
        return { ...d, [field]: value };
      });
      setSavedIds([]);
    },
    [existing, previousEmail],
  );

  const retry = useCallback(async (id: string) => {
    await sendMessage('retryItem', { id });
  }, []);

  const savedItems = savedIds.map((id) => items.find((i) => i.id === id)).filter((i): i is OutboxItem => !!i);
  const recent: RecentCapture[] = [...items]
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, 50)
    .map((i) => ({
      id: i.id,
      name: [i.capture.contact.firstName, i.capture.contact.lastName].filter(Boolean).join(' '),
      email: i.capture.contact.email,
      state: i.state,
      at: i.updatedAt,
      sourceTitle: i.capture.source?.title,
      error: i.lastError?.message,
    }));

  return {
    status,
    country,
    presets,
    applyPreset,
    lists,
    knownTags,
    page,
    tabId,
    capture,
    capturing,
    captureError,
    candidates,
    active,
    pickCandidate: (index: number) => pickCandidate(candidates, index),
    draft,
    original,
    setField,
    errors,
    existing,
    comparison,
    takePage,
    setTakePage,
    matches,
    linkMatch,
    selectedLists,
    setSelectedLists,
    resubscribe,
    setResubscribe,
    tags,
    setTags,
    save,
    saving,
    saveError,
    savedItems,
    batch,
    setBatch,
    saveBatch,
    recent,
    retry,
    phoneHint: draft.phone
      ? (({ display, stored }) =>
          display === stored ? `Saved as ${stored}` : `${display} — saved as ${stored}`)(
          phoneForSave(draft.phone, country),
        )
      : undefined,
    refreshDirectory: () => loadDirectory(true),
  };
}

export type Workbench = ReturnType<typeof useWorkbench>;
