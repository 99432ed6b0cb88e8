(function () {
  // A change of a filter's choice submits the form; a click anywhere on a row opens its article.
  document.querySelectorAll("select.auto-submit").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest("a")) { return; }
    var row = event.target.closest("tr.row-link[data-href]");
    if (row) { window.location.href = row.getAttribute("data-href"); }
  });
})();
