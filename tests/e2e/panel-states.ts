import type { Page } from '@playwright/test';
import type { AcServer, Extension } from './fixtures';
import { configure, expect, openPanelOn } from './fixtures';
import { uniqueEmail } from './helpers';

/**
 * The side panel in each state a user meets, reached as in workbench.spec.ts, for the layout
 * and accessibility checks. Each function returns once the state is on screen.
 */

export const PANEL_STATES = ['empty', 'captured', 'existing', 'follow-up', 'batch', 'error', 'held'] as const;
export type PanelState = (typeof PANEL_STATES)[number];

interface World {
  extension: Extension;
  ac: AcServer;
  pages: { url: string };
}

const TEAM = ['Maya Lindqvist', 'Omar Haddad', 'Julia Santos', 'Ken Watanabe', 'Priya Natarajan'];

async function reach(state: PanelState, { extension, ac, pages }: World): Promise<Page> {
  switch (state) {
    case 'empty': {
      await configure(extension, ac);
      const { panel } = await openPanelOn(extension, `${pages.url}/empty.html`);
      await expect(panel.getByText('Nobody found on this page.')).toBeVisible();
      return panel;
    }
    case 'captured': {
      // A LinkedIn profile: no email, a long name, a headline, people to choose from.
      await configure(extension, ac);
      const { panel } = await openPanelOn(extension, `${pages.url}/01-linkedin-eduardo-alvarez-nowak.html`);
      await expect(panel.getByLabel('First name')).toHaveValue(/^Eduardo/);
      await expect(panel.getByText('email not found on the page')).toBeVisible();
      return panel;
    }
    case 'existing':
      return (await openOnExistingContact({ extension, ac, pages })).panel;
    case 'follow-up':
      return openWithFollowUps({ extension, ac, pages });
    case 'batch': {
      await configure(extension, ac);
      const { panel } = await openPanelOn(extension, `${pages.url}/team.html`);
      for (const name of TEAM)
        await panel.getByRole('checkbox', { name: `Include ${name} in a batch save` }).check();
      await panel.getByRole('button', { name: `Save ${TEAM.length}` }).click();
      await expect(panel.getByText(`${TEAM.length} of ${TEAM.length} done`)).toBeVisible({ timeout: 30_000 });
      return panel;
    }
    case 'error': {
      await configure(extension, ac, 'not-the-right-key');
      const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);
      await expect(panel.getByLabel('First name')).toHaveValue('Ada');
      await panel.getByLabel('Email').fill(uniqueEmail('layout-wrongkey'));
      await panel.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(panel.getByText(/refused the API key/).first()).toBeVisible({ timeout: 15_000 });
      return panel;
    }
    case 'held': {
      // Saves queued for another account (one the user has since left), waiting for a decision.
      await configure(extension, ac);
      const worker = await extension.serviceWorker();
      await worker.evaluate(async (held) => {
        await chrome.storage.local.set({ outbox: held });
      }, heldSaves());
      const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);
      await expect(panel.getByRole('group', { name: '2 saves wait for your decision' })).toBeVisible();
      return panel;
    }
  }
}

/** Two saves as the outbox stores them, queued for an account other than the one configured. */
function heldSaves() {
  const now = Date.now();
  return ['Maya Lindqvist', 'Omar Haddad'].map((name, i) => {
    const [firstName, lastName] = name.split(' ');
    const email = uniqueEmail(firstName!.toLowerCase());
    return {
      id: crypto.randomUUID(),
      createdAt: now + i,
      dedupeKey: email,
      capture: {
        contact: { email, firstName, lastName },
        overwrite: [],
        lists: [],
        resubscribeLists: [],
        tags: [],
        capturedAt: new Date(now).toISOString(),
      },
      origin: 'https://previous-account.api-us1.com',
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      progress: {
        origin: 'https://previous-account.api-us1.com',
        steps: { lists: [], tags: [] },
        skippedLists: [],
      },
      updatedAt: now,
    };
  });
}

/**
 * Ada Lovelace's page, whose email ActiveCampaign already knows with another phone: the panel
 * shows both phones once the typed email has been looked up.
 */
export async function openOnExistingContact({
  extension,
  ac,
  pages,
}: World): Promise<{ panel: Page; email: string }> {
  const email = uniqueEmail('ada-known');
  await ac.api.syncContact({ email, firstName: 'Ada', phone: '+15555550123' });
  await configure(extension, ac);
  const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);
  await expect(panel.getByLabel('Phone')).toHaveValue('+442079460958');
  await panel.getByLabel('Email').fill(email);
  await expect(panel.getByText('ActiveCampaign has +15555550123')).toBeVisible();
  return { panel, email };
}

/**
 * A contact with an open deal who is in the Welcome automation, with every deal, task and automation
 * control shown: another deal asked for, a task due in 3 days, Welcome chosen again.
 */
async function openWithFollowUps({ extension, ac, pages }: World): Promise<Page> {
  const email = uniqueEmail('layout-deal');
  const contact = await ac.api.syncContact({ email, firstName: 'Eduardo' });
  await ac.api.request('POST', 'deals', {
    deal: {
      title: 'A rather long deal title for a narrow panel',
      value: 1,
      currency: 'usd',
      group: 1,
      owner: 1,
      contact,
    },
  });
  await ac.api.request('POST', 'contactAutomations', { contactAutomation: { contact, automation: 1 } });
  await configure(extension, ac);
  const { panel } = await openPanelOn(extension, `${pages.url}/01-linkedin-eduardo-alvarez-nowak.html`);
  await expect(panel.getByLabel('First name')).toHaveValue(/^Eduardo/);
  await panel.getByLabel('Email').fill(email);
  await expect(panel.getByText('1 open deal:')).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Open a deal' }).check();
  await panel.getByRole('checkbox', { name: 'Open another deal anyway' }).check();
  await panel.getByRole('checkbox', { name: 'Add a follow-up task' }).check();
  await panel.getByRole('button', { name: 'In 3 days' }).click();
  await panel.getByLabel('Start an automation').selectOption({ label: 'Welcome' });
  await expect(panel.getByText('Already in this automation')).toBeVisible();
  return panel;
}

/** The panel in `state`, with every collapsed section (recent captures) opened so it is checked too. */
export async function panelIn(state: PanelState, world: World): Promise<Page> {
  const panel = await reach(state, world);
  await panel.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  return panel;
}
