// Text shown in tooltips, tables and the details dialog.

/** A number with at most 6 significant digits; text as it is; '-' for nothing. */
export function formatValue(value) {
  if (value === null || value === undefined) return '-';
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(6)).toString();
}

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** Seconds a trial ran, or null while it has not finished. */
export function durationSeconds(trial) {
  if (!trial.started_at || !trial.finished_at) return null;
  return (Date.parse(trial.finished_at) - Date.parse(trial.started_at)) / 1000;
}

/** "trial 7 (complete)" then one line per parameter and per metric: the tooltip of a point. */
export function trialTooltip(trial) {
  const lines = entries => Object.entries(entries).map(([k, v]) => `${escapeHtml(k)} = ${escapeHtml(formatValue(v))}`).join('<br>');
  return `<b>trial ${trial.number}</b> (${trial.state})<br>${lines(trial.params)}<hr style="margin:2px 0">${lines(trial.values)}`;
}

/** Whether a complete trial meets every constraint of the study. */
export function isFeasible(trial, study) {
  return study.constraints.every(c => {
    const v = trial.values[c.name];
    return typeof v === 'number' && (c.min === null || v >= c.min) && (c.max === null || v <= c.max);
  });
}

export const stateColors = { complete: '#3a9d5d', failed: '#d64545', running: '#3f7fd9', queued: '#aaaaaa' };
