// Behaviour that templates declare with data attributes instead of inline handlers, so that the
// Content-Security-Policy can forbid inline script: <select data-autosubmit> submits its form when
// changed (language and year pickers); <select data-navigate> opens the query string it holds (a compact
// list filter); <button data-print> prints the page.
// Also loaded on every admin page (templates/admin/base_site.html).
(function () {
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (!target.matches) { return; }
    if (target.matches("select[data-autosubmit]") && target.form) {
      target.form.submit();
    }
    // a compact list filter (templates/admin/filter_dropdown.html): each option is the list's query string
    if (target.matches("select[data-navigate]") && target.value) {
      window.location.search = target.value;
    }
    // django-import-export's export page wires its "Select all" box with an inline onchange
    // attribute, which the CSP blocks: call its handler (export_selectable_fields.js) from here.
    if (target.matches("input.select-toggle[name=select-all-toggle]") && typeof window.onSelectToggleChange === "function") {
      window.onSelectToggleChange(event);
    }
  });
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-print]") : null;
    if (target) {
      event.preventDefault();
      window.print();
    }
  });
})();
