// Filters the goal tables of a list page (all goals, a kind's, a status's) in the
// browser: by words of the title, sub-community, kind, status and review state, each
// row carrying its values as data attributes. Without JavaScript the filters stay hidden
// and the pages of each kind and status filter the same list. The filter is kept in the
// address (`?kind=outcome&q=docs`), so a filtered list can be shared and reloaded.

import { say } from "./words.js";

const box = document.querySelector("[data-goal-filter]");
if (box) start(box);

function start(box) {
  const controls = [...box.querySelectorAll("[data-filter]")];
  const count = box.querySelector("[data-filter-count]");
  const rows = [...document.querySelectorAll(".goal-table tbody tr")];
  const sections = [...document.querySelectorAll("main section")].filter((s) => s.querySelector(".goal-table"));
  const titles = new Map(rows.map((row) => [row, row.querySelector("th a")?.textContent.toLocaleLowerCase() ?? ""]));

  const params = new URLSearchParams(window.location.search);
  for (const control of controls) {
    const value = params.get(control.dataset.filter);
    if (value !== null && (control.tagName !== "SELECT" || [...control.options].some((o) => o.value === value))) {
      control.value = value;
    }
  }

  const apply = () => {
    const wanted = new Map(controls.map((c) => [c.dataset.filter, c.value.trim()]));
    const words = (wanted.get("q") ?? "").toLocaleLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const fits =
        words.every((word) => titles.get(row).includes(word)) &&
        ["community", "kind", "status", "review"].every((key) => {
          const value = wanted.get(key);
          // `-`: the goals of no sub-community.
          return !value || row.dataset[key] === (value === "-" ? "" : value);
        });
      row.hidden = !fits;
      if (fits) shown += 1;
    }
    for (const section of sections) {
      section.hidden = !section.querySelector(".goal-table tbody tr:not([hidden])");
    }
    const values = { shown: String(shown) };
    count.textContent =
      shown === rows.length
        ? say(box.dataset.wordsAll, rows.length, values, `All ${rows.length} goals are shown.`)
        : say(box.dataset.wordsSome, rows.length, values, `${shown} of ${rows.length} goals are shown.`);
    const query = new URLSearchParams(window.location.search);
    for (const [key, value] of wanted) {
      if (value) query.set(key, value);
      else query.delete(key);
    }
    const search = query.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`);
  };

  for (const control of controls) control.addEventListener("input", apply);
  box.querySelector("[data-filter-reset]").addEventListener("click", () => {
    for (const control of controls) control.value = "";
    apply();
    controls[0].focus();
  });
  box.hidden = false;
  apply();
}
