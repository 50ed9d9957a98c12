import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Extension, launchExtension } from '../support/browser';
import { TEST_EXTENSION_PATH } from '../support/chromium';
import { expect, test } from './fixtures';
import { expectSynced, newListAndTag } from './helpers';

/**
 * Team rollout end to end (docs/team-rollout.md): an administrator's policy in the directory
 * Debian's Chromium reads, for a copy of the test build at a path of its own. Chromium names an
 * unpacked extension after its path, so the policy reaches this copy only, never the extension
 * other tests run in parallel.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';

function policyDirWritable(): boolean {
  try {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.accessSync(POLICY_DIR, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chromium's id for an unpacked extension: sha256 of its absolute path, 32 hex digits as a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = crypto.createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

test('settings an administrator pushes by policy show locked in options and drive the saves', async ({
  ac,
  pages,
}) => {
  test.skip(!policyDirWritable(), `${POLICY_DIR} is not writable: Chromium policies cannot be set here`);
  test.setTimeout(90_000);
  const { list, listId, tag } = await newListAndTag(ac, 'Team fair', 'Met at the team fair');
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sidecard-policy-')));
  const extensionPath = path.join(dir, 'extension');
  fs.cpSync(TEST_EXTENSION_PATH, extensionPath, { recursive: true });
  const id = unpackedExtensionId(extensionPath);
  const policyFile = path.join(POLICY_DIR, `sidecard-e2e-${id}.json`);
  const policy = {
    apiUrl: ac.url,
    ratePerSecond: 1,
    presets: [{ name: 'Team fair', lists: [listId], tags: [tag] }],
    defaultPreset: 'Team fair',
  };
  fs.writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  let extension: Extension | undefined;
  try {
    extension = await launchExtension(path.join(dir, 'profile'), undefined, { extensionPath });
    expect(extension.id, 'the copy loaded under the id the policy names').toBe(id);

    // Options: the administrator's values, locked; the user adds only their own key.
    const options = await extension.openPage('options');
    await expect(options.getByLabel('API URL')).toHaveValue(ac.url);
    await expect(options.getByLabel('API URL')).toBeDisabled();
    await expect(options.getByLabel('Requests per second')).toHaveValue('1');
    await expect(options.getByLabel('Requests per second')).toBeDisabled();
    await expect(options.getByText('Set by your administrator.')).toHaveCount(3);
    await expect(options.getByRole('group', { name: 'Presets' })).toContainText('Team fair');
    await expect(options.getByRole('button', { name: 'Add preset' })).toBeDisabled();
    await options.getByLabel('API key').fill(ac.apiKey);
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.getByRole('status')).toContainText('Saved');

    // The popup starts on the administrator's default preset; the save goes to their API URL.
    const web = await extension.context.newPage();
    await web.goto(`${pages.url}/person.html`);
    const popup = await extension.openPage('popup', await extension.tabIdOf(web.url()));
    await expect(popup.getByText(`Lists: ${list} · Tags: ${tag}`)).toBeVisible();
    // The request log is a sandbox-only route: against another server the pacing goes unchecked.
    if (ac.canInjectFaults) await ac.sandbox.clearRequests();
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expectSynced(popup, 30_000);

    if (ac.canInjectFaults) {
      // At the policy's one request per second, no two of the save's requests share a second.
      const times = (await ac.sandbox.requests()).map((r) => r.t);
      expect(times.length).toBeGreaterThan(2);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900);
    }

    const [contact] = await ac.api.contactsByEmail('ada@analytical.example');
    expect(await ac.api.listStatuses(contact!.id)).toMatchObject({ [listId]: '1' });
    expect(await ac.api.tagNames(contact!.id)).toContain(tag);
  } finally {
    fs.rmSync(policyFile, { force: true });
    await extension?.context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
