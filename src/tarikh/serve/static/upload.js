// Upload: drag and drop or choose files, or give a URL; then poll each build's progress.
(function () {
  "use strict";
  var root = document.getElementById("upload");
  if (!root) { return; }
  var jobs = document.getElementById("jobs");
  var drop = document.getElementById("file-form");
  function headers() {
    var h = {};
    var tok = document.getElementById("token");
    if (tok && tok.value) { h.Authorization = "Bearer " + tok.value; }
    return h;
  }
  function row(name) {
    var li = document.createElement("li");
    var b = document.createElement("strong");
    b.textContent = name;
    var s = document.createElement("span");
    s.className = "state";
    s.textContent = " sending…";
    li.appendChild(b);
    li.appendChild(s);
    jobs.appendChild(li);
    return li;
  }
  function show(li, job) {
    var s = li.querySelector(".state");
    li.className = "job " + job.status;
    li.setAttribute("data-status", job.status);
    s.textContent = " " + job.status + (job.stage && job.status === "running" ? ": " + job.stage : "") +
      (job.message && job.status === "done" ? " — " + job.message : "") + (job.error ? " — " + job.error : "");
    if (job.status === "done" && job.sources.length) {
      var a = document.createElement("a");
      a.href = "/sources/" + encodeURIComponent(job.sources[0]);
      a.textContent = " open it";
      s.appendChild(a);
    }
  }
  function poll(li, id) {
    fetch("/api/uploads/" + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (job) {
      show(li, job);
      if (job.status === "queued" || job.status === "running") { setTimeout(function () { poll(li, id); }, 600); }
    });
  }
  function send(li, body, extra) {
    fetch("/api/uploads", {method: "POST", body: body, headers: Object.assign(headers(), extra || {})})
      .then(function (r) { return r.json().then(function (j) { return {ok: r.ok, job: j}; }); })
      .then(function (res) {
        if (!res.ok) { show(li, {status: "failed", error: res.job.detail || "refused", sources: []}); return; }
        show(li, res.job);
        poll(li, res.job.id);
      })
      .catch(function (err) { show(li, {status: "failed", error: String(err), sources: []}); });
  }
  function upload(files) {
    Array.prototype.forEach.call(files, function (f) {
      var fd = new FormData();
      fd.append("file", f, f.name);
      send(row(f.name), fd);
    });
  }
  drop.addEventListener("submit", function (e) {
    e.preventDefault();
    upload(document.getElementById("file").files);
  });
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) { upload(e.dataTransfer.files); });
  document.getElementById("url-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var url = document.getElementById("url").value;
    if (url) { send(row(url), JSON.stringify({url: url}), {"Content-Type": "application/json"}); }
  });
})();
