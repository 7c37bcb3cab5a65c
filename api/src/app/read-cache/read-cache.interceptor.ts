import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import { audienceOf } from '../access/agency-scope';
import type { AuthUser } from '../auth/auth-user';
import { NotModified } from './not-modified';
import { CachedAnswer, ReadCache } from './read-cache.service';

const JSON_TYPE = 'application/json; charset=utf-8';
const GZIP_FROM_BYTES = 1024;

/**
 * Serves a GET from ReadCache while the database is unchanged, with an ETag (304 on a match) and gzip when
 * the client accepts it. `Cache-Control: no-cache` from the client recomputes the answer. X-Read-Cache says
 * how it was answered: hit, shared (computed once for several requests) or miss.
 */
@Injectable()
export class ReadCacheInterceptor implements NestInterceptor {
  constructor(
    private readonly cache: ReadCache,
    private readonly reflector: Reflector,
  ) {}

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const res = ctx.switchToHttp().getResponse<Response>();
    if (!this.cache.enabled || req.method !== 'GET' || !req.user) return next.handle();
    const options = this.reflector.get<CachedReadOptions | undefined>(READ_CACHE_OPTIONS, ctx.getHandler());
    // An answer about the caller ("my assigned agencies") is kept for that user alone.
    const personal = options?.personalWhen?.(req.query as Record<string, unknown>) ? `user:${req.user.id} ` : '';
    const key = `${personal}${audienceOf(req.user)} ${req.originalUrl}`;
    const stamp = await this.cache.stamp();
    const recompute = /no-cache/i.test(req.headers['cache-control'] ?? '');
    const hit = recompute ? undefined : this.cache.get(key, stamp);
    if (hit) return from(this.reply(req, res, hit, 'hit'));
    // The same answer being computed under the same stamp (e.g. a dashboard opened by many after a change):
    // wait for it instead of computing it again.
    const pending = recompute ? undefined : this.cache.pending(key, stamp);
    if (pending) return from(pending.then((answer) => this.reply(req, res, answer, 'shared')));
    const computing = this.cache.slots
      .run(() => lastValueFrom(next.handle()))
      .then((value) => this.cache.put(key, stamp, value));
    if (!recompute) this.cache.computing(key, stamp, computing);
    return from(computing.then((answer) => this.reply(req, res, answer, 'miss')));
  }

  private async reply(req: Request, res: Response, answer: CachedAnswer, state: string): Promise<StreamableFile> {
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('ETag', answer.etag);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('X-Read-Cache', state);
    if (req.fresh) throw new NotModified();
    const gzip = answer.body.length >= GZIP_FROM_BYTES && req.acceptsEncodings('gzip') === 'gzip';
    const body = gzip ? await this.cache.gzipped(answer) : answer.body;
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    return new StreamableFile(body, { type: JSON_TYPE, length: body.length });
  }
}

const READ_CACHE_OPTIONS = 'read-cache-options';

export interface CachedReadOptions {
  /** When the query makes the answer depend on who asks, not only on their audience (e.g. assigned=me). */
  personalWhen?: (query: Record<string, unknown>) => boolean;
}

/** Marks a read whose answer depends only on the caller's audience, the URL and the database. */
export const CachedRead = (options: CachedReadOptions = {}) =>
  applyDecorators(SetMetadata(READ_CACHE_OPTIONS, options), UseInterceptors(ReadCacheInterceptor));
