// Pareto front scatter: any two objectives (chosen in selects), the front highlighted and connected, dominated and
// (with constraints) infeasible trials faded; three objectives add their three pairwise panels. One objective: value
// per trial, best marked. Each axis of the main chart can be log.
import { isFeasible, trialTooltip } from './format.js';
import { logToggle } from './scale.js';
import { showTrial } from './details.js';
import { element } from './dom.js';

const frontSeries = 'Pareto front';
const charts = new Map();

function chartOf(element) {
  if (!charts.has(element)) {
    const chart = echarts.init(element);
    chart.on('click', params => { if (params.data?.trial) showTrial(params.data.trial); });
    charts.set(element, chart);
  }
  return charts.get(element);
}

function axisName(objective) {
  return `${objective.name} (${objective.direction})`;
}

function point(trial, x, y) {
  return { value: [trial.values[x], trial.values[y]], trial };
}

function scatterOption(data, objectives, xName, yName, log = { x: false, y: false }) {
  const { study, trials, pareto } = data;
  const onFront = new Set(pareto.map(t => t.number));
  const placed = trials.filter(t => t.state === 'complete'
    && typeof t.values[xName] === 'number' && typeof t.values[yName] === 'number');
  const front = placed.filter(t => onFront.has(t.number)).map(t => point(t, xName, yName))
    .sort((a, b) => a.value[0] - b.value[0] || a.value[1] - b.value[1]);
  const dominated = placed.filter(t => !onFront.has(t.number) && isFeasible(t, study)).map(t => point(t, xName, yName));
  const infeasible = placed.filter(t => !isFeasible(t, study)).map(t => point(t, xName, yName));
  const [xObjective, yObjective] = [xName, yName].map(n => objectives.find(o => o.name === n));
  const constrained = study.constraints.length > 0;
  return {
    animation: false,
    legend: { top: 0 },
    grid: { left: 70, right: 30, top: 40, bottom: 50 },
    tooltip: { trigger: 'item', formatter: p => p.data?.trial ? trialTooltip(p.data.trial) : '' },
    xAxis: { type: log.x ? 'log' : 'value', name: axisName(xObjective), nameLocation: 'middle', nameGap: 28, scale: true },
    yAxis: { type: log.y ? 'log' : 'value', name: axisName(yObjective), nameLocation: 'middle', nameGap: 52, scale: true },
    series: [
      { name: 'dominated', type: 'scatter', data: dominated, itemStyle: { color: '#5470c6', opacity: 0.35 } },
      ...(constrained ? [{ name: 'infeasible', type: 'scatter', data: infeasible, symbol: 'triangle', itemStyle: { color: '#999', opacity: 0.3 } }] : []),
      {
        name: frontSeries, type: 'line', data: front, symbol: 'circle', symbolSize: 11, z: 3,
        lineStyle: { color: '#e8702a', width: 2 }, itemStyle: { color: '#e8702a' },
      },
    ],
  };
}

function singleObjectiveOption(data, objective, logY) {
  const { trials, pareto } = data;
  const best = new Set(pareto.map(t => t.number));
  const complete = trials.filter(t => t.state === 'complete' && typeof t.values[objective.name] === 'number');
  const item = t => ({ value: [t.number, t.values[objective.name]], trial: t });
  return {
    animation: false,
    legend: { top: 0 },
    grid: { left: 70, right: 30, top: 40, bottom: 50 },
    tooltip: { trigger: 'item', formatter: p => p.data?.trial ? trialTooltip(p.data.trial) : '' },
    xAxis: { type: 'value', name: 'trial', nameLocation: 'middle', nameGap: 28, minInterval: 1 },
    yAxis: { type: logY ? 'log' : 'value', name: axisName(objective), nameLocation: 'middle', nameGap: 52, scale: true },
    series: [
      { name: 'trials', type: 'scatter', data: complete.filter(t => !best.has(t.number)).map(item), itemStyle: { color: '#5470c6', opacity: 0.45 } },
      { name: 'best', type: 'scatter', data: complete.filter(t => best.has(t.number)).map(item), symbolSize: 14, itemStyle: { color: '#e8702a' } },
    ],
  };
}

function fillSelect(select, objectives, chosen) {
  if (select.options.length !== objectives.length) {
    select.replaceChildren(...objectives.map(o => new Option(o.name, o.name)));
    select.value = chosen;
  }
}

function valuesOf(trials, name) {
  return trials.filter(t => t.state === 'complete' && typeof t.values[name] === 'number').map(t => t.values[name]);
}

/** Draws the panel for the latest data; the selects and log toggles keep the user's choice across live updates. */
export function render(data, redraw) {
  const { study, trials } = data;
  const objectives = study.objectives;
  const main = document.getElementById('pareto-chart');
  const [xSelect, ySelect] = [document.getElementById('pareto-x'), document.getElementById('pareto-y')];
  const single = objectives.length < 2;
  document.getElementById('pareto-x-label').hidden = document.getElementById('pareto-y-label').hidden = single;
  document.getElementById('pareto-log-x-label').hidden = single;
  if (single) {
    document.getElementById('pareto-title').textContent = `${objectives[0].name} per trial (best marked)`;
    document.getElementById('pareto-hint').textContent = 'the best trial highlighted; click a point for the trial';
    const logY = logToggle('pareto-log-y', valuesOf(trials, objectives[0].name), redraw);
    chartOf(main).setOption(singleObjectiveOption(data, objectives[0], logY), true);
    main.dataset.frontPoints = String(data.pareto.length);
    return;
  }
  document.getElementById('pareto-title').textContent = 'Pareto front';
  document.getElementById('pareto-hint').textContent = study.constraints.length > 0
    ? 'front highlighted and connected; dominated and infeasible trials faded; click a point for the trial'
    : 'front highlighted and connected; dominated trials faded; click a point for the trial';
  fillSelect(xSelect, objectives, objectives[0].name);
  fillSelect(ySelect, objectives, objectives[1].name);
  xSelect.onchange = ySelect.onchange = redraw;
  const log = {
    x: logToggle('pareto-log-x', valuesOf(trials, xSelect.value), redraw),
    y: logToggle('pareto-log-y', valuesOf(trials, ySelect.value), redraw),
  };
  chartOf(main).setOption(scatterOption(data, objectives, xSelect.value, ySelect.value, log), true);
  main.dataset.frontPoints = String(data.pareto.length);

  const pairs = document.getElementById('pareto-pairs');
  if (objectives.length !== 3) return;
  const combos = [[0, 1], [0, 2], [1, 2]];
  if (pairs.children.length === 0) pairs.replaceChildren(...combos.map(() => element('div', { className: 'chart' })));
  combos.forEach(([i, j], k) => chartOf(pairs.children[k])
    .setOption(scatterOption(data, objectives, objectives[i].name, objectives[j].name), true));
}

export function resize() {
  for (const chart of charts.values()) chart.resize();
}
