// Reports for the agent console, drawn as inline SVG with no library. Reads /api/v1/reports/cases and
// /api/v1/reports/unanswered. All text goes in with textContent.
(function () {
  "use strict";
  const NS = "http://www.w3.org/2000/svg";
  const COLOURS = { opened: "#1f5fbf", resolved: "#1e7a3c", met: "#1e7a3c", missed: "#b3261e" };

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function html(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.flat(Infinity).forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  }
  function chart(title, body, legend) {
    return html("figure", { class: "chart" }, html("h3", {}, title), legend ? legendOf(legend) : "", body);
  }
  function legendOf(items) {
    return html("div", { class: "legend" }, items.map(([name, colour]) => html("span", {}, Object.assign(html("i", {}), { style: "background:" + colour }), name)));
  }

  // Opened and resolved per day: two lines over the days, with a y axis of whole numbers.
  function perDay(days) {
    const W = 640, H = 240, L = 36, B = 28, T = 10, R = 10;
    const max = Math.max(1, ...days.map((d) => Math.max(d.opened, d.resolved)));
    const x = (i) => L + (days.length === 1 ? 0 : i * (W - L - R) / (days.length - 1));
    const y = (v) => T + (H - T - B) * (1 - v / max);
    const root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Cases opened and resolved per day" });
    for (let i = 0; i <= 4; i++) {
      const v = Math.round(max * i / 4);
      root.append(svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e3e8f2" }));
      root.append(svg("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)));
    }
    days.forEach((d, i) => {
      if (i % Math.ceil(days.length / 8) === 0) root.append(svg("text", { x: x(i), y: H - 8, "text-anchor": "middle" }, d.date.slice(5)));
    });
    ["opened", "resolved"].forEach((key) => {
      root.append(svg("polyline", { points: days.map((d, i) => x(i) + "," + y(d[key])).join(" "), fill: "none",
        stroke: COLOURS[key], "stroke-width": 2.5, "stroke-linejoin": "round" }));
      days.forEach((d, i) => {
        const dot = svg("circle", { cx: x(i), cy: y(d[key]), r: 3, fill: COLOURS[key] });
        dot.append(svg("title", {}, d.date + ": " + d[key] + " " + key));
        root.append(dot);
      });
    });
    return root;
  }

  // Share of targets met: a ring with the percentage in the middle.
  function ring(t) {
    const decided = t.met + t.missed, share = decided ? t.met / decided : 0;
    const r = 70, c = 2 * Math.PI * r;
    const root = svg("svg", { viewBox: "0 0 200 200", role: "img", "aria-label": "Share of targets met" });
    root.append(svg("circle", { cx: 100, cy: 100, r, fill: "none", stroke: COLOURS.missed, "stroke-width": 22, opacity: decided ? 1 : 0.2 }));
    root.append(svg("circle", { cx: 100, cy: 100, r, fill: "none", stroke: COLOURS.met, "stroke-width": 22,
      "stroke-dasharray": (share * c) + " " + c, transform: "rotate(-90 100 100)" }));
    root.append(svg("text", { x: 100, y: 100, "text-anchor": "middle", class: "share" }, Math.round(share * 100) + "%"));
    root.append(svg("text", { x: 100, y: 124, "text-anchor": "middle" }, t.met + " met, " + t.missed + " missed"));
    return root;
  }

  // Met and missed targets per category or queue: stacked horizontal bars with the share at the end.
  function bars(rows, name) {
    const W = 640, row = 26, L = 190, R = 60, H = Math.max(row, rows.length * row) + 10;
    const max = Math.max(1, ...rows.map((r) => r.met + r.missed));
    const w = (v) => (W - L - R) * v / max;
    const root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": name });
    rows.forEach((r, i) => {
      const y = 5 + i * row;
      root.append(svg("text", { x: L - 8, y: y + 15, "text-anchor": "end" }, r.label));
      const met = svg("rect", { x: L, y: y + 3, width: w(r.met), height: 16, fill: COLOURS.met, class: "met" });
      met.append(svg("title", {}, r.label + ": " + r.met + " met"));
      const missed = svg("rect", { x: L + w(r.met), y: y + 3, width: w(r.missed), height: 16, fill: COLOURS.missed, class: "missed" });
      missed.append(svg("title", {}, r.label + ": " + r.missed + " missed"));
      root.append(met, missed);
      root.append(svg("text", { x: L + w(r.met + r.missed) + 6, y: y + 15 }, r.met + r.missed ? Math.round(r.share * 100) + "%" : "–"));
    });
    return root;
  }

  function gaps(report) {
    if (!report.groups.length) return html("p", {}, "The bot answered every question in this period.");
    const max = Math.max(...report.groups.map((g) => g.count));
    return html("ol", { class: "gaps" }, report.groups.map((g) => html("li", {},
      html("span", { class: "count" }, String(g.count)),
      html("strong", {}, g.examples[0] || g.words.join(" ")),
      (() => { const s = svg("svg", { viewBox: "0 0 100 6", width: "120", height: "8", "aria-hidden": "true" });
        s.append(svg("rect", { x: 0, y: 0, width: 100 * g.count / max, height: 6, fill: COLOURS.opened })); return s; })(),
      html("div", { class: "examples" }, "Also asked as: " + g.examples.slice(1).join(" · ") + (g.examples.length > 1 ? "" : "—")))));
  }

  async function render(container, api, days) {
    container.replaceChildren(html("p", {}, "Loading…"));
    try {
      const [cases, unanswered] = await Promise.all([api("GET", "/api/v1/reports/cases?days=" + days),
        api("GET", "/api/v1/reports/unanswered?days=" + days)]);
      container.replaceChildren(html("div", { class: "charts" },
        chart("Cases opened and resolved per day", perDay(cases.perDay), [["opened", COLOURS.opened], ["resolved", COLOURS.resolved]]),
        chart("Response targets met", ring(cases.overall), [["met", COLOURS.met], ["missed", COLOURS.missed]]),
        chart("Targets by category", bars(cases.byCategory, "Response targets met and missed by category"), [["met", COLOURS.met], ["missed", COLOURS.missed]]),
        chart("Targets by queue", bars(cases.byQueue, "Response targets met and missed by queue"), [["met", COLOURS.met], ["missed", COLOURS.missed]]),
        chart("Questions the bot could not answer (" + unanswered.questions + ")", gaps(unanswered))));
    } catch (e) {
      container.replaceChildren(html("p", { class: "error" }, e.message));
    }
  }

  window.ExamDeskReports = { render };
})();
