import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { Role } from '@pantau/domain';
import { createTestApp, DEMO_PASSWORD, TestApp } from '../../testing/test-app';
import { ACCESS_POLICY, AccessPolicy } from './access.decorators';
import { AccessGuard } from './access.guard';

type Route = { method: string; path: string };

/**
 * Every route the HTTP server actually serves, read from the Express router. Left out: the OpenAPI
 * document and its UI (public by design, served by SwaggerModule) and middleware mounted for all methods.
 */
function routerRoutes(t: TestApp): Route[] {
  const express = t.app.getHttpAdapter().getInstance();
  const stack: any[] = (express.router ?? express._router).stack;
  return stack
    .filter((layer) => layer.route && String(layer.route.path).startsWith('/api'))
    .filter((layer) => !String(layer.route.path).startsWith('/api/docs'))
    .filter((layer) => Object.keys(layer.route.methods).length < 10)
    .flatMap((layer) =>
      Object.keys(layer.route.methods)
        .filter((m) => m !== '_all')
        .map((m) => ({ method: m.toUpperCase(), path: String(layer.route.path) })),
    );
}

/** The declared policy of every controller method, keyed like the router's routes. */
function declaredPolicies(t: TestApp): Map<string, AccessPolicy | undefined> {
  const discovery = t.app.get(DiscoveryService);
  const scanner = t.app.get(MetadataScanner);
  const reflector = t.app.get(Reflector);
  const out = new Map<string, AccessPolicy | undefined>();
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance;
    if (!instance) continue;
    const proto = Object.getPrototypeOf(instance);
    const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '')[0]!;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name];
      const sub = Reflect.getMetadata(PATH_METADATA, handler);
      if (sub === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const path = ['/api', base, ...([] as string[]).concat(sub)].join('/').replace(/\/+/g, '/').replace(/\/$/, '');
      out.set(
        `${method} ${path}`,
        reflector.getAllAndOverride<AccessPolicy>(ACCESS_POLICY, [handler, wrapper.metatype]),
      );
    }
  }
  return out;
}

const ROLES: Record<Role, string> = {
  admin: 'admin',
  evaluator: 'evaluator',
  agency: 'kalteng',
  leadership: 'leader',
  coordinator: 'koordinator-kalteng',
};

/** A fresh sign-in (TestApp.login keeps its tokens, which a sign-out ends). */
async function signIn(t: TestApp, username: string): Promise<string> {
  const res = await t.http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(201);
  return res.body.accessToken as string;
}

/** Fills path parameters with an id that exists in the demo data. */
const concrete = (path: string) => path.replace(/(?<!\\):([A-Za-z]+)/g, '1').replace(/\\:/g, ':');

describe('route-by-role policy', () => {
  let t: TestApp;
  let routes: Route[];
  let policies: Map<string, AccessPolicy | undefined>;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    routes = routerRoutes(t);
    policies = declaredPolicies(t);
    for (const [role, username] of Object.entries(ROLES)) tokens[role as Role] = await signIn(t, username);
  });
  afterAll(() => t.close());

  it('finds the routes from the router', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes).toContainEqual({ method: 'POST', path: '/api/auth/login' });
  });

  it('has a declared access policy for every route the server serves', () => {
    const missing = routes.filter((r) => !policies.get(`${r.method} ${r.path}`)).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it('never lets leadership write', () => {
    const writable = routes
      .filter((r) => r.method !== 'GET')
      .filter((r) => {
        const p = policies.get(`${r.method} ${r.path}`);
        return p && !p.public && p.roles.includes('leadership') && !/^\/api\/auth\/(logout|password)$/.test(r.path);
      });
    expect(writable.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('lets only admins run the programme: periods, their lifecycle, users, assignments, jobs', () => {
    const adminOnly = routes
      .filter((r) => r.method !== 'GET')
      .filter((r) =>
        /^\/api\/(periods(\/:id)?(\/transition)?|periods\/:periodId\/assignments.*|users.*|admin\/.*)$/.test(r.path),
      );
    expect(adminOnly.map((r) => `${r.method} ${r.path}`)).toContainEqual('POST /api/periods/:id/transition');
    const wider = adminOnly
      .map((r) => ({ route: `${r.method} ${r.path}`, policy: policies.get(`${r.method} ${r.path}`) }))
      .filter(({ policy }) => !policy || policy.public || policy.roles.join() !== 'admin')
      .map(({ route, policy }) => `${route} allows ${policy && !policy.public ? policy.roles.join(', ') : 'anyone'}`);
    expect(wider).toEqual([]);
  });

  it('refuses a period transition to an evaluator with 403, and the period keeps its state', async () => {
    const before = await t.db.query(`SELECT state FROM period WHERE id = 2`);
    const res = await t.http
      .post('/api/periods/2/transition')
      .set('Authorization', `Bearer ${tokens.evaluator}`)
      .send({ to: 'published' })
      .expect(403);
    expect(res.body).toMatchObject({ code: 'role-forbidden', params: { role: 'evaluator' } });
    expect(res.body.message).toMatch(/role/);
    expect(await t.db.query(`SELECT state FROM period WHERE id = 2`)).toEqual(before);
  });

  it('answers every route for every role as its policy says', async () => {
    const mismatches: string[] = [];
    for (const r of routes) {
      const policy = policies.get(`${r.method} ${r.path}`)!;
      if (policy.public) continue;
      const path = concrete(r.path);
      const anonymous = await t.http[r.method.toLowerCase() as 'get'](path).send({});
      if (anonymous.status !== 401 || anonymous.body.code !== 'sign-in-first')
        mismatches.push(`${r.method} ${r.path} anonymous → ${anonymous.status} ${anonymous.body.code}`);
      for (const role of Object.keys(ROLES) as Role[]) {
        const res = await t.http[r.method.toLowerCase() as 'get'](path)
          .set('Authorization', `Bearer ${tokens[role]}`)
          .send({});
        const allowed = policy.roles.includes(role);
        if (!allowed && res.status !== 403)
          mismatches.push(`${r.method} ${r.path} ${role} → ${res.status}, expected 403`);
        const refusedByPolicy = ['role-forbidden', 'route-without-policy'].includes(res.body.code);
        if (!allowed && res.body.code !== 'role-forbidden')
          mismatches.push(`${r.method} ${r.path} ${role} → ${res.body.code}, expected role-forbidden`);
        if (allowed && (res.status === 401 || refusedByPolicy)) {
          mismatches.push(`${r.method} ${r.path} ${role} → ${res.status}, expected access`);
        }
        if (res.status >= 500) mismatches.push(`${r.method} ${r.path} ${role} → ${res.status}`);
        // Signing out ends every session of the user, this test's token included.
        if (r.path === '/api/auth/logout' && res.status === 204) tokens[role] = await signIn(t, ROLES[role]);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses, as a route without policy, a controller added without one', async () => {
    const guard = new AccessGuard(t.app.get(Reflector), null as never, null as never);
    class Unguarded {
      handler(): string {
        return 'unguarded';
      }
    }
    const context = {
      getHandler: () => Unguarded.prototype.handler,
      getClass: () => Unguarded,
      switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
    };
    await expect(guard.canActivate(context as never)).rejects.toThrow(/no access policy/);
  });
});
