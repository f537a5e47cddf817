// A world basemap drawn from the world-atlas TopoJSON shipped with the app (no tile server).
window.tarikhBasemap = function (map) {
  "use strict";
  return fetch("/static/vendor/world-atlas/countries-110m.json")
    .then(function (r) { return r.json(); })
    .then(function (world) {
      var land = topojson.feature(world, world.objects.countries);
      L.geoJSON(land, {pane: "basemap", interactive: false, style: {color: "#9aa5b1", weight: 0.7, fillColor: "#e9e4d8", fillOpacity: 1}})
        .addTo(map);
    });
};
window.tarikhMap = function (id, opts) {
  "use strict";
  var el = document.getElementById(id);
  el.classList.add("basemap");
  var map = L.map(el, Object.assign({attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 12}, opts || {}));
  map.createPane("basemap").style.zIndex = 200;  // below the markers, whenever the outline arrives
  window.tarikhBasemap(map);
  return map;
};
