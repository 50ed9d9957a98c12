import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { demoCrmSeed } from '../sandbox/crm-state';
import { startSandbox } from '../sandbox/server';
import { type AcTarget, TestAc } from '../support/ac-api';
import { type Extension, launchExtension, servePages } from '../support/browser';
import { type SandboxClient, sandboxClient } from '../support/sandbox-client';

/**
 * Real parts only: the built test extension in Debian's Chromium, ActiveCampaign as a real HTTP
 * server (our sandbox, or any AC-compatible server from AC_API_URL/AC_API_KEY), and pages served
 * from loopback.
 */

export interface AcServer extends AcTarget {
  /** False against an external server: fault injection needs our sandbox. */
  canInjectFaults: boolean;
  api: TestAc;
  /** The sandbox's control routes (faults, request log, offline); only when `canInjectFaults`. */
  sandbox: SandboxClient;
}

export type { Extension };

export const test = base.extend<
  {
    extension: Extension;
    userDataDir: string;
    /** The browser's UI language for this test (`test.use({ uiLanguage: 'de' })`); the system's by default. */
    uiLanguage: string | undefined;
  },
  { ac: AcServer; pages: { url: string } }
>({
  ac: [
    async ({}, use) => {
      if (process.env.AC_API_URL && process.env.AC_API_KEY) {
        const target = { url: process.env.AC_API_URL.replace(/\/+$/, ''), apiKey: process.env.AC_API_KEY };
        await use({
          ...target,
          canInjectFaults: false,
          api: new TestAc(target),
          sandbox: sandboxClient(target),
        });
        return;
      }
      // Pipelines, task types, automations and a second user: AC's API cannot create automations.
      const sandbox = await startSandbox({ port: 0, seed: { crm: demoCrmSeed } });
      const target = { url: sandbox.url, apiKey: sandbox.apiKey };
      await use({
        ...target,
        canInjectFaults: true,
        api: new TestAc(target),
        sandbox: sandboxClient(target),
      });
      await sandbox.close();
    },
    { scope: 'worker' },
  ],
  pages: [
    async ({}, use) => {
      const server = await servePages();
      await use({ url: server.url });
      await server.close();
    },
    { scope: 'worker' },
  ],
  userDataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecard-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  uiLanguage: [undefined, { option: true }],
  extension: async ({ userDataDir, uiLanguage }, use) => {
    const extension = await launchExtension(userDataDir, undefined, { language: uiLanguage });
    await use(extension);
    await extension.context.close();
  },
});

export const expect = test.expect;

/** Configures the extension through its options page, as a user would. */
export async function configure(extension: Extension, ac: AcTarget, apiKey = ac.apiKey): Promise<void> {
  const options = await extension.openPage('options');
  await options.getByLabel('API URL').fill(ac.url);
  // An AC_API_URL outside ActiveCampaign's hosts and loopback is a custom endpoint the user confirms
  // (docs/activecampaign.md#api-hosts); the box shows only for such a URL.
  const custom = options.getByLabel('This is not an ActiveCampaign address; send my API key to it anyway');
  if ((await custom.count()) > 0) await custom.check();
  await options.getByLabel('API key').fill(apiKey);
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await options.close();
}

/** Configures the extension, then opens a web page and the side panel targeting it. */
export const configuredPanelOn = (extension: Extension, ac: AcTarget, url: string) =>
  configure(extension, ac).then(() => openPanelOn(extension, url));

/** Opens a web page and the side panel (as a tab) targeting it. */
export async function openPanelOn(extension: Extension, url: string): Promise<{ web: Page; panel: Page }> {
  const web = await extension.context.newPage();
  await web.goto(url);
  const tabId = await extension.tabIdOf(web.url());
  const panel = await extension.openPage('sidepanel', tabId);
  return { web, panel };
}
