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

let core = null;
let pagefind = null;
let ready = false;
const selected = {};
let generation = 0;

// The other indexes of an archive indexed in shards (pa-shards.json, written with the bundle),
// merged into one search; none for an archive indexed in one run.
async function shardUrls() {
  try {
    const response = await fetch(SHARDS);
    return response.ok ? (await response.json()).merge.map((u) => new URL(u, SHARDS).pathname) : [];
  } catch {
    return [];
  }
}

// Pagefind itself (its script, worker, WebAssembly and the first index's metadata, ~50 kB
// compressed, cached by the browser) is fetched once the page has loaded, as Material fetches
// its own search index: a reader's first query then waits only for the other shards' metadata
// and the chunks it needs.
function loadCore() {
  if (!core) {
    core = import(BUNDLE.href).then(async (pf) => {
      await pf.options({ baseUrl: SITE.pathname, excerptLength: WINDOW });
      pf.init();
      return pf;
    });
  }
  return core;
}

function load() {
  if (!pagefind) {
    pagefind = Promise.all([loadCore(), shardUrls()]).then(async ([pf, shards]) => {
      await Promise.all(shards.map((url) => pf.mergeIndex(url, { baseUrl: SITE.pathname })));
      ready = true;
      return pf;
    });
  }
  return pagefind;
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
  const pf = await load();
  const available = await pf.filters();
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
    return;
  }
  const pf = await load();
  const filters = Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, [v]]));
  // Archive documents first, then the site's own pages (their `type` filter,
  // scripts/persona_archive/site/search_engine.py; documents have none, so an index shard of
  // documents loads no filter for it): the Tags page is never the top hit for a phrase from a
  // document, and the documents are shown without waiting for the pages' search. A quoted
  // phrase is Pagefind's own exact-phrase search.
  const documents = await pf.search(query || null, { filters: { ...filters, not: { type: "page" } } });
  if (mine !== generation || !documents) return;
  const terms = termsOf(query);
  const shown = { count: 0, total: documents.results.length };
  await show(documents.results.slice(0, MAX_DOCS), query, terms, mine, meta, list, shown);
  const pages = await pf.search(query || null, { filters: { ...filters, type: "page" } });
  if (mine !== generation || !pages) return;
  shown.total += pages.results.length;
  await show(pages.results.slice(0, Math.max(0, MAX_DOCS - shown.count)), query, terms, mine, meta, list, shown);
  if (!shown.count) {
    meta.textContent = "No matching documents";
    list.replaceChildren();
  } else meta.textContent = summary(shown.total);
}

function summary(n) {
  return `${n} matching document${n === 1 ? "" : "s"}`;
}

// Results in order as their fragments arrive (all fetched at once), the first without waiting
// for the slowest of the others; the list is replaced when the first of a new query comes.
async function show(results, query, terms, mine, meta, list, shown) {
  const datas = results.map((r) => r.data());
  for (const data of datas) {
    const item = resultItem(await data, query, terms);
    if (mine !== generation) return;
    if (shown.count++) list.append(item);
    else list.replaceChildren(item);
    meta.textContent = summary(shown.total);
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
  input.addEventListener("focus", () => load(), { once: true });
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
