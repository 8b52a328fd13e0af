/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The preview's script, run inside the webview (bundled alone as dist/preview.js). It shows the
// tables the panel sends, highlights the cell under the editor's cursor, and reports clicks: on a
// cell (move the cursor there) and on a red cell's "recompute" button (apply its repair), and
// says whether it holds the keyboard focus when asked. It sends offsets only, and builds its own
// elements with textContent.
import type { FromWebview, ToWebview } from './messages.ts';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const host = acquireVsCodeApi();
const root = document.getElementById('tables') ?? document.body;
let cursor: number | null = null;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data as ToWebview | null;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'update') update(message);
  else if (message.type === 'cursor') {
    cursor = typeof message.offset === 'number' ? message.offset : null;
    highlight(true);
  } else if (message.type === 'askFocus') host.postMessage({ type: 'focus', focused: document.hasFocus() });
});

root.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLElement>('button.recompute');
  if (button) {
    const offset = Number(button.dataset.offset);
    if (Number.isInteger(offset)) host.postMessage({ type: 'fix', offset });
    return;
  }
  const cell = target?.closest<HTMLElement>('td[data-offset], th[data-offset]');
  const offset = cell?.dataset.offset ? Number(cell.dataset.offset) : NaN;
  if (Number.isInteger(offset)) host.postMessage({ type: 'reveal', offset });
});

function update(message: Extract<ToWebview, { type: 'update' }>): void {
  // The tables' CSS comes from the server's renderer too; it goes into the page's one style
  // element that carries the nonce (the CSP admits no other).
  const style = document.getElementById('tables-css');
  if (style && typeof message.css === 'string' && style.textContent !== message.css) style.textContent = message.css;
  if (!message.recognised) {
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.textContent = message.labels.notReport;
    root.replaceChildren(notice);
    return;
  }
  // The server's renderer escaped every character that came from the report; the page's CSP
  // would block any script or inline handler even if it had not.
  root.innerHTML = message.html;
  for (const fix of message.fixes) {
    const cell = root.querySelector(`td.wrong[data-offset="${Number(fix.offset)}"]`);
    if (!cell) continue;
    const button = document.createElement('button');
    button.className = 'recompute';
    button.type = 'button';
    button.dataset.offset = String(fix.offset);
    button.textContent = message.labels.recompute;
    button.title = fix.title;
    cell.append(button);
  }
  highlight(false);
}

/** Marks the cell under the cursor; scrolls to it when the cursor moved (not on every redraw). */
function highlight(scroll: boolean): void {
  for (const old of root.querySelectorAll('.cursor')) old.classList.remove('cursor');
  if (cursor === null) return;
  const cell = cellAt(cursor);
  if (!cell) return;
  cell.classList.add('cursor');
  if (scroll) cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** The cell whose span holds the offset; one that starts there wins over one that ends there. */
function cellAt(offset: number): HTMLElement | null {
  let touching: HTMLElement | null = null;
  for (const cell of root.querySelectorAll<HTMLElement>('td[data-offset][data-end]')) {
    const start = Number(cell.dataset.offset);
    const end = Number(cell.dataset.end);
    if (start <= offset && offset < end) return cell;
    if (start <= offset && offset === end) touching ??= cell;
  }
  return touching;
}

host.postMessage({ type: 'ready' });
