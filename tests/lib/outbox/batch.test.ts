// @vitest-environment node
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAcClient } from '@/lib/activecampaign/client/v3';
import type { Connection } from '@/lib/activecampaign/connection';
import { outboxStore } from '@/lib/outbox/item';
import { type DrainDeps, drain, enqueue, readItems, recoverInterrupted } from '@/lib/outbox/queue';
import { createItemSync } from '@/lib/outbox/sync-item';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { type TestAc, uniqueName } from '@/tests/support/ac-api';
import { refuseOneImported, type SandboxClient } from '@/tests/support/sandbox-client';
import { sandboxSuite, testCapture } from '../activecampaign/sync/sandbox-suite';

/**
 * A team page's batch through the real outbox and the real sync, against the sandbox: saves sent
 * together (10 or more) go through AC's bulk importer as one run, each person's own outcome lands
 * on their own item, and a worker stopped mid-batch leaves nothing that a re-run would duplicate.
 */

const suite = sandboxSuite({});
let ac: TestAc;
let control: SandboxClient;
beforeAll(() => {
  ({ ac, control } = suite);
});
beforeEach(() => fakeBrowser.reset());

/** The drain as the background wires it, for a client whose fetch the test may wrap. */
function drainDeps(
  fetch: typeof globalThis.fetch = globalThis.fetch,
  apiMode: Settings['apiMode'] = 'v3',
): DrainDeps {
  const client = createAcClient({ apiUrl: suite.sb.url, apiKey: suite.sb.apiKey, fetch });
  const settings = { ...DEFAULT_SETTINGS, apiUrl: suite.sb.url, apiMode };
  const connection: Connection = {
    clientFor: async () => client,
    requireClient: async () => ({ client, settings }),
    limiterState: () => undefined,
  };
  return {
    now: Date.now,
    checkPaused: async () => null,
    currentOrigin: async () => suite.sb.url,
    ...createItemSync(connection),
    pause: vi.fn(async () => undefined),
    schedule: async () => undefined,
  };
}

async function team(size: number) {
  const list = await ac.createList(uniqueName('Team'));
  const prefix = uniqueName('team').replace(/\s+/g, '-').toLowerCase();
  const captures = Array.from({ length: size }, (_, i) =>
    testCapture({
      contact: { email: `${prefix}-${i}@acme.example`, firstName: `Person${i}` },
      lists: [list],
    }),
  );
  return { list, captures };
}

const count = async (method: string, path: string) =>
  (await control.requests()).filter((r) => r.method === method && r.path === path).length;

/** Every item synced with the id of the one contact AC holds for its email, with its values. */
async function expectEachSyncedToItsOwnContact(list: string) {
  for (const item of await readItems()) {
    const held = await ac.contactsByEmail(item.capture.contact.email);
    expect(held).toHaveLength(1);
    expect(item).toMatchObject({ state: 'synced', result: { contactId: held[0]?.id } });
    expect(held[0]?.firstName).toBe(item.capture.contact.firstName);
    expect(await ac.listStatuses(held[0]!.id)).toEqual({ [list]: '1' });
  }
}

describe('a batch saved together', () => {
  it('of 12 goes through the bulk importer as one run, and each person’s result lands on their own item', async () => {
    const { list, captures } = await team(12);
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(drainDeps());

    expect(await count('POST', '/api/3/import/bulk_import')).toBe(2); // emails alone, then the values
    expect(await count('POST', '/api/3/contacts')).toBe(0);
    await expectEachSyncedToItsOwnContact(list);
  });

  it('of 9 is saved person by person', async () => {
    const { list, captures } = await team(9);
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(drainDeps());

    expect(await count('POST', '/api/3/import/bulk_import')).toBe(0);
    expect(await count('POST', '/api/3/contacts')).toBe(9);
    await expectEachSyncedToItsOwnContact(list);
  });

  it('of 10 in v1 mode is saved one by one, the bulk importer being a v3 call', async () => {
    const { list, captures } = await team(10);
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(drainDeps(globalThis.fetch, 'v1'));

    expect(await count('POST', '/api/3/import/bulk_import')).toBe(0);
    expect(await count('POST', '/admin/api.php')).toBe(20); // email alone, then the values
    await expectEachSyncedToItsOwnContact(list);
  });

  it('fails only the person AC refused, with their own reason, on their own item', async () => {
    const { captures } = await team(12);
    await control.fault(refuseOneImported(3));
    await control.fault({
      match: { method: 'POST', path: '/api/3/contacts' },
      count: 1,
      action: {
        status: 422,
        body: {
          errors: [
            {
              title: 'Email address is not allowed',
              code: 'field_invalid',
              source: { pointer: '/data/attributes/email' },
            },
          ],
        },
      },
    });
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(drainDeps());

    const items = await readItems();
    const refused = items.find((i) => i.capture.contact.email === captures[3]?.contact.email);
    expect(refused).toMatchObject({
      state: 'failed',
      lastError: { message: expect.stringContaining('not allowed') },
    });
    expect(items.filter((i) => i.state === 'synced')).toHaveLength(11);
    expect(await ac.contactsByEmail(captures[3]!.contact.email)).toEqual([]);
  });

  it('stopped mid-batch, after the import created the contacts, is finished on restart without a duplicate', async () => {
    const { list, captures } = await team(12);
    // The second import (the new people's values) never answers; the worker is then stopped.
    let imports = 0;
    let cut: (err: Error) => void = () => undefined;
    const stopping: typeof globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/3/import/bulk_import') {
        imports++;
        if (imports === 2) return new Promise((_, reject) => (cut = reject));
      }
      return fetch(request);
    };
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    const first = drain(drainDeps(stopping));
    await vi.waitFor(() => expect(imports).toBe(2), { timeout: 10_000 });
    // What a stopped worker leaves on disk: every item `syncing`, each with the contact it created.
    const onDisk = await outboxStore.getValue();
    expect((await readItems()).every((i) => i.state === 'syncing' && i.progress.created)).toBe(true);
    cut(new TypeError('worker stopped'));
    await first;
    await outboxStore.setValue(onDisk);

    await recoverInterrupted(Date.now());
    await drain(drainDeps());

    await expectEachSyncedToItsOwnContact(list);
  });
});
