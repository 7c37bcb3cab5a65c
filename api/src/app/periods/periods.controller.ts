import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PeriodView } from '@pantau/domain';
import { Allow, READERS } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import { CreatePeriodDto, TransitionDto, UpdatePeriodDto } from './dto/period.dto';
import { PeriodsService } from './periods.service';

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Allow(...READERS)
  @Get()
  list(): Promise<PeriodView[]> {
    return this.periods.list();
  }

  @Allow(...READERS)
  @Get(':id')
  get(@Param('id', IdPipe) id: number): Promise<PeriodView> {
    return this.periods.get(id);
  }

  @Allow('admin')
  @Post()
  create(@Body() dto: CreatePeriodDto): Promise<PeriodView> {
    return this.periods.create(dto);
  }

  @Allow('admin')
  @Patch(':id')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdatePeriodDto): Promise<PeriodView> {
    return this.periods.update(id, dto);
  }

  @Allow('admin')
  @Post(':id/transition')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the period along draft → open → evaluation → published → follow-up → closed' })
  @ApiConflictResponse({ description: 'Illegal transition; the body lists the allowed ones' })
  @ApiForbiddenResponse({ description: "Only administrators change a period's state" })
  transition(@Param('id', IdPipe) id: number, @Body() dto: TransitionDto) {
    return this.periods.transition(id, dto.to);
  }
}
