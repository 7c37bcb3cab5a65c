import { isRole, SessionUser } from '@pantau/domain';

export interface StoredSession {
  accessToken: string;
  user: SessionUser;
}

const KEY = 'pantau.session';

function stores(): Storage[] {
  try {
    return [localStorage, sessionStorage];
  } catch {
    return [];
  }
}

function parse(raw: string | null): StoredSession | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof value.accessToken === 'string' && value.user && isRole(value.user.role)) {
      return value as StoredSession;
    }
  } catch {
    // A damaged entry is treated as no session.
  }
  return null;
}

/** "Remember me" keeps the session in localStorage; otherwise it lasts as long as the tab. */
export function readSession(): StoredSession | null {
  for (const store of stores()) {
    const session = parse(store.getItem(KEY));
    if (session) return session;
  }
  return null;
}

export function writeSession(session: StoredSession, remember: boolean): void {
  clearSession();
  const [local, tab] = stores();
  (remember ? local : tab)?.setItem(KEY, JSON.stringify(session));
}

/** Updates the session where it already is (remembered or per tab), e.g. after a token refresh. */
export function updateSession(patch: Partial<StoredSession>): void {
  for (const store of stores()) {
    const session = parse(store.getItem(KEY));
    if (session) store.setItem(KEY, JSON.stringify({ ...session, ...patch }));
  }
}

export function clearSession(): void {
  for (const store of stores()) store.removeItem(KEY);
}
