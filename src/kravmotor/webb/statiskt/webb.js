// kravmotor webb: small conveniences on top of plain forms; every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // After a form is sent the page opens at a section (#fynd): move keyboard focus there, not only the view.
  // A page that answers a form with errors (no section in the address) moves focus to their summary.
  var target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target = document.querySelector("[data-fokus]") || target;
  if (target) { target.focus({ preventScroll: false }); }
  // "Vet inte" beside a text field: the field is ignored while it is ticked, and says so.
  document.querySelectorAll("input[name$='-vetinte']").forEach(function (box) {
    var field = document.getElementById(box.name.slice(0, -"-vetinte".length));
    if (!field) { return; }
    var sync = function () { field.disabled = box.checked; };
    box.addEventListener("change", sync);
    sync();
  });
  // A requirement's own questions are shown when it is answered "ja" (without this script they always show,
  // and the server ignores them unless it is "ja").
  document.querySelectorAll("[data-under]").forEach(function (part) {
    var radios = document.querySelectorAll("input[type=radio][name='" + part.getAttribute("data-under") + "']");
    var sync = function () {
      var chosen = Array.prototype.find.call(radios, function (r) { return r.checked; });
      part.hidden = !chosen || chosen.value !== "ja";
    };
    radios.forEach(function (r) { r.addEventListener("change", sync); });
    sync();
  });
  // A revision run in progress: ask for its state every second and show it; reload when it is done.
  var progress = document.querySelector("[data-forlopp]");
  if (progress) {
    var bar = progress.querySelector("progress");
    var text = progress.querySelector("[data-forlopp-text]");
    var poll = function () {
      fetch(progress.getAttribute("data-forlopp"), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (state) {
          if (state.total) { bar.max = state.total; bar.value = state.done; } else { bar.removeAttribute("value"); }
          text.textContent = state.text;
          if (state.finished) { location.reload(); } else { setTimeout(poll, 1000); }
        })
        .catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 1000);
  }
});
