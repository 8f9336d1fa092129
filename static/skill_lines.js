// A skill line's reading offers a skill ("did you mean", or one named but not counted) with a button that writes the
// skill's name in place of what was typed: in a skill row, the row's words; in the Languages box, the one language of
// its comma-separated list that was read. The input event it sends has the line read again, as typing does.
document.addEventListener("click", function (event) {
  var button = event.target.closest("button.use-skill");
  if (!button) {
    return;
  }
  var row = button.closest(".skill-row");
  var input = row ? row.querySelector("input") : null;
  if (input) {
    input.value = button.dataset.use;
  } else {
    var box = button.closest("#languages");
    input = box ? box.querySelector("input[name=languages]") : null;
    if (!input) {
      return;
    }
    input.value = input.value
      .split(",")
      .map(function (item) {
        return item.trim() === button.dataset.line ? " " + button.dataset.use : item;
      })
      .join(",")
      .trim();
  }
  input.focus();
  input.dispatchEvent(new Event("input", { bubbles: true }));
});
