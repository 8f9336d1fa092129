// Show 400 responses (a search or form with mistakes) in place, with their messages, instead of ignoring them.
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.xhr.status === 400) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
