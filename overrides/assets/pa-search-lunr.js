/* Material's lunr search, on the page (issues 7, 17).

   - Paragraph links: an archived document's index entry marks each paragraph with its id
     (<p data-p=ID>); Material's results show the paragraphs that hold the hits, markup included.
     Each result link is pointed at the shown paragraph with the most of the query's words (the
     first of equals), so a hit opens the page at that paragraph; a result without a marked
     paragraph (a hit in the title or the authors) keeps its link. Every result link carries the
     query as ?h= for the page it opens.
   - Whole-word highlighting: on a page opened with ?h=, every word that is one of the query's
     words (or an inflection of it) is marked, whole ("men" marks "men", never "comment" or
     "mentions"). Material's own highlighter (search.highlight, off in mkdocs.yml) marks
     fragments inside words.
   - Suggestions: when a query finds nothing, the search worker's prelude
     (pa-search-worker.js) sends the nearest indexed terms on the BroadcastChannel "pa-search";
     they are offered under "No matching documents", each a button that searches for it. */
(function () {
  "use strict";

  var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

  function queryWords(query) {
    return (String(query || "").toLowerCase().match(WORD) || []).filter(function (w) {
      return w.length > 1 || /\p{N}/u.test(w);
    });
  }

  function target(link) {
    var best = null;
    var most = 0;
    link.querySelectorAll("[data-p]").forEach(function (paragraph) {
      var words = {};
      paragraph.querySelectorAll("mark").forEach(function (mark) {
        words[mark.textContent.toLowerCase()] = true;
      });
      var count = Object.keys(words).length;
      if (count > most) {
        best = paragraph;
        most = count;
      }
    });
    return best && best.getAttribute("data-p");
  }

  function searchInput() {
    return document.querySelector("input.md-search__input");
  }

  function retarget(root) {
    if (!root.querySelectorAll) return;
    var input = searchInput();
    var words = queryWords(input && input.value).join(" ");
    root.querySelectorAll("a.md-search-result__link").forEach(function (link) {
      var url = new URL(link.href);
      var id = target(link);
      if (id) url.hash = id;
      if (words) url.searchParams.set("h", words);
      link.href = url.href;
    });
  }

  /* A word without its possessive or a common English inflection: the index is stemmed (lunr's
     English stemmer), so "models" and "modelled" are hits for "model"; "tinting" is not one
     for "tin". */
  function stem(word) {
    var w = word.replace(/['’]s$/, "");
    var m = /^(.{3,}?)(?:ings?|ers?|edly|ed|es|ly|s)$/u.exec(w);
    w = m ? m[1] : w;
    return w.length > 3 ? w.replace(/(.)\1$/, "$1") : w;
  }

  /* Mark, in the article, each whole word that is one of the query's words. */
  function highlight() {
    var terms = queryWords(new URLSearchParams(location.search).get("h"));
    var article = document.querySelector("article.md-content__inner");
    if (!terms.length || !article || article.dataset.paHighlighted) return;
    article.dataset.paHighlighted = "1";
    var stems = terms.map(stem);
    var isHit = function (word) {
      return stems.indexOf(stem(word.toLowerCase())) >= 0;
    };
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) {
      var parent = walker.currentNode.parentElement;
      if (parent && !parent.closest("mark, script, style, .headerlink, .pa-para, [data-search-exclude]")) {
        nodes.push(walker.currentNode);
      }
    }
    nodes.forEach(function (node) {
      var text = node.data;
      var parts = [];
      var last = 0;
      text.replace(WORD, function (word, at) {
        if (isHit(word)) {
          parts.push(text.slice(last, at));
          var mark = document.createElement("mark");
          mark.setAttribute("data-md-highlight", "");
          mark.textContent = word;
          parts.push(mark);
          last = at + word.length;
        }
        return word;
      });
      if (!parts.length) return;
      parts.push(text.slice(last));
      var frag = document.createDocumentFragment();
      parts.forEach(function (p) { frag.append(p); });
      node.replaceWith(frag);
    });
  }

  var latest = null; // the worker's last suggestions: {query, suggestions}

  function offer() {
    var input = searchInput();
    var meta = document.querySelector(".md-search-result__meta");
    var list = document.querySelector(".md-search-result__list");
    if (!input || !meta || !list) return;
    var box = document.querySelector(".pa-search-suggest");
    var wanted = latest && latest.suggestions.length && latest.query.trim() === input.value.trim() &&
      !list.children.length;
    if (!wanted) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.className = "pa-search-suggest";
      box.setAttribute("aria-live", "polite");
      meta.parentNode.insertBefore(box, meta.nextSibling);
    }
    if (box.dataset.query === latest.query) return;
    box.dataset.query = latest.query;
    box.replaceChildren(document.createTextNode("Nearest terms in the archive: "));
    latest.suggestions.forEach(function (term, i) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "pa-search-suggest__term";
      b.textContent = term;
      b.setAttribute("aria-label", "Search for " + term);
      b.addEventListener("click", function () {
        input.value = term;
        input.focus();
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
      });
      if (i) box.append(" ");
      box.append(b);
    });
  }

  highlight();
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(highlight);
  }

  var list = document.querySelector(".md-search-result__list");
  if (!list) return;
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(retarget);
    });
    offer();
  }).observe(list, { childList: true });
  var meta = document.querySelector(".md-search-result__meta");
  if (meta) new MutationObserver(offer).observe(meta, { childList: true, characterData: true, subtree: true });
  if (typeof BroadcastChannel === "function") {
    new BroadcastChannel("pa-search").addEventListener("message", function (event) {
      var data = event.data || {};
      if (typeof data.query !== "string" || !Array.isArray(data.suggestions)) return;
      latest = { query: data.query, suggestions: data.suggestions.map(String) };
      offer();
    });
  }
})();
