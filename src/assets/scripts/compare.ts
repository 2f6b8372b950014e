// Compare page enhancement: pick 2-4 certifications, see them side by side, optionally only
// the rows that differ. The state lives in the URL (?c=a&c=b&diff=1), so a view can be shared,
// reloaded and navigated with back and forward. Everything it shows is read from the static
// matrix already on the page; without this script that matrix is the whole page.

const MAX = 4;

interface State {
  slugs: string[];
  diffOnly: boolean;
}

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);

function readState(search: string, known: Set<string>): State {
  const params = new URLSearchParams(search);
  const slugs = [...new Set(params.getAll("c"))].filter((s) => known.has(s)).slice(0, MAX);
  return { slugs, diffOnly: params.get("diff") === "1" };
}

function stateUrl(state: State): string {
  const params = new URLSearchParams();
  for (const s of state.slugs) params.append("c", s);
  if (state.diffOnly) params.set("diff", "1");
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}`;
}

function init(): void {
  const app = $<HTMLElement>("#compare-app");
  const matrix = $<HTMLTableElement>("#matrix");
  if (!app || !matrix) return;

  const rows = new Map<string, HTMLTableRowElement>();
  for (const tr of matrix.tBodies[0]!.rows) rows.set(tr.dataset.slug!, tr);
  const headings = [...matrix.tHead!.rows[0]!.cells].slice(1).map((th) => th.textContent ?? "");
  const boxes = [...app.querySelectorAll<HTMLInputElement>('input[name="c"]')];
  const diffBox = $<HTMLInputElement>("#differences-only", app)!;
  const status = $<HTMLElement>("#compare-status", app)!;
  const result = $<HTMLElement>("#compare-result", app)!;
  let state = readState(location.search, new Set(rows.keys()));

  function render(): void {
    for (const box of boxes) {
      box.checked = state.slugs.includes(box.value);
      box.disabled = !box.checked && state.slugs.length >= MAX;
    }
    diffBox.checked = state.diffOnly;
    const names = state.slugs.map((s) => rows.get(s)!.cells[0]!.textContent?.trim() ?? s);
    status.textContent =
      state.slugs.length === 0
        ? "Nothing chosen yet."
        : state.slugs.length === 1
          ? `${names[0]} chosen; choose at least one more.`
          : `Comparing ${names.join(", ")}.${state.slugs.length >= MAX ? " That is the most at once; untick one to choose another." : ""}`;
    result.replaceChildren(state.slugs.length ? sideBySide(names) : "");
  }

  /** A table with one column per chosen certification, cells copied from the matrix. */
  function sideBySide(names: string[]): HTMLElement {
    const table = document.createElement("table");
    table.id = "compare-table";
    table.className = "side-by-side";
    table.createCaption().textContent = `${names.join(" compared with ")}${state.diffOnly ? " (differences only)" : ""}`;
    const head = table.createTHead().insertRow();
    head.appendChild(Object.assign(document.createElement("th"), { scope: "col", textContent: "Fact" }));
    for (const slug of state.slugs) {
      const th = document.createElement("th");
      th.scope = "col";
      th.append(...[...rows.get(slug)!.cells[0]!.childNodes].map((n) => n.cloneNode(true)));
      head.appendChild(th);
    }
    const body = table.createTBody();
    headings.forEach((heading, i) => {
      const cells = state.slugs.map((slug) => rows.get(slug)!.cells[i + 1]!);
      const same = cells.every((c) => c.textContent === cells[0]!.textContent);
      if (state.diffOnly && same && cells.length > 1) return;
      const tr = body.insertRow();
      tr.appendChild(Object.assign(document.createElement("th"), { scope: "row", textContent: heading }));
      for (const cell of cells) {
        const td = tr.insertCell();
        td.append(...[...cell.childNodes].map((n) => n.cloneNode(true)));
      }
    });
    if (!body.rows.length) {
      const td = body.insertRow().insertCell();
      td.colSpan = state.slugs.length + 1;
      td.textContent = "No differences in these facts.";
    }
    return table;
  }

  function update(next: State, push: boolean): void {
    state = next;
    const url = stateUrl(state);
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    render();
  }

  app.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement;
    if (target === diffBox) return update({ ...state, diffOnly: diffBox.checked }, false);
    if (target.name !== "c") return;
    const slugs = target.checked ? [...state.slugs, target.value].slice(0, MAX) : state.slugs.filter((s) => s !== target.value);
    update({ ...state, slugs }, true);
  });
  $<HTMLButtonElement>("#compare-clear", app)!.addEventListener("click", () => update({ slugs: [], diffOnly: state.diffOnly }, true));
  window.addEventListener("popstate", () => {
    state = readState(location.search, new Set(rows.keys()));
    render();
  });

  app.hidden = false;
  render();
}

init();
