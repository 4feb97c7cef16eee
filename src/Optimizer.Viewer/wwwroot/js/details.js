// The dialog that shows one trial: parameters, every metric, intermediate reports, where and when it ran, why it
// failed, and the last lines its evaluator wrote (fetched when the dialog opens). All of it is set as text.
import { trialOutput } from './api.js';
import { durationSeconds, formatValue } from './format.js';
import { element } from './dom.js';

export function showTrial(trial) {
  const rows = [
    ['state', trial.state], ['worker', trial.worker], ['attempt', trial.attempt],
    ['started', trial.started_at], ['finished', trial.finished_at], ['duration (s)', durationSeconds(trial)],
  ];
  const list = pairs => element('dl', {}, pairs.flatMap(([k, v]) => [element('dt', {}, k), element('dd', {}, formatValue(v))]));
  const details = document.getElementById('trial-details');
  details.dataset.trial = trial.number;
  details.replaceChildren(
    element('h3', {}, `Trial ${trial.number}`),
    element('h4', {}, 'Parameters'), list(Object.entries(trial.params)),
    element('h4', {}, 'Metrics'), list(Object.entries(trial.values)),
    ...intermediateSection(trial.intermediate ?? []),
    element('h4', {}, 'Run'), list(rows),
    ...(trial.error ? [element('h4', {}, 'Error'), element('pre', {}, trial.error)] : []),
    element('h4', {}, 'Output'), element('div', { id: 'trial-output' }, element('span', { className: 'hint' }, 'loading…')));
  const dialog = document.getElementById('trial-dialog');
  if (!dialog.open) dialog.showModal();
  showOutput(trial.number, details);
}

// One row per reported step, one column per metric reported at any step (in name order).
function intermediateSection(reports) {
  if (reports.length === 0) return [];
  const names = [...new Set(reports.flatMap(r => Object.keys(r).filter(k => k !== 'step')))].sort();
  const head = element('tr', {}, element('th', {}, 'step'), names.map(n => element('th', {}, n)));
  const body = reports.map(r => element('tr', {}, element('td', {}, r.step), names.map(n => element('td', {}, formatValue(r[n])))));
  return [element('h4', {}, 'Intermediate reports'),
    element('div', { className: 'table-scroll', id: 'trial-intermediate' }, element('table', {}, element('thead', {}, head), element('tbody', {}, body)))];
}

// The output arrives after the dialog opened: it is shown only if the dialog still shows the same trial.
async function showOutput(number, details) {
  let content;
  try {
    const output = await trialOutput(number);
    content = output.attempt === null
      ? [element('span', { className: 'hint' }, 'no output recorded (the trial has not ended, wrote nothing, or ran before outputs were kept)')]
      : [element('div', { className: 'hint' }, `attempt ${output.attempt}, last lines of each stream`),
        element('h5', {}, 'stdout'), element('pre', { className: 'output', id: 'trial-stdout' }, output.stdout || '(empty)'),
        element('h5', {}, 'stderr'), element('pre', { className: 'output', id: 'trial-stderr' }, output.stderr || '(empty)')];
  } catch (e) {
    content = [element('span', { className: 'hint' }, `output unavailable: ${e.message}`)];
  }
  const target = document.getElementById('trial-output');
  if (target && details.dataset.trial === String(number)) target.replaceChildren(...content);
}
