/* Matching's questionnaire on a phone: one question per screen, with "Previous" / "Next" and
 * "Question 2 of 8". Without JavaScript, or on a wide screen, all questions are on one page. */
(function () {
  "use strict";
  var form = document.querySelector("[data-matching-steps]");
  if (!form || !window.matchMedia) return;
  var narrow = window.matchMedia("(max-width: 48rem)");
  var steps = Array.prototype.slice.call(form.querySelectorAll(".mq-step"));
  if (steps.length < 2) return;
  var current = 0;
  var progress = document.createElement("p");
  progress.className = "mq-progress";
  progress.setAttribute("aria-live", "polite");
  var nav = document.createElement("div");
  nav.className = "mq-nav";
  var previous = document.createElement("button");
  previous.type = "button";
  previous.className = "button button--secondary";
  previous.textContent = form.getAttribute("data-previous");
  var next = document.createElement("button");
  next.type = "button";
  next.className = "button";
  next.textContent = form.getAttribute("data-next");
  nav.appendChild(previous);
  nav.appendChild(next);

  function show(index, focus) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach(function (step, i) { step.classList.toggle("is-current", i === current); });
    form.classList.toggle("is-last", current === steps.length - 1);
    progress.textContent = form.getAttribute("data-step-text")
      .replace("{number}", String(current + 1)).replace("{total}", String(steps.length));
    previous.hidden = current === 0;
    next.hidden = current === steps.length - 1;
    if (focus) {
      var title = steps[current].querySelector(".mq-step__title");
      if (title) title.focus();
    }
  }

  function enable() {
    form.classList.add("mq-form--steps");
    form.insertBefore(progress, steps[0]);
    // "Previous" sits right under the question, before the last question's send button.
    form.insertBefore(nav, form.querySelector(".mq-submit"));
    var withError = steps.findIndex(function (step) { return step.hasAttribute("data-has-error"); });
    show(withError >= 0 ? withError : 0, withError >= 0);
  }

  function disable() {
    form.classList.remove("mq-form--steps", "is-last");
    steps.forEach(function (step) { step.classList.remove("is-current"); });
    if (progress.parentNode) progress.parentNode.removeChild(progress);
    if (nav.parentNode) nav.parentNode.removeChild(nav);
  }

  previous.addEventListener("click", function () { show(current - 1, true); });
  next.addEventListener("click", function () { show(current + 1, true); });
  // Enter in a text field goes to the next question instead of sending half the answers.
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !form.classList.contains("mq-form--steps")) return;
    if (event.target.tagName !== "INPUT" || current === steps.length - 1) return;
    event.preventDefault();
    show(current + 1, true);
  });
  function apply() { if (narrow.matches) enable(); else disable(); }
  if (narrow.addEventListener) narrow.addEventListener("change", apply);
  apply();
})();
