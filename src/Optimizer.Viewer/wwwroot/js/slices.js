// Slice plots: an objective against each parameter, one small chart per parameter (log parameters on a log axis,
// categorical ones by choice), every complete trial a point; shows where in each range the good trials lie.
import { mountPanel, objectiveSelect, element } from './dom.js';
import { trialTooltip } from './format.js';
import { showTrial } from './details.js';

const charts = new Map();

function xAxisOf(parameter) {
  const base = { name: parameter.name, nameLocation: 'middle', nameGap: 26 };
  if (parameter.type === 'categorical') return { ...base, type: 'category', data: parameter.choices };
  return { ...base, type: parameter.log ? 'log' : 'value', min: parameter.low, max: parameter.high };
}

function chartFor(grid, name, index) {
  if (!charts.has(name)) {
    const node = element('div', { className: 'chart slice', id: `slice-${index}`, dataset: { parameter: name } });
    grid.append(node);
    const chart = echarts.init(node);
    chart.on('click', p => { if (p.data?.trial) showTrial(p.data.trial); });
    charts.set(name, chart);
  }
  return charts.get(name);
}

export function render(data, redraw) {
  const { study, trials } = data;
  const section = mountPanel({ id: 'slices-panel', title: 'Slices', hint: 'the objective against each parameter; click a point for the trial', wide: true });
  const objective = objectiveSelect(section, study.objectives, redraw);
  const grid = section.querySelector('.panel-body');
  grid.className = 'panel-body slices';
  const complete = trials.filter(t => t.state === 'complete' && typeof t.values[objective] === 'number');
  study.parameters.forEach((parameter, index) => {
    chartFor(grid, parameter.name, index).setOption({
      animation: false,
      grid: { left: 60, right: 16, top: 16, bottom: 44 },
      tooltip: { trigger: 'item', formatter: p => (p.data?.trial ? trialTooltip(p.data.trial) : '') },
      xAxis: xAxisOf(parameter),
      yAxis: { type: 'value', name: objective, nameLocation: 'middle', nameGap: 44, scale: true },
      series: [{
        type: 'scatter', symbolSize: 7, itemStyle: { color: '#5470c6', opacity: 0.6 },
        data: complete.map(t => ({ value: [t.params[parameter.name], t.values[objective]], trial: t })),
      }],
    }, true);
  });
}

export function resize() {
  for (const chart of charts.values()) chart.resize();
}
