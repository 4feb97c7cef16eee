// Text shown in tooltips, tables and the details dialog.
import { element } from './dom.js';

/** A number with at most 6 significant digits; text as it is; '-' for nothing. */
export function formatValue(value) {
  if (value === null || value === undefined) return '-';
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(6)).toString();
}

/** "value ± sd", the sd to two significant digits and the value to the same decimal place (a measurement's convention). */
export function formatWithError(value, sd) {
  if (!Number.isFinite(value) || !Number.isFinite(sd) || sd <= 0) return `${formatValue(value)} ± ${formatValue(sd)}`;
  const place = Math.floor(Math.log10(sd)) - 1;
  const rounded = x => (place < 0 ? x.toFixed(Math.min(-place, 100)) : String(Math.round(x / 10 ** place) * 10 ** place));
  return `${rounded(value)} ± ${rounded(sd)}`;
}

/** Seconds a trial ran, or null while it has not finished. */
export function durationSeconds(trial) {
  if (!trial.started_at || !trial.finished_at) return null;
  return (Date.parse(trial.finished_at) - Date.parse(trial.started_at)) / 1000;
}

/** "trial 7 (complete)" then one line per parameter and per metric: the tooltip of a point, as elements. */
export function trialTooltip(trial) {
  const lines = entries => Object.entries(entries).map(([k, v]) => element('div', {}, `${k} = ${formatValue(v)}`));
  return element('div', {},
    element('div', {}, element('b', {}, `trial ${trial.number}`), ` (${trial.state})`),
    lines(trial.params), element('hr', { className: 'tooltip-rule' }), lines(trial.values));
}

/** Whether a complete trial meets every constraint of the study. */
export function isFeasible(trial, study) {
  return study.constraints.every(c => {
    const v = trial.values[c.name];
    return typeof v === 'number' && (c.min === null || v >= c.min) && (c.max === null || v <= c.max);
  });
}

export const stateColors = { complete: '#3a9d5d', failed: '#d64545', running: '#3f7fd9', queued: '#aaaaaa' };
