import { Injectable, PipeTransform } from '@nestjs/common';
import { IdPipe } from './id.pipe';

/** Like IdPipe for optional query parameters: absent or empty stays undefined. */
@Injectable()
export class OptionalIdPipe implements PipeTransform<string | undefined, number | undefined> {
  private readonly id = new IdPipe();

  transform(value: string | undefined): number | undefined {
    return value === undefined || value === '' ? undefined : this.id.transform(value);
  }
}
