import { AGENCY_TYPE_NAMES, CellColor, MatrixCell, MatrixRow, PillarCode } from '@pantau/domain';
import { COLOR_WORD } from '../../core/i18n/domain-labels';
import { I18nService } from '../../core/i18n/i18n.service';

export interface CellView {
  key: string;
  color: CellColor;
  score: number | null;
  label: string;
  /** A plain href: the grid navigates itself (see MatrixGrid.onClick), cheaper than a RouterLink per cell. */
  href: string;
}

export interface RowView {
  id: number;
  name: string;
  meta: string;
  href: string;
  cells: CellView[];
  index: CellView;
}

const MISSING_CELL = (pillar: PillarCode): MatrixCell => ({
  pillar,
  score: null,
  color: 'grey',
  red: 0,
  yellow: 0,
  green: 0,
  grey: 0,
});

/** Precomputes the visible text and spoken labels of one matrix row in the current language. */
export function buildRowView(
  row: MatrixRow,
  pillars: readonly PillarCode[],
  periodId: number | null,
  i18n: I18nService,
): RowView {
  const agency = row.agency.name;
  const path = `/agencies/${row.agency.id}`;
  const href = (pillar?: PillarCode) => {
    const params = new URLSearchParams();
    if (periodId !== null) params.set('period', String(periodId));
    if (pillar) params.set('pillar', pillar);
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  };
  const cells = pillars.map((pillar) => {
    const cell = row.cells.find((c) => c.pillar === pillar) ?? MISSING_CELL(pillar);
    const counts = i18n.translate('matrix.counts', {
      red: i18n.number(cell.red, '1.0-0'),
      yellow: i18n.number(cell.yellow, '1.0-0'),
      green: i18n.number(cell.green, '1.0-0'),
      grey: i18n.number(cell.grey, '1.0-0'),
    });
    return {
      key: pillar,
      color: cell.color,
      score: cell.score,
      label:
        cell.score === null
          ? i18n.translate('matrix.cellLabelUnrated', { agency, pillar: i18n.pillarName(pillar), counts })
          : i18n.translate('matrix.cellLabel', {
              agency,
              pillar: i18n.pillarName(pillar),
              score: i18n.percent(cell.score),
              color: i18n.translate(COLOR_WORD[cell.color]),
              counts,
            }),
      href: href(pillar),
    };
  });
  return {
    id: row.agency.id,
    name: agency,
    meta: `${row.agency.code} · ${i18n.name(AGENCY_TYPE_NAMES[row.agency.type])}`,
    href: href(),
    cells,
    index: {
      key: 'index',
      color: row.color,
      score: row.index,
      label:
        row.index === null
          ? i18n.translate('matrix.indexLabelUnrated', { agency })
          : i18n.translate('matrix.indexLabel', {
              agency,
              score: i18n.percent(row.index),
              color: i18n.translate(COLOR_WORD[row.color]),
            }),
      href: href(),
    },
  };
}
