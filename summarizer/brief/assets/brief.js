(function () {
  document.documentElement.classList.add("js");
  var panel = document.getElementById("info");
  var active = null;
  function show(mark) {
    if (active) { active.classList.remove("active"); }
    active = mark; mark.classList.add("active");
    panel.textContent = "";
    var close = document.createElement("button");
    close.className = "close"; close.textContent = "×"; close.setAttribute("aria-label", "close");
    close.onclick = function () { panel.hidden = true; mark.classList.remove("active"); };
    panel.appendChild(close);
    var list = document.createElement("dl");
    JSON.parse(mark.getAttribute("data-fields")).forEach(function (pair) {
      var dt = document.createElement("dt"); dt.textContent = pair[0];
      var dd = document.createElement("dd"); dd.textContent = pair[1];
      list.appendChild(dt); list.appendChild(dd);
    });
    panel.appendChild(list);
    var row = mark.getAttribute("data-row");
    if (row) {
      var link = document.createElement("a"); link.href = "#" + row;
      link.textContent = panel.getAttribute("data-back");
      panel.appendChild(link);
    }
    panel.hidden = false;
  }
  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest("mark.hl[data-ref]");
    if (mark) {
      var first = document.getElementById(mark.getAttribute("data-ref")) || mark;
      show(first);
    }
  });
  function showTarget() {
    var element = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (element && element.matches("mark.hl")) { show(element); }
  }
  window.addEventListener("hashchange", showTarget);
  showTarget();
})();
