import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { ErrorResponse } from '@pantau/domain';
import { AppModule } from './app/app.module';
import { apiError } from './app/common/api-error';
import { validationFailed } from './app/common/validation-failed';
import { bodyParserError } from './filters/all-exceptions.filter';
import { AppConfig } from './services/config/app-config';
import { prepareDatabase } from './services/database/prepare-database';
import { trackConnections } from './services/http/graceful-close';
import { requestContextMiddleware } from './services/request-context/request-context.middleware';

/**
 * Leaves route and query parameters that the handler types as numbers as the text that arrived, for their own
 * pipe (IdPipe) to judge: the stock pipe turns "+1", " 1", "1e3" and "0x1F" into numbers first, and IdPipe
 * then accepted them as ids 1, 1, 1000 and 31.
 */
class AppValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    if ((metadata.type === 'param' || metadata.type === 'query') && metadata.metatype === Number) return value;
    return super.transformPrimitive(value, metadata);
  }
}

/**
 * The API reads JSON bodies, and files on the import routes; a body of any other type (text/plain, XML, a
 * form) would be silently ignored, so that an update "succeeds" without its changes. Refuse it instead.
 */
function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!hasBody || type === 'application/json' || (type === 'multipart/form-data' && req.path.startsWith('/imports/'))) {
    next();
    return;
  }
  res.status(415).json({
    statusCode: 415,
    message: 'Send the request body as JSON, with the header Content-Type: application/json',
    error: 'Unsupported Media Type',
    code: 'body-not-json',
  } satisfies ErrorResponse);
}

/** True when a parsed JSON body nests deeper than `max` (class-transformer would overflow the stack on it). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Builds the HTTP application exactly as production runs it; tests use the same function. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  if (!config.databaseUrl) throw new Error('DATABASE_URL is not set');
  const logins = await prepareDatabase(config.databaseUrl, config.migrationDatabaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  trackConnections(app.getHttpServer());
  if (!logins.separate && config.env === 'production') {
    app
      .get(Logger)
      .warn(
        'DATABASE_MIGRATION_URL is not set: requests are served by the login that owns the tables, which could ' +
          'change the audit trail. Set DATABASE_MIGRATION_URL to the owner and DATABASE_URL to a login that owns nothing.',
      );
  }
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(requestContextMiddleware);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  // Answers the read cache already compressed carry Content-Encoding, which compression leaves alone.
  app.use(compression({ threshold: 1024 }));
  app.use(cookieParser());
  // Answers of the API carry personal or unpublished data: no browser, proxy or CDN keeps them, unless a route
  // says otherwise (the read cache's answers: private, revalidated by ETag).
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', requireJsonBody);
  app.use('/api', express.json({ limit: config.bodyLimit }));
  // Nest keeps only the message of a parse error; the code is given here, while the error still says what it is.
  app.use('/api', (err: unknown, _req: Request, _res: Response, next: NextFunction) => next(bodyParserError(err)));
  app.use('/api', (req: Request, _res: Response, next: NextFunction) =>
    next(
      nestedDeeperThan(req.body, 32)
        ? apiError(400, 'body-nested-too-deeply', {}, 'The request body is nested too deeply')
        : undefined,
    ),
  );
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, credentials: true });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new AppValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // The rules' limits are read from each error's DTO class (see validationFailed); nothing of it is sent.
      validationError: { target: true },
      exceptionFactory: validationFailed,
    }),
  );

  const docs = new DocumentBuilder()
    .setTitle('Pantau BerAKHLAK API')
    .setDescription(
      'Evaluation of BerAKHLAK innovation action plans: plans, ratings, publications, follow-ups, dashboards.',
    )
    .setVersion('1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, docs), {
    jsonDocumentUrl: 'api/docs-json',
  });

  serveWeb(app, config.webDir);
  return app;
}

/** Serves the built Angular app at `/`, with index.html for every client-side route. */
function serveWeb(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  app.useStaticAssets(webDir, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (/-[A-Z0-9]{8}\.(js|css)$/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || !req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text').send('The web app has not been built yet: run `npm run build` (npm start does it).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
