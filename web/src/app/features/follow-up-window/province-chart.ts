import { FOLLOW_UP_STATES, FollowUpProvinceTally, FollowUpState } from '@pantau/domain';
import { ChartData } from '../../ui/chart/series';

/** How many provinces the chart draws; the table beside it lists them all. */
export const CHART_PROVINCES = 10;

/** The states partition a region's follow-ups, so they stack to its total. */
export const STATE_COLORS: Readonly<Record<FollowUpState, string>> = {
  open: '#b45309',
  responded: '#1d4f91',
  accepted: '#15803d',
  rejected: '#b91c1c',
};

/** Stacked bars of the worst provinces (the summary's order), one series per state. */
export function provinceStateBars(
  provinces: readonly FollowUpProvinceTally[],
  stateLabel: (state: FollowUpState) => string,
): ChartData {
  const worst = provinces.slice(0, CHART_PROVINCES);
  return {
    labels: worst.map((p) => p.name),
    series: FOLLOW_UP_STATES.map((state) => ({
      key: state,
      label: stateLabel(state),
      color: STATE_COLORS[state],
      values: worst.map((p) => p[state]),
    })),
  };
}
