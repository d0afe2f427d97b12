/* The reading room (issue 5): the home page's search box opens Material's search with its query
   (without JavaScript the form still works: Material opens search for ?q= on load), and a
   document's raw original, published gzipped (issue 20), is unpacked here and saved under its
   own name, byte for byte (without JavaScript, or in a browser without DecompressionStream, the
   link saves the .gz). */
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
  function saveRaw(link) {
    return fetch(link.href)
      .then(function (response) {
        if (!response.ok || !response.body) throw new Error(String(response.status));
        return new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).blob();
      })
      .then(function (blob) {
        var url = URL.createObjectURL(blob);
        var save = document.createElement("a");
        save.href = url;
        save.download = link.dataset.paName;
        document.body.appendChild(save);
        save.click();
        save.remove();
        setTimeout(function () {
          URL.revokeObjectURL(url);
        }, 1000);
      });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.pa-raw[data-pa-name]");
    if (!link || typeof DecompressionStream === "undefined" || event.defaultPrevented) return;
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    saveRaw(link).catch(function () {
      window.location.href = link.href; // the .gz itself, when unpacking fails
    });
  });
  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(bind);
  } else {
    document.addEventListener("DOMContentLoaded", bind);
  }
})();
