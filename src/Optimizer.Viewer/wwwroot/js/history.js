// Convergence: the best feasible value (one objective) or the hypervolume of the feasible front, after each complete
// trial, against trial number or wall time since the study started; the value axis can be log.
import { formatValue } from './format.js';
import { textLines } from './dom.js';
import { logToggle } from './scale.js';

let chart;

export function render(data, redraw) {
  chart ??= echarts.init(document.getElementById('history-chart'));
  document.getElementById('history-axis').onchange = redraw;
  const { history, study } = data;
  const byTime = document.getElementById('history-axis').value === 'time';
  const series = byTime ? history.by_time : history.by_trial;
  const objective = study.objectives[0];
  const logY = logToggle('history-log-y', series.map(p => p.value), redraw);
  const measure = history.kind === 'hypervolume' ? 'hypervolume' : `best ${objective.name} (${objective.direction})`;
  const reference = history.reference ? ` (reference ${history.reference.map(formatValue).join(', ')})` : '';
  document.getElementById('history-title').textContent = `History: ${measure}${reference}`;
  chart.setOption({
    animation: false,
    grid: { left: 70, right: 30, top: 30, bottom: 50 },
    tooltip: {
      trigger: 'axis',
      formatter: items => {
        const p = series[items[0].dataIndex];
        return textLines(`trial ${p.trial} at ${formatValue(p.elapsed_s)} s`, `${measure} = ${formatValue(p.value)}`);
      },
    },
    xAxis: {
      type: 'value', name: byTime ? 'wall time (s)' : 'trial', nameLocation: 'middle', nameGap: 28,
      minInterval: byTime ? 0 : 1,
    },
    yAxis: { type: logY ? 'log' : 'value', name: measure, nameLocation: 'middle', nameGap: 52, scale: true },
    series: [{
      name: measure, type: 'line', step: 'end', showSymbol: series.length < 60,
      data: series.map(p => [byTime ? p.elapsed_s : p.trial, p.value]),
      lineStyle: { color: '#e8702a' }, itemStyle: { color: '#e8702a' },
    }],
  }, true);
}

export function resize() { chart?.resize(); }
