// Builds page elements from study data as text only: names, choices, workers, errors and metric keys come from the
// study file or the evaluator, so they are never parsed as markup (no innerHTML anywhere on the page).

/** A new element: attributes set as properties, children appended (strings become text nodes). */
export function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'dataset') Object.assign(node.dataset, value);
    else node[key] = value;
  }
  node.append(...children.flat().filter(c => c !== null && c !== undefined).map(c => (c instanceof Node ? c : String(c))));
  return node;
}

/** Lines of text, one block per line: what an ECharts tooltip formatter returns instead of an HTML string. */
export function textLines(...lines) {
  return element('div', {}, ...lines.map(line => element('div', {}, line)));
}

/**
 * The section of a panel that the page's HTML does not hold: made once, before the trial table, with a heading, an
 * optional objective select and hint, and a body; returns the section (found again by `id` on later calls).
 */
export function mountPanel({ id, title, hint = '', wide = false }) {
  const existing = document.getElementById(id);
  if (existing) return existing;
  const section = element('section', { className: wide ? 'panel wide' : 'panel', id },
    element('div', { className: 'panel-head' }, element('h2', {}, title), element('span', { className: 'hint' }, hint)),
    element('div', { className: 'panel-body' }));
  document.querySelector('main').insertBefore(section, document.getElementById('table-panel'));
  return section;
}

/** A select of the study's objectives in a panel's head (kept across redraws); returns the chosen objective's name. */
export function objectiveSelect(section, objectives, redraw) {
  let select = section.querySelector('select.objective');
  if (!select) {
    select = element('select', { className: 'objective' }, objectives.map(o => new Option(o.name, o.name)));
    section.querySelector('.panel-head h2').after(element('label', { hidden: objectives.length < 2 }, 'objective ', select));
  }
  select.onchange = redraw;
  return select.value;
}
