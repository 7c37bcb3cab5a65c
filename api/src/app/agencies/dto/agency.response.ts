import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_TYPES, BATCHES } from '@pantau/domain';
import { PageOf } from '../../common/page.response';
import type { AgencyDetail, AgencySummary, AgencyType, Batch, Page, WorkUnitRef } from '@pantau/domain';

export class AgencySummaryDto implements AgencySummary {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ example: 'PROV-62' })
  code!: string;

  @ApiProperty({ example: 'Provinsi Kalimantan Tengah' })
  name!: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  type!: AgencyType;

  @ApiProperty({ enum: BATCHES })
  batch!: Batch;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The province agency a regency or city belongs to' })
  parentId!: number | null;
}

export class WorkUnitRefDto implements WorkUnitRef {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ example: 'Dinas Komunikasi dan Informatika' })
  name!: string;
}

export class AgencyDetailDto extends AgencySummaryDto implements AgencyDetail {
  @ApiProperty({ type: 'string', nullable: true, example: '62', description: 'Two-digit province code' })
  provinceCode!: string | null;

  @ApiProperty({ type: [WorkUnitRefDto], description: 'Work units (OPD), by name' })
  workUnits!: WorkUnitRefDto[];
}

export class AgencyPageDto extends PageOf(AgencySummaryDto) implements Page<AgencySummary> {}
