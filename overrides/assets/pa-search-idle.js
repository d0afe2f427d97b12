// Material's search worker under Pagefind (mkdocs.yml: extra.search_engine: pagefind).
//
// Pagefind answers the header search box (pa-pagefind.js); Material's own worker would load lunr
// (12 kB gzipped) to search an empty index on every page load. This stand-in answers Material's
// worker protocol (0 setup -> 1 ready, 2 query -> 3 result) with no results and loads nothing.
// hooks/search.py points Material's configuration at it.
addEventListener("message", (event) =>
  postMessage(event.data && event.data.type === 0 ? { type: 1 } : { type: 3, data: { items: [] } }),
);
