import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/page';
import { normalizeCapture } from '@/lib/people';

/**
 * Gmail's web UI keeps the thread list in the DOM behind an opened conversation: the real
 * InboxSDK list (08) placed behind the synthetic opened thread (54) must change nothing.
 */

const SAVED = 'file:///tmp/saved.html';
const read = (path: string) => readFileSync(path, 'utf8');

describe('Gmail: an opened thread in front of the inbox list', () => {
  const thread = new DOMParser().parseFromString(
    read('tests/fixtures/pages-synthetic/54-gmail-thread.html'),
    'text/html',
  );
  const list = new DOMParser().parseFromString(
    read('tests/fixtures/pages/08-gmail-inbox-list-inboxsdk.html'),
    'text/html',
  );
  const behind = thread.createElement('div');
  behind.setAttribute('role', 'main');
  behind.innerHTML = list.querySelector('body')?.innerHTML ?? '';
  thread.querySelector('body')?.prepend(behind);
  const candidates = normalizeCapture(extractPage(thread, SAVED));

  it('offers the conversation only: no sender of a list row', () => {
    expect(list.querySelectorAll('span[email]').length).toBeGreaterThan(10);
    expect(candidates.flatMap((c) => c.emails)).toEqual([
      'dan.whitfield@brightline-logistics.example',
      'carol.diaz@brightline-logistics.example',
      'logistics-desk@globex.example',
      'eve@initech.example',
    ]);
  });
});
