// The source reader: mark the quote of the claim named in the URL (#c-CLAIM) and scroll to it.
(function () {
  "use strict";
  function show() {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    var h = decodeURIComponent(location.hash || "");
    if (h.indexOf("#c-") !== 0) { return; }
    var id = h.slice(3);
    var first = null;
    document.querySelectorAll("mark.q").forEach(function (m) {
      if ((m.getAttribute("data-c") || "").split(" ").indexOf(id) >= 0) {
        m.classList.add("active");
        if (!first) { first = m; }
      }
    });
    document.querySelectorAll("li.claim").forEach(function (li) {
      if (li.getAttribute("data-claim") === id) { li.classList.add("active"); }
    });
    if (first) { first.scrollIntoView({block: "center"}); }
  }
  window.addEventListener("hashchange", show);
  document.addEventListener("DOMContentLoaded", show);
})();
