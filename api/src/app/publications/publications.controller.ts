import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { PublicationSummary, PublicationView } from '@pantau/domain';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdPipe } from '../common/id.pipe';
import { CreatePublicationDto } from './dto/publication.dto';
import { PublicationSummaryDto, PublicationViewDto } from './dto/publication.response';
import { PublicationsService } from './publications.service';

@ApiTags('publications')
@ApiBearerAuth()
@Controller('items/:itemId/publications')
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @Allow('agency', 'admin')
  @Post()
  @ApiOperation({ summary: "Log a publication of an item (the item's agency team, or admin)" })
  @ApiCreatedResponse({ type: PublicationViewDto, description: 'The publication as stored' })
  @ApiConflictResponse({ description: 'The period is closed' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('itemId', IdPipe) itemId: number,
    @Body() dto: CreatePublicationDto,
  ): Promise<PublicationView> {
    return this.publications.create(user, itemId, dto);
  }

  @Allow(...READERS)
  @Get()
  @ApiOperation({ summary: "An item's publications, newest first" })
  @ApiOkResponse({ type: [PublicationViewDto] })
  list(@CurrentUser() user: AuthUser, @Param('itemId', IdPipe) itemId: number): Promise<PublicationView[]> {
    return this.publications.list(user, itemId);
  }

  @Allow(...READERS)
  @Get('summary')
  @ApiOperation({
    summary: "The item's publication frequency in the trailing window, last publication, channels and overdue flag",
  })
  @ApiOkResponse({ type: PublicationSummaryDto })
  summary(@CurrentUser() user: AuthUser, @Param('itemId', IdPipe) itemId: number): Promise<PublicationSummary> {
    return this.publications.summary(user, itemId);
  }
}
