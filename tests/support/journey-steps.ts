/**
 * The steps a user takes through Sidecard's pages, written once for both browsers: a Playwright
 * `Page` (Chromium) and a puppeteer `Page` (Firefox over WebDriver BiDi) both evaluate a string
 * of JavaScript in the page and click a CSS selector, and that is all these steps need. Controls
 * are found the way a user finds them, by their label or visible name.
 */

export interface DrivenPage {
  evaluate(expression: string): Promise<unknown>;
  /** A real click from the driver: the page sees user input (permission prompts need it). */
  click(selector: string): Promise<void>;
}

type Action =
  | { op: 'value' | 'disabled' | 'checked'; name: string }
  | { op: 'fill'; name: string; value: string }
  | { op: 'select'; name: string; option: string }
  | { op: 'enter'; name: string }
  | { op: 'mark'; name: string; uncheckedOnly?: boolean }
  | { op: 'statuses' | 'text' };

/**
 * Runs in the page. A control's name is its aria-label, its <label>'s text or its own text;
 * checkboxes match by the start of their label (a list's label ends in a "subscribed" pill),
 * everything else exactly. Kept as plain source: both drivers send it as it is.
 */
const IN_PAGE = `(action) => {
  const nameOf = (el) =>
    (el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.textContent || '').trim();
  const find = () => {
    const all = [...document.querySelectorAll('input, textarea, select, button')];
    const found = all.find((el) =>
      el.type === 'checkbox' ? nameOf(el).startsWith(action.name) : nameOf(el) === action.name,
    );
    if (!found) throw new Error('no control named ' + JSON.stringify(action.name));
    return found;
  };
  switch (action.op) {
    case 'statuses':
      return [...document.querySelectorAll('[role=status]')].map((el) => el.textContent).join('\\n');
    case 'text':
      return document.body.innerText;
    case 'value':
      return find().value;
    case 'disabled':
      return find().disabled;
    case 'checked':
      return find().checked;
    case 'fill': {
      const el = find();
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, action.value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      return null;
    }
    case 'select': {
      const el = find();
      const option = [...el.options].find((o) => o.textContent.trim() === action.option);
      if (!option) throw new Error('no option ' + JSON.stringify(action.option) + ' in ' + JSON.stringify(action.name));
      el.value = option.value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return null;
    }
    case 'enter':
      find().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      return null;
    case 'mark': {
      const el = find();
      if (el.disabled) throw new Error(JSON.stringify(action.name) + ' is disabled');
      if (action.uncheckedOnly && el.checked) return null;
      const token = String(Math.random()).slice(2);
      el.setAttribute('data-step', token);
      return '[data-step="' + token + '"]';
    }
  }
}`;

function run<T>(page: DrivenPage, action: Action): Promise<T> {
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(action)})`) as Promise<T>;
}

/** Runs the action once its control is on the page (pages render after their first message). */
function act<T>(page: DrivenPage, action: Action): Promise<T> {
  if (!('name' in action)) return run(page, action);
  return waitUntil(
    `a control named "${action.name}"`,
    () => run<T>(page, action),
    () => true,
    10_000,
  );
}

export const fieldValue = (page: DrivenPage, name: string) => act<string>(page, { op: 'value', name });
export const isDisabled = (page: DrivenPage, name: string) => act<boolean>(page, { op: 'disabled', name });
export const fill = (page: DrivenPage, name: string, value: string) =>
  act<null>(page, { op: 'fill', name, value });

/** Chooses the option shown as `option` in the select named `name`, as a user picks by name. */
export const select = (page: DrivenPage, name: string, option: string) =>
  act<null>(page, { op: 'select', name, option });

/** Clicks the control with this name, as a user does; `check` leaves a checked box as it is. */
export async function click(page: DrivenPage, name: string, uncheckedOnly = false): Promise<void> {
  const selector = await act<string | null>(page, { op: 'mark', name, uncheckedOnly });
  if (selector) await page.click(selector);
}
export const check = (page: DrivenPage, name: string) => click(page, name, true);
export const statuses = (page: DrivenPage) => act<string>(page, { op: 'statuses' });
export const pageText = (page: DrivenPage) => act<string>(page, { op: 'text' });

/** Polls `read` until `ok` holds; a failure says what was awaited and what was last seen. */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = last === undefined ? String(lastError) : JSON.stringify(last);
      throw new Error(`Timed out waiting for ${what}; last seen: ${seen.slice(0, 500)}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

export const waitForValue = (page: DrivenPage, name: string, ok: (value: string) => boolean) =>
  waitUntil(`the value of "${name}"`, () => fieldValue(page, name), ok);

export const waitForStatus = (page: DrivenPage, pattern: RegExp, timeout = 20_000) =>
  waitUntil(
    `a status matching ${pattern}`,
    () => statuses(page),
    (s) => pattern.test(s),
    timeout,
  );

export const waitForText = (page: DrivenPage, text: string, timeout = 15_000) =>
  waitUntil(
    `"${text}" on the page`,
    () => pageText(page),
    (t) => t.includes(text),
    timeout,
  );

/** Adds a tag as a user does: type it, press Enter. */
export async function addTag(page: DrivenPage, tag: string): Promise<void> {
  await fill(page, 'Tags', tag);
  await act(page, { op: 'enter', name: 'Tags' });
}

/** The options page: API URL and key, "Save settings", then "Saved". */
export async function saveConnection(page: DrivenPage, url: string, apiKey: string): Promise<void> {
  await waitForValue(page, 'API URL', () => true);
  await fill(page, 'API URL', url);
  await fill(page, 'API key', apiKey);
  await click(page, 'Save settings');
  await waitForStatus(page, /Saved/);
}

/** The options page: "Test connection" answers with the connected user. */
export async function testConnection(page: DrivenPage): Promise<string> {
  await click(page, 'Test connection');
  return waitForText(page, 'Connected as');
}

/** The side panel: wait for the page's person, type the email, press Save, see the save's state. */
export async function saveWithEmail(page: DrivenPage, email: string): Promise<void> {
  await waitForValue(page, 'First name', (v) => v !== '');
  await fill(page, 'Email', email);
  await click(page, 'Save');
  await waitForStatus(page, /Queued|Synced|Failed/);
}

export const waitForSynced = (page: DrivenPage, timeout = 20_000) => waitForStatus(page, /Synced/, timeout);
