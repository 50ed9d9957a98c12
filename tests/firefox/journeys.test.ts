import { afterAll, beforeAll, expect, test } from 'vitest';
import { uniqueName } from '../support/ac-api';
import {
  saveWithEmail,
  testConnection,
  waitForStatus,
  waitForSynced,
  waitUntil,
} from '../support/journey-steps';
import {
  captureWithDealTaskAndAutomation,
  captureWithListAndTag,
  openDealShownAndKept,
  pickTwoFromGmail,
  salesIds,
  unsubscribedListStaysLocked,
} from '../support/journeys';
import {
  configure,
  contactCount,
  type FirefoxRun,
  openPanelOn,
  outbox,
  startFirefoxRun,
  waitForState,
} from './setup';

/** The salesperson's journeys in Firefox ESR, checked through the ActiveCampaign API. */

let run: FirefoxRun;
beforeAll(async () => {
  run = await startFirefoxRun();
});
afterAll(() => run?.close());

/** A new contact is created with POST /contacts, which never updates anyone (docs/activecampaign.md#contacts). */
const CREATE = { method: 'POST', path: '/api/3/contacts' };
const uniqueEmail = (who: string) => `${who}+${Date.now().toString(36)}@sidecard.example`;

test('options → test connection → a person captured in the sidebar page with a list and a tag → Synced', async () => {
  const listName = uniqueName('Prospects');
  const tagName = uniqueName('Met at conference');
  await run.ac.api.createList(listName);
  await configure(run);
  const options = await run.extension.openPage('options');
  expect(await testConnection(options)).toMatch(/Connected as .+/);
  await options.close();

  const { panel } = await openPanelOn(run, 'person.html');
  await captureWithListAndTag(panel, run.ac.api, expect, {
    listName,
    tagName,
    email: uniqueEmail('ada'),
  });
});

test('two participants of a Gmail thread are picked and both saved', async () => {
  await configure(run);
  const { panel } = await openPanelOn(run, '54-gmail-thread.html');
  await pickTwoFromGmail(panel, run.ac.api, expect);
}, 90_000);

test('an unsubscribed list stays unsubscribed unless the user confirms re-subscribing', async () => {
  const newsletter = uniqueName('Newsletter');
  const other = uniqueName('Prospects');
  const newsletterId = await run.ac.api.createList(newsletter);
  await run.ac.api.createList(other);
  const email = uniqueEmail('unsubscribed');
  const contactId = await run.ac.api.syncContact({ email, firstName: 'Ada' });
  await run.ac.api.setListStatus(contactId, newsletterId, 2);
  await configure(run);
  const { panel } = await openPanelOn(run, 'person.html');
  await unsubscribedListStaysLocked(panel, run.ac.api, expect, { contactId, email, newsletter, other });
});

test('a LinkedIn capture opens a deal, adds a task due in 3 days and starts an automation', async () => {
  await configure(run);
  const { panel } = await openPanelOn(run, '01-linkedin-eduardo-alvarez-nowak.html');
  await captureWithDealTaskAndAutomation(panel, run.ac.api, expect, { email: uniqueEmail('eduardo') });
});

test('a contact with an open deal shows it, and saving without asking opens no second deal', async () => {
  const email = uniqueEmail('has-deal');
  const contactId = await run.ac.api.syncContact({ email, firstName: 'Eduardo' });
  const ids = await salesIds(run.ac.api, 'Sales', 'Qualified');
  const dealTitle = `Renewal ${email}`;
  await run.ac.api.request('POST', 'deals', {
    deal: {
      title: dealTitle,
      value: 1,
      currency: 'usd',
      group: ids.pipeline,
      stage: ids.stage,
      owner: ids.sam,
      contact: contactId,
    },
  });
  await configure(run);
  const { panel } = await openPanelOn(run, '01-linkedin-eduardo-alvarez-nowak.html');
  await openDealShownAndKept(panel, run.ac.api, expect, { email, contactId, dealTitle });
});

test('saving while ActiveCampaign is unreachable says Queued and syncs once it is back', async () => {
  await configure(run);
  const { panel } = await openPanelOn(run, 'person.html');
  const email = uniqueEmail('offline');
  await run.ac.control.setOffline(true);
  try {
    await saveWithEmail(panel, email);
    await waitForStatus(panel, /Queued/);
    expect((await outbox(run)).some((i) => i.capture.contact.email === email)).toBe(true);
  } finally {
    await run.ac.control.setOffline(false);
  }
  await waitForSynced(panel, 30_000);
  expect(await contactCount(run, email)).toBe(1);
});

test('the background restarting with a save in flight still syncs it exactly once', async () => {
  await configure(run);
  const { panel } = await openPanelOn(run, 'person.html');
  const email = uniqueEmail('restarted');
  await run.ac.control.clearRequests();
  await run.ac.control.fault({ match: CREATE, count: 1, action: { delayMs: 3000 } });
  await saveWithEmail(panel, email);
  // In flight: ActiveCampaign has the request and has not answered.
  await waitUntil(
    'the contact create to be in flight',
    () => run.ac.control.requests(),
    (log) => log.some((r) => r.method === CREATE.method && r.path === CREATE.path && r.status === 0),
  );
  await run.extension.reload();
  // The restarted background finds the interrupted item and replays it (opening one of our pages
  // to read the outbox also asks it for its status, as the sidebar does).
  await waitForState(run, email, 'synced');
  expect(await contactCount(run, email)).toBe(1);
});
