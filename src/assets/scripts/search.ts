// The search page, on Pagefind's JS API. The whole state is in the URL
// (/search/?q=copc&kind=Organisational&sort=name), so a search can be shared, reloaded,
// and walked with back and forward. Without JavaScript the page links to the browse pages.
//
// What a visitor downloads before the first result is kept small: Pagefind runs on the page
// itself (its web worker would be a second copy of its code to fetch), and the filter index,
// which only the facet counts need, is fetched after the first results are on screen. Until
// then the facets show the counts the build wrote.

const FACETS = ["kind", "assurance", "category", "status", "role", "issuer"] as const;
const SORTS = ["name", "months"] as const;
const PAGE = 10;

type Facet = (typeof FACETS)[number];
type Sort = (typeof SORTS)[number] | "";

interface State {
  q: string;
  filters: Record<Facet, string[]>;
  sort: Sort;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; excerpt: string }[];
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o: { filters?: Record<string, { any: string[] }>; sort?: Record<string, "asc" | "desc"> },
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

function readState(search: string): State {
  const p = new URLSearchParams(search);
  const sort = p.get("sort") ?? "";
  return {
    q: (p.get("q") ?? "").trim(),
    filters: Object.fromEntries(FACETS.map((f) => [f, p.getAll(f)])) as Record<Facet, string[]>,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : "",
  };
}

function stateQuery(s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const f of FACETS) for (const v of s.filters[f]) p.append(f, v);
  if (s.sort) p.set("sort", s.sort);
  const q = p.toString();
  return q ? `?${q}` : "";
}

/**
 * Pagefind's excerpts are HTML with <mark> around matches. Keep only text and <mark>,
 * so nothing else from the index can ever become markup.
 */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  return [...doc.body.firstChild!.childNodes].map((n) => {
    if (n.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = n.textContent;
      return mark;
    }
    return document.createTextNode(n.textContent ?? "");
  });
}

/** A link to the best-matching section, with a text fragment so the browser highlights the match. */
function matchUrl(data: ResultData): string {
  const best = data.sub_results?.find((s) => s.url.includes("#")) ?? data;
  const word = /<mark>([^<]+)<\/mark>/.exec(best.excerpt)?.[1];
  if (!word) return best.url;
  const [path, hash] = best.url.split("#");
  const decoded = new DOMParser().parseFromString(word, "text/html").body.textContent ?? word;
  return `${path}#${hash ?? ""}:~:text=${encodeURIComponent(decoded)}`;
}

async function init(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("#search-app");
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>("#search-q")!;
  const sortSelect = form.querySelector<HTMLSelectElement>("#search-sort")!;
  const status = form.querySelector<HTMLElement>("#search-status")!;
  const list = form.querySelector<HTMLOListElement>("#search-list")!;
  const more = form.querySelector<HTMLButtonElement>("#search-more")!;

  const pagefind = (await import(form.dataset.bundle!)) as Pagefind;
  await pagefind.options({ excerptLength: 24, baseUrl: form.dataset.baseUrl ?? "/", noWorker: true });
  void pagefind.init(); // its WebAssembly and page list, which every search needs, while the visitor types

  let state = readState(location.search);
  let results: { data(): Promise<ResultData> }[] = [];
  let shown = 0;
  let run = 0;

  // The build wrote every facet value with its count, so the page does not move as the index
  // arrives; only counts and ticks change from here on, and keyboard focus stays on the box
  // just toggled.
  const counters = new Map<string, { box: HTMLInputElement; count: HTMLSpanElement }>();
  const builtCounts: Record<string, Record<string, number>> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>(".facet input[type=checkbox]")) {
    const count = box.parentElement!.querySelector<HTMLSpanElement>(".count")!;
    counters.set(`${box.name}\u0000${box.value}`, { box, count });
    (builtCounts[box.name] ??= {})[box.value] = Number(/\d+/.exec(count.textContent ?? "")?.[0] ?? 0);
  }

  /** The filter index, fetched once, after the first results are shown. */
  let filterIndex: Promise<unknown> | undefined;
  const loadFilterIndex = () => (filterIndex ??= pagefind.filters());

  function renderFacets(counts: Record<string, Record<string, number>>): void {
    for (const [key, { box, count }] of counters) {
      const [facet, value] = key.split("\u0000") as [Facet, string];
      box.checked = state.filters[facet].includes(value);
      count.textContent = `(${counts[facet]?.[value] ?? 0})`;
    }
    form!.dataset.counted = stateQuery(state); // the counts shown are for this search (tests wait on it)
  }

  async function card(result: { data(): Promise<ResultData> }): Promise<HTMLLIElement> {
    const data = await result.data();
    const li = document.createElement("li");
    const h = document.createElement("h2");
    const a = Object.assign(document.createElement("a"), { href: matchUrl(data), textContent: data.meta.title ?? data.url });
    h.append(a);
    const facts = [data.meta.type === "Certification" ? data.meta.kind : data.meta.type, data.meta.issuer, data.meta.status].filter(Boolean);
    const meta = Object.assign(document.createElement("p"), { className: "result-meta", textContent: facts.join(" · ") });
    const excerpt = document.createElement("p");
    excerpt.append(...excerptNodes(data.excerpt));
    li.append(h, meta, excerpt);
    return li;
  }

  async function showMore(): Promise<void> {
    const next = results.slice(shown, shown + PAGE);
    const cards = await Promise.all(next.map(card));
    list.append(...cards);
    shown += next.length;
    more.hidden = shown >= results.length;
    // Keyboard users continue from the first new result.
    return cards[0]?.querySelector("a")?.focus({ preventScroll: false });
  }

  async function execute(): Promise<void> {
    const mine = ++run;
    input.value = state.q;
    sortSelect.value = state.sort;
    const filters = Object.fromEntries(FACETS.filter((f) => state.filters[f].length).map((f) => [f, { any: state.filters[f] }]));
    const hasFilter = Object.keys(filters).length > 0;
    if (!state.q && !hasFilter && !state.sort) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      renderFacets(builtCounts);
      status.textContent = "Type a name, a former name (such as COPC-2000 or BS 7799) or a topic, or choose a filter.";
      return;
    }
    status.textContent = "Searching…";
    const options = { filters, sort: state.sort ? { [state.sort]: "asc" as const } : undefined };
    const countsReady = !!filterIndex;
    const search = await pagefind.search(state.q || null, options);
    if (mine !== run || !search) return; // a newer search has started
    results = search.results;
    shown = 0;
    list.replaceChildren();
    if (countsReady) renderFacets(search.filters);
    else for (const { box } of counters.values()) box.checked = state.filters[box.name as Facet].includes(box.value);
    const n = results.length;
    const what = state.q ? ` for “${state.q}”` : "";
    status.textContent = n === 0 ? `No results${what}. Try a shorter or former name, or fewer filters.` : `${n} result${n === 1 ? "" : "s"}${what}.`;
    const next = results.slice(0, PAGE);
    list.append(...(await Promise.all(next.map(card))));
    shown = next.length;
    more.hidden = shown >= n;
    if (!countsReady) {
      // The results are on screen: now the filter index, and the same search again for its counts.
      await loadFilterIndex();
      const counted = await pagefind.search(state.q || null, options);
      if (mine === run && counted) renderFacets(counted.filters);
    }
  }

  function go(next: State, push: boolean): void {
    state = next;
    const url = `${location.pathname}${stateQuery(state)}`;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    void execute();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go({ ...state, q: input.value.trim() }, true);
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => go({ ...state, q: input.value.trim() }, false), 250);
  });
  form.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target === sortSelect) return go({ ...state, sort: sortSelect.value as Sort }, true);
    if (!(FACETS as readonly string[]).includes(target.name)) return;
    const facet = target.name as Facet;
    const box = target as HTMLInputElement;
    const values = box.checked ? [...state.filters[facet], box.value] : state.filters[facet].filter((v) => v !== box.value);
    go({ ...state, filters: { ...state.filters, [facet]: values } }, true);
  });
  more.addEventListener("click", () => void showMore());
  window.addEventListener("popstate", () => {
    // A jump within the page (the link past the filters) changes only the hash: the search stands.
    if (stateQuery(readState(location.search)) === stateQuery(state)) return;
    state = readState(location.search);
    void execute();
  });

  await execute();
}

void init();
