/* The reading room (issue 5): the home page's search box opens Material's search with its query
   (without JavaScript the form still works: Material opens search for ?q= on load), and a
   document's raw original and cleaning log, published gzipped (issue 20), are unpacked here
   (pa-gzip.js) and saved under their own names, byte for byte (without JavaScript, or in a
   browser without DecompressionStream, the link saves the .gz). The provenance section's lists
   of repairs and removed and restructured lines are read from the cleaning log when the reader
   opens one (issue 20: the page carries their counts and a link to the log, which is all a
   reader without JavaScript gets). */
(function () {
  "use strict";
  function bind() {
    var form = document.querySelector("form.pa-home-search");
    if (!form || form.dataset.paBound) return;
    form.dataset.paBound = "1";
    form.addEventListener("submit", function (event) {
      var query = form.querySelector("input[name=q]").value.trim();
      var input = document.querySelector("input.md-search__input");
      var toggle = document.getElementById("__search");
      if (!input || !toggle) return;
      event.preventDefault();
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
      input.value = query;
      input.focus();
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }
  /* A link's file name without its ".gz" (a link whose data-pa-name is empty). */
  function unpackedName(href) {
    return decodeURIComponent(new URL(href).pathname.split("/").pop()).replace(/\.gz$/, "");
  }
  function saveRaw(link) {
    return fetch(link.href)
      .then(self.paUnpacked)
      .then(function (blob) {
        var url = URL.createObjectURL(blob);
        var save = document.createElement("a");
        save.href = url;
        save.download = link.dataset.paName || unpackedName(link.href);
        document.body.appendChild(save);
        save.click();
        save.remove();
        setTimeout(function () {
          URL.revokeObjectURL(url);
        }, 1000);
      });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-pa-name]");
    if (!link || typeof DecompressionStream === "undefined" || event.defaultPrevented) return;
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    saveRaw(link).catch(function () {
      window.location.href = link.href; // the .gz itself, when unpacking fails
    });
  });
  /* The cleaning log's entries as persona_archive.site.reading wrote them into every page before:
     changes in the order of the source's lines, without those that changed nothing; every
     scraped text set as text, never as markup. */
  var SHOWN = 200; // longest text of a line shown in full
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function clip(text) {
    var words = String(text).split(/\s+/).filter(Boolean).join(" ");
    var chars = Array.from(words);
    if (chars.length <= SHOWN) return words;
    var cut = chars.slice(0, SHOWN).join("");
    var space = cut.lastIndexOf(" ");
    return (space >= 0 ? cut.slice(0, space) : cut) + " …";
  }
  function lineOf(change) {
    return Number.isInteger(change.line) ? change.line : 0;
  }
  function shownChanges(changes) {
    return (changes || [])
      .filter(function (c) { return !(c.after && c.after === c.before); })
      .map(function (c, i) { return [c, i]; })
      .sort(function (a, b) {
        var ai = Number.isInteger(a[0].line), bi = Number.isInteger(b[0].line);
        if (ai !== bi) return ai ? -1 : 1;
        return lineOf(a[0]) - lineOf(b[0]) || a[1] - b[1];
      })
      .map(function (pair) { return pair[0]; });
  }
  function repairItem(r) {
    var li = el("li");
    if (r.offset !== undefined && r.offset !== null) li.append("offset " + r.offset + ": ");
    li.append(el("code", r.before || ""), " → ", el("code", r.after || ""), " ");
    var why = r.reason || "";
    if (r.codec) why += ", read as " + r.codec;
    if (Number.isInteger(r.candidates) && r.candidates > 1) {
      why += ", chosen among " + r.candidates + " candidates";
    }
    li.append(el("span", "(" + why + ")", "pa-why"));
    return li;
  }
  function changeItem(c) {
    var li = el("li");
    if (c.line) li.append("line " + c.line + ": ");
    li.append(el("strong", c.rule || ""), (c.detail ? " (" + c.detail + ")" : "") + ": ");
    li.append(el("q", clip(c.before || ""), "pa-changed"));
    if (c.after && c.after !== c.before) li.append(" → ", el("q", clip(c.after), "pa-changed"));
    return li;
  }
  function logItems(log, kind) {
    if (kind === "repairs") return (log.repairs || []).map(repairItem);
    return shownChanges(log.changes)
      .filter(function (c) { return kind === "removed" ? !c.after : Boolean(c.after); })
      .map(changeItem);
  }
  window.paCleaningLog = { items: logItems };
  function openLog(details) {
    var section = details.closest(".pa-provenance");
    var link = section && section.querySelector("a.pa-log-link");
    if (!link || details.dataset.paLoading) return;
    details.dataset.paLoading = "1";
    fetch(link.href)
      .then(self.paUnpacked)
      .then(function (blob) {
        return blob.text();
      })
      .then(function (log) {
        log = JSON.parse(log);
        var list = el("ul");
        list.append.apply(list, logItems(log, details.dataset.paLog));
        var failed = details.querySelector(".pa-log-failed");
        if (failed) failed.remove();
        details.append(list);
      })
      .catch(function () {
        delete details.dataset.paLoading; // the next opening tries again
        if (!details.querySelector(".pa-log-failed")) {
          details.append(el("p", "The list could not be read; the full log is linked below.",
            "pa-log-failed"));
        }
      });
  }
  document.addEventListener(
    "toggle",
    function (event) {
      var details = event.target;
      if (details.open && details.matches && details.matches("details.pa-log[data-pa-log]")) {
        openLog(details);
      }
    },
    true, // toggle does not bubble: caught on its way down
  );
  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(bind);
  } else {
    document.addEventListener("DOMContentLoaded", bind);
  }
})();
