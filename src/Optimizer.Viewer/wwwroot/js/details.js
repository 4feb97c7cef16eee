// The dialog that shows one trial: parameters, metrics, where and when it ran, and why it failed.
import { durationSeconds, formatValue } from './format.js';
import { element } from './dom.js';

export function showTrial(trial) {
  const rows = [
    ['state', trial.state], ['worker', trial.worker], ['attempt', trial.attempt],
    ['started', trial.started_at], ['finished', trial.finished_at], ['duration (s)', durationSeconds(trial)],
  ];
  const list = pairs => element('dl', {}, pairs.flatMap(([k, v]) => [element('dt', {}, k), element('dd', {}, formatValue(v))]));
  document.getElementById('trial-details').replaceChildren(
    element('h3', {}, `Trial ${trial.number}`),
    element('h4', {}, 'Parameters'), list(Object.entries(trial.params)),
    element('h4', {}, 'Metrics'), list(Object.entries(trial.values)),
    element('h4', {}, 'Run'), list(rows),
    ...(trial.error ? [element('h4', {}, 'Error'), element('pre', {}, trial.error)] : []));
  const dialog = document.getElementById('trial-dialog');
  if (!dialog.open) dialog.showModal();
}
