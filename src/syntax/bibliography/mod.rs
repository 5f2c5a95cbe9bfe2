//! Bibliography files named by `bibliography:`: CSL-JSON (`.json`), CSL-YAML (`.yaml`,
//! `.yml`) and BibLaTeX/BibTeX (`.bib`, `.bibtex`, `.biblatex`). Each entry becomes a
//! [`Reference`] like a front-matter one: its `node` is a mapping in CSL field names, so the
//! same rules and hovers serve every source, and its spans are byte offsets into its own
//! file, so findings and navigation point there.

mod bibtex;
mod csl_json;
mod csl_yaml;

use super::SyntaxError;
use super::frontmatter::Reference;

pub use bibtex::csl_type;

/// The formats pandoc reads, by file extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    CslJson,
    CslYaml,
    BibLatex,
    BibTex,
}

impl Format {
    /// The format of a file name, by its extension (case-insensitive).
    pub fn of(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match ext.as_str() {
            "json" => Format::CslJson,
            "yaml" | "yml" => Format::CslYaml,
            "bib" | "biblatex" => Format::BibLatex,
            "bibtex" => Format::BibTex,
            _ => return None,
        })
    }
}

/// Reads one bibliography file. Never fails: what cannot be read becomes errors with spans
/// into `text`, and what can be read still comes through.
pub fn parse(format: Format, text: &str) -> (Vec<Reference>, Vec<SyntaxError>) {
    match format {
        Format::CslJson => csl_json::parse(text),
        Format::CslYaml => csl_yaml::parse(text),
        Format::BibLatex | Format::BibTex => bibtex::parse(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One source in each format reads to the same fields.
    #[test]
    fn every_format_gives_the_same_reference() {
        let json = r#"[{"id": "mfa-2026", "type": "report", "title": "Situation report",
            "author": [{"literal": "Ministry of Foreign Affairs"}], "issued": "2026-03",
            "reliability": "B", "credibility": "2", "via": "tass"}]"#;
        let yaml = "references:\n- id: mfa-2026\n  type: report\n  title: Situation report\n  author:\n  \
                    - literal: Ministry of Foreign Affairs\n  issued: 2026-03\n  reliability: B\n  credibility: 2\n  \
                    via: tass\n";
        let bib = "@report{mfa-2026, title = {Situation report}, author = {{Ministry of Foreign Affairs}},\n  \
                   date = {2026-03}, reliability = {B}, credibility = {2}, via = {tass}}\n";
        let mut shapes = Vec::new();
        for (format, text) in [(Format::CslJson, json), (Format::CslYaml, yaml), (Format::BibLatex, bib)] {
            let (refs, errors) = parse(format, text);
            assert!(errors.is_empty(), "{format:?}: {errors:?}");
            let r = &refs[0];
            let author = r.field("author").unwrap().1;
            shapes.push((
                r.id.as_ref().map(|s| s.value.clone()),
                r.kind.as_ref().map(|s| s.value.clone()),
                r.field("title").and_then(|(_, v)| v.as_text()),
                r.field("issued").and_then(|(_, v)| v.as_text()),
                r.reliability.as_ref().map(|s| s.value.clone()),
                r.credibility.as_ref().map(|s| s.value.clone()),
                r.via.iter().map(|v| v.value.clone()).collect::<Vec<_>>(),
            ));
            let crate::syntax::yaml::Value::List(names) = &author.value else { panic!("{format:?}") };
            assert_eq!(
                names[0].get("literal").and_then(|n| n.as_text()).as_deref(),
                Some("Ministry of Foreign Affairs")
            );
            assert_eq!(r.via[0].span.slice(text), "tass", "{format:?}");
        }
        assert_eq!(shapes[0], shapes[1]);
        assert_eq!(shapes[1], shapes[2]);
    }

    mod fuzz {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn never_panics_and_spans_stay_in_the_file(
                text in "[@{}()\\[\\]\",=#%\\\\:a-z0-9 \n.é$~'-]{0,160}",
                pieces in proptest::collection::vec(prop_oneof![
                    Just("@article{k, "), Just("title = {"), Just("}"), Just("author = {A and {B} and C, D}"),
                    Just("[{\"id\": "), Just("\"x\\u00e9\""), Just("]"), Just("- id: a\n"), Just("  via: b\n"),
                    Just(", "), Just("year = 2026, month = mar"), Just("@string{m = \"x\"}"), Just("\n"),
                ], 0..24),
            ) {
                let joined: String = pieces.concat();
                for input in [text.as_str(), joined.as_str()] {
                    for format in [Format::CslJson, Format::CslYaml, Format::BibLatex] {
                        let (refs, errors) = parse(format, input);
                        for r in &refs {
                            prop_assert!(r.span.end <= input.len());
                            prop_assert!(input.is_char_boundary(r.span.start) && input.is_char_boundary(r.span.end));
                            for v in &r.via {
                                prop_assert!(input.get(v.span.start..v.span.end).is_some());
                            }
                        }
                        for e in &errors {
                            prop_assert!(input.get(e.span.start..e.span.end).is_some(), "{format:?} {e:?}");
                        }
                    }
                }
            }
        }
    }
}
