// The map: event places as points over country outlines (world-atlas, Natural Earth 1:110m,
// shipped with the app), drawn with Leaflet and no tile layer, so nothing is fetched from
// elsewhere. Popups are built with textContent.
(function () {
  "use strict";
  var source = document.getElementById("map-data");
  var box = document.getElementById("map");
  if (!source || !box || typeof L === "undefined") return;
  var data = JSON.parse(source.textContent);
  var map = L.map(box, { worldCopyJump: true, attributionControl: false, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false }).setView([20, 10], 2);
  fetch("/static/vendor/countries-110m.json").then(function (r) { return r.json(); }).then(function (world) {
    var countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, { style: { color: "#8895a0", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
    box.dataset.outlines = String(countries.features.length);
  });
  var colours = { 1: "#4c9a5f", 2: "#2b7bba", 3: "#e0a030", 4: "#c0392b" };
  var points = [];
  data.events.forEach(function (e) {
    var marker = L.circleMarker([e.location_lat, e.location_lon], { radius: 6, color: "#222", weight: 1, fillColor: colours[e.quad_class] || "#777", fillOpacity: 0.85 });
    var popup = document.createElement("div");
    var head = document.createElement("strong");
    head.textContent = (e.location_name || "") + (e.location_country ? " (" + e.location_country + ")" : "");
    var line = document.createElement("div");
    line.textContent = (e.date || "") + " " + (e.source_code || "—") + " " + e.cameo + " " + (e.plover || "") + " " + (e.target_code || "—");
    var link = document.createElement("a");
    link.href = "/articles/" + encodeURIComponent(e.first_article_id);
    link.textContent = e.trigger_text || "article";
    var origin = document.createElement("div");
    origin.className = "code";
    origin.textContent = e.location_source ? "place from: " + e.location_source : "";
    popup.append(head, line, origin, link);
    marker.bindPopup(popup);
    marker.addTo(map);
    points.push([e.location_lat, e.location_lon]);
  });
  if (points.length) map.fitBounds(points, { maxZoom: 4, padding: [40, 40], animate: false });
  box.dataset.points = String(points.length);
})();
