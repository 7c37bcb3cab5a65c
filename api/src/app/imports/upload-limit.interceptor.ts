import { CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { catchError, Observable, throwError } from 'rxjs';
import { AppConfigService } from '../../services/config/app-config.service';

/** Put before FileInterceptor: turns multer's terse "File too large" into a message that names the limit. */
@Injectable()
export class UploadLimitMessage implements NestInterceptor {
  constructor(private readonly config: AppConfigService) {}

  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    const limit = this.config.values.uploadLimitBytes;
    const shown =
      limit >= 1024 * 1024 ? `${Math.round((limit / 1024 / 1024) * 10) / 10} MB` : `${Math.round(limit / 1024)} KB`;
    return next
      .handle()
      .pipe(
        catchError((e) =>
          throwError(() =>
            e instanceof PayloadTooLargeException
              ? new PayloadTooLargeException(
                  `The file is larger than the upload limit of ${shown}; split it into smaller files`,
                )
              : e,
          ),
        ),
      );
  }
}
