// Parallel coordinates: one axis per parameter (categorical ones by choice, log ones on a log scale) and per metric;
// drag along an axis to brush, which keeps only the trials inside every brushed range highlighted.
import { isFeasible } from './format.js';

let chart;

function parameterAxis(parameter, dim) {
  const axis = { dim, name: parameter.name };
  if (parameter.type === 'categorical') return { ...axis, type: 'category', data: parameter.choices };
  if (parameter.log) return { ...axis, type: 'log', min: parameter.low, max: parameter.high };
  return { ...axis, type: 'value', min: parameter.low, max: parameter.high };
}

export function render(data) {
  chart ??= echarts.init(document.getElementById('parallel-chart'));
  const { study, trials, pareto } = data;
  const onFront = new Set(pareto.map(t => t.number));
  const metrics = [...study.objectives.map(o => `${o.name} (${o.direction})`), ...study.constraints.map(c => c.name)];
  const metricNames = [...study.objectives.map(o => o.name), ...study.constraints.map(c => c.name)];
  const axes = [
    ...study.parameters.map((p, i) => parameterAxis(p, i)),
    ...metrics.map((name, k) => ({ dim: study.parameters.length + k, name, type: 'value', scale: true })),
  ];
  const complete = trials.filter(t => t.state === 'complete');
  const line = t => [...study.parameters.map(p => t.params[p.name]), ...metricNames.map(n => t.values[n] ?? null)];
  const single = study.objectives.length === 1;
  const best = single ? 'best' : 'Pareto front';
  const group = (name, list, color, opacity) =>
    ({ name, type: 'parallel', data: list.map(line), lineStyle: { color, opacity, width: name === best ? 2 : 1 } });
  chart.setOption({
    animation: false,
    legend: { top: 0 },
    parallel: { left: 60, right: 80, top: 50, bottom: 30 },
    parallelAxis: axes.map(a => ({ ...a, nameTextStyle: { fontWeight: 'bold' } })),
    series: [
      group(study.constraints.length > 0 ? 'feasible' : 'other trials', complete.filter(t => !onFront.has(t.number) && isFeasible(t, study)), '#5470c6', 0.35),
      ...(study.constraints.length > 0 ? [group('infeasible', complete.filter(t => !isFeasible(t, study)), '#999999', 0.3)] : []),
      group(best, complete.filter(t => onFront.has(t.number)), '#e8702a', 0.9),
    ],
  }); // merged, not replaced: brushed ranges survive a live update
}

export function resize() { chart?.resize(); }
