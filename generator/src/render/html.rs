//! HTML pages through minijinja templates: the default theme is embedded in the binary,
//! and every template can be overridden by a file of the same name in the repository's
//! `templates/` folder. Auto-escaping is on for `.html`, `.xml` and `.svg`; the only values
//! marked safe are view fields ending in `_html` (sanitized Markdown).

use std::path::PathBuf;

use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, Value, context};
use rayon::prelude::*;

use super::scope::Scope;
use super::template_error::template_error;
use super::view::SiteView;
use super::{RenderError, Sink};

/// The default theme's templates, by name.
const THEME: &[(&str, &str)] = &[
    ("base.html", include_str!("../../theme/templates/base.html")),
    ("macros.html", include_str!("../../theme/templates/macros.html")),
    ("index.html", include_str!("../../theme/templates/index.html")),
    ("charter.html", include_str!("../../theme/templates/charter.html")),
    ("goals.html", include_str!("../../theme/templates/goals.html")),
    ("goal.html", include_str!("../../theme/templates/goal.html")),
    ("communities.html", include_str!("../../theme/templates/communities.html")),
    ("community.html", include_str!("../../theme/templates/community.html")),
    ("start.html", include_str!("../../theme/templates/start.html")),
    ("review.html", include_str!("../../theme/templates/review.html")),
    ("updates.html", include_str!("../../theme/templates/updates.html")),
    ("update.html", include_str!("../../theme/templates/update.html")),
    ("page.html", include_str!("../../theme/templates/page.html")),
    ("tags.html", include_str!("../../theme/templates/tags.html")),
    ("tag.html", include_str!("../../theme/templates/tag.html")),
    ("polls.html", include_str!("../../theme/templates/polls.html")),
    ("periods.html", include_str!("../../theme/templates/periods.html")),
    ("period.html", include_str!("../../theme/templates/period.html")),
    ("poll.html", include_str!("../../theme/templates/poll.html")),
    ("404.html", include_str!("../../theme/templates/404.html")),
    ("badge.svg", include_str!("../../theme/templates/badge.svg")),
];

/// The text of the theme's template `name` (`base.html`).
pub(crate) fn theme_source(name: &str) -> Option<&'static str> {
    THEME.iter().find(|(n, _)| *n == name).map(|(_, source)| *source)
}

/// The theme's stylesheet, written to `assets/cairn.css`.
pub(crate) const STYLESHEET: &str = include_str!("../../theme/static/cairn.css");

/// The theme's search box, written to `assets/search.js` (see [`super::search`]).
pub(crate) const SEARCH_SCRIPT: &str = include_str!("../../theme/static/search.js");

/// The filters of the lists of goals, written to `assets/filter.js`.
pub(crate) const FILTER_SCRIPT: &str = include_str!("../../theme/static/filter.js");

/// The plural forms both scripts pick their words from.
pub(crate) const WORDS_SCRIPT: &str = include_str!("../../theme/static/words.js");

/// The template environment: the theme, with the repository's overrides.
pub(crate) fn environment(
    overrides: Option<PathBuf>,
    words: &std::sync::Arc<super::view::Words>,
) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|name| match name.rsplit('.').next() {
        Some("html" | "xml" | "svg") => AutoEscape::Html,
        _ => AutoEscape::None,
    });
    env.set_undefined_behavior(minijinja::UndefinedBehavior::SemiStrict);
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder().trim_blocks(true).lstrip_blocks(true).build() {
        env.set_syntax(syntax);
    }
    // Overrides come from strangers' pull requests too: never follow a link out of the
    // templates folder (to `/proc/self/environ`, say).
    let overrides = overrides.and_then(|dir| std::fs::canonicalize(dir).ok());
    env.set_loader(move |name| {
        if name.split('/').any(|part| part == ".." || part.is_empty()) {
            return Ok(None);
        }
        // `cairn/base.html` is always the theme's own, for an override to extend.
        if let Some(builtin) = name.strip_prefix("cairn/") {
            return Ok(THEME.iter().find(|(n, _)| *n == builtin).map(|(_, source)| (*source).to_owned()));
        }
        if let Some(dir) = &overrides {
            let path = dir.join(name);
            if let Ok(real) = std::fs::canonicalize(&path) {
                if !real.starts_with(dir) {
                    let message =
                        format!("`templates/{name}` is a link out of the templates folder; cairn does not follow it");
                    return Err(minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, message));
                }
                if real.is_file() {
                    return std::fs::read_to_string(&real).map(Some).map_err(|e| {
                        let message = format!("cannot read `templates/{name}`: {}", crate::load::io_reason(&e));
                        minijinja::Error::new(minijinja::ErrorKind::TemplateNotFound, message)
                    });
                }
            }
        }
        Ok(THEME.iter().find(|(n, _)| *n == name).map(|(_, source)| (*source).to_owned()))
    });
    let for_dates = std::sync::Arc::clone(words);
    env.add_filter("long_date", move |value: &Value| long_date(value, &for_dates));
    let for_forms = std::sync::Arc::clone(words);
    let words = std::sync::Arc::clone(words);
    env.add_function("t", move |id: &str, args: minijinja::value::Kwargs| translate(&words, id, &args));
    env.add_function("t_forms", move |id: &str, count: &str, args: minijinja::value::Kwargs| {
        plural_forms(&for_forms, id, count, &args)
    });
    env.set_formatter(|out, state, value| {
        // minijinja also escapes `/` (as `&#x2f;`); the five of `crate::escape` are all
        // HTML needs, and URLs stay readable in the output.
        if matches!(state.auto_escape(), AutoEscape::Html)
            && !value.is_safe()
            && let Some(text) = value.as_str()
        {
            return out.write_str(&crate::escape::escape(text)).map_err(minijinja::Error::from);
        }
        minijinja::escape_formatter(out, state, value)
    });
    env
}

/// `t("id", name=value, …)` in templates: message `id` of the site's language as safe
/// HTML. A whole number is a count (it picks the plural form), a safe value (a link the
/// template built with `{% set %}…{% endset %}`) goes in as HTML, anything else as text.
fn translate(words: &super::view::Words, id: &str, args: &minijinja::value::Kwargs) -> Result<Value, minijinja::Error> {
    use super::view::Piece;
    let mut pieces = Vec::new();
    for name in args.args() {
        let value: Value = args.get(name)?;
        let piece = match value.as_i64() {
            Some(n) if value.is_number() => Piece::Count(n),
            _ if value.is_safe() => Piece::Html(value.to_string()),
            _ => Piece::Text(value.to_string()),
        };
        pieces.push((name.to_owned(), piece));
    }
    Ok(Value::from_safe_string(words.html(id, &pieces)))
}

/// `t_forms("id", "count", name=value, …)` in templates: message `id` in every plural
/// form of the site's language, as JSON (`{"one": "{count} goal", "other": …}`) for the
/// theme's scripts, which count in the browser (`assets/words.js`). The other variables
/// are text; a script fills in the ones given as `{name}`.
fn plural_forms(
    words: &super::view::Words,
    id: &str,
    count: &str,
    args: &minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    let mut values = Vec::new();
    for name in args.args() {
        let value: Value = args.get(name)?;
        values.push((name.to_owned(), value.to_string()));
    }
    Ok(words.plural_forms(id, count, &values))
}

/// `2026-01-15` as the site's language writes it (`15 January 2026`).
fn long_date(value: &Value, words: &super::view::Words) -> String {
    let text = value.to_string();
    text.parse::<cairn_model::Date>().map_or(text, |date| words.date(date))
}

/// Converts a view to a template value. Its [`super::view::Html`] fields stay safe and
/// are shared, not copied.
pub(crate) fn to_value<T: serde::Serialize>(view: &T) -> Value {
    Value::from(Serde(view))
}

/// The site as templates see it: every goal as a lazy value over its view, and each
/// community with its goals attached (the same values, shared), so templates never search
/// for them.
struct SiteValues {
    site: Value,
    goals: Vec<Value>,
    communities: Vec<Value>,
}

fn site_values(site: &SiteView) -> SiteValues {
    /// A view with more fields added: its goals as template values.
    #[derive(serde::Serialize)]
    struct With<'a, T: serde::Serialize> {
        #[serde(flatten)]
        view: &'a T,
        goals: &'a [Value],
        #[serde(skip_serializing_if = "Option::is_none")]
        communities: Option<&'a [Value]>,
    }
    let goals: Vec<Value> = site.goals.iter().map(|g| Value::from_dyn_object(g.clone())).collect();
    let index: std::collections::HashMap<&str, &Value> =
        site.goals.iter().map(|g| g.slug.as_str()).zip(&goals).collect();
    let communities: Vec<Value> = site
        .communities
        .iter()
        .map(|c| {
            let list: Vec<Value> =
                c.goals.iter().filter_map(|slug| index.get(slug.as_str()).map(|v| (*v).clone())).collect();
            to_value(&With { view: c, goals: &list, communities: None })
        })
        .collect();
    let site_value = to_value(&With { view: site, goals: &goals, communities: Some(&communities) });
    SiteValues { site: site_value, goals, communities }
}

/// One page to render: its output path, template and extra context.
struct Page {
    path: String,
    template: &'static str,
    title: String,
    description: String,
    url: String,
    extra: Value,
}

/// Renders the HTML pages in `scope` (and, for the whole site, the stylesheet) into
/// `sink`; returns every page's path (for the sitemap) and how many were rendered.
pub(crate) fn render_pages(
    site: &SiteView,
    overrides: Option<PathBuf>,
    sink: &dyn Sink,
    scope: &Scope,
) -> Result<(Vec<String>, usize), RenderError> {
    let env = environment(overrides.clone(), &site.words);
    let failed = |name: &str, e: &minijinja::Error| template_error(name, e, overrides.as_deref());
    let values = site_values(site);
    let site_value = values.site.clone();
    let (pages, paths) = pages(site, &values, scope);
    let rendered = pages.len();
    pages.into_par_iter().try_for_each(|page| {
        let template = env.get_template(page.template).map_err(|e| failed(page.template, &e))?;
        let ctx = context! {
            site => site_value.clone(),
            page => context! {
                title => page.title,
                description => page.description,
                url => page.url.clone(),
                absolute_url => site.urls.absolute(&page.url),
            },
            ..page.extra
        };
        let html = template.render(ctx).map_err(|e| failed(page.template, &e))?;
        sink.put(&page.path, html.into_bytes())?;
        Ok::<(), RenderError>(())
    })?;
    if scope.is_all() {
        sink.put("assets/cairn.css", STYLESHEET.as_bytes().to_vec())?;
        sink.put("assets/search.js", SEARCH_SCRIPT.as_bytes().to_vec())?;
        sink.put("assets/filter.js", FILTER_SCRIPT.as_bytes().to_vec())?;
        sink.put("assets/words.js", WORDS_SCRIPT.as_bytes().to_vec())?;
    }
    Ok((paths, rendered))
}

/// The pages whose title and description never change: path, template, title and
/// description.
/// The pages every site has: path, template, and the message of its title (its
/// description is `<message>-description`).
const FIXED_PAGES: &[(&str, &str, &str)] = &[
    ("goals/index.html", "goals.html", "page-goals"),
    ("communities/index.html", "communities.html", "page-communities"),
    ("start/index.html", "start.html", "page-start"),
    ("review/index.html", "review.html", "page-review"),
    ("updates/index.html", "updates.html", "page-updates"),
    ("404.html", "404.html", "page-not-found"),
    ("polls/index.html", "polls.html", "page-polls"),
];

/// The pages in `scope`, and the paths of all pages.
fn pages(site: &SiteView, values: &SiteValues, scope: &Scope) -> (Vec<Page>, Vec<String>) {
    use cairn_i18n::Arg::{Count, Text};
    let w = &*site.words;
    let page = |path: &str, template: &'static str, title: &str, description: &str, extra: Value| Page {
        url: format!("{}{}", site.root, path.trim_end_matches("index.html")),
        path: path.to_owned(),
        template,
        title: title.to_owned(),
        description: description.to_owned(),
        extra,
    };
    let mut pages = vec![
        page("index.html", "index.html", &site.title, &site.description, context! {}),
        page("charter/index.html", "charter.html", &site.charter.title, &site.charter.purpose, context! {}),
    ];
    pages.extend(FIXED_PAGES.iter().map(|&(path, template, id)| {
        let (title, description) = (site.words.text(id), site.words.text(&format!("{id}-description")));
        page(path, template, &title, &description, context! {})
    }));
    let mut paths: Vec<String> = pages.iter().map(|p| p.path.clone()).collect();
    // Every page's path is listed; the page is made when in scope.
    let mut add = |path: String, make: &dyn Fn(&str) -> Page| {
        if scope.page(&path) {
            pages.push(make(&path));
        }
        paths.push(path);
    };
    for p in &site.polls {
        let description = format!("{} {}.", p.window, p.summary);
        add(format!("polls/{}/index.html", p.slug), &|path| {
            page(path, "poll.html", &p.question, &description, context! { poll => to_value(p) })
        });
    }
    for (view, value) in site.goals.iter().zip(&values.goals) {
        add(format!("goals/{}/index.html", view.slug), &|path| {
            let description =
                view.summary.clone().unwrap_or_else(|| format!("{} goal: {}", view.kind_label, view.title));
            page(path, "goal.html", &view.title, &description, context! { goal => value.clone() })
        });
    }
    for (c, value) in site.communities.iter().zip(&values.communities) {
        let description =
            c.summary.clone().unwrap_or_else(|| w.format("community-description", &[("community", Text(&c.title))]));
        add(format!("communities/{}/index.html", c.slug), &|path| {
            page(path, "community.html", &c.title, &description, context! { community => value.clone() })
        });
    }
    for u in &site.updates {
        let description = w.format("update-description", &[("date", Text(&u.date.to_string()))]);
        add(format!("updates/{}/index.html", u.slug), &|path| {
            page(path, "update.html", &u.title, &description, context! { update => to_value(u) })
        });
    }
    for p in &site.pages {
        let description = p.summary.clone().unwrap_or_else(|| p.title.clone());
        add(format!("{}/index.html", p.name), &|path| {
            page(path, "page.html", &p.title, &description, context! { page_view => to_value(p) })
        });
    }
    add("tags/index.html".to_owned(), &|path| {
        page(path, "tags.html", &w.text("page-tags"), &w.text("page-tags-description"), context! {})
    });
    for t in &site.tags {
        let title = w.format("tag-title", &[("tag", Text(&t.label))]);
        let count = i64::try_from(t.count).unwrap_or(i64::MAX);
        let description = w.format("tag-description", &[("count", Count(count)), ("tag", Text(&t.label))]);
        add(format!("tags/{}/index.html", t.slug), &|path| {
            let goals: Vec<Value> = t.goals.iter().filter_map(|&i| values.goals.get(i).cloned()).collect();
            page(path, "tag.html", &title, &description, context! { tag => to_value(t), goals })
        });
    }
    if !site.periods.is_empty() {
        add("periods/index.html".to_owned(), &|path| {
            page(path, "periods.html", &w.text("page-periods"), &w.text("page-periods-description"), context! {})
        });
    }
    for p in &site.periods {
        let title = p.period.title.clone();
        let description = w.format("period-description", &[("period", Text(&p.period.title))]);
        add(format!("periods/{}/index.html", p.period.slug), &|path| {
            let goals: Vec<Value> = p.goals.iter().filter_map(|&i| values.goals.get(i).cloned()).collect();
            page(path, "period.html", &title, &description, context! { period => to_value(p), goals })
        });
    }
    for k in site.kinds.iter().chain(&site.statuses) {
        let title = w.format("page-keyword", &[("label", Text(&k.label))]);
        add(format!("{}/{}/index.html", k.folder, k.name), &|path| {
            let filter = context! { key => k.key, name => k.name, label => &k.label, description => &k.description };
            page(path, "goals.html", &title, &k.description, context! { filter })
        });
    }
    (pages, paths)
}
