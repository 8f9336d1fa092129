// Show 400 responses (a search or form with mistakes) in place, with their messages, instead of ignoring them.
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.xhr.status === 400) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// On a wide screen the search filters are always shown: their panel only folds them away on phones.
document.documentElement.classList.add("js");
function openFiltersOnWideScreens() {
  var panel = document.querySelector(".filter-panel");
  if (panel && window.matchMedia("(min-width: 48rem)").matches) {
    panel.open = true;
  }
}
document.addEventListener("DOMContentLoaded", openFiltersOnWideScreens);
document.addEventListener("htmx:historyRestore", openFiltersOnWideScreens);
