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

  document.addEventListener("DOMContentLoaded", function () {
    setupNavigation();
    setupVideos();
  });
})();
