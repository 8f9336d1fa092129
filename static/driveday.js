// The drive day's pages. Check-in: after each answer the code box is emptied and focused again, ready for the
// next scan (a USB scanner types the code and Enter); where the browser has BarcodeDetector, a button reads QR
// codes with the camera and sends them the same way. Without it, or without JavaScript, the box still works.
// The itinerary: its print button.
(function () {
  "use strict";

  function ready() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    var form = document.getElementById("scan");
    if (!form) { return; }
    var input = form.querySelector("input[name=code]");
    document.body.addEventListener("htmx:afterRequest", function (event) {
      if (event.detail.elt === form) { input.value = ""; input.focus(); }
    });
    if (!("BarcodeDetector" in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { return; }
    var button = form.querySelector("[data-camera]");
    var video = form.querySelector("[data-camera-view]");
    var stream = null;
    var last = "";
    button.hidden = false;

    function stop() {
      if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); }
      stream = null;
      video.hidden = true;
    }

    function send(code) {
      input.value = code;
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }

    button.addEventListener("click", function () {
      if (stream) { stop(); return; }
      var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (media) {
        stream = media;
        video.srcObject = media;
        video.hidden = false;
        video.play();
        (function look() {
          if (!stream) { return; }
          detector.detect(video).then(function (codes) {
            var code = codes.length ? codes[0].rawValue : "";
            if (code && code !== last) { last = code; send(code); window.setTimeout(function () { last = ""; }, 3000); }
            window.setTimeout(look, 250);
          }).catch(function () { window.setTimeout(look, 500); });
        })();
      }).catch(stop);
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", ready); } else { ready(); }
})();
