/* The private mailbox: keep the answer being typed on the server (a draft), so leaving the page or
 * losing the connection loses nothing. Without JavaScript the page works the same, minus drafts. */
(function () {
  "use strict";
  var form = document.querySelector("[data-mailbox-draft]");
  if (!form) return;
  var field = form.querySelector("textarea[name=text]");
  var status = form.querySelector("[data-mailbox-draft-status]");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]");
  if (!field || !token) return;
  var url = form.getAttribute("data-mailbox-draft");
  var timer = null;
  var saved = field.value;
  // The page's own translations (theme/templates/mailbox/thread.html).
  var strings = { saved: form.getAttribute("data-saved"), failed: form.getAttribute("data-failed") };

  function save() {
    timer = null;
    if (field.value === saved) return;
    var text = field.value;
    var body = new FormData();
    body.append("text", text);
    fetch(url, { method: "POST", body: body, credentials: "same-origin", headers: { "X-CSRFToken": token.value } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        saved = text;
        if (status) status.textContent = strings.saved;
      })
      .catch(function () { if (status) status.textContent = strings.failed; });
  }

  field.addEventListener("input", function () {
    if (status) status.textContent = "";
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  });
  window.addEventListener("pagehide", function () { if (timer) { clearTimeout(timer); save(); } });
  form.addEventListener("submit", function () { clearTimeout(timer); timer = null; saved = field.value; });
})();
