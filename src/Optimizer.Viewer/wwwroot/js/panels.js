// Every panel of the page, drawn in this order. A panel is a module of its own exporting render(data, redraw) and
// resize(); one whose section is not in index.html makes it with mountPanel (dom.js). Adding a panel is adding its line.
import * as pareto from './pareto.js';
import * as history from './history.js';
import * as timeline from './timeline.js';
import * as parallel from './parallel.js';
import * as importance from './importance.js';
import * as slices from './slices.js';
import * as curves from './curves.js';
import * as table from './table.js';

export const panels = [pareto, history, timeline, parallel, importance, slices, curves, table];
