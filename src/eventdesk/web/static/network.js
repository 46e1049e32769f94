// The actor network: actors as nodes (sized by their events), events between two actors as
// directed edges (width by count, colour by mean Goldstein), drawn with vis-network.
(function () {
  "use strict";
  var source = document.getElementById("network-data");
  var box = document.getElementById("network");
  if (!source || !box || typeof vis === "undefined") return;
  var data = JSON.parse(source.textContent);
  var nodes = data.nodes.map(function (n) {
    return { id: n.id, label: n.id, value: n.events, title: n.id + ": " + n.events + " events" };
  });
  var edges = data.edges.map(function (e, i) {
    var colour = e.goldstein >= 0 ? "#4c9a5f" : "#c0392b";
    return { id: i, from: e.source, to: e.target, value: e.events, arrows: "to", color: { color: colour, opacity: 0.7 },
             title: e.source + " → " + e.target + ": " + e.events + " events, mean Goldstein " + e.goldstein.toFixed(1) };
  });
  var network = new vis.Network(box, { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }, {
    nodes: { shape: "dot", scaling: { min: 8, max: 40 }, font: { size: 14 } },
    edges: { scaling: { min: 1, max: 10 }, smooth: { type: "continuous" } },
    physics: { stabilization: { iterations: 200 }, barnesHut: { gravitationalConstant: -4000 } },
    interaction: { hover: true, tooltipDelay: 100 }
  });
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) window.location.href = "/?actor=" + encodeURIComponent(params.nodes[0]);
  });
  box.dataset.nodes = String(nodes.length);
  box.dataset.edges = String(edges.length);
})();
