import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '@pantau/domain';

/** The documented `{ items, total }` of a paged list of `item`, for a class to extend. */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ type: 'integer', description: 'Matching entries in all, on every page' })
    total!: number;
  }
  return PageOfItems;
}
