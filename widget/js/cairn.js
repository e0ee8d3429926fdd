// cairn's widget loader: defines <cairn-goal>, <cairn-goals> and <cairn-poll>.
//
//   <script type="module" src="https://goals.example.org/widget/cairn.js"></script>
//   <cairn-goal goal="ship-it"></cairn-goal>
//
// The site's address comes from this script's own URL (or a `site` attribute). The
// WebAssembly module is fetched once per page, and only when an element is on it. Each
// element renders in its own shadow root, so the host page's CSS cannot reach it.
const script = import.meta.url;
let loaded;

function load() {
  loaded ??= import(new URL("cairn_widget.js", script).href).then(async (widget) => {
    await widget.default({ module_or_path: new URL("cairn_widget_bg.wasm", script) });
    return widget;
  });
  return loaded;
}

class CairnElement extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    const note = document.createElement("p");
    note.setAttribute("role", "status");
    note.textContent = "Loading…";
    root.append(note);
    load().then(
      (widget) => this.render(widget, root),
      () => {
        note.setAttribute("role", "alert");
        note.textContent = "The goals widget could not be loaded from " + new URL(".", script).href + ". Try again later.";
      },
    );
  }

  attr(name) {
    return this.getAttribute(name) ?? undefined;
  }
}

const elements = {
  "cairn-goal": (el, w, root) =>
    w.mount_goal(root, script, el.attr("site"), el.attr("goal"), el.attr("theme"), el.attr("compact")),
  "cairn-goals": (el, w, root) =>
    w.mount_goals(root, script, el.attr("site"), el.attr("community"), el.attr("status"), el.attr("limit"),
      el.attr("theme"), el.attr("compact")),
};

for (const [name, render] of Object.entries(elements)) {
  if (!customElements.get(name)) {
    customElements.define(name, class extends CairnElement {
      render(widget, root) {
        render(this, widget, root);
      }
    });
  }
}
