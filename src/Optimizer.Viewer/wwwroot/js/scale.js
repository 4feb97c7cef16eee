// The log toggles of the charts' axes: a checkbox per axis, usable only while every value on it is positive.

/** Whether axis `id`'s checkbox asks for a log axis; disables it (with the reason) when a value is zero or negative. */
export function logToggle(id, values, redraw) {
  const box = document.getElementById(id);
  const positive = values.length > 0 && values.every(v => typeof v === 'number' && v > 0);
  box.disabled = !positive;
  box.parentElement.title = positive ? 'log scale' : 'log scale needs every value above zero';
  box.onchange = redraw;
  return positive && box.checked;
}
