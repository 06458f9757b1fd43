// The case queue's keyboard shortcuts (progressive: every action also works without them).
// j / ArrowDown: next case; k / ArrowUp: previous; Enter or o: open; x: tick; /: search;
// ?: show the list of shortcuts.
(function () {
  "use strict";
  var table = document.getElementById("queue");
  var help = document.getElementById("shortcuts");
  var rows = table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
  var current = -1;

  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA");
  }

  function select(i) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, n) {
      r.classList.toggle("current", n === current);
      if (n === current) r.setAttribute("aria-current", "true");
      else r.removeAttribute("aria-current");
    });
    var link = rows[current].querySelector("a.open");
    if (link) link.focus();
  }

  rows.forEach(function (r, n) {
    var link = r.querySelector("a.open");
    if (link) link.addEventListener("focus", function () { if (current !== n) select(n); });
  });

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
    var k = e.key;
    if (k === "j" || k === "ArrowDown") { select(current + 1); e.preventDefault(); }
    else if (k === "k" || k === "ArrowUp") { select(current < 0 ? 0 : current - 1); e.preventDefault(); }
    else if ((k === "o" || k === "Enter") && current >= 0 && e.target.tagName !== "A") {
      window.location.href = rows[current].getAttribute("data-href"); e.preventDefault();
    }
    else if (k === "x" && current >= 0) {
      var box = rows[current].querySelector("input[type=checkbox]");
      if (box) { box.checked = !box.checked; } e.preventDefault();
    }
    else if (k === "/") {
      var q = document.getElementById("f-q");
      if (q) { q.focus(); e.preventDefault(); }
    }
    else if (k === "?" && help) { help.open = !help.open; e.preventDefault(); }
  });
})();
