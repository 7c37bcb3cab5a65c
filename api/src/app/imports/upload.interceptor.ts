import { CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { unlink } from 'node:fs/promises';
import { catchError, finalize, Observable, throwError } from 'rxjs';
import { AppConfigService } from '../../services/config/app-config.service';
import { uploadErrors } from './upload-errors';

/**
 * Put before FileInterceptor. Turns multer's terse "File too large" into a refusal that names the limit, and
 * removes the uploaded file once the request is over, however it ended (even when a pipe refused the query
 * before the handler ran).
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfigService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<{ file?: { path?: string } }>();
    return next.handle().pipe(
      catchError((e) =>
        throwError(() =>
          // Multer's refusal carries no code; the importer's own (too many rows) does and is kept.
          e instanceof PayloadTooLargeException && !(e.getResponse() as { code?: string }).code
            ? uploadErrors.tooLarge(this.config.values.uploadLimitBytes)
            : e,
        ),
      ),
      finalize(() => {
        const path = req.file?.path;
        if (path) unlink(path).catch(() => undefined);
      }),
    );
  }
}
