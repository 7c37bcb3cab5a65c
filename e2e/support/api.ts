import { baseUrl, DEMO_PASSWORD } from './browser';

/** Direct API calls for journey set-up and for checking what the browser did. */
export async function apiToken(username: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function api<T>(
  token: string,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl()}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function agencyIdByCode(token: string, code: string): Promise<number> {
  const { body } = await api<{ items: Array<{ id: number; code: string }> }>(token, `/api/agencies?q=${code}`);
  const agency = body.items.find((a) => a.code === code);
  if (!agency) throw new Error(`agency ${code} not found`);
  return agency.id;
}
