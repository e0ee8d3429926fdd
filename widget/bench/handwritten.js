// The floor the widget is measured against: a minimal hand-written goal card that fetches
// the same JSON and shows the same title, meta line and bars in a shadow root. No error
// states, no theming, no list: the least a goal card can be.
const site = new URL("../", import.meta.url);
customElements.define("hand-goal", class extends HTMLElement {
  async connectedCallback() {
    const root = this.attachShadow({ mode: "open" });
    const goal = await (await fetch(new URL(`api/v1/goals/${this.getAttribute("goal")}.json`, site))).json();
    const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    root.innerHTML = `<style>.track{height:.5rem;background:#e4e9ef}.fill{height:100%;background:#0b5cad}</style>
<article class="card"><p>${esc(goal.kind)} · ${esc(goal.status)}</p><h2><a href="${esc(goal.url)}">${esc(goal.title)}</a></h2>${goal.bars
      .map((b) => `<p>${esc(b.label)} ${b.percent}%</p><div class="track" role="progressbar" aria-valuenow="${b.percent}"
aria-label="${esc(b.label)}"><div class="fill" style="width:${b.percent}%"></div></div><p>${esc(b.text)}</p>`)
      .join("")}</article>`;
  }
});
