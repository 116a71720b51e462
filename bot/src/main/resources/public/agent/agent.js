// ExamDesk agent console: plain JS, no build step. Every text from the API is shown with textContent,
// never as HTML, so a comment holding markup is displayed as the characters typed.
(function () {
  "use strict";
  const TOKEN = "examdesk.agent.token";
  // Pages are walked by cursor: "after" is the cursor of the page shown (null for the first), "trail" the cursors
  // of the pages before it (for "Previous"), "next" the cursor the server gave for the page after it.
  const state = { queue: "", status: "", after: null, trail: [], next: null, size: 25, selected: null, clockSkew: 0, queues: [] };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "onclick") node.addEventListener("click", v);
      else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
    });
    children.flat(Infinity).forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c))));
    return node;
  }

  async function api(method, path, body) {
    const headers = { "Accept": "application/json" };
    const token = sessionStorage.getItem(TOKEN);
    if (token) headers.Authorization = "Bearer " + token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (res.status === 401 && path !== "/api/v1/sessions") { signOut(); throw new Error("Your session ended; sign in again."); }
    const data = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) throw new Error((data && data.message) || ("The server answered " + res.status + "."));
    return data;
  }

  function toast(text) {
    const t = $("toast");
    t.textContent = text;
    t.classList.add("show");
    setTimeout(() => t.classList.remove("show"), 3000);
  }

  // ---- time left to a target ----
  function serverNow() { return Date.now() + state.clockSkew; }
  function span(ms) {
    const mins = Math.round(Math.abs(ms) / 60000);
    const d = Math.floor(mins / 1440), h = Math.floor((mins % 1440) / 60), m = mins % 60;
    return d > 0 ? d + "d " + h + "h" : h > 0 ? h + "h " + m + "m" : m + "m";
  }
  function dueCell(c) {
    if (c.firstResponseAt) return el("span", { class: "due met", title: "Responded " + when(c.firstResponseAt) }, "responded");
    if (c.status === "RESOLVED" || c.status === "CLOSED") return el("span", { class: "due" }, c.status.toLowerCase());
    const left = Date.parse(c.dueAt) - serverNow();
    if (left < 0 || c.targetMissed) return el("span", { class: "due missed", title: "Due " + when(c.dueAt) }, "missed by " + span(left));
    return el("span", { class: "due" + (left < 4 * 3600000 ? " soon" : ""), title: "Due " + when(c.dueAt) }, span(left) + " left");
  }
  function when(iso) { return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : ""; }
  // A moment people read in their own time zone, and machines (and tests) read exactly in datetime.
  function moment(iso) { return iso ? el("time", { datetime: iso }, when(iso)) : ""; }
  const label = (s) => (s || "").replace(/_/g, " ").toLowerCase().replace(/^./, (x) => x.toUpperCase());

  // ---- sign in ----
  async function signIn(ev) {
    ev.preventDefault();
    const form = ev.target;
    $("signin-error").textContent = "";
    try {
      const s = await api("POST", "/api/v1/sessions", { username: form.username.value, password: form.password.value });
      if (!s.user.roles.some((r) => r === "SUPPORT_AGENT" || r === "BOARD_ADMIN")) {
        await fetch("/api/v1/sessions/current", { method: "DELETE", headers: { Authorization: "Bearer " + s.token } });
        throw new Error("This console is for support agents and board administrators.");
      }
      sessionStorage.setItem(TOKEN, s.token);
      sessionStorage.setItem(TOKEN + ".name", s.user.name);
      form.reset();
      show();
    } catch (e) { $("signin-error").textContent = e.message; }
  }
  function signOut() {
    const token = sessionStorage.getItem(TOKEN);
    if (token) fetch("/api/v1/sessions/current", { method: "DELETE", headers: { Authorization: "Bearer " + token } });
    sessionStorage.removeItem(TOKEN);
    show();
  }
  function show() {
    const signedIn = !!sessionStorage.getItem(TOKEN);
    $("signin").hidden = signedIn;
    $("nav").hidden = !signedIn;
    $("queues").hidden = !signedIn;
    $("reports").hidden = true;
    if (signedIn) {
      $("who").textContent = sessionStorage.getItem(TOKEN + ".name") || "";
      tab("queues");
      openLinked();
    }
  }
  // A link such as /agent#case=12345678 (from the agents' Slack channel) opens that case once signed in.
  function openLinked() {
    const linked = /^#case=(\d{8})$/.exec(location.hash);
    if (linked && sessionStorage.getItem(TOKEN)) openCase(linked[1]);
  }
  function tab(name) {
    document.querySelectorAll(".tab").forEach((b) => {
      b.classList.toggle("active", b.dataset.tab === name);
      b.setAttribute("aria-pressed", String(b.dataset.tab === name));
    });
    $("queues").hidden = name !== "queues";
    $("reports").hidden = name !== "reports";
    if (name === "queues") refresh();
    else window.ExamDeskReports.render($("report-body"), api, Number($("report-days").value));
  }

  // ---- queues and cases ----
  async function refresh() {
    try {
      const [queues] = await Promise.all([api("GET", "/api/v1/agent/queues"), loadPage()]);
      state.queues = queues.queues;
      renderQueues();
    } catch (e) { toast(e.message); }
  }
  function renderQueues() {
    const list = $("queue-list");
    const all = { value: "", label: "All queues", open: state.queues.reduce((n, q) => n + q.open, 0),
      missed: state.queues.reduce((n, q) => n + q.missed, 0) };
    list.replaceChildren(...[all, ...state.queues].map((q) => el("li", {},
      el("button", { type: "button", class: q.value === state.queue ? "active" : null, onclick: () => pickQueue(q) },
        el("span", {}, q.label),
        el("span", {}, String(q.open), q.missed ? el("span", { class: "missed", title: "missed targets" }, " · " + q.missed + " missed") : "")))));
  }
  function pickQueue(q) {
    state.queue = q.value;
    firstPage();
    $("queue-title").textContent = q.label;
    refresh();
  }
  function firstPage() { state.after = null; state.trail = []; state.next = null; }
  function missed(c) {
    return c.targetMissed || (!c.firstResponseAt && Date.parse(c.dueAt) < serverNow() && c.status !== "CLOSED" && c.status !== "RESOLVED");
  }
  async function loadPage() {
    const params = new URLSearchParams({ size: state.size });
    if (state.after) params.set("after", state.after);
    if (state.queue) params.set("queue", state.queue);
    if (state.status) params.set("status", state.status);
    const page = await api("GET", "/api/v1/agent/queue?" + params);
    state.clockSkew = Date.parse(page.now) - Date.now();
    state.next = page.next;
    // the case number is a button (keyboard and screen readers); a click anywhere on the row opens it too
    $("case-rows").replaceChildren(...page.items.map((c) => el("tr",
      { class: missed(c) ? "missed" : null, onclick: () => openCase(c.number), "data-number": c.number },
      el("td", {}, el("button", { type: "button", class: "case-link", "aria-label": "Open case " + c.number + ": " + c.subject }, c.number)),
      el("td", {}, c.subject), el("td", {}, c.categoryLabel), el("td", {}, label(c.status)),
      el("td", {}, c.assignedAgent || "—"), el("td", {}, dueCell(c)))));
    if (page.items.length === 0) $("case-rows").replaceChildren(el("tr", {}, el("td", { colspan: "6" }, "No cases here.")));
    const capped = page.total > 1000;
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    $("page-info").textContent = "Page " + page.page + " of " + pages + (capped ? "+" : "") + " (" + (capped ? "over 1,000" : page.total) + " cases)";
    $("prev").disabled = state.trail.length === 0;
    $("next").disabled = !page.next;
  }
  function turnPage(forward) {
    if (forward) { state.trail.push(state.after); state.after = state.next; } else { state.after = state.trail.pop() || null; }
    loadPage().catch((e) => toast(e.message));
  }

  async function openCase(number) {
    try {
      const c = await api("GET", "/api/v1/cases/" + encodeURIComponent(number));
      state.selected = c;
      renderDetail(c);
      $("detail-title").focus();
    } catch (e) { toast(e.message); }
  }
  function renderDetail(c) {
    const d = $("detail");
    d.hidden = false;
    $("queues").classList.add("with-detail");
    const fields = [["Status", label(c.status)], ["Queue", c.queueLabel], ["Agent", c.assignedAgent || "unassigned"],
      ["Category", c.categoryLabel + " / " + c.subcategoryLabel],
      ["Qualification", c.qualificationLabel + " / " + c.qualificationSubjectLabel],
      ["Support", c.supportOption], ["Contact", [c.contact.name, c.contact.email, c.contact.phone].filter(Boolean).join(", ")],
      ["Opened", moment(c.createdAt)], ["Target", [c.targetDays + " working days, due ", el("span", { class: "due-at" }, moment(c.dueAt))]]];
    d.replaceChildren(
      el("h2", { id: "detail-title", tabindex: "-1" }, "Case " + c.number + ": " + c.subject),
      el("dl", {}, fields.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]), el("dt", {}, "Time left"), el("dd", {}, dueCell(c))),
      el("p", { class: "description" }, c.description),
      ...files(c),
      el("h3", { id: "activity-title" }, "Activity"),
      // a scrolling list: focusable so keyboard users can scroll it too
      el("ol", { class: "activity", tabindex: "0", "aria-labelledby": "activity-title" }, c.activity.map(entry)),
      actions(c));
  }
  function entry(a) {
    return el("li", { class: a.kind },
      el("div", { class: "meta" }, moment(a.at), " · " + label(a.kind) + " · " + a.actor),
      el("div", { class: "body" }, a.body || ""));
  }
  // While a case is open its activity is checked every few seconds, so a requester's message in a live chat shows
  // without a reload. Only new entries are added (a reply being typed is left alone) and the toast announces them.
  async function followOpenCase() {
    const open = state.selected;
    if (!open || $("detail").hidden || !sessionStorage.getItem(TOKEN)) return;
    try {
      const c = await api("GET", "/api/v1/cases/" + encodeURIComponent(open.number));
      if (state.selected !== open || c.activity.length <= open.activity.length) return;
      const fresh = c.activity.slice(open.activity.length);
      document.querySelector("#detail .activity").append(...fresh.map(entry));
      state.selected = c;
      if (fresh.some((a) => a.kind === "REQUESTER_COMMENT")) toast("New message from the requester on case " + c.number + ".");
    } catch (e) { /* the next check tries again */ }
  }
  function files(c) {
    if (!c.attachments.length) return [];
    return [el("h3", { id: "files-title" }, "Attachments"), el("ul", { class: "files", "aria-labelledby": "files-title" },
      c.attachments.map((a) => el("li", {},
        el("button", { type: "button", class: "secondary", onclick: () => download(c.number, a) }, a.fileName),
        " " + Math.ceil(a.size / 1024) + " KB")))];
  }
  function actions(c) {
    const open = c.status !== "CLOSED";
    const reply = el("textarea", { id: "reply-text", maxlength: "10000", "aria-label": "Reply to the requester", placeholder: "Reply to the requester" });
    const status = el("select", { id: "status-select", "aria-label": "New status" },
      ["NEW", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"].map((s) => el("option", { value: s, selected: s === c.status }, label(s))));
    return el("div", { class: "actions" },
      el("div", { class: "row" },
        el("button", { type: "button", id: "claim", disabled: !open || !!c.assignedAgent, onclick: () => act("POST", "/claim", undefined, "Claimed") }, c.assignedAgent ? "Claimed by " + c.assignedAgent : "Claim"),
        el("button", { type: "button", class: "secondary", id: "resolve", disabled: !open || c.status === "RESOLVED", onclick: () => act("PUT", "/status", { status: "RESOLVED" }, "Resolved") }, "Resolve"),
        c.supportOption === "CALL" && open ? el("button", { type: "button", class: "secondary", onclick: () => act("POST", "/calls", { note: "Call taken." }, "Call logged") }, "Log a call") : ""),
      reply,
      el("div", { class: "row" },
        el("button", { type: "button", id: "send-reply", disabled: !open, onclick: () => {
          if (!reply.value.trim()) { toast("Write a reply first."); return; }
          act("POST", "/replies", { text: reply.value }, "Reply sent");
        } }, "Send reply"),
        status,
        el("button", { type: "button", class: "secondary", id: "change-status", disabled: !open, onclick: () => act("PUT", "/status", { status: status.value }, "Status changed") }, "Change status")));
  }
  async function act(method, suffix, body, done) {
    const number = state.selected.number;
    try {
      await api(method, "/api/v1/cases/" + encodeURIComponent(number) + suffix, body);
      toast(done);
      await openCase(number); // the panel is drawn again; focus goes to its heading, the toast says what happened
      await refresh();
    } catch (e) { toast(e.message); }
  }
  async function download(number, a) {
    const res = await fetch("/api/v1/cases/" + number + "/attachments/" + a.id,
      { headers: { Authorization: "Bearer " + sessionStorage.getItem(TOKEN) } });
    if (!res.ok) { toast("The file could not be downloaded."); return; }
    const url = URL.createObjectURL(await res.blob());
    const link = el("a", { href: url, download: a.fileName });
    document.body.append(link); link.click(); link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // ---- wiring ----
  $("signin").addEventListener("submit", signIn);
  $("signout").addEventListener("click", signOut);
  document.querySelectorAll(".tab").forEach((b) => b.addEventListener("click", () => tab(b.dataset.tab)));
  $("status-filter").addEventListener("change", (e) => { state.status = e.target.value; firstPage(); refresh(); });
  $("prev").addEventListener("click", () => turnPage(false));
  $("next").addEventListener("click", () => turnPage(true));
  $("report-days").addEventListener("change", () => tab("reports"));
  window.addEventListener("hashchange", openLinked);
  setInterval(() => { if (!$("queues").hidden && sessionStorage.getItem(TOKEN)) loadPage().catch(() => {}); }, 60000);
  setInterval(followOpenCase, 4000);
  show();
})();
