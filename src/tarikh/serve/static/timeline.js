// The timeline: every dated event; exact days as points, months/years/ranges as faded or dashed ranges.
(function () {
  "use strict";
  var box = document.getElementById("timeline");
  if (!box || typeof vis === "undefined") { return; }
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  function nextDay(iso) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }
  var items = data.map(function (it, i) {
    var el = document.createElement("span");
    el.textContent = it.label;
    el.title = it.date + " · " + it.type + (it.place ? " · " + it.place : "") + (it.file ? " · " + it.file : "");
    var cls = "ev-" + it.type.replace(/[^a-z0-9_-]/gi, "");
    if (it.precise) {
      return {id: i, content: el, start: it.start, type: "point", className: cls + " precise"};
    }
    cls += " uncertain" + (it.uncertain ? " dashed" : "") + (it.approximate ? " approx" : "");
    return {id: i, content: el, start: it.start, end: nextDay(it.end), type: "range", className: cls};
  });
  var tl = new vis.Timeline(box, new vis.DataSet(items), {
    stack: true, zoomable: true, horizontalScroll: true, zoomKey: "ctrlKey", maxHeight: 640, margin: {item: 6},
    tooltip: {followMouse: false}
  });
  tl.on("select", function (props) {
    var it = data[props.items[0]];
    if (it && (it.page || it.href)) { location.href = it.page || it.href; }
  });
  window.tarikhTimeline = tl;
})();
