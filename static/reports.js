// The report's print button: shown only where a script runs (the printout's layout is reports.css's print rules).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
});
