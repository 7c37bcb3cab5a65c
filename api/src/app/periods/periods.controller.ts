import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { PeriodView, TransitionResult } from '@pantau/domain';
import { Allow, READERS } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import { CreatePeriodDto, TransitionDto, UpdatePeriodDto } from './dto/period.dto';
import { PeriodViewDto, TransitionResultDto } from './dto/period.response';
import { PeriodsService } from './periods.service';

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Allow(...READERS)
  @Get()
  @ApiOkResponse({ type: [PeriodViewDto] })
  list(): Promise<PeriodView[]> {
    return this.periods.list();
  }

  @Allow(...READERS)
  @Get(':id')
  @ApiOkResponse({ type: PeriodViewDto })
  get(@Param('id', IdPipe) id: number): Promise<PeriodView> {
    return this.periods.get(id);
  }

  @Allow('admin')
  @Post()
  @ApiCreatedResponse({ type: PeriodViewDto })
  create(@Body() dto: CreatePeriodDto): Promise<PeriodView> {
    return this.periods.create(dto);
  }

  @Allow('admin')
  @Patch(':id')
  @ApiOkResponse({ type: PeriodViewDto })
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdatePeriodDto): Promise<PeriodView> {
    return this.periods.update(id, dto);
  }

  @Allow('admin')
  @Post(':id/transition')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the period along draft → open → evaluation → published → follow-up → closed' })
  @ApiOkResponse({ type: TransitionResultDto })
  @ApiConflictResponse({ description: 'Illegal transition; the body lists the allowed ones' })
  @ApiForbiddenResponse({ description: "Only administrators change a period's state" })
  transition(@Param('id', IdPipe) id: number, @Body() dto: TransitionDto): Promise<TransitionResult> {
    return this.periods.transition(id, dto.to);
  }
}
