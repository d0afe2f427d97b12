/* The reading room (issue 5): the home page's search box opens Material's search with its query
   (without JavaScript the form still works: Material opens search for ?q= on load). */
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
  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(bind);
  } else {
    document.addEventListener("DOMContentLoaded", bind);
  }
})();
