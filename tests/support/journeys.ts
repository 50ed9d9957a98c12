import type { TestAc } from './ac-api';
import {
  addTag,
  check,
  click,
  type DrivenPage,
  fill,
  isDisabled,
  pageText,
  waitForSynced,
  waitForText,
  waitForValue,
  waitUntil,
} from './journey-steps';

/**
 * Journeys run in both browsers: the Chromium e2e specs and the Firefox suite open the side panel
 * their own way, then hand its page here. Assertions go through the runner's own `expect`.
 */

interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: Record<string, unknown>): void;
  toHaveLength(length: number): void;
}
export type Expect = (actual: unknown) => Matchers;

export async function listIdNamed(api: TestAc, name: string): Promise<string | undefined> {
  const res = await api.request<{ lists: { id: string; name: string }[] }>('GET', 'lists?limit=100');
  return res.lists.find((l) => l.name === name)?.id;
}

/**
 * The person on person.html, captured in the side panel, given one list and one tag, saved to
 * "Synced", and read back through the ActiveCampaign API.
 */
export async function captureWithListAndTag(
  panel: DrivenPage,
  api: TestAc,
  expect: Expect,
  { listName, tagName, email }: { listName: string; tagName: string; email: string },
): Promise<void> {
  await waitForValue(panel, 'First name', (v) => v === 'Ada');
  await waitForValue(panel, 'Last name', (v) => v === 'Lovelace');
  await waitForValue(panel, 'Email', (v) => v === 'ada@analytical.example');
  await waitForValue(panel, 'Phone', (v) => v === '+442079460958');
  await fill(panel, 'Email', email);

  await check(panel, listName);
  await addTag(panel, tagName);
  await click(panel, 'Save');
  await waitForSynced(panel);

  const contacts = await api.contactsByEmail(email);
  expect(contacts).toHaveLength(1);
  const [contact] = contacts;
  expect(contact).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', phone: '+442079460958' });
  const listId = await listIdNamed(api, listName);
  expect(await api.listStatuses(contact!.id)).toMatchObject({ [listId!]: '1' });
  expect(await api.tagNames(contact!.id)).toEqual([tagName]);
}

/** A Gmail thread: two participants picked and saved together; the account owner never offered. */
export async function pickTwoFromGmail(panel: DrivenPage, api: TestAc, expect: Expect): Promise<void> {
  await waitForValue(panel, 'First name', (v) => v === 'Dan');
  await check(panel, 'Include Dan Whitfield');
  await check(panel, 'Include Carol Diaz');
  await click(panel, 'Save 2');
  await waitForText(panel, '2 of 2 done', 20_000);
  expect(await api.contactsByEmail('dan.whitfield@brightline-logistics.example')).toHaveLength(1);
  expect(await api.contactsByEmail('carol.diaz@brightline-logistics.example')).toHaveLength(1);
  expect((await pageText(panel)).includes('(me)')).toBe(false);
}

/**
 * A contact who unsubscribed from a list: the list is locked, a save leaves it unsubscribed, and
 * only "Re-subscribe" (a second, explicit choice) subscribes them again.
 */
export async function unsubscribedListStaysLocked(
  panel: DrivenPage,
  api: TestAc,
  expect: Expect,
  {
    contactId,
    email,
    newsletter,
    other,
  }: { contactId: string; email: string; newsletter: string; other: string },
): Promise<void> {
  const [newsletterId, otherId] = [await listIdNamed(api, newsletter), await listIdNamed(api, other)];
  await waitForValue(panel, 'First name', (v) => v === 'Ada');
  await fill(panel, 'Email', email);
  await waitUntil(
    `"${newsletter}" to be locked`,
    () => isDisabled(panel, newsletter),
    (d) => d,
  );
  await check(panel, other);
  await click(panel, 'Save');
  await waitForSynced(panel);
  expect(await api.listStatuses(contactId)).toMatchObject({ [newsletterId!]: '2', [otherId!]: '1' });

  await check(panel, 'Re-subscribe (they unsubscribed)');
  await click(panel, 'Save');
  await waitUntil(
    'the newsletter to be re-subscribed',
    async () => (await api.listStatuses(contactId))[newsletterId!],
    (status) => status === '1',
    30_000,
  );
}
