// The dyad chart: events per month stacked by quad class (bars) and the mean Goldstein value
// (a line on its own axis), drawn with Chart.js from the JSON the page carries.
(function () {
  "use strict";
  var source = document.getElementById("dyad-data");
  var canvas = document.getElementById("dyad-chart");
  if (!source || !canvas || typeof Chart === "undefined") return;
  var payload = JSON.parse(source.textContent), data = payload.data;
  var colours = { 1: "#4c9a5f", 2: "#2b7bba", 3: "#e0a030", 4: "#c0392b" };
  var datasets = [1, 2, 3, 4].map(function (quad) {
    return {
      type: "bar", label: quad + " " + payload.quad_names[quad], backgroundColor: colours[quad], stack: "events", yAxisID: "y",
      data: data.months.map(function (month) {
        var row = data.by_quad_class.find(function (r) { return r.month === month && r.quad_class === quad; });
        return row ? row.events : 0;
      })
    };
  });
  datasets.push({
    type: "line", label: "mean Goldstein", borderColor: "#333", backgroundColor: "#333", yAxisID: "goldstein",
    data: data.months.map(function (month) {
      var row = data.by_month.find(function (r) { return r.month === month; });
      return row ? Math.round(row.goldstein * 100) / 100 : null;
    })
  });
  var chart = new Chart(canvas, {
    data: { labels: data.months, datasets: datasets },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: {
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" } },
        goldstein: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: "mean Goldstein" } },
        x: { stacked: true }
      }
    }
  });
  canvas.dataset.drawn = String(chart.data.datasets.length);
})();
