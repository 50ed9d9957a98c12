import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { interpretReading } from '@/lib/ui/interpret';
import { ReadTabError, readTab } from '@/lib/ui/read-tab';

/**
 * A tab that does not answer and a page whose people take too long to read end with a message
 * in the user's language, not a panel that waits forever. (The Worker itself runs in the e2e
 * specs and tests/firefox; here it is a stand-in that never answers.)
 */

const worker = { postMessage: vi.fn(), terminate: vi.fn(), onmessage: null, onerror: null };
vi.mock('@/lib/ui/interpret.worker.ts?worker', () => ({
  default: vi.fn(function InterpretWorker() {
    return worker;
  }),
}));

const page = { source: 'generic' as const, url: 'https://acme.example/', title: 'Acme', candidates: [] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  globalThis.__sidecardTestLanguage = undefined;
});

describe('a page that takes too long', () => {
  it('stops waiting for a tab that does not answer and says so', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockReturnValue(new Promise(() => {}));
    const reading = readTab(4);
    const failed = expect(reading).rejects.toThrow(
      new ReadTabError(
        'The page did not answer within 10 seconds, so Sidecard stopped waiting. Reload the page and try again.',
      ),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    await failed;
  });

  it('stops reading the people of a page after the time budget, ends the worker and says so in German', async () => {
    globalThis.__sidecardTestLanguage = 'de';
    const people = interpretReading({ page });
    const failed = expect(people).rejects.toThrow(
      new ReadTabError(
        'Diese Seite enthält zu viel zum Lesen: Sidecard hat nach 5 Sekunden aufgehört. Geben Sie die Angaben der Person von Hand ein.',
      ),
    );
    expect(worker.postMessage).toHaveBeenCalledWith({ page });
    await vi.advanceTimersByTimeAsync(5_000);
    await failed;
    expect(worker.terminate).toHaveBeenCalledOnce();
  });
});
