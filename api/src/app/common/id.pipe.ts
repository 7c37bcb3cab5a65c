import { Injectable, PipeTransform } from '@nestjs/common';
import { apiError } from './api-error';

/** The largest id PostgreSQL's integer holds: every id a request may name. */
export const MAX_ID = 2_147_483_647;

/** Route ids are positive whole numbers that fit PostgreSQL's integer. */
@Injectable()
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > MAX_ID) {
      const shown = String(value).slice(0, 40);
      throw apiError(400, 'invalid-id', { value: shown }, `"${shown}" is not a valid id: use a positive whole number`);
    }
    return Number(value);
  }
}
