/* Wijkplein chat: makes the chat pages live over one websocket per tab (/ws/chat/).
 *
 * Everything works without this file: the pages show the history and send with a form post. With
 * it, messages appear without reloading, sending goes over the socket (with a client id, so a
 * message sent twice after a lost connection is stored once), and the room's state (open, muted,
 * closed, pinned) follows the server. Visible texts come from data attributes on
 * [data-chat-strings], so they are translated like the rest of the page.
 * Message text arrives as HTML the server already sanitised; names and labels are set as text.
 */
(function () {
  "use strict";

  var TYPING_SEND_MS = 3000;
  var TYPING_SHOW_MS = 4000;
  var PING_MS = 30000;
  var CLOSED_REJOIN_MS = 120000;
  var MAX_BACKOFF_MS = 30000;

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    if (window.crypto && window.crypto.getRandomValues) {
      window.crypto.getRandomValues(bytes);
    } else {
      for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function strings() {
    var box = document.querySelector("[data-chat-strings]");
    return function (name, values) {
      var text = (box && box.getAttribute("data-" + name)) || "";
      Object.keys(values || {}).forEach(function (key) {
        text = text.split("{" + key + "}").join(String(values[key]));
      });
      return text;
    };
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function socketUrl() {
    return (window.location.protocol === "https:" ? "wss://" : "ws://") + window.location.host + "/ws/chat/";
  }

  // One websocket with reconnection (backoff with jitter) and a heartbeat.
  function Connection(handlers) {
    this.handlers = handlers;
    this.socket = null;
    this.attempt = 0;
    this.stopped = false;
    this.timer = null;
    this.pinger = null;
  }

  Connection.prototype.open = function () {
    var self = this;
    if (self.stopped) return;
    clearTimeout(self.timer);
    var socket;
    try {
      socket = new WebSocket(socketUrl());
    } catch (error) {
      self.retry();
      return;
    }
    self.socket = socket;
    socket.addEventListener("open", function () {
      self.attempt = 0;
      clearInterval(self.pinger);
      self.pinger = setInterval(function () { self.send({ type: "ping" }); }, PING_MS);
      self.handlers.open();
    });
    socket.addEventListener("message", function (event) {
      var frame;
      try {
        frame = JSON.parse(event.data);
      } catch (error) {
        return;
      }
      if (frame && typeof frame.type === "string") self.handlers.frame(frame);
    });
    socket.addEventListener("close", function (event) {
      if (self.socket !== socket) return;
      clearInterval(self.pinger);
      self.socket = null;
      if (event.code === 4401) {
        // Not signed in (any more): reconnecting will not help.
        self.stopped = true;
        self.handlers.gone();
        return;
      }
      self.handlers.lost();
      self.retry();
    });
  };

  Connection.prototype.retry = function () {
    var self = this;
    if (self.stopped) return;
    clearTimeout(self.timer);
    var delay = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, self.attempt));
    self.attempt += 1;
    self.timer = setTimeout(function () { self.open(); }, delay / 2 + Math.random() * (delay / 2));
  };

  Connection.prototype.now = function () {
    // Called when the browser is back online or the tab is shown again: do not wait for the backoff.
    if (!this.stopped && !this.socket) {
      this.attempt = 0;
      this.open();
    }
  };

  Connection.prototype.ready = function () {
    return this.socket !== null && this.socket.readyState === WebSocket.OPEN;
  };

  Connection.prototype.send = function (data) {
    if (!this.ready()) return false;
    this.socket.send(JSON.stringify(data));
    return true;
  };

  function watchNetwork(connection) {
    window.addEventListener("online", function () { connection.now(); });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") connection.now();
    });
  }

  function showStatus(box, text, state) {
    if (!box) return;
    box.hidden = false;
    box.setAttribute("data-state", state);
    var label = box.querySelector("[data-chat-status-text]");
    if (label) label.textContent = text;
  }

  // --- A chat room (group room or 1:1 chat) ------------------------------------------------------

  function Room(root) {
    this.root = root;
    this.t = strings();
    this.room = root.getAttribute("data-room");
    this.kind = root.getAttribute("data-kind");
    this.log = root.querySelector("#chat-log");
    this.scroller = (this.log && this.log.closest("[data-chat-scroller]")) || this.log;
    this.status = root.querySelector("[data-chat-status]");
    this.form = root.querySelector("[data-chat-composer]");
    this.text = this.form && this.form.querySelector("textarea");
    this.clientInput = this.form && this.form.querySelector("input[name=client_id]");
    this.error = root.querySelector("[data-chat-error]");
    this.counter = root.querySelector("[data-chat-counter]");
    this.compose = root.querySelector("[data-chat-compose]");
    this.reason = root.querySelector("[data-chat-reason]");
    this.closedBox = root.querySelector("[data-chat-closed]");
    this.typingBox = root.querySelector("[data-chat-typing]");
    this.readMark = root.querySelector("[data-chat-read]");
    // A page of older messages (?voor=…) stays as it is: new messages belong to the newest page.
    this.historic = /[?&]voor=/.test(window.location.search);
    this.lastId = 0;
    this.readSent = 0;
    this.readUpTo = 0;
    this.pending = {}; // client id -> text, until the server acknowledges it
    this.clientId = uuid();
    this.sentText = null;
    this.typingSent = 0;
    this.typingTimer = null;
    this.stateTimer = null;
    this.readTimer = null;
    this.joined = false;
    this.open = null;
    this.state = null;
    var self = this;
    this.ids().forEach(function (id) { if (id > self.lastId) self.lastId = id; });
    this.connection = new Connection({
      open: function () { self.join(); },
      frame: function (frame) { self.receive(frame); },
      lost: function () {
        self.joined = false;
        showStatus(self.status, self.t("reconnecting"), "lost");
      },
      gone: function () {
        self.joined = false;
        showStatus(self.status, self.t("offline"), "off");
      },
    });
  }

  Room.prototype.start = function () {
    showStatus(this.status, this.t("connecting"), "connecting");
    this.setupComposer();
    this.setupOlder();
    var self = this;
    document.addEventListener("visibilitychange", function () { self.markRead(); });
    window.addEventListener("focus", function () { self.markRead(); });
    watchNetwork(this.connection);
    this.connection.open();
  };

  Room.prototype.ids = function () {
    if (!this.log) return [];
    return Array.prototype.map.call(this.log.querySelectorAll(":scope > [data-id]"), function (item) {
      return parseInt(item.getAttribute("data-id"), 10) || 0;
    });
  };

  Room.prototype.join = function () {
    var frame = { type: "join", room: this.room };
    if (this.lastId) frame.after = this.lastId;
    else if (this.ids().length === 0 && !this.historic) frame.after = 0;
    this.connection.send(frame);
  };

  Room.prototype.receive = function (frame) {
    if (frame.room && frame.room !== this.room) return;
    switch (frame.type) {
      case "joined": return this.onJoined(frame);
      case "message": return this.onMessage(frame.message);
      case "history": return this.onHistory(frame);
      case "remove": return this.removeMessage(frame.id);
      case "state": return this.applyState(frame.state);
      case "ack": return this.onAck(frame);
      case "error": return this.onError(frame);
      case "typing": return this.onTyping(frame.name);
      case "read": return this.onRead(frame.id);
      case "help": return this.showHelp();
      case "handoff": return this.onHandoff(frame.url);
      case "removed": return window.location.reload();
      default: return undefined;
    }
  };

  Room.prototype.onJoined = function (frame) {
    var self = this;
    var first = !this.joined;
    this.joined = true;
    showStatus(this.status, this.t("connected"), "live");
    this.applyState(frame.state);
    var before = this.lastId;
    (frame.messages || []).forEach(function (message) { self.onMessage(message, true); });
    if (frame.more && this.lastId > before) {
      // More was missed than one answer holds: ask for the rest.
      this.join();
      return;
    }
    if (first) this.markRead();
    Object.keys(this.pending).forEach(function (clientId) {
      self.connection.send({ type: "send", room: self.room, client_id: clientId, text: self.pending[clientId] });
    });
  };

  // --- Messages ---

  Room.prototype.find = function (id) {
    return this.log ? this.log.querySelector(':scope > [data-id="' + Number(id) + '"]') : null;
  };

  // Does the log scroll by itself (wider screens), or with the page (phones)?
  Room.prototype.scrolls = function () {
    var box = this.scroller;
    return Boolean(box) && box.scrollHeight > box.clientHeight + 4 && getComputedStyle(box).overflowY !== "visible";
  };

  Room.prototype.nearBottom = function () {
    var box = this.scroller;
    if (!box) return false;
    if (this.scrolls()) return box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    return box.getBoundingClientRect().bottom <= window.innerHeight + 80;
  };

  Room.prototype.onMessage = function (message, quiet) {
    if (!message || !this.log || this.historic) return;
    var existing = this.find(message.id);
    var item = this.build(message);
    if (existing) {
      // The same message again (approved, hidden, edited): replace it in place.
      var mark = existing.querySelector("[data-chat-read]");
      if (mark) item.appendChild(mark);
      existing.replaceWith(item);
      return;
    }
    var stick = this.nearBottom();
    var empty = this.log.querySelector(".chat-log__empty");
    if (empty) empty.remove();
    var next = null;
    Array.prototype.some.call(this.log.querySelectorAll(":scope > [data-id]"), function (other) {
      if ((parseInt(other.getAttribute("data-id"), 10) || 0) > message.id) {
        next = other;
        return true;
      }
      return false;
    });
    this.log.insertBefore(item, next);
    if (message.id > this.lastId) this.lastId = message.id;
    if (message.mine) this.updateRead();
    if (!message.mine && this.typingBox) this.clearTyping();
    if (stick) item.scrollIntoView({ block: "nearest" });
    if (!quiet) this.markRead();
  };

  Room.prototype.removeMessage = function (id) {
    var item = this.find(id);
    if (!item) return;
    var mark = item.querySelector("[data-chat-read]");
    if (mark) {
      mark.hidden = true;
      this.log.insertAdjacentElement("afterend", mark);
    }
    item.remove();
    this.updateRead();
  };

  // The same DOM as theme/templates/chat/_message.html.
  Room.prototype.build = function (message) {
    var t = this.t;
    var classes = ["chat-message", "chat-message--" + message.kind];
    if (message.mine) classes.push("chat-message--mine");
    if (message.held) classes.push("chat-message--held");
    if (message.hidden) classes.push("chat-message--hidden");
    var item = el("li", classes.join(" "));
    item.id = "message-" + message.id;
    item.setAttribute("data-id", String(message.id));
    var time = el("time", null, message.time);
    time.setAttribute("datetime", message.created_at);
    if (message.kind === "system") {
      var system = el("p", "chat-message__system");
      system.innerHTML = message.html; // sanitised by the server (nh3)
      system.appendChild(document.createTextNode(" "));
      system.appendChild(time);
      item.appendChild(system);
      return item;
    }
    var meta = el("p", "chat-message__meta");
    var member = el("span", "member");
    var author = message.author || {};
    member.appendChild(el("span", "member__name", author.name || t("former-member")));
    (author.badges || []).forEach(function (badge) {
      member.appendChild(document.createTextNode(" "));
      var label = el("span", "badge badge--" + String(badge.role).replace(/[^\w-]/g, ""));
      label.title = t("verified-by", { partner: badge.partner });
      var icon = el("span", "badge__icon", "✓");
      icon.setAttribute("aria-hidden", "true");
      label.appendChild(icon);
      label.appendChild(document.createTextNode(" " + badge.label));
      member.appendChild(label);
    });
    if (author.host) {
      member.appendChild(document.createTextNode(" "));
      member.appendChild(el("span", "tag", t("host")));
    }
    meta.appendChild(member);
    meta.appendChild(document.createTextNode("\n    "));
    time.title = message.date;
    meta.appendChild(time);
    if (message.kind === "summary") {
      meta.appendChild(document.createTextNode(" "));
      meta.appendChild(el("span", "tag", t("summary")));
    }
    item.appendChild(meta);
    var text = el("div", "chat-message__text");
    text.innerHTML = message.html; // sanitised by the server (nh3)
    item.appendChild(text);
    if (message.held) item.appendChild(el("p", "chat-message__flag", t("held")));
    if (message.hidden) item.appendChild(el("p", "chat-message__flag", t("hidden")));
    if (message.kind === "text" && !message.mine) item.appendChild(this.actions(message));
    return item;
  };

  Room.prototype.actions = function (message) {
    var t = this.t;
    var box = document.querySelector("[data-chat-strings]");
    var actions = el("p", "chat-message__actions");
    var report = el("a", null, t("report"));
    report.href = (box.getAttribute("data-report-url") || "").replace("/0/", "/" + Number(message.id) + "/");
    report.appendChild(el("span", "visually-hidden", " " + t("this-message")));
    actions.appendChild(report);
    var pinUrl = box.getAttribute("data-pin-url");
    var token = document.querySelector("[data-chat] input[name=csrfmiddlewaretoken]");
    if (pinUrl && token && this.state && this.state.host) {
      actions.appendChild(document.createTextNode(" "));
      var form = el("form", "inline-form");
      form.method = "post";
      form.action = pinUrl;
      [["csrfmiddlewaretoken", token.value], ["action", "pin"], ["message", String(message.id)]].forEach(function (pair) {
        var input = el("input");
        input.type = "hidden";
        input.name = pair[0];
        input.value = pair[1];
        form.appendChild(input);
      });
      var button = el("button", "link-button", t("pin"));
      button.type = "submit";
      form.appendChild(button);
      actions.appendChild(form);
    }
    return actions;
  };

  // --- Older messages ---

  Room.prototype.setupOlder = function () {
    var self = this;
    var link = this.root.querySelector("[data-older]");
    if (!link || this.historic) return;
    link.addEventListener("click", function (event) {
      var before = parseInt(link.getAttribute("data-older"), 10);
      if (!before || !self.joined) return; // the link still works as a link
      event.preventDefault();
      link.setAttribute("aria-busy", "true");
      self.connection.send({ type: "history", room: self.room, before: before });
    });
  };

  Room.prototype.onHistory = function (frame) {
    var self = this;
    var link = this.root.querySelector("[data-older]");
    var log = this.log;
    var box = this.scroller;
    if (!log) return;
    var scroller = this.scrolls();
    var height = box.scrollHeight;
    var first = log.querySelector(":scope > [data-id]");
    var oldest = null;
    (frame.messages || []).forEach(function (message) {
      if (self.find(message.id)) return;
      log.insertBefore(self.build(message), first);
      if (oldest === null || message.id < oldest) oldest = message.id;
    });
    var grown = box.scrollHeight - height;
    if (scroller) box.scrollTop += grown; // keep what the reader was looking at in place
    else window.scrollBy(0, grown);
    if (link) {
      link.removeAttribute("aria-busy");
      if (frame.more && oldest) {
        link.setAttribute("data-older", String(oldest));
        link.href = "?voor=" + oldest + "#chat-log";
      } else {
        var wrapper = link.closest(".chat-older") || link;
        if (document.activeElement === link) box.focus();
        wrapper.remove();
      }
    }
  };

  // --- Sending ---

  Room.prototype.setupComposer = function () {
    var self = this;
    if (!this.form || !this.text) return;
    if (this.clientInput) this.clientInput.value = this.clientId;
    this.max = parseInt(this.text.getAttribute("maxlength"), 10) || 0;
    this.text.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        if (typeof self.form.requestSubmit === "function") self.form.requestSubmit();
        else self.form.dispatchEvent(new Event("submit", { cancelable: true }));
      }
    });
    this.text.addEventListener("input", function () {
      self.counted();
      var now = Date.now();
      if (self.text.value.trim() && now - self.typingSent > TYPING_SEND_MS && self.joined) {
        self.typingSent = now;
        self.connection.send({ type: "typing", room: self.room });
      }
    });
    this.form.addEventListener("submit", function (event) {
      var text = self.text.value;
      if (!self.joined || !self.connection.ready()) {
        // No live connection: the form posts as it does without JavaScript.
        if (self.clientInput) self.clientInput.value = self.clientId;
        return;
      }
      event.preventDefault();
      if (!text.trim()) {
        self.showError(self.t("empty"));
        self.text.focus();
        return;
      }
      self.showError("");
      self.pending[self.clientId] = text;
      self.sentText = text;
      self.form.setAttribute("aria-busy", "true");
      self.connection.send({ type: "send", room: self.room, client_id: self.clientId, text: text });
      self.text.focus();
    });
    this.counted();
  };

  Room.prototype.counted = function () {
    if (!this.counter || !this.max) return;
    var length = this.text.value.length;
    this.counter.textContent = length >= this.max * 0.8 ? this.t("counter", { count: length, max: this.max }) : "";
  };

  Room.prototype.showError = function (text) {
    if (!this.error) return;
    this.error.textContent = text;
    if (this.text) {
      if (text) this.text.setAttribute("aria-invalid", "true");
      else this.text.removeAttribute("aria-invalid");
    }
  };

  Room.prototype.onAck = function (frame) {
    delete this.pending[frame.client_id];
    if (frame.client_id !== this.clientId) return;
    if (this.form) this.form.removeAttribute("aria-busy");
    if (this.text && this.text.value === this.sentText) this.text.value = "";
    this.sentText = null;
    this.clientId = uuid();
    if (this.clientInput) this.clientInput.value = this.clientId;
    this.showError("");
    this.counted();
  };

  Room.prototype.onError = function (frame) {
    if (frame.client_id && frame.code === "not_joined") return; // sent again after joining
    if (frame.client_id) {
      delete this.pending[frame.client_id];
      if (frame.client_id === this.clientId && this.form) this.form.removeAttribute("aria-busy");
    }
    if (frame.code === "unknown_room") {
      this.connection.stopped = true;
      showStatus(this.status, frame.message || this.t("offline"), "off");
      return;
    }
    // The typed text stays in the box, to change and send again.
    this.showError(frame.message || "");
  };

  // --- Typing and read ---

  Room.prototype.onTyping = function (name) {
    var self = this;
    if (!this.typingBox || !name) return;
    this.typingBox.textContent = this.t("typing", { name: name });
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(function () { self.clearTyping(); }, TYPING_SHOW_MS);
  };

  Room.prototype.clearTyping = function () {
    clearTimeout(this.typingTimer);
    if (this.typingBox) this.typingBox.textContent = "";
  };

  Room.prototype.markRead = function () {
    var self = this;
    if (this.kind !== "direct" || !this.joined || document.visibilityState !== "visible") return;
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(function () {
      if (self.lastId > self.readSent && self.connection.send({ type: "read", room: self.room, id: self.lastId })) {
        self.readSent = self.lastId;
      }
    }, 300);
  };

  Room.prototype.onRead = function (id) {
    if (typeof id === "number" && id > this.readUpTo) this.readUpTo = id;
    this.updateRead();
  };

  // "Read" under one's own last message once the other side has read up to it.
  Room.prototype.updateRead = function () {
    var mark = this.readMark;
    if (!mark || this.kind !== "direct" || !this.log) return;
    var mine = this.log.querySelectorAll(":scope > .chat-message--mine");
    var last = mine.length ? mine[mine.length - 1] : null;
    if (last && this.readUpTo >= (parseInt(last.getAttribute("data-id"), 10) || 0)) {
      last.appendChild(mark);
      mark.hidden = false;
    } else {
      mark.hidden = true;
    }
  };

  // --- State ---

  Room.prototype.applyState = function (state) {
    var self = this;
    if (!state) return;
    var previous = this.state;
    this.state = state;
    if (state.removed) {
      window.location.reload();
      return;
    }
    var composing = this.compose && this.compose.contains(document.activeElement);
    if (this.compose) this.compose.hidden = !state.can_send;
    if (this.reason) {
      this.reason.textContent = state.reason || "";
      var alternatives = this.kind === "group" && state.open === false && this.closedBox;
      this.reason.hidden = state.can_send || !state.reason || Boolean(alternatives);
    }
    if (this.closedBox) this.closedBox.hidden = state.open !== false;
    if (composing && !state.can_send) {
      // The box the reader was typing in is gone: tell them why, where the focus now is.
      var target = this.reason && !this.reason.hidden ? this.reason : this.closedBox;
      if (target) {
        target.setAttribute("tabindex", "-1");
        target.focus();
      }
    }
    if (this.kind === "group") this.groupState(state);
    else this.directState(state, previous);
    clearTimeout(this.stateTimer);
    if (state.open && state.closes_at) {
      var wait = new Date(state.closes_at).getTime() - Date.now() + 1500;
      if (wait > 0 && wait < 2147483647) {
        this.stateTimer = setTimeout(function () { self.join(); }, wait);
      }
    } else if (this.kind === "group" && state.open === false) {
      this.stateTimer = setTimeout(function () { self.join(); }, CLOSED_REJOIN_MS);
    }
  };

  Room.prototype.groupState = function (state) {
    var t = this.t;
    var open = this.root.querySelector("[data-chat-open]");
    if (open) {
      open.textContent = "";
      if (state.open) {
        open.appendChild(el("span", "tag tag--open", t("open")));
        if (state.closes_at) {
          var until = new Date(state.closes_at);
          var time = ("0" + until.getHours()).slice(-2) + ":" + ("0" + until.getMinutes()).slice(-2);
          open.appendChild(document.createTextNode(" " + t("until", { time: time })));
        }
      } else {
        open.appendChild(el("span", "tag", t("closed")));
        open.appendChild(document.createTextNode(" " + (state.opens_at ? t("open-again", { when: state.opens_at }) : t("no-opening"))));
      }
    }
    var pinned = this.root.querySelector("[data-chat-pinned]");
    if (pinned) {
      pinned.textContent = "";
      pinned.hidden = !state.pinned;
      if (state.pinned) {
        pinned.appendChild(el("p", "chat-pinned__label", t("pinned")));
        var text = el("div", "chat-pinned__text");
        text.innerHTML = state.pinned.html; // sanitised by the server (nh3)
        pinned.appendChild(text);
      }
    }
  };

  Room.prototype.directState = function (state, previous) {
    var t = this.t;
    var box = this.root.querySelector("[data-chat-state]");
    var member = this.root.hasAttribute("data-member");
    if (box && (!previous || previous.status !== state.status || previous.position !== state.position || previous.estimate !== state.estimate)) {
      var line = el("p");
      if (state.status === "waiting") {
        if (member) {
          line.appendChild(el("strong", null, t("queue")));
          var parts = [];
          if (state.position) parts.push(t("position", { position: state.position }));
          parts.push(state.estimate ? t("estimate", { minutes: state.estimate }) : t("no-estimate"));
          parts.push(t("write-already"));
          line.appendChild(document.createTextNode(" " + parts.join(" ")));
        } else {
          line = null;
        }
      } else if (state.status === "active") {
        line.textContent = t("talking", { name: state.professional || "" });
      } else {
        line.textContent = t("chat-closed-text");
      }
      if (line && previous) {
        Array.prototype.forEach.call(box.querySelectorAll("p:not([data-keep])"), function (p) { p.remove(); });
        box.insertBefore(line, box.firstChild);
      }
    }
    if (state.status === "closed") {
      this.root.querySelectorAll("[data-chat-end], [data-chat-pro], [data-chat-fallback]").forEach(function (node) { node.hidden = true; });
      this.root.querySelectorAll("[data-chat-save]").forEach(function (node) { node.hidden = false; });
    }
    var transferShown = this.root.querySelector(".chat-transfer");
    var needsPage = (state.transfer && !transferShown) || (state.fallback && !this.root.querySelector("[data-chat-fallback]"));
    if (previous && needsPage) this.askReload();
  };

  // Something appeared that only the page has the form for (a transfer proposal, another route).
  Room.prototype.askReload = function () {
    if (this.text && !this.text.value.trim()) {
      window.location.reload();
      return;
    }
    if (this.root.querySelector("[data-chat-news]")) return;
    var notice = el("div", "notice");
    notice.setAttribute("data-chat-news", "");
    notice.setAttribute("role", "status");
    var p = el("p", null, this.t("news") + " ");
    var link = el("a", null, this.t("reload"));
    link.href = window.location.pathname;
    p.appendChild(link);
    notice.appendChild(p);
    var log = this.root.querySelector("#chat-log");
    (log || this.root).insertAdjacentElement("beforebegin", notice);
  };

  Room.prototype.showHelp = function () {
    var card = document.getElementById("help-card");
    if (!card) return;
    card.hidden = false;
    card.focus();
  };

  Room.prototype.onHandoff = function (url) {
    if (typeof url !== "string" || url.charAt(0) !== "/" || url.charAt(1) === "/") return;
    var notice = this.root.querySelector("[data-chat-handoff]");
    if (!notice) {
      notice = el("div", "notice chat-handoff");
      notice.setAttribute("data-chat-handoff", "");
      notice.setAttribute("role", "status");
      var head = this.root.querySelector(".chat-room__head");
      if (head) head.insertAdjacentElement("afterend", notice);
      else this.root.insertBefore(notice, this.root.firstChild);
    }
    notice.textContent = "";
    var p = el("p", null, this.t("handoff") + " ");
    var link = el("a", "button", this.t("handoff-link"));
    link.href = url;
    p.appendChild(link);
    notice.appendChild(p);
  };

  // --- The professionals' queue page ---

  function setupQueue(root) {
    var t = strings();
    var status = root.querySelector("[data-chat-status]");
    var subscribed = false;
    var busy = false;
    var again = false;
    var connection = new Connection({
      open: function () { connection.send({ type: "queue" }); },
      frame: function (frame) {
        if (frame.type !== "queue") return;
        showStatus(status, t("connected"), "live");
        // The first answer confirms the subscription; while disconnected things may have changed.
        refresh();
      },
      lost: function () { showStatus(status, t("reconnecting"), "lost"); },
      gone: function () { showStatus(status, t("offline"), "off"); },
    });

    function refresh() {
      if (!subscribed) {
        subscribed = true;
        return;
      }
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      window.fetch(window.location.pathname, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, "text/html");
          root.querySelectorAll("section[aria-labelledby]").forEach(function (section) {
            var id = section.getAttribute("aria-labelledby");
            var replacement = fresh.querySelector('section[aria-labelledby="' + id + '"]');
            if (!replacement) return;
            var focused = section.contains(document.activeElement);
            var adopted = document.importNode(replacement, true);
            section.replaceWith(adopted);
            if (focused) {
              var heading = adopted.querySelector("h2");
              if (heading) {
                heading.setAttribute("tabindex", "-1");
                heading.focus();
              }
            }
          });
        })
        .catch(function () { /* the list stays as it was; the next notice tries again */ })
        .then(function () {
          busy = false;
          if (again) {
            again = false;
            refresh();
          }
        });
    }

    showStatus(status, t("connecting"), "connecting");
    watchNetwork(connection);
    connection.open();
  }

  // --- Small helpers on every chat page ---

  function setupConfirm() {
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
      });
    });
  }

  function setupTriage(form) {
    var card = document.getElementById("help-card");
    if (!card) return;
    form.addEventListener("change", function (event) {
      var input = event.target;
      if (input.name !== "urgency") return;
      if (input.value === "danger" && input.checked) {
        card.hidden = false;
        card.focus();
      }
    });
    var checked = form.querySelector("input[name=urgency][value=danger]:checked");
    if (checked) card.hidden = false;
  }

  function start() {
    setupConfirm();
    var triage = document.querySelector("[data-chat-triage]");
    if (triage) setupTriage(triage);
    var queue = document.querySelector("[data-chat-queue]");
    if (queue) setupQueue(queue);
    var root = document.querySelector("[data-chat][data-live]");
    if (root && root.getAttribute("data-room") && window.WebSocket) new Room(root).start();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
