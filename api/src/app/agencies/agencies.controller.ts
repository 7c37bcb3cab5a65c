import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { AgencyDetail, AgencySummary, Page } from '@pantau/domain';
import { ScopeService } from '../access/scope.service';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdPipe } from '../common/id.pipe';
import { AGENCY_SUMMARY_COLUMNS, agencyWhere } from './agency-filter';
import { AgencyFilterQuery } from './dto/agency-query.dto';
import { AgencyDetailDto, AgencyPageDto } from './dto/agency.response';

@ApiTags('agencies')
@ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  @Allow(...READERS)
  @Get()
  @ApiOkResponse({ type: AgencyPageDto, description: 'The agencies the user may see, by name' })
  async list(@CurrentUser() user: AuthUser, @Query() q: AgencyFilterQuery): Promise<Page<AgencySummary>> {
    const params: unknown[] = [];
    const where = agencyWhere('a', q, await this.scope.scopeOf(user), params);
    const pageSize = q.pageSize ?? 50;
    const offset = ((q.page ?? 1) - 1) * pageSize;
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${AGENCY_SUMMARY_COLUMNS('a')} FROM agency a WHERE ${where} ORDER BY a.name LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM agency a WHERE ${where}`, params),
    ]);
    return { items, total };
  }

  @Allow(...READERS)
  @Get(':id')
  @ApiOkResponse({ type: AgencyDetailDto })
  async get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<AgencyDetail> {
    await this.scope.assertAgencyVisible(user, id);
    const [agency] = await this.dataSource.query(
      `SELECT ${AGENCY_SUMMARY_COLUMNS('a')}, a.province_code AS "provinceCode" FROM agency a WHERE a.id = $1`,
      [id],
    );
    const workUnits = await this.dataSource.query(`SELECT id, name FROM work_unit WHERE agency_id = $1 ORDER BY name`, [
      id,
    ]);
    return { ...agency, workUnits };
  }
}
