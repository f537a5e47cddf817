// The entity page's map pin.
(function () {
  "use strict";
  var el = document.getElementById("pin");
  if (!el || typeof L === "undefined") { return; }
  var lat = parseFloat(el.getAttribute("data-lat")), lon = parseFloat(el.getAttribute("data-lon"));
  var map = window.tarikhMap("pin", {scrollWheelZoom: false});
  map.setView([lat, lon], 4);
  L.circleMarker([lat, lon], {radius: 8, color: "#8a2c0d", fillColor: "#d9623b", fillOpacity: 0.9})
    .bindTooltip(el.getAttribute("data-name")).addTo(map);
})();
