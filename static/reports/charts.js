// Draws the page's charts from the JSON the server embedded (json_script); Chart.js is vendored.
(function () {
  var specs = JSON.parse(document.getElementById("chart-data").textContent);
  var locale = document.documentElement.lang === "en" ? "en-BE" : document.documentElement.lang + "-BE";
  specs.forEach(function (spec) {
    var canvas = document.getElementById("chart-" + spec.id);
    if (!canvas) { return; }
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: spec.datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, locale: locale,
        plugins: { title: { display: true, text: spec.title }, legend: { display: spec.type === "doughnut" || spec.datasets.length > 1 } }
      }
    });
  });
  document.body.dataset.chartsReady = String(specs.length);
})();
