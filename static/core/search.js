// The one search box (issue #16) on every admin page: type, the results appear grouped under the box;
// arrow keys choose, Enter opens, Escape closes. Without this script the box is a plain GET form that
// opens the results page (templates/admin/search.html). No inline handlers (Content-Security-Policy).
(function () {
  "use strict";
  var MIN_LENGTH = 2;
  var DELAY_MS = 200;

  function setUp(form) {
    if (form.dataset.searchReady) { return; }
    form.dataset.searchReady = "1";
    var input = form.querySelector("input[name=q]");
    var list = form.querySelector("[role=listbox]");
    var timer = null;
    var asked = 0;
    var active = -1;

    function options() { return Array.prototype.slice.call(list.querySelectorAll("[role=option]")); }

    function close() {
      list.hidden = true;
      list.textContent = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function choose(index) {
      var all = options();
      if (!all.length) { return; }
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) {
        option.classList.toggle("active", i === active);
        option.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function item(text, className) {
      var li = document.createElement("li");
      li.setAttribute("role", "presentation");
      li.className = className;
      li.textContent = text;
      return li;
    }

    function option(id, url, label, details) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      li.id = id;
      li.dataset.url = url;
      li.setAttribute("aria-selected", "false");
      var link = document.createElement("a");
      link.href = url;
      link.tabIndex = -1;
      link.textContent = label;
      li.appendChild(link);
      details.forEach(function (text) {
        if (!text) { return; }
        var span = document.createElement("span");
        span.className = "search-detail";
        span.textContent = text;
        li.appendChild(span);
      });
      return li;
    }

    function show(data) {
      list.textContent = "";
      active = -1;
      var count = 0;
      if (data.error) {
        list.appendChild(item(data.error, "site-search-error"));
      }
      (data.groups || []).forEach(function (group) {
        list.appendChild(item(group.title, "site-search-group"));
        group.hits.forEach(function (hit) {
          list.appendChild(option(input.id + "-" + (count++), hit.url, hit.label, [hit.national_number, hit.detail]));
        });
      });
      if (!data.error) {
        if (!count) { list.appendChild(item(form.dataset.none || "—", "site-search-none")); }
        var page = form.action + "?" + new URLSearchParams({ q: input.value }).toString();
        list.appendChild(option(input.id + "-all", page, form.dataset.allLabel || "…", []));
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function ask() {
      var text = input.value.trim();
      if (text.length < MIN_LENGTH) { close(); return; }
      var number = ++asked;
      var url = form.action + "?" + new URLSearchParams({ q: input.value, format: "json" }).toString();
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (data) { if (number === asked) { show(data); } })
        .catch(function () { /* the form still submits to the results page */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden) { ask(); return; }
        event.preventDefault();
        choose(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter") {
        var all = options();
        if (!list.hidden && active >= 0 && all[active]) {
          event.preventDefault();
          window.location.assign(all[active].dataset.url);
        }
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault(); // close the list, keep the text (a second Escape clears it, as usual)
        close();
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-site-search]"), setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
