// The claim form (benefits admin, issue #14): show only the fact fields of the selected benefit.
// The benefit list carries, per benefit id, the names of its fact fields (data-fact-fields). Without
// this script every field is shown and the server still refuses a fact the benefit does not take.
(function () {
  function update(select) {
    var shows = JSON.parse(select.getAttribute("data-fact-fields") || "{}");
    var wanted = shows[select.value] || [];
    var rows = document.querySelectorAll("fieldset.claim-facts .form-row");
    rows.forEach(function (row) {
      var names = Array.prototype.map.call(row.querySelectorAll("[name]"), function (input) { return input.name; });
      var show = !select.value || names.some(function (name) { return wanted.indexOf(name) !== -1; });
      row.hidden = !show;
    });
    var fieldset = document.querySelector("fieldset.claim-facts");
    if (fieldset && select.value) {
      fieldset.hidden = wanted.length === 0;
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var select = document.querySelector("select[data-fact-fields]");
    if (!select) { return; }
    update(select);
    select.addEventListener("change", function () { update(select); });
  });
})();
