import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { PageReading } from '@/lib/page/contract';
import { extractSelection } from '@/lib/people/selection';
import type { NormalizedCandidate } from '@/lib/people/types';
import { type MenuRequest, menuRequestItem, readSettings, settingsItem } from '@/lib/storage';
import { interpretReading } from '@/lib/ui/interpret';
import { ReadTabError, readTab, targetTabId } from '@/lib/ui/read-tab';

/** A menu or shortcut request older than this is stale: the user has moved on. */
const REQUEST_FRESH_MS = 60_000;

/** What the user reads when a reading fails: our own message, else a general one. */
const readFailure = (error: unknown): string =>
  error instanceof ReadTabError ? error.message : t('read_failed');

interface PageReadEvents {
  /** A new reading of the tab began. */
  onStart(): void;
  /** The people of a new reading (from the tab, or from selected text), best first. */
  onPeople(people: NormalizedCandidate[]): void;
}

/** Reads the target tab when the page opens and on `read()`. */
export function usePageRead(events: PageReadEvents) {
  const [page, setPage] = useState<PageReading | null>(null);
  const [people, setPeople] = useState<NormalizedCandidate[]>([]);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [tabId, setTabId] = useState<number | undefined>();
  // The latest handlers, so `read` stays one function for the page's life.
  const handlers = useRef(events);
  handlers.current = events;

  const show = useCallback(async (result: PageReading) => {
    const settings = await readSettings();
    const found = await interpretReading({ page: result, defaultCountry: settings.defaultCountry });
    setPage(result);
    setPeople(found);
    handlers.current.onPeople(found);
  }, []);

  const read = useCallback(async () => {
    handlers.current.onStart();
    setReading(true);
    setReadError(null);
    try {
      const id = await targetTabId();
      setTabId(id);
      if (id === undefined) throw new ReadTabError(t('read_no_page'));
      await show(await readTab(id));
    } catch (error) {
      setReadError(readFailure(error));
    } finally {
      setReading(false);
    }
  }, [show]);

  /** Selected text, read as one person of the page last read. */
  const showSelection = useCallback(
    async (text: string) => {
      const person = extractSelection(text);
      try {
        await show({
          source: 'selection',
          url: page?.url ?? '',
          title: page?.title ?? t('read_selection_title'),
          candidates: person ? [person] : [],
        });
      } catch (error) {
        // The Worker that reads the people can run out of time or fail, as for a page.
        setReadError(readFailure(error));
      }
    },
    [show, page],
  );

  useEffect(() => {
    void read();
  }, [read]);

  return { page, people, reading, readError, tabId, read, showSelection };
}

/**
 * The menu and shortcut ask the side panel for a reading ("Capture selection with Sidecard"
 * reads the selected text as one person). Each request is answered once, and only while fresh.
 */
export function useMenuRequests(reader: Pick<ReturnType<typeof usePageRead>, 'read' | 'showSelection'>) {
  const { read, showSelection } = reader;
  useEffect(() => {
    const answer = async (request: MenuRequest | null) => {
      if (!request || Date.now() - request.at > REQUEST_FRESH_MS) return;
      await menuRequestItem.setValue(null);
      await (request.selection ? showSelection(request.selection) : read());
    };
    void menuRequestItem.getValue().then(answer);
    return menuRequestItem.watch(answer);
  }, [read, showSelection]);
}

/**
 * Reads the tab again when it finishes navigating, only if the user turned that on in settings
 * (`refreshOnNavigation`): a new reading looks the page's person up in ActiveCampaign, which
 * otherwise happens only after a user action. Only works where the extension may read the tab.
 */
export function useRefreshOnNavigation(reader: Pick<ReturnType<typeof usePageRead>, 'read' | 'tabId'>) {
  const { read, tabId } = reader;
  const enabled = useRef(false);
  useEffect(() => {
    const update = () =>
      void readSettings().then((settings) => {
        enabled.current = settings.refreshOnNavigation;
      });
    update();
    return settingsItem.watch(update);
  }, []);
  useEffect(() => {
    const onUpdated = (id: number, change: { status?: string }) => {
      if (enabled.current && id === tabId && change.status === 'complete') void read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId, read]);
}
