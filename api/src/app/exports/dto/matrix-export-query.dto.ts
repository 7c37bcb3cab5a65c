import { OmitType } from '@nestjs/swagger';
import type { MatrixExportParams } from '@pantau/domain';
import { MatrixQuery } from '../../matrix/dto/matrix-query.dto';

/** The matrix screen's filters and sort; an export always holds every matching agency, so no paging. */
export class MatrixExportQuery
  extends OmitType(MatrixQuery, ['page', 'pageSize'] as const)
  implements MatrixExportParams {}
