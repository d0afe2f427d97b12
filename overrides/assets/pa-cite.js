/* Persona Archive — citing (issue 4). Paragraph numbers with copy-link controls, highlighting of
   the paragraph a link points to (aliases included), and the cite box's copy buttons and
   paragraph citation. All citation text was computed at build time; this only fills in the
   chosen paragraph's number and anchor. */
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

  function flash(button, message) {
    if (!button) return;
    if (!button.dataset.label) button.dataset.label = button.textContent;
    button.textContent = message;
    button.classList.add("pa-copied");
    clearTimeout(button._paTimer);
    button._paTimer = setTimeout(function () {
      button.textContent = button.dataset.label;
      button.classList.remove("pa-copied");
    }, 2000);
  }

  function pageUrl() {
    return location.href.split("#")[0];
  }

  /* The paragraph an id names: the element itself, or the paragraph an alias stands for. */
  function paragraphFor(id) {
    if (!id) return null;
    var el = document.getElementById(id);
    if (!el) return null;
    if (el.classList.contains("pa-alias")) el = el.parentElement;
    return el;
  }

  function highlight(el) {
    var old = document.querySelectorAll(".pa-highlight");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("pa-highlight");
    if (!el) return;
    el.classList.add("pa-highlight");
    el.scrollIntoView({ block: "center" });
  }

  function fill(template, n, id) {
    return template.split("{n}").join(String(n)).split("{id}").join(id);
  }

  /* Show the cite box's citation of one paragraph. */
  function citeParagraph(el) {
    var data = document.getElementById("pa-cite-data");
    var box = document.querySelector(".pa-cite-para");
    if (!data || !box || !el || !el.dataset.para) return;
    var para = JSON.parse(data.textContent);
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

  function onHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = paragraphFor(id);
    if (el) {
      highlight(el);
      citeParagraph(el);
    }
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
      link.title = "Copy a link to this paragraph";
      link.setAttribute("aria-label", "Copy link to paragraph " + p.dataset.para);
      link.setAttribute("data-search-exclude", "");
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var target = this.parentElement;
        var url = pageUrl() + "#" + target.id;
        history.replaceState(null, "", "#" + target.id);
        highlight(target);
        citeParagraph(target);
        copyText(url, this);
      });
      p.insertBefore(link, p.firstChild);
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
