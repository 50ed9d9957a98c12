import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens Chrome's side panel or Firefox's sidebar. Call it as the FIRST thing in a click
 * handler: any await before it loses the user gesture and the browser refuses.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}
