// Starts Redoc on #redoc-container without an inline script (CSP). Redoc's styled-components insert
// <style> elements at run time: they carry the page's CSP nonce, which Redoc takes as its `nonce`
// option; the nonce comes from this script tag's nonce property (hidden from attribute selectors).
(function () {
  var script = document.currentScript;
  var container = document.getElementById("redoc-container");
  Redoc.init(container.dataset.schemaUrl, { nonce: script.nonce }, container);
})();
