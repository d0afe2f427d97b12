/* Persona Archive: the prelude of Material's lunr search worker (issue 17).

   hooks/search.py writes assets/javascripts/workers/pa-search.<hash>.min.js as this file followed
   by Material's own worker (one file: it works from file:// too, where Material runs its worker
   in an iframe), and points the pages at it. Material's worker answers as before; around it:

   - a quoted phrase ("the model said") matches as a phrase: Material would make each of its
     words required (and find nothing when one is a stop word); here its words that lunr indexes
     are required and a result is kept only where the words stand together, in that order;
   - archive documents rank above the site's hand-written pages (a document entry carries the
     `facts` field, scripts/persona_archive/site/search_entries.py): the Tags page is not the top
     hit for a phrase from a document;
   - the chips under a result show the tags' labels (`tag_labels` of the entry), not their slugs
     (which stay what the index's tags field holds);
   - a query that finds nothing gets the nearest indexed terms (a misspelling, "shogoth" ->
     "shoggoth"), sent on the BroadcastChannel "pa-search" for the page (pa-search-lunr.js) to
     offer;
   - an index in parts (scripts/persona_archive/site/search_parts.py: search_index.json names
     them in config.parts, so no file of the site grows with the archive) is fetched whole,
     the parts in parallel and unpacked (gzipped: pa-gzip.js, which this file follows in the
     worker), and Material's worker is set up with the entries joined in order: the same index
     as one file would give. */
(function () {
  "use strict";

  var SETUP = 0;
  var QUERY = 2;
  var RESULT = 3;
  var MAX_SUGGESTIONS = 5;

  var docs = []; // the index's entries, as Material received them
  var archived = new Set(); // locations of archive documents' entries (those with `facts`)
  var plainText = null; // location -> normalised title and text, made on the first phrase
  var vocabulary = null; // term -> uses, made on the first query that finds nothing
  var pending = []; // what was asked, in the order Material's worker answers
  var channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("pa-search") : null;

  /* Lower case, tags and entities out, every run of non-letters one space. */
  function normalise(html) {
    return (" " + String(html || "")
      .replace(/<[^>]*>/g, " ")
      .replace(/&(amp|lt|gt|quot|#39|#x27);/g, function (_, e) {
        return { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" }[e];
      })
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ") + " ").replace(/ +/g, " ");
  }

  function words(text) {
    return normalise(text).trim().split(" ").filter(Boolean);
  }

  function isStopWord(word) {
    var lunr = self.lunr;
    return !!(lunr && lunr.stopWordFilter && lunr.stopWordFilter(word) === undefined);
  }

  /* The query Material's worker gets, and the phrases its results must hold. */
  function parse(query) {
    var phrases = [];
    var rest = String(query || "").replace(/"([^"]*)"/g, function (_, phrase) {
      var ws = words(phrase);
      if (ws.length > 1) phrases.push(" " + ws.join(" ") + " ");
      // the phrase's indexed words are required (stop words are not in the index)
      return " " + ws.filter(function (w) { return !isStopWord(w); })
        .map(function (w) { return "+" + w; }).join(" ") + " ";
    });
    return { original: query, lunr: rest.replace(/"/g, " ").replace(/\s+/g, " ").trim(), phrases: phrases };
  }

  function textOf(location) {
    if (!plainText) {
      plainText = new Map();
      docs.forEach(function (d) { plainText.set(d.location, normalise((d.title || "") + " " + (d.text || ""))); });
    }
    return plainText.get(location) || " ";
  }

  function holds(location, phrases) {
    var text = textOf(location);
    return phrases.every(function (p) { return text.indexOf(p) >= 0; });
  }

  /* Results with every phrase (a document's own entry is kept for its heading), archive
     documents first; each group keeps its order. */
  function refine(data, asked) {
    if (!data || !Array.isArray(data.items)) return data;
    var groups = data.items;
    if (asked && asked.phrases.length) {
      groups = groups
        .map(function (group) {
          var hits = group.filter(function (item) { return holds(item.location, asked.phrases); });
          if (!hits.length) return null;
          return group.filter(function (item) {
            return hits.indexOf(item) >= 0 || item.location.indexOf("#") < 0;
          });
        })
        .filter(Boolean);
    }
    var isArchived = function (group) {
      return group.some(function (item) { return archived.has(item.location.split("#")[0]); });
    };
    var ordered = groups.filter(isArchived).concat(groups.filter(function (g) { return !isArchived(g); }));
    ordered = ordered.map(function (group) {
      return group.map(function (item) {
        if (!Array.isArray(item.tag_labels)) return item;
        var shown = {};
        for (var key in item) shown[key] = item[key];
        shown.tags = item.tag_labels;
        return shown;
      });
    });
    if (!ordered.length && asked && channel) {
      channel.postMessage({ query: asked.original, suggestions: suggest(asked) });
    }
    var out = {};
    for (var key in data) out[key] = data[key];
    out.items = ordered;
    return out;
  }

  /* Optimal string alignment distance, given up past `limit`. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = null, prev = [], row, i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        row.push(v);
        if (v < best) best = v;
      }
      if (best > limit) return limit + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  /* For each word of the query the index does not hold, the nearest indexed terms (within one
     edit for short words, two for longer), most used first. */
  function suggest(asked) {
    if (!vocabulary) {
      vocabulary = new Map();
      docs.forEach(function (d) {
        words((d.title || "") + " " + (d.text || "") + " " + (d.facts || "")).forEach(function (w) {
          if (w.length > 2) vocabulary.set(w, (vocabulary.get(w) || 0) + 1);
        });
      });
    }
    var found = [];
    words(asked.original).forEach(function (word) {
      if (word.length < 3 || vocabulary.has(word) || isStopWord(word)) return;
      var limit = word.length < 6 ? 1 : 2;
      var near = [];
      vocabulary.forEach(function (uses, term) {
        var d = distance(word, term, limit);
        if (d <= limit) near.push([d, -uses, term]);
      });
      near.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : 1); });
      near.slice(0, MAX_SUGGESTIONS).forEach(function (n) {
        if (found.indexOf(n[2]) < 0) found.push(n[2]);
      });
    });
    return found.slice(0, MAX_SUGGESTIONS);
  }

  /* The folder of search_index.json: the worker is assets/javascripts/workers/<name>.js in the
     site; in Material's iframe stand-in for a worker (file://), the first script is this file. */
  function searchFolder() {
    var script = self.location.href;
    if (typeof document !== "undefined") {
      var tag = document.querySelector("script[src]");
      if (tag) script = tag.src;
    }
    return new URL("../../../search/", script);
  }

  function fetchPart(url, retries) {
    return fetch(url).then(self.paUnpacked).then(function (blob) {
      return blob.text();
    }).then(function (text) {
      var part = JSON.parse(text);
      if (!part || !Array.isArray(part.docs)) throw new Error("not a part of the search index");
      return part.docs;
    }).catch(function (error) {
      if (retries > 0) return fetchPart(url, retries - 1);
      // search still answers from the other parts; the console says which part is missing
      console.error("Search: could not load " + url + ": " + error.message);
      return [];
    });
  }

  /* Material's setup message with the parts' entries after its own, in order, and the
     config without the list of parts. */
  function joined(message) {
    var config = {};
    for (var key in message.data.config) if (key !== "parts") config[key] = message.data.config[key];
    var folder = searchFolder();
    var loads = message.data.config.parts.map(function (name) {
      return fetchPart(new URL(name, folder).href, 1);
    });
    return Promise.all(loads).then(function (parts) {
      var all = (message.data.docs || []).slice();
      parts.forEach(function (docs) {
        for (var i = 0; i < docs.length; i++) all.push(docs[i]);
      });
      var data = {};
      for (var k in message.data) data[k] = message.data[k];
      data.config = config;
      data.docs = all;
      return { type: SETUP, data: data };
    });
  }

  // Registered before Material's worker registers its own: sees (and rewrites) a query first.
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (!message) return;
    if (message.type === SETUP && message.data && message.data.config &&
        Array.isArray(message.data.config.parts)) {
      // Material's worker waits for the whole index; the page sends no query before READY
      event.stopImmediatePropagation();
      joined(message).then(function (whole) {
        self.dispatchEvent(new MessageEvent("message", { data: whole }));
      });
      return;
    }
    if (message.type === SETUP && message.data) {
      docs = message.data.docs || [];
      archived = new Set();
      docs.forEach(function (d) { if (d.facts !== undefined) archived.add(d.location.split("#")[0]); });
      plainText = vocabulary = null;
    } else if (message.type === QUERY) {
      var asked = parse(message.data);
      pending.push(asked);
      message.data = asked.lunr;
    }
  });

  var post = self.postMessage.bind(self);
  self.postMessage = function (message) {
    if (message && message.type === RESULT) {
      message = { type: RESULT, data: refine(message.data, pending.shift()) };
    }
    post(message);
  };
})();
