// Compare page enhancement: pick 2-4 certifications, see them side by side, optionally only
// the rows that differ. The state lives in the URL (?c=a&c=b&diff=1), so a view can be shared,
// reloaded and navigated with back and forward. Each chosen record's facts come from
// /api/compare/<slug>.json (the same text as the matrix), so a choice can span the matrix's
// pages. Without this script the static matrix is the whole page.

const MAX = 4;

interface State {
  slugs: string[];
  diffOnly: boolean;
}

interface Record {
  slug: string;
  name: string;
  url: string;
  facts: { key: string; label: string; text: string }[];
}

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readState(search: string): State {
  const params = new URLSearchParams(search);
  const slugs = [...new Set(params.getAll("c"))].filter((s) => SLUG.test(s)).slice(0, MAX);
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
  if (!app) return;
  const picker = $<HTMLUListElement>("#compare-picker", app)!;
  const diffBox = $<HTMLInputElement>("#differences-only", app)!;
  const status = $<HTMLElement>("#compare-status", app)!;
  const result = $<HTMLElement>("#compare-result", app)!;
  const records = new Map<string, Promise<Record | undefined>>();
  let state = readState(location.search);
  let rendering = 0;

  const load = (slug: string) => {
    if (!records.has(slug))
      records.set(
        slug,
        fetch(`${app.dataset.records}${slug}.json`).then((r) => (r.ok ? (r.json() as Promise<Record>) : undefined), () => undefined),
      );
    return records.get(slug)!;
  };

  /** A box for each chosen record that is not in this page's list, so it can be unticked here. */
  function syncPicker(chosen: Record[]): void {
    for (const li of picker.querySelectorAll("li[data-elsewhere]")) li.remove();
    for (const r of chosen) {
      if (picker.querySelector(`input[value="${r.slug}"]`)) continue;
      const li = document.createElement("li");
      li.dataset.elsewhere = "";
      const label = document.createElement("label");
      const box = Object.assign(document.createElement("input"), { type: "checkbox", name: "c", value: r.slug });
      label.append(box, ` ${r.name}`);
      li.append(label);
      picker.prepend(li);
    }
    for (const box of picker.querySelectorAll<HTMLInputElement>('input[name="c"]')) {
      box.checked = state.slugs.includes(box.value);
      box.disabled = !box.checked && state.slugs.length >= MAX;
    }
  }

  async function render(): Promise<void> {
    const mine = ++rendering;
    app!.dataset.state = "loading"; // tests and styles can tell a view in progress from a settled one
    const loaded = await Promise.all(state.slugs.map(load));
    if (mine !== rendering) return; // a newer choice has been made meanwhile
    const missing = state.slugs.filter((_, i) => !loaded[i]);
    const chosen = loaded.filter((r): r is Record => !!r);
    if (missing.length) state = { ...state, slugs: chosen.map((r) => r.slug) };
    syncPicker(chosen);
    diffBox.checked = state.diffOnly;
    const names = chosen.map((r) => r.name);
    status.textContent =
      (missing.length ? `No certification called ${missing.join(", ")}. ` : "") +
      (chosen.length === 0
        ? "Nothing chosen yet."
        : chosen.length === 1
          ? `${names[0]} chosen; choose at least one more.`
          : `Comparing ${names.join(", ")}.${chosen.length >= MAX ? " That is the most at once; untick one to choose another." : ""}`);
    result.replaceChildren(chosen.length ? sideBySide(chosen) : "");
    app!.dataset.state = "ready";
  }

  /** A table with one column per chosen certification. */
  function sideBySide(chosen: Record[]): HTMLElement {
    const table = document.createElement("table");
    table.id = "compare-table";
    table.className = "side-by-side";
    table.createCaption().textContent = `${chosen.map((r) => r.name).join(" compared with ")}${state.diffOnly ? " (differences only)" : ""}`;
    const head = table.createTHead().insertRow();
    head.appendChild(Object.assign(document.createElement("th"), { scope: "col", textContent: "Fact" }));
    for (const r of chosen) {
      const th = Object.assign(document.createElement("th"), { scope: "col" });
      th.append(Object.assign(document.createElement("a"), { href: r.url, textContent: r.name }));
      head.appendChild(th);
    }
    const body = table.createTBody();
    chosen[0]!.facts.forEach(({ key, label }) => {
      const texts = chosen.map((r) => r.facts.find((f) => f.key === key)?.text ?? "");
      if (state.diffOnly && chosen.length > 1 && texts.every((t) => t === texts[0])) return;
      const tr = body.insertRow();
      tr.appendChild(Object.assign(document.createElement("th"), { scope: "row", textContent: label }));
      for (const text of texts) tr.insertCell().textContent = text;
    });
    if (!body.rows.length) {
      const td = body.insertRow().insertCell();
      td.colSpan = chosen.length + 1;
      td.textContent = "No differences in these facts.";
    }
    return table;
  }

  function update(next: State, push: boolean): void {
    state = next;
    const url = stateUrl(state);
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    void render();
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
    state = readState(location.search);
    void render();
  });

  app.hidden = false;
  void render();
}

init();
