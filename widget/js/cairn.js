// cairn's widget loader: defines <cairn-goal>, <cairn-goals> and <cairn-poll>.
//
//   <script type="module" src="https://goals.example.org/widget/cairn.js"></script>
//   <cairn-goal goal="ship-it"></cairn-goal>
//
// `cargo xtask build-widget` appends this to wasm-bindgen's glue for the widget, so that a page
// makes one request for the script: `__wbg_init`, `mount_goal` and `mount_goals` are the
// glue's. The site's address comes from this script's own URL (or a `site` attribute).
// The WebAssembly module is fetched once per page, and only when an element is on it. Each
// element renders in its own shadow root, so the host page's CSS cannot reach it.
{
const script = import.meta.url;
let loaded;

function load() {
  loaded ??= __wbg_init({ module_or_path: new URL("cairn_widget_bg.wasm", script) });
  return loaded;
}

// The site an element reads: its `site` attribute (relative to the page), else the folder
// above this script. The widget checks this again; it is only used to start fetching early.
const siteOf = (el) => (el.hasAttribute("site") ? new URL(el.getAttribute("site"), document.baseURI) : new URL("../", script));
const documentOf = {
  "cairn-goal": (el) => `api/v1/goals/${encodeURIComponent(el.getAttribute("goal") ?? "")}.json`,
  "cairn-goals": () => "api/v1/goals.json",
  "cairn-poll": (el) => `api/v1/polls/${encodeURIComponent(el.getAttribute("poll") ?? "")}.json`,
};

class CairnElement extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    const note = document.createElement("p");
    note.setAttribute("role", "status");
    note.textContent = "Loading…";
    root.append(note);
    // The element's JSON is fetched while the module loads; the widget uses the response
    // only if it is for the address it would fetch itself.
    let early;
    try {
      const site = siteOf(this);
      early = fetch(new URL(documentOf[this.localName](this), site.href.endsWith("/") ? site : site.href + "/")).catch(() => null);
    } catch {
      early = null;
    }
    load().then(
      () => this.render(root, early),
      () => {
        note.textContent = "The goals widget could not be loaded from " + new URL(".", script).href + ". Try again later.";
      },
    );
  }

  attr(name) {
    return this.getAttribute(name) ?? undefined;
  }
}

const elements = {
  "cairn-goal": (el, root, early) =>
    mount_goal(root, script, early, el.attr("site"), el.attr("goal"), el.attr("theme"), el.attr("compact"),
      el.attr("history")),
  "cairn-goals": (el, root, early) =>
    mount_goals(root, script, early, el.attr("site"), el.attr("community"), el.attr("status"), el.attr("limit"),
      el.attr("theme"), el.attr("compact")),
  "cairn-poll": (el, root, early) =>
    mount_poll(root, script, early, el.attr("site"), el.attr("poll"), el.attr("theme"), el.attr("compact"),
      el.attr("only")),
};

for (const [name, render] of Object.entries(elements)) {
  if (!customElements.get(name)) {
    customElements.define(name, class extends CairnElement {
      render(root, early) {
        render(this, root, early);
      }
    });
  }
}
}
