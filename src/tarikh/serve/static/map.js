// The map: every place with coordinates, sized by mentions; a popup lists its events.
(function () {
  "use strict";
  if (typeof L === "undefined" || !document.getElementById("map")) { return; }
  var places = JSON.parse(document.getElementById("map-data").textContent);
  var map = window.tarikhMap("map");
  var bounds = [];
  places.forEach(function (p) {
    var pop = document.createElement("div");
    var a = document.createElement("a");
    a.href = "/entities/" + encodeURIComponent(p.id);
    a.textContent = p.name;
    a.className = "popup-title";
    pop.appendChild(a);
    var ul = document.createElement("ul");
    p.events.slice(0, 8).forEach(function (ev) {
      var li = document.createElement("li");
      li.textContent = (ev.date ? ev.date + " " : "") + ev.label;
      ul.appendChild(li);
    });
    pop.appendChild(ul);
    L.circleMarker([p.lat, p.lon], {radius: Math.min(18, 5 + Math.sqrt(p.mentions) * 1.5), color: "#8a2c0d",
      weight: 1.5, fillColor: "#d9623b", fillOpacity: 0.75}).bindPopup(pop).bindTooltip(p.name).addTo(map);
    bounds.push([p.lat, p.lon]);
  });
  if (bounds.length) { map.fitBounds(bounds, {padding: [40, 40], maxZoom: 6}); } else { map.setView([20, 0], 2); }
  window.tarikhMapObject = map;
})();
