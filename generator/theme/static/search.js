// The site's search box. Without JavaScript the header shows a link to the list of all
// goals; with it, this script shows the search field instead and asks the index cairn
// built under `pagefind/` (loaded on first use, from this site only). Results show each
// page's title, then for goals their sub-community, status and progress.
//
// Keyboard: type to search; Down moves into the results, Up and Down between them,
// Escape back to the field (and from the field, clears it); Enter in the field opens the
// first result.

import { say } from "./words.js";

const box = document.querySelector("[data-search-root]");
if (box) start(box);


function start(box) {
  const root = box.dataset.searchRoot;
  const field = box.querySelector("[role=search]");
  const input = field.querySelector("input");
  const status = box.querySelector("[role=status]");
  const panel = box.querySelector(".search-panel");
  const list = panel.querySelector("ol");
  const fallback = box.querySelector(".search-fallback");

  let index = null;
  const load = () => {
    index ??= import(`${root}pagefind/pagefind.js`).then(async (pagefind) => {
      await pagefind.options({ baseUrl: root, excerptLength: 20 });
      return pagefind;
    });
    return index;
  };
  const unavailable = () => {
    // No index (a site opened from disk, a failed download): the link works everywhere.
    field.hidden = true;
    panel.hidden = true;
    fallback.hidden = false;
    status.textContent = "";
  };

  fallback.hidden = true;
  field.hidden = false;

  let asked = 0;
  const clear = () => {
    asked += 1;
    list.replaceChildren();
    panel.hidden = true;
    status.textContent = "";
  };

  input.addEventListener("focus", () => load().catch(unavailable), { once: true });
  input.addEventListener("input", async () => {
    const term = input.value.trim();
    if (!term) return clear();
    const mine = ++asked;
    try {
      const pagefind = await load();
      const search = await pagefind.debouncedSearch(term, {}, 150);
      // `null`: a later keystroke replaced this search.
      if (search === null || mine !== asked) return;
      const shown = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      if (mine !== asked) return;
      show(term, shown, search.results.length);
    } catch (error) {
      console.error("cairn search:", error);
      unavailable();
    }
  });

  const links = () => [...list.querySelectorAll("a")];
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && links().length) {
      event.preventDefault();
      window.location.assign(links()[0].href);
    } else if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === "Escape" && input.value) {
      event.preventDefault();
      input.value = "";
      clear();
    }
  });
  list.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      (next < 0 ? input : all[Math.min(next, all.length - 1)]).focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      input.focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (!box.contains(event.target)) panel.hidden = true;
  });
  input.addEventListener("click", () => {
    if (list.children.length) panel.hidden = false;
  });

  function show(term, results, total) {
    list.replaceChildren(...results.map(item));
    panel.hidden = results.length === 0;
    const words = box.dataset;
    const values = { term, shown: String(results.length) };
    status.textContent =
      total === 0
        ? say(words.wordsNone, 0, values, `No results for “${term}”.`)
        : total > results.length
          ? say(words.wordsFirst, total, values, `${total} results for “${term}”; the first ${results.length} are shown.`)
          : say(words.wordsResults, total, values, `${total} result${total === 1 ? "" : "s"} for “${term}”.`);
  }
}

function item(result) {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  li.append(link);
  const meta = result.meta;
  const facts = [meta.type, meta.community, meta.status, meta.progress].filter(Boolean);
  if (facts.length) {
    const p = document.createElement("p");
    p.className = "search-facts";
    p.textContent = facts.join(" · ");
    li.append(p);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  excerpt.append(...marked(result.excerpt ?? ""));
  li.append(excerpt);
  return li;
}

// The excerpt is escaped text with `<mark>` around the words found: only the text and
// the marks are kept, so nothing in a goal's text can become markup.
function marked(excerpt) {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, "text/html");
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent);
  });
}
