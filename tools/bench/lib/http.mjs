// Small HTTP helpers over fetch for setup work (not for the measured load).
export async function login(base, username, password) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!r.ok) throw new Error(`login as ${username} failed: ${r.status} ${await r.text()}`);
  return (await r.json()).accessToken;
}

export async function getJson(base, path, token) {
  const r = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await r.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: r.status, body, bytes: text.length };
}

/** True when the route is mounted: anything but 404 with Nest's "Cannot GET" message. */
export async function routeExists(base, method, path, token) {
  const r = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  const text = await r.text();
  return !(r.status === 404 && /Cannot (GET|POST|PUT|PATCH|DELETE)/.test(text));
}
