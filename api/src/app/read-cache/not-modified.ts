import { HttpException, HttpStatus } from '@nestjs/common';

/** The client's copy is current (If-None-Match matched): answered with a bare 304 by the exception filter. */
export class NotModified extends HttpException {
  constructor() {
    super('', HttpStatus.NOT_MODIFIED);
  }
}
