// The network: people and organizations linked by shared events.
(function () {
  "use strict";
  var box = document.getElementById("network");
  if (!box || typeof vis === "undefined") { return; }
  var g = JSON.parse(document.getElementById("network-data").textContent);
  var colors = {person: "#3b6ea5", organization: "#b5651d", military_unit: "#6b8e23", group: "#8e44ad"};
  var nodes = g.nodes.map(function (n) {
    return {id: n.id, label: n.name, value: n.mentions, shape: "dot",
      color: {background: colors[n.type] || "#777", border: "#333"}, font: {color: "#222", size: 14}};
  });
  var edges = g.edges.map(function (e, i) {
    var t = document.createElement("div");
    t.textContent = e.events.slice(0, 6).map(function (ev) { return (ev.date ? ev.date + " " : "") + ev.label +
      " (" + ev.roles.join(" / ") + ")"; }).join("\n");
    t.style.whiteSpace = "pre-line";
    return {id: i, from: e.from, to: e.to, value: e.weight, title: t, color: {color: "#9aa5b1", highlight: "#d9623b"}};
  });
  var net = new vis.Network(box, {nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges)}, {
    nodes: {scaling: {min: 8, max: 30}}, edges: {scaling: {min: 1, max: 8}, smooth: false},
    physics: {solver: "forceAtlas2Based", stabilization: {iterations: 200}}, interaction: {hover: true}
  });
  net.on("doubleClick", function (p) {
    if (p.nodes.length) { location.href = "/entities/" + encodeURIComponent(p.nodes[0]); }
  });
  net.on("click", function (p) {
    if (p.nodes.length) { location.href = "/entities/" + encodeURIComponent(p.nodes[0]); }
  });
  net.once("stabilizationIterationsDone", function () { net.fit(); });
  window.tarikhNetwork = net;
})();
