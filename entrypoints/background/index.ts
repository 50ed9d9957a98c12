import '@/lib/zod';
import { browser } from 'wxt/browser';
import { onApiKeyChanged } from '@/lib/api-key';
import { createBackground } from '@/lib/background/services';
import { type MessageType, onMessage, requestSchemas } from '@/lib/messaging/protocol';
import { route } from '@/lib/messaging/router';
import { OUTBOX_ALARM } from '@/lib/outbox/queue';
import { openSidePanel } from '@/lib/side-panel';
import { menuRequestItem } from '@/lib/storage';

const MENU_SELECTION = 'capture-selection';
const MENU_PAGE = 'capture-page';

export default defineBackground(() => {
  const background = createBackground();
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
          handlers: background.handlers,
          // The router validated the payload; each handler's answer matches its type in the protocol.
        }) as never,
    );
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void background.drain();
  });
  browser.runtime.onStartup.addListener(() => void background.start());
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_SELECTION,
        title: 'Capture selection with Sidecard',
        contexts: ['selection'],
      });
      browser.contextMenus.create({ id: MENU_PAGE, title: 'Capture this page', contexts: ['page'] });
    });
  });
  browser.permissions.onRemoved.addListener(() => void background.drain());
  browser.permissions.onAdded.addListener(() => void background.drain());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) void background.onSettingsChanged();
  });
  onApiKeyChanged(() => void background.onSettingsChanged());

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

  void background.start();
});
