// The article page: show the coded fields of the spans under a highlighted word (on hover,
// focus or click; a click pins them). Everything is written with textContent, never as HTML.
(function () {
  "use strict";
  var source = document.getElementById("span-details");
  var panel = document.getElementById("panel");
  if (!source || !panel) return;
  var details = JSON.parse(source.textContent);
  var pinned = null;

  function show(el) {
    panel.replaceChildren();
    (el.dataset.spans || "").split(" ").forEach(function (id) {
      var d = details[id];
      if (!d) return;
      var h = document.createElement("h3");
      h.textContent = d.label;
      h.className = "k-" + d.kind;
      panel.appendChild(h);
      var dl = document.createElement("dl");
      Object.keys(d.fields).forEach(function (key) {
        var value = d.fields[key];
        if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
        var dt = document.createElement("dt"), dd = document.createElement("dd");
        dt.textContent = key;
        dd.textContent = Array.isArray(value) ? value.join(", ") : String(value);
        dl.append(dt, dd);
      });
      panel.appendChild(dl);
    });
  }

  document.querySelectorAll("#article-text .hl").forEach(function (el) {
    el.addEventListener("mouseenter", function () { if (!pinned) show(el); });
    el.addEventListener("focus", function () { if (!pinned) show(el); });
    el.addEventListener("click", function () {
      if (pinned) pinned.classList.remove("pinned");
      pinned = pinned === el ? null : el;
      if (pinned) pinned.classList.add("pinned");
      show(el);
    });
  });
})();
