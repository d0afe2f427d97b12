// Pagefind behind Material's header search box (mkdocs.yml: extra.search_engine: pagefind).
//
// Material's own box, dialog, keyboard handling and result styles are kept; the results come
// from Pagefind, which loads only the index chunks and page fragments a query needs. Each
// document lists the paragraphs that match (Pagefind records every element with an id as an
// anchor; the archive's paragraphs carry `p-xxxxxx` ids), each linking to its paragraph with the
// query terms highlighted on arrival. Filters by tag, kind, author and site come from the
// `data-pagefind-filter` attributes written at build time (scripts/persona_archive/site/search_engine.py).
// Loaded as a module, so it runs once even under Material's instant navigation.

const BUNDLE = new URL("../pagefind/pagefind.js", import.meta.url);
const SHARDS = new URL("../pagefind/pa-shards.json", import.meta.url);
const SITE = new URL("..", import.meta.url);
const HL = "pagefind-highlight";
const PARA = /^p-[a-z0-9]+$/;
const MAX_DOCS = 10;
const MAX_PARAS = 3;
const WINDOW = 32; // words of paragraph excerpt
const FILTERS = [
  ["tag", "Tag"],
  ["kind", "Kind"],
  ["author", "Author"],
  ["site", "Site"],
];

let core = null; // the first index: Pagefind's module (its worker, WebAssembly and metadata)
let rest = null; // the archive's other indexes in a second instance; resolves to null if none
let ready = false;
const selected = {};
let generation = 0;

// The other indexes of an archive indexed in shards (pa-shards.json, written with the bundle);
// none for an archive indexed in one run. Fetched once.
let shards = null;
function shardUrls() {
  shards ??= fetch(SHARDS)
    .then(async (response) =>
      response.ok ? (await response.json()).merge.map((u) => new URL(u, SHARDS).pathname) : [],
    )
    .catch(() => []);
  return shards;
}

// Pagefind itself (its script, worker, WebAssembly and the first index's metadata, ~50 kB
// compressed, cached by the browser) is fetched once the page has loaded, as Material fetches
// its own search index: a reader's first query then waits only for the chunks it needs.
function loadCore() {
  if (!core) {
    core = import(BUNDLE.href).then(async (pf) => {
      await pf.options({ baseUrl: SITE.pathname, excerptLength: WINDOW });
      await pf.init();
      ready = true;
      return pf;
    });
  }
  return core;
}

// The other shards, searched by a second Pagefind instance (the first of them keeps its own
// WebAssembly; the others are merged into it). Loaded once the first index has answered a
// query, or when the box is focused after the first index has loaded: the metadata of every
// other shard then never holds back the first results, which is what a reader waits for.
function loadRest() {
  if (!rest) {
    rest = Promise.all([loadCore(), shardUrls()]).then(async ([pf, urls]) => {
      if (!urls.length) return null;
      const [own, ...merged] = urls;
      const options = { baseUrl: SITE.pathname, excerptLength: WINDOW };
      const instance = pf.createInstance({ ...options, basePath: own });
      await Promise.all(merged.map((url) => instance.mergeIndex(url, { baseUrl: SITE.pathname })));
      return instance;
    });
  }
  return rest;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}

// Text with the query's words marked; built from text nodes (never innerHTML of page text).
function marked(words, isHit) {
  const p = el("p");
  words.forEach((word, i) => {
    if (i) p.append(" ");
    p.append(isHit(i) ? el("mark", {}, word) : word);
  });
  return p;
}

function termsOf(query) {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1);
}

// A word without its possessive or a common English inflection (as in pa-search-lunr.js):
// "models" is a hit for "model", "tinting" is not one for "tin".
function stem(word) {
  let w = word.replace(/['’]s$/u, "");
  const m = /^(.{3,}?)(?:ings?|ers?|edly|ed|es|ly|s)$/u.exec(w);
  w = m ? m[1] : w;
  return w.length > 3 ? w.replace(/(.)\1$/u, "$1") : w;
}

// Whole words that are one of the query's words (Pagefind's own hits are marked as well).
function hitWord(terms) {
  const stems = new Set(terms.map(stem));
  return (word) => {
    const w = word.toLowerCase().replace(/[^\p{L}\p{N}'’]+/gu, "");
    return Boolean(w) && stems.has(stem(w));
  };
}

// The matching paragraphs of one document: hits grouped by the paragraph anchor before them.
function paragraphs(data) {
  const anchors = (data.anchors || [])
    .filter((a) => PARA.test(a.id) && a.text && /\S/.test(a.text))
    .sort((a, b) => a.location - b.location);
  const byId = new Map();
  for (const loc of data.locations || []) {
    let anchor = null;
    for (const a of anchors) {
      if (a.location <= loc) anchor = a;
      else break;
    }
    if (!anchor) continue;
    const words = anchor.text.split(/\s+/);
    if (loc - anchor.location >= words.length) continue; // a hit after the paragraph's text
    const entry = byId.get(anchor.id) || { anchor, hits: [] };
    entry.hits.push(loc - anchor.location);
    byId.set(anchor.id, entry);
  }
  return [...byId.values()]
    .sort((a, b) => b.hits.length - a.hits.length || a.anchor.location - b.anchor.location)
    .slice(0, MAX_PARAS);
}

function target(url, id, query) {
  const u = new URL(url, location.href);
  u.searchParams.set(HL, query);
  if (id) u.hash = id;
  return u.href;
}

function resultItem(data, query, terms) {
  const isHit = hitWord(terms);
  const title = data.meta?.title || data.url;
  const item = el("li", { class: "md-search-result__item" });
  const paras = paragraphs(data);
  const head = el(
    "a",
    { href: target(data.url, paras[0]?.anchor.id, query), class: "md-search-result__link", tabindex: "-1" },
    el(
      "article",
      { class: "md-search-result__article md-typeset", "data-md-score": "1" },
      el("div", { class: "md-search-result__icon md-icon" }),
      el("h1", {}, title),
    ),
  );
  item.append(head);
  if (!paras.length) {
    const words = (data.plain_excerpt || "").split(/\s+/);
    head.querySelector("article").append(marked(words, (i) => isHit(words[i])));
  }
  for (const { anchor, hits } of paras) {
    const words = anchor.text.split(/\s+/);
    const first = Math.min(...hits);
    const start = Math.max(0, Math.min(first - 8, words.length - WINDOW));
    const shown = words.slice(start, start + WINDOW);
    const set = new Set(hits.map((h) => h - start));
    const text = marked(shown, (i) => set.has(i) || isHit(shown[i]));
    if (start > 0) text.prepend("… ");
    if (start + WINDOW < words.length) text.append(" …");
    item.append(
      el(
        "a",
        {
          href: target(data.url, anchor.id, query),
          class: "md-search-result__link pa-pf-para",
          "data-pa-paragraph": anchor.id,
          tabindex: "-1",
        },
        el("article", { class: "md-search-result__article md-typeset" }, text),
      ),
    );
  }
  return item;
}

function ui() {
  const result = document.querySelector('[data-md-component="search-result"]');
  if (!result) return null;
  let box = result.querySelector(".pa-pf");
  if (!box) {
    const filters = el("details", { class: "pa-pf-filters" }, el("summary", {}, "Filter results"));
    for (const [key, label] of FILTERS) {
      const select = el("select", { "data-filter": key, "aria-label": label });
      select.append(el("option", { value: "" }, `${label}: any`));
      filters.append(select);
    }
    box = el(
      "div",
      { class: "pa-pf" },
      filters,
      el("div", { class: "md-search-result__meta pa-pf-meta" }, "Type to start searching"),
      el("ol", { class: "md-search-result__list pa-pf-list", role: "presentation" }),
    );
    result.prepend(box);
    filters.addEventListener("toggle", () => filters.open && fillFilters(filters));
    filters.addEventListener("change", (event) => {
      const key = event.target.dataset.filter;
      if (!key) return;
      if (event.target.value) selected[key] = event.target.value;
      else delete selected[key];
      run();
    });
  }
  return box;
}

async function fillFilters(details) {
  if (details.dataset.filled) return;
  details.dataset.filled = "1";
  const indexes = (await Promise.all([loadCore(), loadRest()])).filter(Boolean);
  const available = {}; // each value's count summed over the indexes, as Pagefind merges them
  for (const filters of await Promise.all(indexes.map((pf) => pf.filters()))) {
    for (const [key, values] of Object.entries(filters)) {
      available[key] ??= {};
      for (const [value, count] of Object.entries(values)) {
        available[key][value] = (available[key][value] || 0) + count;
      }
    }
  }
  for (const select of details.querySelectorAll("select")) {
    const values = Object.entries(available[select.dataset.filter] || {}).sort((a, b) =>
      a[0].localeCompare(b[0]),
    );
    for (const [value, count] of values) select.append(el("option", { value }, `${value} (${count})`));
  }
}

async function run() {
  const input = document.querySelector("input.md-search__input");
  const box = ui();
  if (!input || !box) return;
  const query = input.value.trim();
  const mine = ++generation;
  const meta = box.querySelector(".pa-pf-meta");
  const list = box.querySelector(".pa-pf-list");
  if (!query && !Object.keys(selected).length) {
    meta.textContent = "Type to start searching";
    list.replaceChildren();
    list.removeAttribute("aria-busy");
    return;
  }
  const first = await loadCore();
  const filters = Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, [v]]));
  // Archive documents first, then the site's own pages (their `type` filter,
  // scripts/persona_archive/site/search_engine.py; documents have none, so an index shard of
  // documents loads no filter for it): the Tags page is never the top hit for a phrase from a
  // document, and the documents are shown without waiting for the pages' search. A quoted
  // phrase is Pagefind's own exact-phrase search.
  const documents = { filters: { ...filters, not: { type: "page" } } };
  const pages = { filters: { ...filters, type: "page" } };
  const found = await first.search(query || null, documents);
  if (mine !== generation || !found) return;
  const answer = new Answer(query, mine, meta, list, (await shardUrls()).length > 0);
  const shown = answer.first(found.results);
  // The other shards are searched once the first result is on screen: Pagefind answers every
  // instance in one worker, and their metadata and chunks (tens of index files on a first
  // query) would hold back the first shard's fragments.
  await answer.opened;
  if (answer.stale()) return;
  const others = loadRest()
    .then((pf) => pf && pf.search(query || null, documents))
    .catch((error) => answer.failed(error));
  await shown;
  const more = await others;
  if (answer.stale()) return;
  answer.pending = false;
  await answer.more(more ? more.results : []);
  const indexes = [first, await loadRest().catch(() => null)].filter(Boolean);
  const sitePages = await Promise.all(indexes.map((pf) => pf.search(query || null, pages)));
  if (answer.stale()) return;
  await answer.pages(sitePages.flatMap((r) => (r ? r.results : [])));
}

function summary(n) {
  return `${n} matching document${n === 1 ? "" : "s"}`;
}

// One query's results as they come. The first index's documents are shown in order as their
// fragments arrive (all asked for at once), the first without waiting for the others; the other
// shards' documents are merged with them by Pagefind's score (as its own merged search ranks
// results), the list redrawn once; the site's own pages take the places left. A list still
// waiting for other shards says so, in words and with `aria-busy`.
class Answer {
  constructor(query, mine, meta, list, pending) {
    Object.assign(this, { query, mine, meta, list, pending });
    this.terms = termsOf(query);
    this.documents = [];
    this.total = 0;
    this.items = new Map();
    this.missing = false;
    this.opened = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  stale() {
    return this.mine !== generation;
  }

  item(result) {
    if (!this.items.has(result.id)) {
      this.items.set(result.id, result.data().then((data) => resultItem(data, this.query, this.terms)));
    }
    return this.items.get(result.id);
  }

  status() {
    const n = this.total;
    let text = n ? summary(n) : "No matching documents";
    if (this.pending) text = `${n ? `${summary(n)} so far` : "Nothing yet"}; searching the rest of the archive…`;
    else if (this.missing) text += " (part of the archive could not be searched)";
    this.meta.textContent = text;
    this.list.setAttribute("aria-busy", String(this.pending));
  }

  failed(error) {
    console.warn("Pagefind: the archive's other index shards could not be searched:", error);
    this.missing = true;
    return null;
  }

  async first(results) {
    this.documents = results;
    this.total += results.length;
    const items = results.slice(0, MAX_DOCS).map((r) => this.item(r));
    if (!items.length) {
      this.list.replaceChildren();
      this.status();
    }
    try {
      for (const [i, pending] of items.entries()) {
        const item = await pending;
        if (this.stale()) return;
        if (i) this.list.append(item);
        else this.list.replaceChildren(item);
        this.status();
        this.open();
      }
    } finally {
      this.open();
    }
  }

  async more(results) {
    this.total += results.length;
    this.documents = [...this.documents, ...results].sort((a, b) => b.score - a.score);
    const items = await Promise.all(this.documents.slice(0, MAX_DOCS).map((r) => this.item(r)));
    if (this.stale()) return;
    this.list.replaceChildren(...items);
    this.status();
  }

  async pages(results) {
    this.total += results.length;
    const room = Math.max(0, MAX_DOCS - this.documents.length);
    const top = results.sort((a, b) => b.score - a.score).slice(0, room);
    const items = await Promise.all(top.map((r) => this.item(r)));
    if (this.stale()) return;
    this.list.append(...items);
    this.status();
  }
}

function setup() {
  const input = document.querySelector("input.md-search__input");
  if (!input || input.dataset.paPagefind) return;
  input.dataset.paPagefind = "1";
  document.documentElement.classList.add("pa-pagefind");
  ui();
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    // While typing, wait for a pause; the first query goes at once (Pagefind is still loading,
    // and a later query supersedes it).
    if (ready) timer = setTimeout(run, 80);
    else run();
  });
  // Focused once the first index has loaded, the box fetches the other shards' metadata too.
  input.addEventListener("focus", () => (ready ? loadRest() : loadCore()), { once: true });
  // Enter follows the first result (Material's handler would look at its own, empty list).
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const first = document.querySelector(".pa-pf-list .md-search-result__link");
    event.preventDefault();
    event.stopPropagation();
    if (first) first.click();
  });
  document.querySelector("form[name=search]")?.addEventListener("reset", () => {
    setTimeout(run, 0);
  });
}

// On arrival from a result: mark the query's words in the page and the target paragraph.
function highlight() {
  const params = new URLSearchParams(location.search);
  const query = params.get(HL);
  const article = document.querySelector("article.md-content__inner");
  if (!query || !article || article.dataset.paHighlighted === query) return;
  article.dataset.paHighlighted = query;
  const isHit = hitWord(termsOf(query));
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (parent && !parent.closest("mark, script, style, .headerlink")) nodes.push(walker.currentNode);
  }
  for (const node of nodes) {
    const parts = node.data.split(/(\s+)/);
    if (!parts.some((p) => /\S/.test(p) && isHit(p))) continue;
    const frag = document.createDocumentFragment();
    for (const part of parts) {
      frag.append(/\S/.test(part) && isHit(part) ? el("mark", { class: "pa-hit", "data-md-highlight": "" }, part) : part);
    }
    node.replaceWith(frag);
  }
  const id = decodeURIComponent(location.hash.slice(1));
  const para = id && document.getElementById(id);
  if (para) {
    para.classList.add("pa-target");
    para.scrollIntoView({ block: "center" });
  }
}

setup();
highlight();
// Once the page has loaded, Pagefind's own files are fetched for the first query.
addEventListener("load", () => document.querySelector("input.md-search__input") && loadCore());
// Material's instant navigation swaps the content without reloading this module.
if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => {
    setup();
    highlight();
  });
}
