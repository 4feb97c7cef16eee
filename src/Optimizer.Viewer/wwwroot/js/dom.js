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
