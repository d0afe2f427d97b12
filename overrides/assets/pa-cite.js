/* Persona Archive — citing (issue 4). Paragraph numbers with copy-link controls, highlighting of
   the paragraph a link points to (aliases included), and the cite box's copy buttons and
   paragraph citation. All citation text was computed at build time; this only loads the formats
   the page does not carry (see citeData) and fills in the chosen paragraph's number and anchor.

   Clicking a ¶ number copies the paragraph's permanent link (the configured site URL, never the
   address bar's, which may carry a search's ?h=) and opens its citation right below the
   paragraph, with Copy buttons. The ¶ numbers are one tab stop together (a roving tabindex: the
   arrow keys move between them), so the rest of the page is not 100 tabs away. */
(function () {
  "use strict";

  function copyText(text, button) {
    var done = function () { flash(button, "Copied"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  /* Say "Copied" on the control for two seconds; its accessible name says so too (a name that
     no longer contains the visible text confuses speech input). */
  function flash(button, message) {
    if (!button) return;
    if (!button.dataset.label) button.dataset.label = button.textContent;
    if (button.hasAttribute("aria-label") && !button.dataset.name) {
      button.dataset.name = button.getAttribute("aria-label");
    }
    button.textContent = message;
    if (button.dataset.name) button.setAttribute("aria-label", message);
    button.classList.add("pa-copied");
    clearTimeout(button._paTimer);
    button._paTimer = setTimeout(function () {
      button.textContent = button.dataset.label;
      if (button.dataset.name) button.setAttribute("aria-label", button.dataset.name);
      button.classList.remove("pa-copied");
    }, 2000);
  }

  /* The cite box's other formats are not in the page: its other styles and the templates for one
     paragraph ({n}, {id}) are in the document's cite/<key>.cite.json.gz, BibTeX, RIS and CSL-JSON in
     its download files. Each is fetched once, when first needed; until then (and without
     JavaScript, or when a fetch fails) the box shows links to those files. */
  function citeBox() {
    return document.getElementById("cite");
  }

  function fetched(url, as) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      if (!/\.gz$/.test(url)) return as === "json" ? response.json() : response.text();
      return self.paUnpacked(response).then(function (blob) {
        return blob.text();
      }).then(function (text) {
        return as === "json" ? JSON.parse(text) : text;
      });
    });
  }

  /* The document's cite data (a Promise; null off a document page). */
  function citeData() {
    var box = citeBox();
    if (!box || !box.dataset.paData) return Promise.resolve(null);
    if (!box._paData) {
      box._paData = fetched(box.dataset.paData, "json");
      box._paData.catch(function () { box._paData = null; }); /* the next use tries again */
    }
    return box._paData;
  }

  var raw = {}; /* the raw formats' files, by format, once fetched */

  /* Fill in the box's formats that load on demand; resolves when every one is in or failed. */
  function loadBox() {
    var box = citeBox();
    if (!box) return Promise.resolve();
    var jobs = [];
    var styled = box.querySelectorAll(".pa-cite-formats [data-pa-style]");
    if (styled.length) {
      jobs.push(citeData().then(function (data) {
        for (var i = 0; i < styled.length; i++) {
          var el = styled[i], s = data && whole(data, el.dataset.paStyle);
          if (!s || !el.hasAttribute("data-pa-style")) continue;
          el.innerHTML = s.html; /* built and escaped at build time */
          var intext = document.getElementById(el.id + "-intext");
          if (intext) intext.textContent = s.intext;
          el.removeAttribute("data-pa-style");
        }
      }));
    }
    var codes = box.querySelectorAll("[data-pa-src]");
    Array.prototype.forEach.call(codes, function (code) {
      if (!code._paLoad) {
        /* the file is the one its section's Download link gives (not written twice a page) */
        var link = code.closest(".pa-cite-format").querySelector("a[download]");
        code._paLoad = fetched(link.getAttribute("href"), "text").then(function (text) {
          raw[code.id.replace(/^pa-cite-/, "")] = text;
          code.textContent = text;
          code.removeAttribute("data-pa-src");
        }, function () { code._paLoad = null; });
      }
      jobs.push(code._paLoad);
    });
    return Promise.all(jobs.map(function (job) { return job.catch(function () {}); }));
  }

  /* A raw format of the document (BibTeX, RIS, CSL-JSON, as its file has it) made the same format
     of one paragraph: the link to the paragraph and the note led by its number, as bibtex, ris
     and csl_item (site/citations/) write them given that link and note; a test compares. */
  function paraFormat(fmt, text, n, id) {
    var lead = "¶ " + n + ". ";
    if (fmt === "bibtex") {
      return text.replace(/^( {2}url = \{[^}\n]*)\}/m, "$1#" + id + "}")
        .replace(/^( {2}note = \{)/m, "$1" + lead);
    }
    if (fmt === "ris") {
      return text.replace(/^(UR {2}- .*)$/m, "$1#" + id).replace(/^N1 {2}- /m, "N1  - " + lead);
    }
    var items = JSON.parse(text);
    items.forEach(function (item) {
      item.URL += "#" + id;
      item.note = lead + item.note;
    });
    return JSON.stringify(items, null, 2);
  }

  /* The text a Copy button copies: its source element's, once it has loaded. */
  function copyFrom(button) {
    var source = document.getElementById(button.getAttribute("data-pa-copy"));
    if (!source) return;
    var pending = source.hasAttribute("data-pa-style") || source.hasAttribute("data-pa-src");
    (pending ? loadBox() : Promise.resolve()).then(function () {
      copyText(source.textContent.trim(), button);
    });
  }

  /* A paragraph's permanent link: the configured site URL's, else this page's without its query
     (Material's search adds ?h=) and fragment. */
  function permanentUrl(id) {
    var permanent = document.querySelector("#cite .pa-cite-url");
    if (permanent) return permanent.getAttribute("href") + "#" + id;
    return location.origin + location.pathname + "#" + id;
  }

  /* The paragraph an id names: the element itself, or the paragraph an alias stands for. */
  function paragraphFor(id) {
    if (!id) return null;
    var el = document.getElementById(id);
    if (!el) return null;
    if (el.classList.contains("pa-alias")) el = el.parentElement;
    return el;
  }

  function highlight(el, scroll) {
    var old = document.querySelectorAll(".pa-highlight");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("pa-highlight");
    if (!el) return;
    el.classList.add("pa-highlight");
    if (scroll !== false) el.scrollIntoView({ block: "center" });
  }

  /* A style's citation of the whole document: given, or (``{}`` in the file) the paragraph's
     without its "¶ {n}. ", "#{id}" and ", para. {n}" (citebox._whole, which checked it). */
  function whole(data, name) {
    var s = data.styles[name], p = data.para.styles[name];
    if (!s || s.html !== undefined || !p) return s;
    return {
      html: p.html.replace("¶ {n}. ", "").replace("#{id}", ""),
      intext: p.intext.replace(", para. {n}", ""),
    };
  }

  function fill(template, n, id) {
    return template.split("{n}").join(String(n)).split("{id}").join(id);
  }

  /* A format's name as the cite box's heading gives it. */
  function formatLabel(name) {
    var heading = document.querySelector('#cite [data-format="' + name + '"] > h3');
    return heading ? heading.textContent : name;
  }

  /* The paragraph section's blocks, one per format, made the first time a paragraph is cited
     (an entry and its in-text citation for a style, a scrolling region for a raw format). */
  function paragraphBlocks(section, para) {
    if (section._paBuilt) return;
    section._paBuilt = true;
    var names = Object.keys(para.styles).concat(["bibtex", "ris", "csl"]);
    names.forEach(function (name) {
      var label = formatLabel(name), id = "pa-cite-para-" + name;
      var div = document.createElement("div");
      div.className = "pa-cite-format";
      div.setAttribute("data-format", name);
      var h = document.createElement("h4");
      h.textContent = label;
      div.appendChild(h);
      if (para.styles[name]) {
        var entry = document.createElement("p");
        entry.className = "pa-cite-entry";
        entry.id = id;
        var intext = document.createElement("p");
        intext.className = "pa-cite-intext";
        intext.appendChild(document.createTextNode("In text: "));
        var span = document.createElement("span");
        span.id = id + "-intext";
        intext.appendChild(span);
        div.appendChild(entry);
        div.appendChild(intext);
      } else {
        var pre = document.createElement("pre");
        pre.tabIndex = 0;
        pre.setAttribute("role", "region");
        pre.setAttribute("aria-label", label + " entry of this paragraph");
        var code = document.createElement("code");
        code.id = id;
        pre.appendChild(code);
        div.appendChild(pre);
      }
      var copy = button("Copy " + label + " of this paragraph", null, function () {
        copyFrom(this);
      });
      copy.setAttribute("data-pa-copy", id);
      div.appendChild(copy);
      section.appendChild(div);
    });
  }

  /* Show the cite box's citation of one paragraph (once its data has loaded). */
  function citeParagraph(el) {
    var section = document.querySelector(".pa-cite-para");
    if (!section || !el || !el.dataset.para) return Promise.resolve();
    var n = el.dataset.para, id = el.id;
    section._paFor = id;
    return Promise.all([citeData(), loadBox()]).then(function (got) {
      var data = got[0];
      if (!data || section._paFor !== id) return; /* another paragraph was picked meanwhile */
      var para = data.para;
      paragraphBlocks(section, para);
      section.hidden = false;
      section.querySelector(".pa-cite-para-n").textContent = "¶ " + n;
      Object.keys(para.styles).forEach(function (name) {
        var s = para.styles[name];
        var entry = document.getElementById("pa-cite-para-" + name);
        if (entry) entry.innerHTML = fill(s.html, n, id); /* built and escaped at build time */
        var intext = document.getElementById("pa-cite-para-" + name + "-intext");
        if (intext) intext.textContent = fill(s.intext, n, id);
      });
      ["bibtex", "ris", "csl"].forEach(function (fmt) {
        var code = document.getElementById("pa-cite-para-" + fmt);
        if (code) code.textContent = raw[fmt] ? paraFormat(fmt, raw[fmt], n, id) : "";
      });
    }, function () { /* the box keeps its links to the files */ });
  }

  function button(label, name, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "md-button pa-copy";
    b.textContent = label;
    if (name) b.setAttribute("aria-label", name);
    b.addEventListener("click", onClick);
    return b;
  }

  function closePopover(returnFocus) {
    var open = document.querySelector(".pa-para-cite");
    if (!open) return;
    var link = open._paLink;
    open.parentNode.removeChild(open);
    if (returnFocus && link) link.focus();
  }

  /* The paragraph's citation where the reader is: a panel right after the paragraph, with its
     permanent link and each style's citation, each with its own Copy button. */
  function popover(el, link, viaKeyboard) {
    closePopover(false);
    if (!citeBox()) return;
    var n = el.dataset.para, id = el.id;
    var panel = document.createElement("div");
    panel.className = "pa-para-cite";
    panel.id = "pa-para-cite";
    panel.setAttribute("role", "region");
    panel.setAttribute("aria-label", "Citation of paragraph " + n);
    panel.setAttribute("data-search-exclude", "");
    panel.setAttribute("data-pagefind-ignore", "");
    panel._paLink = link;

    var head = document.createElement("p");
    head.className = "pa-para-cite__head";
    var strong = document.createElement("strong");
    strong.textContent = "Cite ¶ " + n;
    head.appendChild(strong);
    head.appendChild(document.createTextNode(" — link copied. "));
    var close = button("Close", "Close citation of paragraph " + n, function () {
      closePopover(true);
    });
    close.classList.add("pa-para-cite__close");
    head.appendChild(close);
    panel.appendChild(head);

    var url = permanentUrl(id);
    var linkRow = document.createElement("p");
    linkRow.className = "pa-para-cite__link";
    var a = document.createElement("a");
    a.href = url;
    a.textContent = url;
    linkRow.appendChild(document.createTextNode("Permanent link: "));
    linkRow.appendChild(a);
    linkRow.appendChild(document.createTextNode(" "));
    linkRow.appendChild(button("Copy link", "Copy link of paragraph " + n, function () {
      copyText(url, this);
    }));
    panel.appendChild(linkRow);

    /* One row per style the cite box shows, its entry filled in once the data has loaded. */
    var entries = document.querySelectorAll("#cite .pa-cite-formats .pa-cite-entry");
    var rows = Array.prototype.map.call(entries, function (shown) {
      var name = shown.id.replace(/^pa-cite-/, ""), label = formatLabel(name);
      var row = document.createElement("div");
      row.className = "pa-para-cite__style";
      var entry = document.createElement("p");
      entry.className = "pa-cite-entry";
      var title = document.createElement("span");
      title.className = "pa-para-cite__label";
      title.textContent = label + ": ";
      row.appendChild(title);
      row.appendChild(entry);
      row.appendChild(button("Copy " + label, "Copy " + label + " of paragraph " + n, function () {
        var copy = this;
        ready.then(function () { copyText(entry.textContent.trim(), copy); });
      }));
      panel.appendChild(row);
      return { name: name, entry: entry };
    });
    var ready = citeData().then(function (data) {
      rows.forEach(function (row) {
        var s = data && data.para.styles[row.name];
        if (s) row.entry.innerHTML = fill(s.html, n, id); /* built and escaped at build time */
      });
    }, function () { /* the box keeps its links to the files */ });

    var more = document.createElement("p");
    more.className = "pa-para-cite__more";
    var all = document.createElement("a");
    all.href = "#cite-paragraph";
    all.textContent = "BibTeX, RIS and CSL-JSON of this paragraph";
    all.addEventListener("click", function (event) {
      event.preventDefault();
      openCiteBox(document.getElementById("cite-paragraph"));
    });
    more.appendChild(all);
    panel.appendChild(more);

    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") closePopover(true);
    });
    el.parentNode.insertBefore(panel, el.nextSibling);
    panel.scrollIntoView({ block: "nearest" });
    if (viaKeyboard) close.focus({ preventScroll: true });
  }

  function openCiteBox(target) {
    var box = document.getElementById("cite");
    if (!box) return;
    box.open = true;
    var to = target || box.querySelector("summary");
    to.scrollIntoView({ block: "start" });
    if (to.tagName !== "SUMMARY" && !to.hasAttribute("tabindex")) to.setAttribute("tabindex", "-1");
    to.focus();
  }

  function onHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id === "cite") {
      openCiteBox(null);
      return;
    }
    var el = paragraphFor(id);
    if (el) {
      highlight(el);
      citeParagraph(el);
    }
  }

  /* One tab stop for all ¶ numbers: the current one is tabbable, the arrow keys move. */
  function rove(links, from, to) {
    if (to < 0 || to >= links.length) return;
    links[from].tabIndex = -1;
    links[to].tabIndex = 0;
    links[to].focus();
  }

  /* What only works with JavaScript is not carried by every page (issue 20): the hint on citing
     one paragraph, every Copy button, each raw format's box (the page gives a raw format only
     its heading and Download link, all a reader without JavaScript can use), the in-text form
     of a style loaded on demand, and the section that cites one paragraph. */
  var PARA_HINT = "To cite one paragraph, click its ¶ number (or, from the keyboard, Tab to a ¶ " +
    "number, move between them with the arrow keys and press Enter): its permanent link is " +
    "copied and its citation opens beside the paragraph.";

  function copyButton(id, label) {
    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "md-button pa-copy";
    copy.setAttribute("data-pa-copy", id);
    copy.textContent = "Copy " + label;
    return copy;
  }

  function styleParts(section) {
    var entry = section.querySelector(".pa-cite-entry");
    if (!entry) return;
    if (entry.hasAttribute("data-pa-style") && !document.getElementById(entry.id + "-intext")) {
      var intext = document.createElement("p");
      intext.className = "pa-cite-intext";
      intext.appendChild(document.createTextNode("In text: "));
      var span = document.createElement("span");
      span.id = entry.id + "-intext";
      intext.appendChild(span);
      entry.after(intext);
    }
    section.appendChild(copyButton(entry.id, section.querySelector("h3").textContent));
  }

  function rawParts(section) {
    var fmt = section.dataset.format, label = section.querySelector("h3").textContent;
    var download = section.querySelector("a[download]");
    var pre = document.createElement("pre");
    pre.tabIndex = 0;
    pre.setAttribute("role", "region");
    pre.setAttribute("aria-label", label + " entry");
    var code = document.createElement("code");
    code.id = "pa-cite-" + fmt;
    code.setAttribute("data-pa-src", "");
    pre.appendChild(code);
    section.insertBefore(pre, download);
    section.insertBefore(copyButton(code.id, label), download);
    section.insertBefore(document.createTextNode("\n"), download);
  }

  function paragraphSection(box) {
    if (document.getElementById("cite-paragraph")) return;
    var section = document.createElement("section");
    section.className = "pa-cite-para";
    section.id = "cite-paragraph";
    section.hidden = true;
    section.setAttribute("aria-live", "polite");
    var h = document.createElement("h3");
    var n = document.createElement("span");
    n.className = "pa-cite-para-n";
    h.append("This paragraph (", n, ")");
    section.appendChild(h);
    box.appendChild(section);
  }

  function scriptedParts() {
    var box = citeBox();
    if (!box || box._paParts) return;
    box._paParts = true;
    var version = box.querySelector(".pa-cite-version");
    if (version && !box.querySelector(".pa-cite-para-hint")) {
      var hint = document.createElement("p");
      hint.className = "pa-cite-para-hint";
      hint.textContent = PARA_HINT;
      version.after(hint);
    }
    var sections = box.querySelectorAll(".pa-cite-formats > .pa-cite-format");
    Array.prototype.forEach.call(sections, function (section) {
      if (section.querySelector("[data-pa-copy]")) return;
      if (section.hasAttribute("data-pa-raw")) rawParts(section);
      else styleParts(section);
    });
    paragraphSection(box);
  }

  function enhance() {
    document.documentElement.classList.add("pa-js");
    scriptedParts();
    var paras = document.querySelectorAll(".md-content [data-para][id]");
    for (var i = 0; i < paras.length; i++) {
      var p = paras[i];
      if (p.querySelector(":scope > .pa-para")) continue;
      var link = document.createElement("a");
      link.className = "pa-para";
      link.href = "#" + p.id;
      link.textContent = "¶ " + p.dataset.para;
      link.title = "Cite this paragraph (its link is copied)";
      link.setAttribute("aria-label", "Cite paragraph " + p.dataset.para + " and copy its link");
      link.setAttribute("data-search-exclude", "");
      link.tabIndex = -1;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var all = document.querySelectorAll(".md-content .pa-para");
        for (var k = 0; k < all.length; k++) all[k].tabIndex = -1;
        this.tabIndex = 0;
        var target = this.parentElement;
        history.replaceState(null, "", location.pathname + location.search + "#" + target.id);
        highlight(target, false);
        citeParagraph(target);
        copyText(permanentUrl(target.id), this);
        popover(target, this, event.detail === 0);
      });
      p.insertBefore(link, p.firstChild);
    }
    var links = Array.prototype.slice.call(document.querySelectorAll(".md-content .pa-para"));
    if (links.length && !links.some(function (l) { return l.tabIndex === 0; })) links[0].tabIndex = 0;
    links.forEach(function (l) {
      if (l._paRove) return;
      l._paRove = true;
      l.addEventListener("keydown", function (event) {
        var at = links.indexOf(this);
        var step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
        if (step) rove(links, at, at + step);
        else if (event.key === "Home") rove(links, at, 0);
        else if (event.key === "End") rove(links, at, links.length - 1);
        else return;
        event.preventDefault();
      });
    });
    var skip = document.querySelector(".pa-skip-cite");
    if (skip && !skip._paBound) {
      skip._paBound = true;
      skip.addEventListener("click", function (event) {
        event.preventDefault();
        history.replaceState(null, "", location.pathname + location.search + "#cite");
        openCiteBox(null);
      });
    }
    var buttons = document.querySelectorAll("#cite .pa-cite-formats [data-pa-copy]");
    for (var j = 0; j < buttons.length; j++) {
      if (buttons[j]._paBound) continue;
      buttons[j]._paBound = true;
      buttons[j].addEventListener("click", function () { copyFrom(this); });
    }
    var box = citeBox();
    if (box && !box._paBound) {
      box._paBound = true;
      box.addEventListener("toggle", function () { if (box.open) loadBox(); });
    }
    onHash();
  }

  window.addEventListener("hashchange", onHash);
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(enhance);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
