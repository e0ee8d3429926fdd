//! The oracle rendered bodies are held to: ammonia, set to the allow-list cairn promises,
//! must find nothing to change in them. The tests (markdown/tests.rs) and the fuzz
//! targets (`fuzz/`, through [`crate::fuzzing`]) use it; cairn itself sanitizes on the
//! parser's events and never runs it.

use std::collections::HashSet;

use super::LINK_REL;

/// The sanitizer bodies are held to, on the elements and attributes a body may
/// have: web and mail links only, `rel` on every link, no SVG, MathML, styles, scripts,
/// frames or forms, the ids and classes cairn writes and nothing else, and no image from
/// another site (its address would make the reader's browser ask that site).
fn tight() -> ammonia::Builder<'static> {
    const ALIGNED: [&str; 3] = ["align-left", "align-center", "align-right"];
    let mut b = ammonia::Builder::empty();
    b.add_tags(VOCABULARY)
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some(LINK_REL))
        .add_generic_attributes(["lang", "title", "dir"])
        .add_tag_attributes("a", ["href", "id"])
        .add_tag_attributes("img", ["src", "alt", "width", "height"])
        .add_tag_attributes("source", ["srcset", "media", "type", "width", "height"])
        .add_tag_attributes("details", ["open"])
        .add_tag_attributes("ol", ["start", "type", "reversed"])
        .add_tag_attributes("td", ["colspan", "rowspan"])
        .add_tag_attributes("th", ["colspan", "rowspan", "scope"])
        .add_tag_attributes("div", ["id"])
        .add_tag_attributes("span", ["aria-hidden"])
        .add_allowed_classes("span", ["task", "done", "visually-hidden"])
        .add_allowed_classes("span", ALIGNED)
        .add_allowed_classes("div", ["footnote-definition"])
        .add_allowed_classes(
            "div",
            ["alert", "alert-note", "alert-tip", "alert-important", "alert-warning", "alert-caution"],
        )
        .add_tag_attribute_values("div", "role", ["note"])
        .add_allowed_classes("p", ["alert-title"])
        .add_allowed_classes("span", super::code::CLASSES.iter().copied())
        .add_allowed_classes("figure", ["diagram"])
        .add_tag_attribute_values("pre", "tabindex", ["0"])
        .add_allowed_classes("div", ALIGNED)
        .add_allowed_classes("sup", ["footnote-definition-label", "footnote-reference"])
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("img", "src") if is_remote(value) => None,
            ("source", "srcset") if value.split(',').any(|c| is_remote(c.trim()) || has_scheme(c.trim())) => None,
            _ => Some(value.into()),
        })
        .id_prefix(Some("md-"))
        .url_relative(ammonia::UrlRelative::PassThrough);
    for heading in ["h2", "h3", "h4", "h5", "h6"] {
        b.add_tag_attributes(heading, ["id"]).add_allowed_classes(heading, ALIGNED);
    }
    for aligned in ["p", "td", "th", "img"] {
        b.add_allowed_classes(aligned, ALIGNED);
    }
    b
}

/// An address on another site, as a browser on one of the site's pages resolves it.
fn is_remote(url: &str) -> bool {
    let page = url::Url::parse("https://site.example/goals/a/").expect("a URL");
    page.join(url).map_or(true, |u| u.host_str() != Some("site.example"))
}

/// An address with any scheme at all (`srcset` should have relative ones only).
fn has_scheme(url: &str) -> bool {
    url.split_once(':').is_some_and(|(s, _)| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// The same HTML parser and serializer keeping everything, dangerous or not: what the
/// tight builder's output is compared with.
fn keep_all() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::empty();
    b.clean_content_tags(HashSet::new())
        .add_tags(VOCABULARY)
        .add_tags(["script", "style", "svg", "math", "iframe", "input", "form", "textarea", "object", "embed", "base"])
        .add_tags(["h1", "center", "font", "strike", "tt", "xmp", "noscript"])
        .add_generic_attributes(["id", "class", "style", "href", "src", "alt", "title", "rel", "start", "type"])
        .add_generic_attributes(["checked", "disabled", "aria-hidden", "target", "srcset", "action", "formaction"])
        .add_generic_attributes(["open", "media", "width", "height", "colspan", "rowspan", "scope", "reversed"])
        .add_generic_attributes(["dir", "lang", "name", "align", "cite", "datetime", "role", "tabindex"])
        .add_generic_attribute_prefixes(["on", "data-", "aria-", "xlink"])
        .url_schemes(HashSet::from([
            "http",
            "https",
            "mailto",
            "javascript",
            "data",
            "vbscript",
            "file",
            "ftp",
            "tel",
            "blob",
            "about",
            "ws",
        ]))
        .link_rel(None)
        .strip_comments(false)
        .url_relative(ammonia::UrlRelative::PassThrough);
    b
}

/// Every element a rendered body may contain.
const VOCABULARY: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "em",
    "strong",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "img",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "tr",
    "th",
    "td",
    "sup",
    "sub",
    "div",
    "span",
    "section",
    "aside",
    "footer",
    "header",
    "nav",
    "figure",
    "figcaption",
    // Raw HTML's allow-list (markdown/allow.rs) adds these.
    "abbr",
    "b",
    "i",
    "dd",
    "dl",
    "dt",
    "details",
    "summary",
    "ins",
    "kbd",
    "mark",
    "picture",
    "source",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "small",
    "var",
    "wbr",
];

/// Elements without a closing tag.
const VOID: &[&str] = &["br", "hr", "img", "source", "wbr"];

/// Whether `html` is what sanitizing it would leave: only known elements, balanced, and
/// nothing the tight builder would strip or change. `Err` says what is not.
pub(crate) fn check(html: &str) -> Result<(), String> {
    let mut open: Vec<String> = Vec::new();
    for (i, _) in html.match_indices('<') {
        let closing = html[i + 1..].starts_with('/');
        let name: String =
            html[i + 1..].trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
        if !VOCABULARY.contains(&name.as_str()) {
            return Err(format!("<{name}> is not in the vocabulary: {html}"));
        }
        if closing {
            if open.pop().as_deref() != Some(name.as_str()) {
                return Err(format!("</{name}> closes what is not open: {html}"));
            }
        } else if !VOID.contains(&name.as_str()) {
            open.push(name);
        }
    }
    if !open.is_empty() {
        return Err(format!("{open:?} left open: {html}"));
    }
    let tight = tight().clean(html).to_string();
    let kept = keep_all().clean(html).to_string();
    if tight != kept {
        return Err(format!("sanitizing changed the rendered HTML:\n{kept}\nbecame\n{tight}"));
    }
    Ok(())
}
