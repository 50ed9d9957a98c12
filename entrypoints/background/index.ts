import '@/lib/zod';
import { browser } from 'wxt/browser';
import { createConnection } from '@/lib/activecampaign/connection';
import { describeError } from '@/lib/activecampaign/wording';
import { onApiKeyChanged } from '@/lib/api-key';
import { t } from '@/lib/i18n';
import { type MessageType, onMessage, requestSchemas } from '@/lib/messaging/protocol';
import { route } from '@/lib/messaging/router';
import { resumeAccountPause } from '@/lib/outbox/pause';
import { browserSurfaces, createOutboxRunner, OUTBOX_ALARM } from '@/lib/outbox/runner';
import { createItemSync } from '@/lib/outbox/sync-item';
import { openSidePanel } from '@/lib/side-panel';
import { menuRequestItem } from '@/lib/storage';
import { lockStorage } from '@/lib/storage-lock';
import { createHandlers } from './handlers';

const MENU_SELECTION = 'capture-selection';
const MENU_PAGE = 'capture-page';

export default defineBackground(() => {
  const connection = createConnection();
  const runner = createOutboxRunner({
    ...browserSurfaces,
    ...createItemSync(connection),
    limiterState: connection.limiterState,
  });
  const handlers = createHandlers(connection, runner);
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  // Every listener is registered synchronously, before any await: a message, alarm or
  // permission change that wakes the worker must find its listener.
  for (const type of Object.keys(requestSchemas) as MessageType[]) {
    onMessage(
      type,
      ({ data, sender }) =>
        route(type, data, sender, {
          extensionId: browser.runtime.id,
          extensionOrigin,
          handlers,
          describeError,
          // The router validated the payload; each handler's answer matches its type in the protocol.
        }) as never,
    );
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void runner.drain();
  });
  browser.runtime.onStartup.addListener(() => void start());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: connecting the account is the one thing Sidecard needs before it is useful.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_SELECTION,
        title: t('menu_capture_selection'),
        contexts: ['selection'],
      });
      browser.contextMenus.create({ id: MENU_PAGE, title: t('menu_capture_page'), contexts: ['page'] });
    });
  });
  browser.permissions.onRemoved.addListener(() => void runner.drain());
  browser.permissions.onAdded.addListener(() => void runner.drain());
  browser.storage.onChanged.addListener((changes, area) => {
    // An administrator's policy (`managed`) changes settings as much as the user does.
    if (area === 'managed' || (area === 'local' && 'settings' in changes))
      void resumeAccountPause().then(runner.drain);
  });
  onApiKeyChanged(() => void resumeAccountPause().then(runner.drain));

  // Menus and shortcuts open the panel first (user gesture), then leave the request for it.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (!tab?.id) return;
    void openSidePanel(tab.windowId).catch(() => undefined);
    void menuRequestItem.setValue({
      tabId: tab.id,
      selection: info.menuItemId === MENU_SELECTION ? info.selectionText?.slice(0, 5000) : undefined,
      at: Date.now(),
    });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (!tab?.id) return;
    void openSidePanel(tab.windowId).catch(() => undefined);
    if (command === 'capture-page') void menuRequestItem.setValue({ tabId: tab.id, at: Date.now() });
  });

  /** Worker start: lock storage (the key lives there), then recover and run the outbox. */
  async function start(): Promise<void> {
    await lockStorage();
    await runner.start();
  }
  void start();
});
