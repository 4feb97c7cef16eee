// Reads the viewer's JSON API and follows its live feed of changes.

async function getJson(path) {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * Everything the page shows, read at one moment: study, trials, front, history, parameter importance and the trial
 * recommended by the posterior mean.
 */
export async function loadStudy() {
  const [study, trials, pareto, history, importance, recommended] = await Promise.all([
    getJson('api/study'), getJson('api/trials'), getJson('api/pareto'), getJson('api/hypervolume'), getJson('api/importance'),
    getJson('api/recommended'),
  ]);
  return { study, trials, pareto, history, importance, recommended };
}

/** The last lines trial `number`'s evaluator wrote: {trial, attempt (null when none is kept), stdout, stderr}. */
export function trialOutput(number) {
  return getJson(`api/trials/${encodeURIComponent(number)}/output`);
}

/**
 * Calls onChange({version, trials}) for each change the server reports (the first call is the current state), and
 * onStatus(true|false) as the feed connects and drops; the browser reconnects by itself.
 */
export function followChanges(onChange, onStatus) {
  const events = new EventSource('api/events');
  events.addEventListener('change', e => onChange(JSON.parse(e.data)));
  events.onopen = () => onStatus(true);
  events.onerror = () => onStatus(false);
  return events;
}
