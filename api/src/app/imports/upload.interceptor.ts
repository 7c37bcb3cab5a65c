import { CallHandler, ExecutionContext, HttpException, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { unlink } from 'node:fs/promises';
import { catchError, finalize, Observable, throwError } from 'rxjs';
import { AppConfigService } from '../../services/config/app-config.service';
import { uploadErrors } from './upload-errors';

/**
 * Put before FileInterceptor. Turns multer's terse refusals ("File too large", a malformed part) into coded ones
 * that name the limit or the problem, and removes the uploaded file once the request is over, however it ended
 * (even when a pipe refused the query before the handler ran).
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfigService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<{ file?: { path?: string } }>();
    return next.handle().pipe(
      catchError((e) => throwError(() => this.coded(e))),
      finalize(() => {
        const path = req.file?.path;
        if (path) unlink(path).catch(() => undefined);
      }),
    );
  }

  /** Multer's refusals carry no code; ours (too many rows, a validation failure …) do and are kept. */
  private coded(e: unknown): unknown {
    if (!(e instanceof HttpException) || (e.getResponse() as { code?: string }).code) return e;
    if (e.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE)
      return uploadErrors.tooLarge(this.config.values.uploadLimitBytes);
    return e.getStatus() === HttpStatus.BAD_REQUEST ? uploadErrors.malformed(e.message) : e;
  }
}
