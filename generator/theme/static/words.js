// The words of the theme's scripts, in the page's language: the page gives each message
// in every plural form of its language (a JSON object in a `data-words-*` attribute,
// made by the template's `t_forms`), and the script picks the form for its count with
// the browser's CLDR plural rules.

/**
 * The words the page gives in `json` (a message in each plural form of the page's
 * language, `{count}` where the count goes), for `count`, with `{name}` replaced by
 * `values`; `fallback` when the page gives none (a template of the community's own).
 */
export function say(json, count, values, fallback) {
  let forms = null;
  try {
    forms = json ? JSON.parse(json) : null;
  } catch {
    forms = null;
  }
  const rules = new Intl.PluralRules(document.documentElement.lang || "en");
  let text = forms ? (forms[rules.select(count)] ?? forms.other) : null;
  if (typeof text !== "string") return fallback;
  text = text.replace("{count}", String(count));
  for (const [name, value] of Object.entries(values)) text = text.replace(`{${name}}`, value);
  return text;
}
