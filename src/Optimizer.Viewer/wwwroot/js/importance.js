// Parameter importance: each parameter's share of what separates the best trials from the rest (PED-ANOVA,
// Watanabe et al. 2023, computed by the server at /api/importance), per objective.
import { mountPanel, objectiveSelect, textLines } from './dom.js';
import { formatValue } from './format.js';

let chart;

export function render(data, redraw) {
  const section = mountPanel({
    id: 'importance-panel', title: 'Parameter importance',
    hint: 'PED-ANOVA: how differently each parameter is spread over the best 10% of trials than over all',
  });
  const objective = objectiveSelect(section, data.study.objectives, redraw);
  const body = section.querySelector('.panel-body');
  body.id = 'importance-chart';
  const entries = data.importance.objectives.find(o => o.name === objective)?.parameters ?? [];
  body.dataset.parameters = entries.map(e => e.name).join(',');
  if (entries.length === 0) {
    chart?.dispose();
    chart = undefined;
    body.className = 'panel-body empty';
    body.textContent = 'shown once 4 trials are complete';
    return;
  }
  if (!chart) {
    body.className = 'panel-body chart';
    body.textContent = '';
    chart = echarts.init(body);
  }
  const shown = [...entries].reverse(); // largest at the top
  chart.setOption({
    animation: false,
    grid: { left: 120, right: 40, top: 10, bottom: 40 },
    tooltip: { trigger: 'item', formatter: p => textLines(`${p.name}: ${formatValue(p.value)}`) },
    xAxis: { type: 'value', name: `share of the importance for ${objective}`, nameLocation: 'middle', nameGap: 26, min: 0, max: 1 },
    yAxis: { type: 'category', data: shown.map(e => e.name) },
    series: [{ type: 'bar', data: shown.map(e => e.importance), itemStyle: { color: '#5470c6' } }],
  }, true);
}

export function resize() { chart?.resize(); }
