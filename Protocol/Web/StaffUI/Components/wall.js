// The wall's live updates: one EventSource on the page's stream; each "update" event
// carries the texts that change (written by the server in the reader's language), which
// this sets with textContent and classes only. Reconnects are EventSource's own.
(function () {
  "use strict";
  var wall = document.getElementById("wall");
  if (!wall || !window.EventSource) { return; }
  var source = new EventSource(wall.getAttribute("data-events"));
  function text(element, value) { if (element && element.textContent !== value) { element.textContent = value; } }
  source.addEventListener("update", function (event) {
    var update;
    try { update = JSON.parse(event.data); } catch (e) { return; }
    text(document.getElementById("wall-generated"), update.generated);
    var stale = document.getElementById("wall-stale");
    if (stale) { text(stale, update.stale); stale.hidden = update.stale === ""; }
    update.links.forEach(function (link) {
      document.querySelectorAll('[data-node="' + CSS.escape(link.name) + '"]').forEach(function (element) {
        element.classList.remove("link-up", "link-down");
        element.classList.add("link-" + link.state);
        element.setAttribute("data-state", link.state);
        text(element.querySelector(".link-state"), link.stateText);
        text(element.querySelector(".link-age"), link.ageText);
        text(element.querySelector(".link-waiting"), link.waitingText);
      });
    });
    Object.keys(update.figures).forEach(function (key) {
      text(document.querySelector('[data-figure="' + CSS.escape(key) + '"]'), update.figures[key]);
      text(document.querySelector('[data-trend="' + CSS.escape(key) + '"]'), update.trends[key] || "");
    });
    var list = document.getElementById("wall-alert-list");
    if (list) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      update.alerts.forEach(function (alert) {
        var item = document.createElement("li");
        item.className = "severity-" + alert.severity;
        var badge = document.createElement("span");
        badge.className = "alert-badge";
        badge.textContent = alert.severityText;
        var link = document.createElement("a");
        link.href = alert.href;
        link.textContent = alert.title;
        var meta = document.createElement("span");
        meta.className = "muted";
        meta.textContent = alert.service + " · " + alert.timeText;
        item.append(badge, " ", link, " ", meta);
        list.appendChild(item);
      });
      var none = document.getElementById("wall-no-alerts");
      if (none) { none.hidden = update.alerts.length > 0; }
    }
    wall.setAttribute("data-updated", String(Date.now()));
  });
})();
