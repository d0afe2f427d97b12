/* Persona Archive — citing (issue 4). Paragraph numbers with copy-link controls, highlighting of
   the paragraph a link points to (aliases included), and the cite box's copy buttons and
   paragraph citation. All citation text was computed at build time; this only fills in the
   chosen paragraph's number and anchor.

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

  /* The cite box's data for paragraphs (templates with {n} and {id}), or null off a document. */
  function paraData() {
    var data = document.getElementById("pa-cite-data");
    if (!data) return null;
    if (!data._pa) data._pa = JSON.parse(data.textContent);
    return data._pa;
  }

  /* A paragraph's permanent link: the configured site URL's, else this page's without its query
     (Material's search adds ?h=) and fragment. */
  function permanentUrl(id) {
    var para = paraData();
    if (para && para.url) return fill(para.url, "", id);
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

  function fill(template, n, id) {
    return template.split("{n}").join(String(n)).split("{id}").join(id);
  }

  /* Show the cite box's citation of one paragraph. */
  function citeParagraph(el) {
    var para = paraData();
    var box = document.querySelector(".pa-cite-para");
    if (!para || !box || !el || !el.dataset.para) return;
    var n = el.dataset.para, id = el.id;
    box.hidden = false;
    box.querySelector(".pa-cite-para-n").textContent = "¶ " + n;
    Object.keys(para.styles).forEach(function (name) {
      var s = para.styles[name];
      var entry = document.getElementById("pa-cite-para-" + name);
      if (entry) entry.innerHTML = fill(s.html, n, id); /* built and escaped at build time */
      var intext = document.getElementById("pa-cite-para-" + name + "-intext");
      if (intext) intext.textContent = fill(s.intext, n, id);
    });
    ["bibtex", "ris", "csl"].forEach(function (fmt) {
      var code = document.getElementById("pa-cite-para-" + fmt);
      if (code) code.textContent = fill(para[fmt], n, id);
    });
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
    var para = paraData();
    closePopover(false);
    if (!para) return;
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

    Object.keys(para.styles).forEach(function (name) {
      var s = para.styles[name];
      var section = document.getElementById("pa-cite-" + name);
      var heading = section && section.parentElement.querySelector("h3");
      var label = heading ? heading.textContent : name;
      var row = document.createElement("div");
      row.className = "pa-para-cite__style";
      var entry = document.createElement("p");
      entry.className = "pa-cite-entry";
      entry.innerHTML = fill(s.html, n, id); /* built and escaped at build time */
      var title = document.createElement("span");
      title.className = "pa-para-cite__label";
      title.textContent = label + ": ";
      row.appendChild(title);
      row.appendChild(entry);
      row.appendChild(button("Copy " + label, "Copy " + label + " of paragraph " + n, function () {
        copyText(entry.textContent.trim(), this);
      }));
      panel.appendChild(row);
    });

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

  function enhance() {
    document.documentElement.classList.add("pa-js");
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
    var buttons = document.querySelectorAll("[data-pa-copy]");
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].addEventListener("click", function () {
        var source = document.getElementById(this.getAttribute("data-pa-copy"));
        if (source) copyText(source.textContent.trim(), this);
      });
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
