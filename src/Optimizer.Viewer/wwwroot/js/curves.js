// Learning curves: the first objective's intermediate value against step for every trial that reported one (the
// export's "intermediate" list), pruned trials faded. Study data reaches the page as text only (tooltips via textLines).
import { formatValue } from './format.js';
import { textLines } from './dom.js';

const colors = { complete: '#3a9d5d', running: '#3f7fd9', pruned: '#b8b8b8', failed: '#d64545', interrupted: '#999999', queued: '#999999' };
let chart;

export function render(data) {
  const panel = document.getElementById('curves-panel');
  const objective = data.study.objectives[0];
  const curves = data.trials
    .map(t => ({ trial: t, points: (t.intermediate ?? []).filter(p => typeof p[objective.name] === 'number') }))
    .filter(c => c.points.length > 0);
  panel.hidden = curves.length === 0;
  if (panel.hidden) return;
  chart ??= echarts.init(document.getElementById('curves-chart'));
  document.getElementById('curves-title').textContent = `Learning curves: ${objective.name} (${objective.direction}) by step`;
  chart.setOption({
    animation: false,
    grid: { left: 70, right: 30, top: 30, bottom: 50 },
    tooltip: {
      trigger: 'item',
      formatter: item => {
        const { trial, points } = curves[item.seriesIndex];
        const point = points[item.dataIndex];
        return textLines(`trial ${trial.number} (${trial.state})`, `step ${point.step}: ${objective.name} = ${formatValue(point[objective.name])}`);
      },
    },
    xAxis: { type: 'value', name: 'step', nameLocation: 'middle', nameGap: 28, minInterval: 1 },
    yAxis: { type: 'value', name: objective.name, nameLocation: 'middle', nameGap: 52, scale: true },
    series: curves.map(({ trial, points }) => ({
      type: 'line',
      name: `trial ${trial.number}`,
      showSymbol: points.length < 30,
      symbolSize: 4,
      data: points.map(p => [p.step, p[objective.name]]),
      lineStyle: { color: colors[trial.state] ?? '#999999', width: trial.state === 'pruned' ? 1 : 2, opacity: trial.state === 'pruned' ? 0.5 : 0.9 },
      itemStyle: { color: colors[trial.state] ?? '#999999', opacity: trial.state === 'pruned' ? 0.5 : 0.9 },
      z: trial.state === 'pruned' ? 1 : 2,
    })),
  }, true);
  document.body.dataset.curves = String(curves.length);
}

export function resize() { chart?.resize(); }
