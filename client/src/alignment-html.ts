// The alignment view's page: a two-column table of sentence beads rendered from the rows the server
// sends (postMessage), nothing computed here but layout. No network: a strict CSP, one inline script
// with a nonce, theme colours from VS Code's CSS variables. Keyboard: Up/Down (j/k) move between rows,
// Home/End, Enter or Space reveals the row in the editors; a checkbox shows only rows with problems.

export function alignmentHtml(nonce: string, cspSource: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Bitext alignment</title>
<style nonce="${nonce}">
  html, body { height: 100%; }
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); margin: 0; padding: 0; display: flex; flex-direction: column; overflow: hidden; }
  header { flex: none; padding: 6px 8px; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
  #scroll { flex: 1; overflow: auto; padding: 0 8px 8px; }
  header .summary, header .note { color: var(--vscode-descriptionForeground); }
  .error { padding: 12px 8px; }
  table { border-collapse: separate; border-spacing: 0; width: 100%; table-layout: fixed; }
  thead th { text-align: left; font-weight: 600; padding: 4px 6px; vertical-align: bottom; overflow-wrap: break-word; color: var(--vscode-foreground); position: sticky; top: 0; background-color: var(--vscode-editor-background, Canvas); z-index: 2; box-shadow: 0 1px 0 var(--vscode-editorWidget-border, rgba(128,128,128,0.25)); }
  th.shape, td.shape { width: 5.5em; }
  th.findings, td.findings { width: 30%; }
  td { vertical-align: top; padding: 4px 6px; border-top: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,0.25)); overflow-wrap: break-word; }
  tr { cursor: pointer; }
  tr:hover td { background: var(--vscode-list-hoverBackground); }
  tr:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  tr.cursor td { background: var(--vscode-list-inactiveSelectionBackground); }
  tr.cursor:focus td, tr:focus td { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
  td.empty { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); font-style: italic; }
  .badge { display: inline-block; padding: 0 5px; border-radius: 3px; font-size: 0.9em; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
  tr.unpaired .badge { background: var(--vscode-inputValidation-errorBackground, #5a1d1d); color: var(--vscode-foreground); border: 1px solid var(--vscode-inputValidation-errorBorder, transparent); }
  tr.nm .badge { background: var(--vscode-inputValidation-infoBackground, #063b49); color: var(--vscode-foreground); border: 1px solid var(--vscode-inputValidation-infoBorder, transparent); }
  tr.low .confidence { color: var(--vscode-editorWarning-foreground); font-weight: 600; }
  .confidence { display: block; font-size: 0.85em; color: var(--vscode-descriptionForeground); margin-top: 2px; }
  .finding { display: block; margin-bottom: 2px; }
  .finding.error .rule { color: var(--vscode-editorError-foreground); }
  .finding.warning .rule { color: var(--vscode-editorWarning-foreground); }
  .finding.info .rule, .finding.hint .rule { color: var(--vscode-editorInfo-foreground); }
  .rule { font-family: var(--vscode-editor-font-family); font-size: 0.9em; }
  body.problems-only tr.ok { display: none; }
  label { user-select: none; }
</style>
</head>
<body>
<header>
  <label><input type="checkbox" id="problems"> Only rows with problems</label>
  <span class="summary" id="summary" aria-live="polite"></span>
  <span class="note" id="note"></span>
</header>
<div id="error" class="error" hidden></div>
<div id="scroll">
<table id="table" aria-label="Alignment of the pair, one row per sentence bead">
  <thead><tr><th class="shape" scope="col">Bead</th><th scope="col" id="titleA">A</th><th scope="col" id="titleB">B</th><th class="findings" scope="col">Findings</th></tr></thead>
  <tbody id="rows"></tbody>
</table>
</div>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const body = document.body;
  const tbody = document.getElementById('rows');
  const problems = document.getElementById('problems');
  let rows = [];
  let sideNames = { a: 'A', b: 'B' };
  let cursorRow = null;
  const state = vscode.getState() || {};
  if (state.problemsOnly) { problems.checked = true; body.classList.add('problems-only'); }

  function text(tag, cls, content) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    if (content !== undefined) el.textContent = content;
    return el;
  }
  // a bead made by hand (unpaired on purpose, say) is no problem unless a finding says so
  function isProblem(row) { return row.findings.length > 0 || (!row.byHand && (row.shape !== '1-1' || row.lowConfidence)); }
  function shapeOf(row) { return row.a.sentences + '-' + row.b.sentences; }

  function render(table) {
    const error = document.getElementById('error');
    if (table.error) {
      error.textContent = table.error; error.hidden = false;
      document.getElementById('table').hidden = true;
      document.getElementById('summary').textContent = '';
      rows = [];
      return;
    }
    error.hidden = true;
    document.getElementById('table').hidden = false;
    document.getElementById('titleA').textContent = table.titleA;
    document.getElementById('titleB').textContent = table.titleB;
    sideNames = { a: table.nameA, b: table.nameB };
    document.getElementById('note').textContent = table.note || '';
    const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.row : undefined;
    rows = table.rows;
    const fragment = document.createDocumentFragment();
    let problemCount = 0;
    for (const row of rows) {
      const tr = document.createElement('tr');
      tr.tabIndex = -1;
      tr.dataset.row = String(row.index);
      const problem = isProblem(row);
      if (problem) problemCount++;
      tr.className = [row.shape === 'unpaired' ? 'unpaired' : row.shape === 'n-m' ? 'nm' : 'one', row.lowConfidence ? 'low' : '', problem ? 'problem' : 'ok'].filter(Boolean).join(' ');
      const label = row.shape === 'unpaired' ? 'unpaired' : row.shape;
      tr.setAttribute('aria-label', 'Row ' + (row.index + 1) + ', ' + label + ', confidence ' + Math.round(row.confidence * 100) + ' percent' + (row.byHand ? ', made by hand' : '') + (row.findings.length ? ', ' + row.findings.length + ' findings' : ''));
      const shape = text('td', 'shape');
      shape.appendChild(text('span', 'badge', shapeOf(row)));
      shape.appendChild(text('span', 'confidence', row.byHand ? 'by hand' : (row.lowConfidence ? 'low ' : '') + Math.round(row.confidence * 100) + '%'));
      tr.appendChild(shape);
      for (const side of ['a', 'b']) {
        const cell = row[side];
        tr.appendChild(cell.text ? text('td', 'side ' + side, cell.text) : text('td', 'side empty ' + side, 'no counterpart'));
      }
      const findings = text('td', 'findings');
      for (const f of row.findings) {
        const line = text('span', 'finding ' + f.severity);
        line.appendChild(text('span', 'rule', f.rule));
        line.appendChild(document.createTextNode(' (' + sideNames[f.side] + '): ' + f.message));
        findings.appendChild(line);
      }
      tr.appendChild(findings);
      fragment.appendChild(tr);
    }
    tbody.replaceChildren(fragment);
    document.getElementById('summary').textContent = rows.length + ' beads, ' + problemCount + ' with problems';
    markCursor(cursorRow, false);
    const first = visibleRows()[0];
    const keep = focused !== undefined ? tbody.querySelector('tr[data-row="' + focused + '"]') : null;
    for (const tr of tbody.children) tr.tabIndex = -1;
    const tabStop = keep || tbody.querySelector('tr.cursor') || first;
    if (tabStop) tabStop.tabIndex = 0;
    if (keep) keep.focus();
  }

  function visibleRows() { return [...tbody.children].filter((tr) => tr.offsetParent !== null); }

  function markCursor(index, scroll) {
    cursorRow = index;
    for (const tr of tbody.querySelectorAll('tr.cursor')) tr.classList.remove('cursor');
    if (index === null || index === undefined) return;
    const tr = tbody.querySelector('tr[data-row="' + index + '"]');
    if (!tr) return;
    tr.classList.add('cursor');
    if (!scroll) return;
    // centred when out of view (the header row stays on top), left alone when already shown
    const box = tr.getBoundingClientRect();
    const view = document.getElementById('scroll').getBoundingClientRect();
    const head = document.querySelector('thead').getBoundingClientRect().height;
    if (box.top < view.top + head || box.bottom > view.bottom) tr.scrollIntoView({ block: 'center' });
  }

  function focusRow(tr) {
    if (!tr) return;
    for (const other of tbody.children) other.tabIndex = -1;
    tr.tabIndex = 0;
    tr.focus();
    tr.scrollIntoView({ block: 'nearest' });
  }

  function reveal(tr) { vscode.postMessage({ type: 'reveal', row: Number(tr.dataset.row) }); }

  tbody.addEventListener('click', (event) => {
    const tr = event.target.closest('tr');
    if (!tr) return;
    focusRow(tr);
    reveal(tr);
  });
  tbody.addEventListener('keydown', (event) => {
    const tr = event.target.closest('tr');
    if (!tr) return;
    const list = visibleRows();
    const at = list.indexOf(tr);
    let next;
    if (event.key === 'ArrowDown' || event.key === 'j') next = list[Math.min(list.length - 1, at + 1)];
    else if (event.key === 'ArrowUp' || event.key === 'k') next = list[Math.max(0, at - 1)];
    else if (event.key === 'Home') next = list[0];
    else if (event.key === 'End') next = list[list.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') { reveal(tr); event.preventDefault(); return; }
    else return;
    event.preventDefault();
    focusRow(next);
  });
  problems.addEventListener('change', () => {
    body.classList.toggle('problems-only', problems.checked);
    vscode.setState({ problemsOnly: problems.checked });
    const stop = tbody.querySelector('tr[tabindex="0"]');
    if (stop && stop.offsetParent === null) { const first = visibleRows()[0]; if (first) { stop.tabIndex = -1; first.tabIndex = 0; } }
  });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'table') render(message.table);
    else if (message.type === 'cursor') markCursor(message.row, true);
  });
  vscode.postMessage({ type: 'ready' });
})();
</script>
</body>
</html>`;
}
