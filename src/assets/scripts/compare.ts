// Compare page enhancement: pick 2-4 certifications, see them side by side, optionally only
// the rows that differ; filter the picker by typing; show every cost in one currency, at its
// year's rates or in today's money. The state lives in the URL
// (?c=a&c=b&diff=1&cur=EUR&real=1), so a view can be shared, reloaded and navigated with back
// and forward. Each chosen record's facts come from /api/compare/<slug>.json (the same text as
// the matrix), so a choice can span the matrix's pages; the conversions of the page's figures
// come from /api/compare/pages/<n>.json. Without this script the static matrix is the whole page.
import { normalise } from "../../lib/claims/normalise.ts";
import { rangeChart } from "../../lib/format/range-chart.ts";
import { rangeChartSvg } from "../../lib/format/range-chart-svg.ts";
import { byAmount, costBar, type ChartableCost } from "../../lib/format/cost-chart.ts";

const MAX = 4;
const CURRENCIES = ["USD", "EUR", "GBP", "INR"] as const;
type Currency = (typeof CURRENCIES)[number];

interface State {
  slugs: string[];
  diffOnly: boolean;
  currency: Currency;
  today: boolean;
}

type Amount = ChartableCost["conversions"][string]["today"];

interface CostEntry extends ChartableCost {
  phrase?: string;
  asOfText?: string;
  firmness?: string;
}

interface CompareRecord {
  slug: string;
  name: string;
  url: string;
  facts: { key: string; label: string; text: string }[];
  costs: CostEntry[];
}

interface MoneyPage {
  priceYear: number;
  rows: { slug: string; label: string; url: string; figures: CostEntry[] }[];
}

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readState(search: string): State {
  const params = new URLSearchParams(search);
  const slugs = [...new Set(params.getAll("c"))].filter((s) => SLUG.test(s)).slice(0, MAX);
  const cur = params.get("cur") as Currency | null;
  return { slugs, diffOnly: params.get("diff") === "1", currency: cur && CURRENCIES.includes(cur) ? cur : "USD", today: params.get("real") === "1" };
}

function stateUrl(state: State): string {
  const params = new URLSearchParams();
  for (const s of state.slugs) params.append("c", s);
  if (state.diffOnly) params.set("diff", "1");
  if (state.currency !== "USD") params.set("cur", state.currency);
  if (state.today) params.set("real", "1");
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}`;
}

/** What a cost looks like in the chosen currency: its conversion at its year's rates, or in today's money. */
function converted(e: CostEntry, state: State): Amount | undefined {
  const c = e.conversions[state.currency]!;
  return state.today ? c.today : c.atRates;
}

function init(): void {
  const app = $<HTMLElement>("#compare-app");
  if (!app) return;
  const picker = $<HTMLUListElement>("#compare-picker", app)!;
  const diffBox = $<HTMLInputElement>("#differences-only", app)!;
  const currencySelect = $<HTMLSelectElement>("#compare-currency", app)!;
  const todayBox = $<HTMLInputElement>("#compare-today", app)!;
  const filter = $<HTMLInputElement>("#picker-filter", app)!;
  const filterCount = $<HTMLElement>("#picker-count", app)!;
  const status = $<HTMLElement>("#compare-status", app)!;
  const result = $<HTMLElement>("#compare-result", app)!;
  const records = new Map<string, Promise<CompareRecord | undefined>>();
  let money: Promise<MoneyPage | undefined> | undefined;
  let state = readState(location.search);
  let rendering = 0;

  const fetchJson = <T>(url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : undefined), () => undefined);
  const load = (slug: string) => {
    if (!records.has(slug)) records.set(slug, fetchJson<CompareRecord>(`${app.dataset.records}${slug}.json`));
    return records.get(slug)!;
  };

  /** Type to narrow the picker: every word typed starts a word of the name ("iso 27" finds ISO/IEC 27001), case and punctuation forgiven. */
  function applyFilter(): void {
    const q = normalise(filter.value);
    const typed = q ? q.split(" ") : [];
    const items = [...picker.querySelectorAll<HTMLLIElement>("li")];
    let shown = 0;
    for (const li of items) {
      const words = normalise(li.textContent ?? "").split(" ");
      const match = typed.every((t) => words.some((w) => w.startsWith(t)));
      li.hidden = !match;
      if (match) shown++;
    }
    filterCount.textContent = q ? `${shown} of ${items.length} shown` : "";
  }

  /** A box for each chosen record that is not in this page's list, so it can be unticked here. */
  function syncPicker(chosen: CompareRecord[]): void {
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
    applyFilter();
  }

  /** The matrix's cost cells and the cost chart, in the chosen currency and mode. */
  async function renderMoney(): Promise<void> {
    currencySelect.value = state.currency;
    todayBox.checked = state.today;
    // The page was built showing US dollars at each figure's year's rates: nothing to fetch for that.
    if (!money && state.currency === "USD" && !state.today) return;
    money ??= fetchJson<MoneyPage>(app!.dataset.money!);
    const page = await money;
    if (!page) return;
    for (const row of page.rows)
      row.figures.forEach((e, i) => {
        const span = document.querySelector<HTMLElement>(`#matrix tr[data-slug="${row.slug}"] .conv[data-fig="${i}"]`);
        if (span) span.textContent = converted(e, state)?.text ?? "";
      });
    const items = page.rows.flatMap((row) => row.figures.map((e) => costBar(row.label, row.url, e, state.currency, state.today))).sort(byAmount);
    const holder = $<HTMLElement>("#cost-chart-svg");
    if (holder && items.length) {
      const tick = new Intl.NumberFormat("en-GB", { style: "currency", currency: state.currency, currencyDisplay: "narrowSymbol", maximumSignificantDigits: 3 });
      const chart = rangeChart(items, (v) => tick.format(v));
      const svg = rangeChartSvg(chart, "cost-chart-title", `Published costs, converted into ${state.currency}${state.today ? `, in ${page.priceYear} money` : ""}`);
      holder.replaceChildren(new DOMParser().parseFromString(svg, "image/svg+xml").documentElement);
      $<HTMLElement>("#cost-chart-currency")!.textContent = state.today
        ? `${state.currency} in today's money (${page.priceYear} prices, by the US consumer price index)`
        : `${state.currency} at the average exchange rate of its year`;
    }
  }

  async function render(): Promise<void> {
    const mine = ++rendering;
    app!.dataset.state = "loading"; // tests and styles can tell a view in progress from a settled one
    const loaded = await Promise.all(state.slugs.map(load));
    if (mine !== rendering) return; // a newer choice has been made meanwhile
    const missing = state.slugs.filter((_, i) => !loaded[i]);
    const chosen = loaded.filter((r): r is CompareRecord => !!r);
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
    await renderMoney();
    if (mine === rendering) app!.dataset.state = "ready";
  }

  /** The cost cell of the side-by-side view: each figure, then its conversion in the chosen currency. */
  function costText(r: CompareRecord): string {
    if (!r.costs.length) return r.facts.find((f) => f.key === "cost")?.text ?? "";
    return r.costs.map((e) => `${e.phrase}, ${e.asOfText}${converted(e, state) ? ` ${converted(e, state)!.text}` : ""}`).join("; ");
  }

  /** A table with one column per chosen certification. */
  function sideBySide(chosen: CompareRecord[]): HTMLElement {
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
      const texts = chosen.map((r) => (key === "cost" ? costText(r) : r.facts.find((f) => f.key === key)?.text ?? ""));
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
    if (target === todayBox) return update({ ...state, today: todayBox.checked }, false);
    if ((target as Element) === currencySelect) return update({ ...state, currency: currencySelect.value as Currency }, false);
    if (target.name !== "c") return;
    const slugs = target.checked ? [...state.slugs, target.value].slice(0, MAX) : state.slugs.filter((s) => s !== target.value);
    update({ ...state, slugs }, true);
  });
  filter.addEventListener("input", applyFilter);
  $<HTMLButtonElement>("#compare-clear", app)!.addEventListener("click", () => update({ ...state, slugs: [] }, true));
  window.addEventListener("popstate", () => {
    state = readState(location.search);
    void render();
  });

  app.dataset.enhanced = "";
  void render();
}

init();
