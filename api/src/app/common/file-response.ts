import { ApiOkResponse } from '@nestjs/swagger';

/** A 200 whose body is a file of this content type (sent as an attachment). */
export const ApiFileResponse = (contentType: string, description: string) =>
  ApiOkResponse({ description, content: { [contentType]: { schema: { type: 'string', format: 'binary' } } } });
