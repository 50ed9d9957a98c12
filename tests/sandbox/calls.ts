/** Raw HTTP helpers for the sandbox's own tests: v3 JSON calls and v1 form calls, answers parsed loosely. */
import type { Sandbox } from './server';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are explored ad hoc, each test asserts its shape.
export type Loose = any;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Loose;
}

export async function call(
  sb: Sandbox,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${sb.url}${path}`, {
    method,
    headers: {
      'Api-Token': sb.apiKey,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Loose;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** v1: key and action in the query, form-encoded body. */
export async function v1(
  sb: Sandbox,
  action: string,
  form?: Record<string, string>,
  query: Record<string, string> = {},
) {
  const params = new URLSearchParams({
    api_action: action,
    api_key: sb.apiKey,
    api_output: 'json',
    ...query,
  });
  const res = await fetch(`${sb.url}/admin/api.php?${params}`, {
    method: form ? 'POST' : 'GET',
    headers: form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {},
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  return { status: res.status, json: (await res.json()) as Loose };
}
