// costlint cost report webview: renders the rows the extension posts, sorts on a header click, opens a
// call on a row click or Enter. No network, no inline script (CSP).
(function () {
  const vscode = acquireVsCodeApi();
  const tbody = document.querySelector("#calls tbody");
  const summary = document.getElementById("summary");
  const state = vscode.getState() || { key: "runUsd", dir: -1 };
  let rows = [];

  const FLAG_TEXT = {
    "growing-history": "history grows",
    "in-loop": "in a loop",
    "uncapped-loop": "no cap",
    "agent-run": "agent run",
    "no-output-cap": "no output cap",
    "default-model": "default model",
    "unknown-model": "unknown model",
  };

  function usd(n) {
    if (n === null) return "unbounded";
    if (n <= 0) return "$0";
    if (n < 0.000001) return "<$0.000001";
    if (n < 0.1) return "$" + String(Number(n.toPrecision(2)));
    if (n < 100) return "$" + n.toFixed(2);
    return "$" + Math.round(n).toLocaleString("en-US");
  }
  function tokens(n) {
    return Math.round(n).toLocaleString("en-US");
  }
  function value(row, key) {
    if (key === "runUsd") return row.runUsd === null ? Infinity : row.runUsd;
    if (key === "file") return row.file + ":" + String(row.line).padStart(8, "0");
    if (key === "flags") return row.flags.join(",");
    return row[key];
  }
  function sorted() {
    return rows.slice().sort(function (a, b) {
      const x = value(a, state.key);
      const y = value(b, state.key);
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return c * state.dir || a.file.localeCompare(b.file) || a.line - b.line;
    });
  }
  function cell(tr, text, cls) {
    const td = document.createElement("td");
    td.textContent = text;
    if (cls) td.className = cls;
    tr.appendChild(td);
  }
  function render() {
    tbody.textContent = "";
    for (const row of sorted()) {
      const tr = document.createElement("tr");
      tr.tabIndex = 0;
      tr.title = "Open " + row.file + ":" + (row.line + 1);
      cell(tr, row.file + ":" + (row.line + 1), "file");
      cell(tr, row.callee, "callee");
      cell(tr, row.model + (row.approximate ? " ~" : ""));
      cell(tr, tokens(row.inputTokens), "num");
      cell(tr, tokens(row.outputTokens), "num");
      cell(tr, usd(row.costUsd), "num");
      cell(tr, usd(row.runUsd), "num" + (row.runUsd === null ? " unbounded" : ""));
      cell(tr, row.flags.map(function (f) { return FLAG_TEXT[f] || f; }).join(", "));
      const open = function () {
        vscode.postMessage({ type: "open", uri: row.uri, line: row.line, character: row.character });
      };
      tr.addEventListener("click", open);
      tr.addEventListener("keydown", function (e) {
        if (e.key === "Enter") open();
      });
      tbody.appendChild(tr);
    }
    for (const th of document.querySelectorAll("th[data-key]")) {
      const active = th.dataset.key === state.key;
      th.setAttribute("aria-sort", active ? (state.dir > 0 ? "ascending" : "descending") : "none");
      th.classList.toggle("sorted", active);
    }
  }
  for (const th of document.querySelectorAll("th[data-key]")) {
    th.tabIndex = 0;
    const sort = function () {
      if (state.key === th.dataset.key) state.dir = -state.dir;
      else {
        state.key = th.dataset.key;
        state.dir = ["costUsd", "runUsd", "inputTokens", "outputTokens"].includes(state.key) ? -1 : 1;
      }
      vscode.setState(state);
      render();
    };
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter") sort();
    });
  }
  document.getElementById("refresh").addEventListener("click", function () {
    summary.textContent = "Estimating…";
    vscode.postMessage({ type: "refresh" });
  });
  window.addEventListener("message", function (event) {
    const message = event.data;
    if (!message || message.type !== "report") return;
    const report = message.report;
    rows = report.rows;
    // The totals come computed (costTotals in src/core/cost/totals.ts): the same numbers as the CLI and the status bar.
    const t = report.totals;
    summary.textContent =
      rows.length + " call site" + (rows.length === 1 ? "" : "s") + " in " + report.filesWithCalls + " of " + report.files + " files" +
      (t.worstCaseUsd === null
        ? " · worst case per run unbounded: " + t.uncappedLoops + " with no cap (" + usd(t.cappedWorstCaseUsd) + " for the others)"
        : " · worst case " + usd(t.worstCaseUsd) + " per run of each") +
      (t.throughWrappers ? " · " + t.throughWrappers + " inside wrappers, counted at their callers" : "") +
      (report.truncated ? " · first " + report.files + " files only" : "") +
      (report.testFiles ? " · " + report.testFiles + " test and mock file" + (report.testFiles === 1 ? "" : "s") + " not counted (\"includeTests\": true in costlint.config.json counts them)" : "") +
      " · click a row to open the call, a header to sort";
    render();
  });
  vscode.postMessage({ type: "ready" });
})();
