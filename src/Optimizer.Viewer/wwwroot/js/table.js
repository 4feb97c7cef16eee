// Trial table: every trial with its parameters, every metric it reported and its failure reason; click a header to
// sort, type to filter; a table wider than the page scrolls sideways. The recommended trial's row is marked.
import { durationSeconds, formatValue } from './format.js';
import { element } from './dom.js';
import { showTrial } from './details.js';

const sort = { column: 0, descending: false };
let rows = [];
let recommendedTrial = null;

// Objectives and constraints first, then every other metric any trial reported, in the order first seen.
function metricsOf(study, trials) {
  const metrics = [...study.objectives.map(o => o.name), ...study.constraints.map(c => c.name)];
  for (const trial of trials) {
    for (const name of Object.keys(trial.values)) if (!metrics.includes(name)) metrics.push(name);
  }
  return metrics;
}

function columnsOf(study, trials) {
  const metrics = metricsOf(study, trials);
  return [
    { name: '#', get: t => t.number },
    { name: 'state', get: t => t.state, text: true },
    { name: 'worker', get: t => t.worker, text: true },
    { name: 'attempt', get: t => t.attempt },
    { name: 'duration (s)', get: durationSeconds },
    ...study.parameters.map(p => ({ name: p.name, get: t => t.params[p.name] })),
    ...metrics.map(m => ({ name: m, get: t => t.values[m] })),
    { name: 'error', get: t => t.error, text: true, error: true },
  ];
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

function draw(columns) {
  const filter = document.getElementById('table-filter').value.trim().toLowerCase();
  const state = document.getElementById('table-state').value;
  const column = columns[sort.column];
  const shown = rows
    .filter(r => (!state || r.trial.state === state) && (!filter || r.text.includes(filter)))
    .sort((a, b) => compare(column.get(a.trial), column.get(b.trial)) * (sort.descending ? -1 : 1));
  const body = document.querySelector('#trial-table tbody');
  const rowClass = trial => trial.number === recommendedTrial ? `${trial.state} recommended` : trial.state;
  body.replaceChildren(...shown.map(r => element('tr', { className: rowClass(r.trial), dataset: { number: String(r.trial.number) } },
    columns.map(c => element('td', { className: c.error ? 'error' : c.text ? 'text' : '' }, formatValue(c.get(r.trial)))))));
  document.getElementById('table-count').textContent = `${shown.length} of ${rows.length} trials`;
  document.querySelectorAll('#trial-table th').forEach((th, i) => {
    th.classList.toggle('sorted-asc', i === sort.column && !sort.descending);
    th.classList.toggle('sorted-desc', i === sort.column && sort.descending);
  });
}

export function render(data) {
  recommendedTrial = data.recommended.trial;
  const columns = columnsOf(data.study, data.trials);
  rows = data.trials.map(trial => ({
    trial, text: columns.map(c => formatValue(c.get(trial))).join(' ').toLowerCase(),
  }));
  const head = document.querySelector('#trial-table thead');
  head.replaceChildren(element('tr', {}, columns.map(c => element('th', { className: c.text ? 'text' : '' }, c.name))));
  head.querySelectorAll('th').forEach((th, i) => th.onclick = () => {
    sort.descending = sort.column === i ? !sort.descending : false;
    sort.column = i;
    draw(columns);
  });
  document.getElementById('table-filter').oninput = document.getElementById('table-state').onchange = () => draw(columns);
  document.querySelector('#trial-table tbody').onclick = e => {
    const number = Number(e.target.closest('tr')?.dataset.number);
    const trial = data.trials.find(t => t.number === number);
    if (trial) showTrial(trial);
  };
  draw(columns);
}
