/* Wijkplein: small progressive enhancements. Everything works without this file. */
(function () {
  "use strict";

  // Mobile navigation: the menu is open without JS; with JS it collapses behind a button.
  function setupNavigation() {
    var toggle = document.querySelector("[data-nav-toggle]");
    var nav = document.getElementById("site-nav");
    if (!toggle || !nav) return;
    toggle.hidden = false;
    document.documentElement.classList.add("js");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      nav.classList.toggle("site-nav--open", !open);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        toggle.setAttribute("aria-expanded", "false");
        nav.classList.remove("site-nav--open");
        toggle.focus();
      }
    });
  }

  // Videos load from the video site only after the reader clicks "play" (consent first).
  function setupVideos() {
    document.querySelectorAll("[data-video-embed]").forEach(function (box) {
      var button = box.querySelector("[data-video-play]");
      var url = box.getAttribute("data-video-embed");
      if (!button || !url) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var frame = document.createElement("iframe");
        frame.src = url + (url.indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
        frame.title = box.getAttribute("data-video-title") || "";
        frame.allow = "autoplay; fullscreen; picture-in-picture";
        frame.setAttribute("allowfullscreen", "");
        frame.className = "video-frame";
        box.replaceWith(frame);
        frame.focus();
      });
    });
  }

  // File inputs with data-max-size (bytes): say at once that a chosen file is too large and
  // unselect it, so the form is never sent with it and nothing typed elsewhere is lost.
  // The server checks again; this only saves a long upload and a round trip.
  function setupFileSizeChecks() {
    document.querySelectorAll("input[type=file][data-max-size]").forEach(function (input) {
      var limit = parseInt(input.getAttribute("data-max-size"), 10);
      if (!limit) return;
      var message = input.getAttribute("data-max-size-message") || "";
      var error = document.createElement("p");
      error.className = "field__error";
      error.id = (input.id || input.name) + "_size_error";
      error.setAttribute("role", "alert");
      error.hidden = true;
      input.insertAdjacentElement("afterend", error);
      input.addEventListener("change", function () {
        var tooLarge = Array.prototype.some.call(input.files || [], function (file) {
          return file.size > limit;
        });
        var field = input.closest(".field");
        if (tooLarge) {
          input.value = "";
          error.textContent = message;
          error.hidden = false;
          input.setAttribute("aria-invalid", "true");
          input.setAttribute("aria-describedby", error.id);
          if (field) field.classList.add("field--error");
        } else {
          error.hidden = true;
          error.textContent = "";
          input.removeAttribute("aria-invalid");
          if (input.getAttribute("aria-describedby") === error.id) input.removeAttribute("aria-describedby");
          if (field && !field.querySelector(".field__error:not([hidden])")) field.classList.remove("field--error");
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupNavigation();
    setupVideos();
    setupFileSizeChecks();
  });
})();
