/* Material for MkDocs 9.8.1's inline script of partials/javascripts/content.html, as a file the
   browser caches (issue 20: the same bytes on every page); overrides/partials/javascripts/content.html
   loads it where Material ran it. It runs right after the content. */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
