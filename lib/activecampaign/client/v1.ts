import { AcError } from '@/lib/activecampaign/errors';
import { z } from '@/lib/zod';
import { createAcHttp, sanitizeMessage } from './http';
import type { RequestGate } from './rate-limit';
import { v1ContactSchema, v1ContactSyncSchema, v1NamedRow, v1ResultSchema, v1Rows } from './schemas';

/**
 * The legacy v1 API (`/admin/api.php`, docs/activecampaign.md#v1) for accounts that still use it. Differences that
 * matter: bodies are form-encoded, the key travels in the query string (so no error or label
 * ever carries the URL), and failures come back as HTTP 200 with `result_code: 0`.
 */

interface AcV1ClientOptions {
  apiUrl: string;
  apiKey: string;
  fetch: typeof globalThis.fetch;
  gate?: RequestGate;
  timeoutMs: number;
}

/** contact_view_email, reduced to what planning needs. */
export interface V1Contact {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  /** The account (company) the contact belongs to, or null when AC shows none. */
  account: { id: string; name: string } | null;
  /** List id → status ("1" active, "2" unsubscribed, …). */
  listStatuses: Record<string, string>;
  tags: string[];
  fields: { id: string; perstag: string; value: string }[];
}

export type AcV1Client = ReturnType<typeof createAcV1Client>;

/** v1 answers "not found" for contact_view_email with result_code 0 and one of these texts. */
const NOT_FOUND_MESSAGE = /nothing is returned|does not exist|not found|no result/i;
/** Wrong or revoked keys also arrive as HTTP 200 with result_code 0. */
const AUTH_MESSAGE = /not authorized|api key|api_key/i;

export function createAcV1Client({ apiUrl, apiKey, fetch, gate, timeoutMs }: AcV1ClientOptions) {
  const http = createAcHttp({ prefixUrl: `${apiUrl}/admin`, fetch, gate, timeoutMs, secrets: [apiKey] });

  function call<S extends z.ZodType>(
    schema: S,
    action: string,
    request: { query?: Record<string, string>; form?: URLSearchParams },
  ): Promise<z.output<S>> {
    const searchParams = new URLSearchParams({ api_action: action, api_output: 'json', ...request.query });
    searchParams.set('api_key', apiKey);
    return http.request(schema, {
      method: request.form ? 'POST' : 'GET',
      path: 'api.php',
      searchParams,
      form: request.form,
      label: `v1 ${action}`,
    });
  }

  function failure(action: string, result: z.output<typeof v1ResultSchema>): AcError {
    const message = sanitizeMessage(result.result_message || `ActiveCampaign refused ${action}.`, [apiKey]);
    return new AcError(AUTH_MESSAGE.test(message) ? 'auth' : 'validation', message, {
      endpoint: `v1 ${action}`,
    });
  }

  /**
   * Writes always carry `overwrite=0` in the URL, where AC reads it (its PHP example and SDK): the
   * default 1 blanks every field not sent and unsubscribes every list not listed.
   */
  async function write<S extends typeof v1ResultSchema>(
    schema: S,
    action: string,
    form: URLSearchParams,
  ): Promise<z.output<S>> {
    const result = await call(schema, action, { query: { overwrite: '0' }, form });
    if (result.result_code !== 1) throw failure(action, result);
    return result;
  }

  return {
    /** Add or update by email. `params` holds only what should be written (no blanks). */
    async contactSync(params: URLSearchParams): Promise<{ contactId: string }> {
      const result = await write(v1ContactSyncSchema, 'contact_sync', params);
      if (!result.subscriber_id) {
        throw new AcError('bad-response', 'ActiveCampaign did not say which contact it saved.', {
          endpoint: 'v1 contact_sync',
        });
      }
      return { contactId: result.subscriber_id };
    },

    async contactViewEmail(email: string): Promise<V1Contact | null> {
      const result = await call(v1ContactSchema, 'contact_view_email', { query: { email } });
      if (result.result_code !== 1) {
        if (NOT_FOUND_MESSAGE.test(result.result_message)) return null;
        throw failure('contact_view_email', result);
      }
      if (!result.id) return null;
      return {
        id: result.id,
        email: result.email,
        firstName: result.first_name,
        lastName: result.last_name,
        phone: result.phone,
        account: heldAccount(result),
        listStatuses: Object.fromEntries(result.lists.map((l) => [l.listid, l.status])),
        tags: result.tags,
        fields: result.fields.map((f) => ({ id: f.id, perstag: f.perstag, value: f.val })),
      };
    },

    /**
     * Only ever with overwrite=0, in the URL (see `write`): the default (1) blanks every field not
     * sent and silently unsubscribes the contact from every list not listed (docs/activecampaign.md#v1).
     */
    async contactEdit(params: URLSearchParams): Promise<void> {
      const form = new URLSearchParams(params);
      form.set('overwrite', '0');
      await write(v1ResultSchema, 'contact_edit', form);
    },

    listList: () => namedRows('list_list', { ids: 'all', full: '0' }),
    tagsList: () => namedRows('tags_list', {}),
  };

  /**
   * list_list and tags_list: rows under numeric keys. tags_list may omit result_code (docs/activecampaign.md#v1), and an
   * empty account answers result_code 0, so only a refused key is treated as a failure.
   */
  async function namedRows(
    action: string,
    query: Record<string, string>,
  ): Promise<{ id: string; name: string }[]> {
    const raw = await call(z.unknown(), action, { query });
    const result = v1ResultSchema.safeParse(raw);
    if (result.success && result.data.result_code !== 1 && AUTH_MESSAGE.test(result.data.result_message)) {
      throw failure(action, result.data);
    }
    const rows = v1Rows(v1NamedRow).safeParse(raw);
    if (!rows.success) {
      throw new AcError('bad-response', `ActiveCampaign sent an unexpected answer to v1 ${action}.`, {
        endpoint: `v1 ${action}`,
      });
    }
    return rows.data;
  }
}

/**
 * A contact's account as contact_view_email shows it: `customer_acct_id`/`customer_acct_name`, or the
 * older `orgname`, which may be blank while the others name the account (docs/activecampaign.md#v1).
 * Any of them set means the contact has an account; an id of "0" is none.
 */
function heldAccount(result: z.output<typeof v1ContactSchema>): V1Contact['account'] {
  const id = result.customer_acct_id === '0' ? '' : result.customer_acct_id;
  const name = (result.customer_acct_name || result.orgname).trim();
  return id || name ? { id, name } : null;
}
