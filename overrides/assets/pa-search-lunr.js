/* Paragraph links for Material's lunr search (issue 7). An archived document's index entry marks
   each paragraph with its id (<p data-p=ID>); Material's results show the paragraphs that hold
   the hits, markup included. Each result link is pointed at the shown paragraph with the most of
   the query's words (the first of equals), so a hit opens the page at that paragraph; a result
   without a marked paragraph (a hit in the title or the authors) keeps its link. */
(function () {
  "use strict";
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
  function retarget(root) {
    if (!root.querySelectorAll) return;
    root.querySelectorAll("a.md-search-result__link").forEach(function (link) {
      var id = target(link);
      if (id) {
        var url = new URL(link.href);
        url.hash = id;
        link.href = url.href;
      }
    });
  }
  var list = document.querySelector(".md-search-result__list");
  if (!list) return;
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(retarget);
    });
  }).observe(list, { childList: true });
})();
