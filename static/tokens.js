// The copy button beside a new API token: the token goes to the clipboard, and the button says it did.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button) {
    return;
  }
  var field = document.getElementById(button.dataset.copy);
  field.select();
  navigator.clipboard.writeText(field.value).then(function () {
    button.textContent = button.dataset.copied;
  });
});
