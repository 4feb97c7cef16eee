// The page: loads the study, draws every panel, and redraws when the live feed reports a change in the study file.
import { followChanges, loadStudy } from './api.js';
import { panels } from './panels.js';
import { formatWithError } from './format.js';

let data;
let shownVersion = 0;
let loading = Promise.resolve();

// The recommended trial of one objective: its number and the posterior mean there, which a noisy study should trust
// over the best observed value.
function recommendation(recommended) {
  if (recommended.trial === null) return '';
  const { objective, trial, predicted, predicted_sd: sd } = recommended;
  return ` · recommended #${trial}: ${objective} ${formatWithError(predicted, sd)} (posterior mean)`;
}

function summarize({ study, trials, recommended }) {
  const count = state => trials.filter(t => t.state === state).length;
  const directions = study.objectives.map(o => `${o.name} ${o.direction === 'minimize' ? '↓' : '↑'}`).join(', ');
  document.title = `${study.name}: Optimizer viewer`;
  document.getElementById('study-name').textContent = study.name;
  document.getElementById('study-summary').textContent = `${directions} · ${trials.length} of ${study.budget.trials} trials: `
    + `${count('complete')} complete, ${count('failed')} failed, ${count('pruned')} pruned, ${count('running')} running, ${count('queued')} queued`
    + recommendation(recommended);
}

function render() {
  summarize(data);
  for (const panel of panels) panel.render(data, render);
  document.body.dataset.trials = String(data.trials.length);
}

// Changes are read one at a time; a change that arrives during a read is picked up by the next one.
function refresh(version) {
  loading = loading.then(async () => {
    if (version <= shownVersion) return;
    data = await loadStudy();
    shownVersion = version;
    render();
    document.body.dataset.version = String(version);
  }).catch(error => console.error(error));
}

window.addEventListener('resize', () => panels.forEach(panel => panel.resize?.()));
followChanges(change => refresh(change.version), connected => {
  const status = document.getElementById('live-status');
  status.textContent = connected ? 'live' : 'reconnecting';
  status.className = `live ${connected ? 'on' : 'off'}`;
});
