//! Configuration: `attest.toml` and a report's own `attest:` front matter. Pure: the caller
//! finds and reads the file; this module turns text into settings or errors with positions.
//!
//! Both places take the same keys (documented in docs/config.md):
//!
//! ```toml
//! scale = "icd203"            # icd203, phia, kent, none
//! tolerance = 0.1             # approximate figures are widened by ±10%
//! required-fields = ["title", ["author", "publisher", "container-title"], "issued"]
//! max-source-age = "2y"       # days (d), months (m) or years (y); unset: no stale-source check
//! require-grading = false     # unrated-source reports sources without reliability/credibility
//! include = ["reports/**/*.md"]
//! exclude = ["drafts/**"]
//!
//! [rules]
//! unsourced-figure = "error"  # error, warning, info, hint, off
//! ```

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use crate::diagnostic::Severity;
use crate::syntax::yaml::{Node, Value};
use crate::text::Span;
use crate::tradecraft::Scale;

/// Settings for checking one report.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Per-rule level; `None` turns the rule off. Rules not listed keep their default.
    pub rules: HashMap<String, Option<Severity>>,
    /// Relative widening of approximate figures.
    pub tolerance: f64,
    /// Fields every reference needs; each entry is a list of alternatives.
    pub required_fields: Vec<Vec<String>>,
    /// `stale-source` reports sources older than this many days before the report's date.
    pub max_source_age_days: Option<u32>,
    /// `unrated-source` reports sources without `reliability` or `credibility`.
    pub require_grading: bool,
    pub scale: Scale,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            rules: HashMap::new(),
            tolerance: 0.1,
            required_fields: vec![
                vec!["title".into()],
                vec!["author".into(), "publisher".into(), "container-title".into()],
                vec!["issued".into()],
            ],
            max_source_age_days: None,
            require_grading: false,
            scale: Scale::Icd203,
            include: Vec::new(),
            exclude: Vec::new(),
        }
    }
}

/// A configuration problem with the byte span it concerns (in attest.toml or the report).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub span: Span,
    pub message: String,
}

impl Config {
    /// The level of a rule: the configured one, else `default`; `None` when turned off.
    pub fn level(&self, rule: &str, default: Severity) -> Option<Severity> {
        match self.rules.get(rule) {
            Some(level) => *level,
            None => Some(default),
        }
    }

    /// Reads `attest.toml` text on top of the defaults.
    /// `rule_names` are the rules that exist (a rule named in `[rules]` must be one).
    pub fn from_toml(text: &str, rule_names: &[&str]) -> Result<Config, Vec<ConfigError>> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let span = e.span().map_or(Span::at(0), |r| Span::new(r.start, r.end));
            vec![ConfigError { span, message: e.message().trim().to_string() }]
        })?;
        let mut config = Config::default();
        let mut errors = Vec::new();
        raw.apply(&mut config, rule_names, &mut errors);
        if errors.is_empty() { Ok(config) } else { Err(errors) }
    }

    /// Applies a report's `attest:` front-matter map on top of this configuration.
    pub fn apply_front_matter(&mut self, node: &Node, rule_names: &[&str], errors: &mut Vec<ConfigError>) {
        let Value::Map(entries) = &node.value else {
            errors
                .push(ConfigError { span: node.span, message: "`attest` must be a map of settings".into() });
            return;
        };
        for (key, value) in entries {
            let name = key.as_text().unwrap_or_default();
            let mut bad = |message: String| errors.push(ConfigError { span: value.span, message });
            match name.as_str() {
                "scale" => match value.as_text().as_deref().and_then(Scale::parse) {
                    Some(scale) => self.scale = scale,
                    None => bad(scale_message(value.as_text().as_deref().unwrap_or(""))),
                },
                "tolerance" => match number(value).filter(|t| (0.0..1.0).contains(t)) {
                    Some(t) => self.tolerance = t,
                    None => bad("`tolerance` must be a number from 0 to below 1, e.g. 0.1 for ±10%".into()),
                },
                "require-grading" => match value.value {
                    Value::Bool(b) => self.require_grading = b,
                    _ => bad("`require-grading` must be true or false".into()),
                },
                "max-source-age" => match value.as_text().as_deref().map(parse_age) {
                    Some(Ok(days)) => self.max_source_age_days = Some(days),
                    Some(Err(message)) => bad(message),
                    None => bad(AGE_HELP.into()),
                },
                "required-fields" => match yaml_fields(value) {
                    Some(fields) => self.required_fields = fields,
                    None => {
                        bad("`required-fields` must be a list of field names or lists of alternatives".into())
                    }
                },
                "rules" => match &value.value {
                    Value::Map(rules) => {
                        for (rule, level) in rules {
                            let rule_name = rule.as_text().unwrap_or_default();
                            match (
                                rule_names.contains(&rule_name.as_str()),
                                level.as_text().as_deref().map(parse_level),
                            ) {
                                (false, _) => errors.push(ConfigError {
                                    span: rule.span,
                                    message: no_rule_named(&rule_name, rule_names),
                                }),
                                (true, Some(Ok(level))) => {
                                    self.rules.insert(rule_name, level);
                                }
                                (true, Some(Err(message))) => {
                                    errors.push(ConfigError { span: level.span, message })
                                }
                                (true, None) => {
                                    errors.push(ConfigError { span: level.span, message: LEVEL_HELP.into() })
                                }
                            }
                        }
                    }
                    _ => bad("`rules` must map rule names to levels".into()),
                },
                "include" | "exclude" => errors.push(ConfigError {
                    span: key.span,
                    message: format!(
                        "`{name}` belongs in attest.toml: it selects files, not settings of one report"
                    ),
                }),
                _ => errors.push(ConfigError { span: key.span, message: unknown_key(&name) }),
            }
        }
    }
}

const KEYS: &[&str] = &[
    "scale",
    "tolerance",
    "required-fields",
    "max-source-age",
    "require-grading",
    "include",
    "exclude",
    "rules",
];
const AGE_HELP: &str = "`max-source-age` is a duration such as \"90d\", \"18m\" or \"2y\"";
const LEVEL_HELP: &str = "a rule's level is one of \"error\", \"warning\", \"info\", \"hint\", \"off\"";

fn unknown_key(name: &str) -> String {
    format!("unknown setting `{name}`; the settings are {}", KEYS.join(", "))
}

fn scale_message(value: &str) -> String {
    format!("unknown likelihood scale `{value}`; use icd203, phia, kent or none")
}

fn parse_level(s: &str) -> Result<Option<Severity>, String> {
    match s {
        "error" => Ok(Some(Severity::Error)),
        "warning" | "warn" => Ok(Some(Severity::Warning)),
        "info" | "information" => Ok(Some(Severity::Info)),
        "hint" => Ok(Some(Severity::Hint)),
        "off" | "ignore" => Ok(None),
        other => Err(format!("unknown level `{other}`; {LEVEL_HELP}")),
    }
}

/// "90d", "18m", "2y" (also "2 years", "18 months", "90 days") → days.
pub fn parse_age(s: &str) -> Result<u32, String> {
    let s = s.trim();
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    let unit = s[digits.len()..].trim().to_ascii_lowercase();
    let n: u32 = digits.parse().map_err(|_| AGE_HELP.to_string())?;
    let per = match unit.as_str() {
        "d" | "day" | "days" => 1,
        "w" | "week" | "weeks" => 7,
        "m" | "month" | "months" => 30,
        "y" | "year" | "years" => 365,
        _ => return Err(AGE_HELP.to_string()),
    };
    n.checked_mul(per).ok_or_else(|| "`max-source-age` is too large".to_string())
}

fn number(node: &Node) -> Option<f64> {
    match node.value {
        Value::Int(i) => Some(i as f64),
        Value::Float(f) => Some(f),
        _ => None,
    }
}

fn yaml_fields(node: &Node) -> Option<Vec<Vec<String>>> {
    let Value::List(items) = &node.value else { return None };
    items
        .iter()
        .map(|item| match &item.value {
            Value::Str(s) => Some(vec![s.clone()]),
            Value::List(alts) => alts.iter().map(|a| a.as_text()).collect(),
            _ => None,
        })
        .collect()
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FieldSpec {
    One(String),
    Any(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    scale: Option<toml::Spanned<String>>,
    tolerance: Option<toml::Spanned<f64>>,
    required_fields: Option<Vec<FieldSpec>>,
    max_source_age: Option<toml::Spanned<String>>,
    require_grading: Option<bool>,
    include: Option<Vec<String>>,
    exclude: Option<Vec<String>>,
    rules: Option<BTreeMap<toml::Spanned<String>, toml::Spanned<String>>>,
}

fn spanned<T>(s: &toml::Spanned<T>) -> Span {
    Span::new(s.span().start, s.span().end)
}

impl RawConfig {
    fn apply(self, config: &mut Config, rule_names: &[&str], errors: &mut Vec<ConfigError>) {
        if let Some(scale) = self.scale {
            match Scale::parse(scale.get_ref()) {
                Some(s) => config.scale = s,
                None => errors
                    .push(ConfigError { span: spanned(&scale), message: scale_message(scale.get_ref()) }),
            }
        }
        if let Some(t) = self.tolerance {
            if (0.0..1.0).contains(t.get_ref()) {
                config.tolerance = *t.get_ref();
            } else {
                errors.push(ConfigError {
                    span: spanned(&t),
                    message: "`tolerance` must be from 0 to below 1, e.g. 0.1 for ±10%".into(),
                });
            }
        }
        if let Some(fields) = self.required_fields {
            config.required_fields = fields
                .into_iter()
                .map(|f| match f {
                    FieldSpec::One(s) => vec![s],
                    FieldSpec::Any(v) => v,
                })
                .collect();
        }
        if let Some(age) = self.max_source_age {
            match parse_age(age.get_ref()) {
                Ok(days) => config.max_source_age_days = Some(days),
                Err(message) => errors.push(ConfigError { span: spanned(&age), message }),
            }
        }
        if let Some(b) = self.require_grading {
            config.require_grading = b;
        }
        if let Some(include) = self.include {
            config.include = include;
        }
        if let Some(exclude) = self.exclude {
            config.exclude = exclude;
        }
        for (rule, level) in self.rules.unwrap_or_default() {
            if !rule_names.contains(&rule.get_ref().as_str()) {
                errors.push(ConfigError {
                    span: spanned(&rule),
                    message: no_rule_named(rule.get_ref(), rule_names),
                });
                continue;
            }
            match parse_level(level.get_ref()) {
                Ok(l) => {
                    config.rules.insert(rule.into_inner(), l);
                }
                Err(message) => errors.push(ConfigError { span: spanned(&level), message }),
            }
        }
    }
}

/// "no rule named `X`", with the closest rule name when `X` looks like a typo of one.
fn no_rule_named(name: &str, rule_names: &[&str]) -> String {
    match crate::text::closest(name, rule_names.iter().copied()) {
        Some(near) => format!("no rule named `{name}`; did you mean `{near}`?"),
        None => format!("no rule named `{name}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[&str] = &["unsourced-figure", "unused-source", "inverted-range"];

    #[test]
    fn reads_every_key() {
        let config = Config::from_toml(
            "scale = \"phia\"\ntolerance = 0.2\nrequired-fields = [\"title\", [\"author\", \"publisher\"]]\n\
             max-source-age = \"2y\"\nrequire-grading = true\ninclude = [\"r/**\"]\nexclude = [\"d/**\"]\n\
             [rules]\nunsourced-figure = \"error\"\nunused-source = \"off\"\n",
            NAMES,
        )
        .unwrap();
        assert_eq!(config.scale, Scale::Phia);
        assert_eq!(config.tolerance, 0.2);
        assert_eq!(
            config.required_fields,
            vec![vec!["title".to_string()], vec!["author".into(), "publisher".into()]]
        );
        assert_eq!(config.max_source_age_days, Some(730));
        assert!(config.require_grading);
        assert_eq!(config.level("unsourced-figure", Severity::Warning), Some(Severity::Error));
        assert_eq!(config.level("unused-source", Severity::Warning), None);
        assert_eq!(config.level("inverted-range", Severity::Error), Some(Severity::Error));
    }

    #[test]
    fn errors_have_positions() {
        let text = "scale = \"icd203\"\ncolour = \"red\"\n";
        let errors = Config::from_toml(text, NAMES).unwrap_err();
        assert_eq!(errors[0].span.slice(text), "colour");
        assert!(errors[0].message.contains("unknown field"), "{}", errors[0].message);

        let text = "[rules]\nunsourced-figure = \"loud\"\nno-such-rule = \"off\"\n";
        let errors = Config::from_toml(text, NAMES).unwrap_err();
        let spans: Vec<&str> = errors.iter().map(|e| e.span.slice(text)).collect();
        assert!(spans.contains(&"\"loud\""), "{spans:?}");
        assert!(spans.contains(&"no-such-rule"), "{spans:?}");

        let text = "tolerance = 3.0\nmax-source-age = \"soon\"\n";
        let errors = Config::from_toml(text, NAMES).unwrap_err();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].span.slice(text), "3.0");
    }

    #[test]
    fn ages() {
        assert_eq!(parse_age("90d"), Ok(90));
        assert_eq!(parse_age("18 months"), Ok(540));
        assert!(parse_age("soon").is_err());
    }
}
