/**
 * A small ActiveCampaign client for tests and the demo: set up lists, tags and contacts through
 * the real API and read results back through it — never through sandbox internals — so the same
 * tests can run against any AC-compatible server. It waits out 429s like a polite integration.
 */

export interface AcTarget {
  url: string;
  apiKey: string;
}

export class TestAc {
  constructor(readonly target: AcTarget) {}

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${this.target.url}/api/3/${path}`, {
        method,
        headers: { 'Api-Token': this.target.apiKey, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (res.status === 429 && attempt < 20) {
        await new Promise((r) => setTimeout(r, Number(res.headers.get('Retry-After') ?? '1') * 1000));
        continue;
      }
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
      return (text ? JSON.parse(text) : {}) as T;
    }
  }

  async createList(name: string): Promise<string> {
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const res = await this.request<{ list: { id: string } }>('POST', 'lists', {
      list: { name, stringid: slug, sender_url: 'https://sidecard.test', sender_reminder: 'You met us.' },
    });
    return res.list.id;
  }

  async createTag(name: string): Promise<string> {
    const res = await this.request<{ tag: { id: string } }>('POST', 'tags', {
      tag: { tag: name, tagType: 'contact', description: '' },
    });
    return res.tag.id;
  }

  /** A custom text field; returns its id and personalisation tag. */
  async createField(title: string): Promise<{ id: string; perstag: string }> {
    const res = await this.request<{ field: { id: string; perstag: string } }>('POST', 'fields', {
      field: {
        type: 'text',
        title,
        descript: '',
        isrequired: 0,
        perstag: title.toUpperCase().replace(/[^A-Z0-9]+/g, '_'),
      },
    });
    return { id: String(res.field.id), perstag: res.field.perstag };
  }

  async syncContact(contact: Record<string, unknown>): Promise<string> {
    const res = await this.request<{ contact: { id: string } }>('POST', 'contact/sync', { contact });
    return res.contact.id;
  }

  async setListStatus(contactId: string, listId: string, status: 1 | 2): Promise<void> {
    await this.request('POST', 'contactLists', { contactList: { list: listId, contact: contactId, status } });
  }

  async contactsByEmail(
    email: string,
  ): Promise<{ id: string; email: string; firstName: string; lastName: string; phone: string }[]> {
    const res = await this.request<{
      contacts: { id: string; email: string; firstName: string; lastName: string; phone: string }[];
    }>('GET', `contacts?email=${encodeURIComponent(email)}`);
    return res.contacts;
  }

  async listStatuses(contactId: string): Promise<Record<string, string>> {
    const res = await this.request<{ contactLists: { list: string; status: string }[] }>(
      'GET',
      `contacts/${contactId}/contactLists`,
    );
    return Object.fromEntries(res.contactLists.map((cl) => [String(cl.list), String(cl.status)]));
  }

  async tagNames(contactId: string): Promise<string[]> {
    const res = await this.request<{ contactTags: { tag: string }[] }>(
      'GET',
      `contacts/${contactId}/contactTags`,
    );
    const all = await this.allTags();
    return res.contactTags.map((ct) => all.get(String(ct.tag)) ?? `#${ct.tag}`);
  }

  async allTags(): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (let offset = 0; ; offset += 100) {
      const page = await this.request<{ tags: { id: string; tag: string }[]; meta: { total: string } }>(
        'GET',
        `tags?limit=100&offset=${offset}`,
      );
      for (const t of page.tags) names.set(String(t.id), t.tag);
      if (page.tags.length < 100) return names;
    }
  }

  async tagsNamed(name: string): Promise<{ id: string; tag: string }[]> {
    const res = await this.request<{ tags: { id: string; tag: string }[] }>(
      'GET',
      `tags?search=${encodeURIComponent(name)}&limit=100`,
    );
    return res.tags.filter((t) => t.tag.toLowerCase() === name.toLowerCase());
  }
}

/** Unique per test run and per call, so tests never see each other's data on a shared server. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
