// Progress charts on the flashcards page: the reviews due per day over the next 30 days (from the FSRS
// due dates), known / learning / new cards per stage, and the reviews given per day over the last 30.
// Each is an SVG with role="img", a <title> and a <desc> that says what it shows in words, and the
// same numbers in a table beside it. The frames are in the page (flashcards-app.html); this draws
// into them whenever progress changes. Loaded on the flashcards page only.
(() => {
  if (window.studyCharts) return; // instant navigation runs it again on each visit
  window.studyCharts = true;
  const SVG = "http://www.w3.org/2000/svg";
  const DAY = 24 * 60 * 60 * 1000;

  const node = (name, attributes = {}, text = "") => {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text) element.textContent = text;
    return element;
  };
  const dayLabel = (time) => new Date(time).toLocaleDateString(undefined, { month: "short", day: "numeric" });
  const startOfDay = (time) => {
    const date = new Date(time);
    date.setHours(0, 0, 0, 0);
    return date.getTime();
  };

  /** Replace a chart's drawing, description and table. ``rows`` are the table's cells. */
  const fill = (figure, shapes, description, rows) => {
    const svg = figure.querySelector("svg");
    [...svg.childNodes].forEach((child) => { if (!["title", "desc"].includes(child.nodeName)) child.remove(); });
    svg.querySelector("desc").textContent = description;
    svg.append(...shapes);
    const body = figure.querySelector("tbody");
    body.replaceChildren(...rows.map((cells) => {
      const row = document.createElement("tr");
      cells.forEach((cell, column) => {
        const element = document.createElement(column ? "td" : "th");
        if (!column) element.scope = "row";
        element.textContent = String(cell);
        row.append(element);
      });
      return row;
    }));
  };

  /** Vertical bars, one per day; ``series`` is [[values, class], ...] stacked from the axis up. */
  const bars = (figure, labels, series) => {
    const [, , width, height] = figure.querySelector("svg").getAttribute("viewBox").split(" ").map(Number);
    const top = 10, bottom = 30, left = 30;
    const totals = labels.map((_, i) => series.reduce((sum, [values]) => sum + values[i], 0));
    const max = Math.max(1, ...totals);
    const step = (width - left) / labels.length;
    const scale = (height - top - bottom) / max;
    const shapes = [
      node("line", { x1: left, x2: width, y1: height - bottom, y2: height - bottom, class: "study-chart__axis" }),
      node("text", { x: left - 4, y: top + 8, "text-anchor": "end", class: "study-chart__label" }, String(max)),
      node("text", { x: left - 4, y: height - bottom, "text-anchor": "end", class: "study-chart__label" }, "0"),
    ];
    labels.forEach((label, i) => {
      let y = height - bottom;
      for (const [values, name] of series) {
        const h = values[i] * scale;
        if (h > 0) shapes.push(node("rect", { x: left + i * step + 1, y: y - h, width: Math.max(1, step - 2), height: h, class: name }));
        y -= h;
      }
      if (i % 7 === 0) {
        shapes.push(node("text", { x: left + i * step + step / 2, y: height - 10, "text-anchor": "middle", class: "study-chart__label" }, label));
      }
    });
    return shapes;
  };

  const draw = () => {
    const root = document.getElementById("flashcards-app");
    const scheduler = window.studyScheduler;
    if (!root || !scheduler || !window.studyCards || !window.studyIndex) return;
    const records = window.studyStore.all();
    const ids = window.studyCards.map((card) => card.id);
    const now = Date.now();

    const forecast = root.querySelector("[data-chart='forecast']");
    if (forecast) {
      const counts = scheduler.forecast(ids.map((id) => records[id]), now, 30);
      const labels = counts.map((_, i) => (i === 0 ? "Today" : dayLabel(now + i * DAY)));
      const total = counts.reduce((a, b) => a + b, 0);
      const peak = counts.indexOf(Math.max(...counts));
      const words = total
        ? `${total} reviews fall due in the next 30 days: ${counts[0]} today, at most ${counts[peak]} on one day (${labels[peak]}).`
        : "No card you have studied falls due in the next 30 days.";
      fill(forecast, bars(forecast, labels, [[counts, "study-chart__due"]]), words,
        counts.map((count, i) => [labels[i], count]).filter(([, count], i) => count || i === 0));
    }

    const stages = root.querySelector("[data-chart='stages']");
    if (stages) {
      const rows = window.studyIndex.stages.map((stage) => {
        let known = 0, learning = 0;
        for (const id of stage.ids) {
          const record = records[id];
          if (!record) continue;
          if (record.known && record.state === 2) known += 1;
          else learning += 1;
        }
        return [stage.title, known, learning, stage.ids.length - known - learning];
      });
      const [, , width] = stages.querySelector("svg").getAttribute("viewBox").split(" ").map(Number);
      const rowHeight = 24, left = 200;
      const shapes = [];
      rows.forEach(([title, known, learning, fresh], i) => {
        const total = known + learning + fresh || 1;
        const y = 6 + i * (rowHeight + 2);
        shapes.push(node("text", { x: left - 6, y: y + rowHeight * 0.7, "text-anchor": "end", class: "study-chart__label" }, title));
        let x = left;
        for (const [value, name] of [[known, "study-chart__known"], [learning, "study-chart__learning"], [fresh, "study-chart__new"]]) {
          const w = ((width - left) * value) / total;
          if (w > 0) shapes.push(node("rect", { x, y, width: w, height: rowHeight, class: name }));
          x += w;
        }
      });
      const known = rows.reduce((sum, row) => sum + row[1], 0);
      const learning = rows.reduce((sum, row) => sum + row[2], 0);
      fill(stages, shapes, `Of ${ids.length} cards, ${known} are known (in review), ${learning} are being learnt and ${ids.length - known - learning} are new. Per stage, the table lists the numbers.`, rows);
    }

    const history = root.querySelector("[data-chart='history']");
    if (history) {
      const today = startOfDay(now);
      const reviews = new Array(30).fill(0), again = new Array(30).fill(0);
      for (const id of ids) {
        for (const [at, grade] of (records[id] && records[id].history) || []) {
          const day = 29 - Math.round((today - startOfDay(at)) / DAY);
          if (day < 0 || day > 29) continue;
          reviews[day] += 1;
          if (grade === 1) again[day] += 1;
        }
      }
      const labels = reviews.map((_, i) => (i === 29 ? "Today" : dayLabel(today - (29 - i) * DAY)));
      const total = reviews.reduce((a, b) => a + b, 0);
      const failed = again.reduce((a, b) => a + b, 0);
      const passed = reviews.map((count, i) => count - again[i]);
      const words = total
        ? `${total} reviews in the last 30 days, ${failed} of them graded Again; ${reviews[29]} today.`
        : "No review in the last 30 days.";
      fill(history, bars(history, labels, [[passed, "study-chart__passed"], [again, "study-chart__again"]]), words,
        reviews.map((count, i) => [labels[i], count, again[i]]).filter(([, count]) => count));
    }
  };

  window.studyStore.onChange(draw);
  document.addEventListener("studyprogress", draw);
  window.studyOnEveryPage(draw);
})();
