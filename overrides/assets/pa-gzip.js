/* Files the site publishes gzipped to keep the site small (issue 20: raw originals, cleaning
   logs, cite data) are unpacked here. A host may have unpacked one already (some send .gz files
   with Content-Encoding: gzip, and the browser undoes it): only bytes that start as gzip does
   are unpacked. Resolves to a Blob; rejects when the browser has no DecompressionStream. The
   archive's lunr search worker starts with this file too, for the index's parts (self is the
   page's window there, the worker's global scope here). */
(function () {
  "use strict";
  self.paUnpacked = function (response) {
    if (!response.ok) return Promise.reject(new Error(response.url + ": HTTP " + response.status));
    return response.blob().then(function (blob) {
      return blob.slice(0, 2).arrayBuffer().then(function (head) {
        var magic = new Uint8Array(head);
        if (magic.length < 2 || magic[0] !== 0x1f || magic[1] !== 0x8b) return blob;
        if (typeof DecompressionStream === "undefined") throw new Error("no DecompressionStream");
        return new Response(blob.stream().pipeThrough(new DecompressionStream("gzip"))).blob();
      });
    });
  };
})();
