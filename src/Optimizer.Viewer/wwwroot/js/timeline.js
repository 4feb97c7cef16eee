// Worker timeline: one row per worker, one bar per trial from its start to its end (now, while running), coloured by
// state, so idle gaps and asynchrony show. An ECharts custom series draws the bars.
import { formatValue, stateColors } from './format.js';
import { showTrial } from './details.js';
import { textLines } from './dom.js';

let chart;

function bar(params, api) {
  const row = api.value(0);
  const start = api.coord([api.value(1), row]);
  const end = api.coord([api.value(2), row]);
  const height = api.size([0, 1])[1] * 0.6;
  const shape = echarts.graphic.clipRectByRect(
    { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 1), height },
    { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
  return shape && { type: 'rect', shape, style: api.style() };
}

export function render(data) {
  chart ??= echarts.init(document.getElementById('timeline-chart'));
  chart.off('click');
  chart.on('click', p => { if (p.data?.trial) showTrial(p.data.trial); });
  const started = data.trials.filter(t => t.started_at && t.worker);
  const origin = Math.min(...started.map(t => Date.parse(t.started_at)));
  const now = Date.now();
  const workers = [...new Set(started.map(t => t.worker))].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  const items = started.map(t => {
    const begin = (Date.parse(t.started_at) - origin) / 1000;
    const finish = ((t.finished_at ? Date.parse(t.finished_at) : now) - origin) / 1000;
    return { value: [workers.indexOf(t.worker), begin, finish], trial: t, itemStyle: { color: stateColors[t.state] } };
  });
  chart.setOption({
    animation: false,
    grid: { left: 90, right: 30, top: 20, bottom: 50 },
    tooltip: {
      formatter: p => textLines(`trial ${p.data.trial.number} (${p.data.trial.state}) on ${p.data.trial.worker}`,
        `${formatValue(p.value[1])} s to ${formatValue(p.value[2])} s: ${formatValue(p.value[2] - p.value[1])} s`),
    },
    xAxis: { type: 'value', name: 'time since the first start (s)', nameLocation: 'middle', nameGap: 28, min: 0 },
    yAxis: { type: 'category', data: workers },
    series: [{ type: 'custom', renderItem: bar, encode: { x: [1, 2], y: 0 }, data: items }],
  }, true);
}

export function resize() { chart?.resize(); }
