// The dialog that shows one trial: parameters, metrics, where and when it ran, and why it failed.
import { durationSeconds, escapeHtml, formatValue } from './format.js';

export function showTrial(trial) {
  const rows = [
    ['state', trial.state], ['worker', trial.worker], ['attempt', trial.attempt],
    ['started', trial.started_at], ['finished', trial.finished_at], ['duration (s)', durationSeconds(trial)],
  ];
  const list = pairs => pairs.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(formatValue(v))}</dd>`).join('');
  document.getElementById('trial-details').innerHTML = `
    <h3>Trial ${trial.number}</h3>
    <h4>Parameters</h4><dl>${list(Object.entries(trial.params))}</dl>
    <h4>Metrics</h4><dl>${list(Object.entries(trial.values))}</dl>
    <h4>Run</h4><dl>${list(rows)}</dl>
    ${trial.error ? `<h4>Error</h4><pre>${escapeHtml(trial.error)}</pre>` : ''}`;
  const dialog = document.getElementById('trial-dialog');
  if (!dialog.open) dialog.showModal();
}
