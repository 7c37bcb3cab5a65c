import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { NotificationListParams } from '@pantau/domain';
import { PagingQuery } from '../../common/paging.dto';

export class NotificationQuery extends PagingQuery implements NotificationListParams {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only notifications not read yet' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread must be true or false' })
  unread?: 'true' | 'false';
}
