// Loaded lazily: the chart library is the heaviest dependency and the numbers come first.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { BREAKDOWN_PARTS, type ShownBreakdown } from './breakdown';

interface StatsChartProps {
  // A suppressed count is null: the bar is left out rather than drawn at a guessed height.
  returned: ShownBreakdown;
  inCaseload: ShownBreakdown;
}

export default function StatsChart({ returned, inCaseload }: StatsChartProps) {
  const { t } = useTranslation();
  const data = BREAKDOWN_PARTS.map((part) => ({
    part: t(`dashboard.${part}`),
    returned: returned[part],
    inCaseload: inCaseload[part],
  }));
  return (
    <BarChart
      h={300}
      data={data}
      dataKey="part"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      tickLine="y"
      yAxisProps={{ allowDecimals: false }}
      series={[
        { name: 'returned', label: t('dashboard.chartReturned'), color: 'blue.6' },
        { name: 'inCaseload', label: t('dashboard.chartInCaseload'), color: 'teal.6' },
      ]}
    />
  );
}
