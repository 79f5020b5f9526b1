// The claim form (benefits admin, issue #14): show only the fact fields and the evidence of the
// selected benefit. The benefit list carries, per benefit id, the names of its fact fields
// (data-fact-fields) and its evidence codes (data-evidence). Without this script every field is
// shown and the server still refuses a fact the benefit does not take.
(function () {
  function parsed(select, name) {
    return JSON.parse(select.getAttribute(name) || "{}")[select.value] || [];
  }
  function update(select) {
    var wanted = parsed(select, "data-fact-fields");
    document.querySelectorAll("fieldset.claim-facts .form-row").forEach(function (row) {
      var names = Array.prototype.map.call(row.querySelectorAll("[name]"), function (input) { return input.name; });
      row.hidden = Boolean(select.value) && !names.some(function (name) { return wanted.indexOf(name) !== -1; });
      // a hidden field is not sent: a value typed for another benefit is not refused unseen
      row.querySelectorAll("input, select, textarea").forEach(function (input) { input.disabled = row.hidden; });
    });
    var fieldset = document.querySelector("fieldset.claim-facts");
    if (fieldset) {
      fieldset.hidden = Boolean(select.value) && wanted.length === 0;
    }
    var evidence = parsed(select, "data-evidence");
    document.querySelectorAll("input[type=checkbox][name=evidence_received]").forEach(function (box) {
      var option = box.closest("label") || box;
      option.hidden = Boolean(select.value) && !box.checked && evidence.indexOf(box.value) === -1;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var select = document.querySelector("select[data-fact-fields]");
    if (!select) { return; }
    update(select);
    select.addEventListener("change", function () { update(select); });
  });
})();
