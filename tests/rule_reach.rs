//! The contract between the rules and incremental checking: a global pass and a local pass
//! together give what a full run gives, and a local rule run on a region reports exactly the
//! findings of a whole-report run that start in it. Checked on every rule fixture, the
//! examples, all fixture bodies run together, and a generated report.

#[path = "../benches/generate.rs"]
mod generate;

use std::path::Path;

use attest::check::{BibInput, Checked, Pass, bibliography_names, check_input, run_pass};
use attest::config::Config;
use attest::diagnostic::Diagnostic;
use attest::model::Model;
use attest::text::{FileId, Span};

/// A report to check: its name for messages, its text and its bibliography files.
struct Input {
    name: String,
    text: String,
    bibliographies: Vec<(String, Result<String, String>)>,
}

impl Input {
    fn read(path: &Path) -> Input {
        let text = std::fs::read_to_string(path).expect("fixture reads");
        let dir = path.parent().expect("a folder");
        let bibliographies = bibliography_names(&text)
            .into_iter()
            .map(|name| {
                let contents = std::fs::read_to_string(dir.join(&name)).map_err(|e| e.to_string());
                (name, contents)
            })
            .collect();
        Input { name: path.display().to_string(), text, bibliographies }
    }

    fn check(&self) -> Checked {
        let inputs: Vec<BibInput<'_>> = self
            .bibliographies
            .iter()
            .map(|(name, contents)| BibInput {
                name: name.clone(),
                contents: contents.as_ref().map(String::as_str).map_err(Clone::clone),
            })
            .collect();
        check_input(&self.text, &Config::default(), &inputs)
    }
}

fn inputs() -> Vec<Input> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["tests/fixtures/rules", "examples"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("folder reads") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "md") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    let mut inputs: Vec<Input> = paths.iter().map(|p| Input::read(p)).collect();
    assert!(inputs.len() > 20, "fixtures found");
    // Every fixture's body under one front matter: many rules' findings side by side.
    let front_matter_end = |text: &str| {
        text.strip_prefix("---\n")
            .and_then(|rest| rest.find("\n---\n"))
            .map_or(0, |i| i + 4 + "\n---\n".len())
    };
    let first = &inputs[0].text;
    let mut all = first[..front_matter_end(first)].to_string();
    for input in &inputs {
        all.push_str(&input.text[front_matter_end(&input.text)..]);
        all.push_str("\n\n");
    }
    inputs.push(Input { name: "every fixture body".to_string(), text: all, bibliographies: Vec::new() });
    inputs.push(Input {
        name: "generated report".to_string(),
        text: generate::report(100 * 1024),
        bibliographies: Vec::new(),
    });
    inputs
}

/// A fixed-seed xorshift, for regions.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

fn snap(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The regions an editor would re-check: each unit of prose, each heading's section, the
/// whole body, empty ones, and random byte ranges of all sizes.
fn regions(text: &str, model: &Model) -> Vec<Span> {
    let doc = &model.document;
    let mut regions: Vec<Span> = doc.units.iter().map(|u| u.span).collect();
    regions.extend(doc.scopes.iter().map(|s| s.span));
    regions.extend(doc.suppressions.iter().map(|s| s.span));
    let starts: Vec<usize> = doc.headings.iter().map(|h| h.span.start).collect();
    for (i, &start) in starts.iter().enumerate() {
        regions.push(Span::new(start, starts.get(i + 1).copied().unwrap_or(text.len())));
    }
    regions.push(Span::new(0, text.len()));
    regions.push(doc.body);
    let mut rng = Rng(0x2545_F491_4F6C_DD1D ^ text.len() as u64);
    for n in 0..200 {
        let start = snap(text, rng.below(text.len() + 1));
        let len = match n % 4 {
            0 => 0,
            1 => rng.below(16),
            2 => rng.below(400),
            _ => rng.below(text.len() + 1),
        };
        regions.push(Span::new(start, snap(text, start + len)));
    }
    regions
}

fn sorted(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diagnostics.sort_by(|a, b| {
        (a.file, a.span.start, a.span.end, a.rule).cmp(&(b.file, b.span.start, b.span.end, b.rule))
    });
    diagnostics
}

/// Where two lists of findings first differ, for the failure message.
fn difference(expected: &[Diagnostic], actual: &[Diagnostic]) -> String {
    let show = |d: Option<&Diagnostic>| {
        d.map_or("nothing".to_string(), |d| format!("{} {:?} {:?}: {}", d.rule, d.file, d.span, d.message))
    };
    let at =
        expected.iter().zip(actual).position(|(a, b)| a != b).unwrap_or(expected.len().min(actual.len()));
    format!(
        "{} findings expected, {} found; first difference at {at}: expected {}, found {}",
        expected.len(),
        actual.len(),
        show(expected.get(at)),
        show(actual.get(at))
    )
}

#[test]
fn global_and_local_passes_make_the_full_run() {
    for input in inputs() {
        let checked = input.check();
        let (text, model, config) = (&input.text, &checked.model, &checked.config);
        let all = run_pass(text, model, config, &checked.config_errors, Pass::All);
        assert_eq!(all, checked.diagnostics, "{}: Pass::All is what check_input reports", input.name);
        let mut merged = run_pass(text, model, config, &checked.config_errors, Pass::Global);
        let local = run_pass(text, model, config, &[], Pass::Local(None));
        assert!(
            local.iter().all(|d| d.file == FileId::REPORT),
            "{}: a local rule reported outside the report",
            input.name
        );
        merged.extend(local);
        let merged = sorted(merged);
        assert!(
            all == merged,
            "{}: Global + Local(None) differs from All: {}",
            input.name,
            difference(&all, &merged)
        );
    }
}

#[test]
fn a_local_pass_on_a_region_reports_the_findings_that_start_there() {
    for input in inputs() {
        let checked = input.check();
        let (text, model, config) = (&input.text, &checked.model, &checked.config);
        let whole = run_pass(text, model, config, &[], Pass::Local(None));
        for region in regions(text, model) {
            let expected: Vec<Diagnostic> = whole
                .iter()
                .filter(|d| {
                    d.file == FileId::REPORT && region.start <= d.span.start && d.span.start < region.end
                })
                .cloned()
                .collect();
            let found = run_pass(text, model, config, &[], Pass::Local(Some(region)));
            assert!(
                expected == found,
                "{}: Local({region:?}) {:?}: {}",
                input.name,
                &text[region.start..region.end.min(region.start + 80)],
                difference(&expected, &found)
            );
        }
    }
}

/// Local passes find their items by binary search: the parser must give them in text order.
#[test]
fn the_items_local_rules_search_are_in_text_order() {
    for input in inputs() {
        let checked = input.check();
        let doc = &checked.model.document;
        let name = &input.name;
        assert!(doc.units.is_sorted_by_key(|u| u.span.start), "{name}: units by start");
        assert!(doc.units.is_sorted_by_key(|u| u.span.end), "{name}: units by end");
        assert!(doc.units.windows(2).all(|w| w[0].span.end <= w[1].span.start), "{name}: units apart");
        assert!(checked.model.figures.is_sorted_by_key(|f| f.figure.span.start), "{name}: figures");
        assert!(doc.citations.is_sorted_by_key(|c| c.citation.span.start), "{name}: citations");
        assert!(doc.terms.is_sorted_by_key(|t| t.term.span.start), "{name}: terms");
        assert!(
            doc.suppressions.windows(2).all(|w| w[0].span.end <= w[1].span.start),
            "{name}: suppression comments in order, apart"
        );
        for c in &doc.citations {
            assert!(
                doc.units[doc.scopes[c.scope].unit].span.covers(c.citation.span),
                "{name}: citation in its unit"
            );
        }
    }
}

/// An edit inside one unit leaves the local findings elsewhere as they were: the digits of its
/// figures change (the text keeps its length, so nothing shifts), and the local findings that
/// start outside the unit must stay the same. A rule that compares figures across the report
/// but called itself local would fail here.
#[test]
fn editing_a_unit_leaves_local_findings_elsewhere_alone() {
    for input in inputs() {
        let checked = input.check();
        let (text, model) = (&input.text, &checked.model);
        let before = run_pass(text, model, &checked.config, &[], Pass::Local(None));
        let units = &model.document.units;
        let step = (units.len() / 40).max(1);
        for unit in units.iter().step_by(step) {
            let figures: Vec<Span> =
                model.figures.iter().map(|f| f.figure.span).filter(|s| unit.span.covers(*s)).collect();
            if figures.is_empty() {
                continue;
            }
            let mut bytes = text.clone().into_bytes();
            for span in &figures {
                for b in &mut bytes[span.start..span.end] {
                    if b.is_ascii_digit() {
                        *b = b'0' + (*b - b'0' + 3) % 10;
                    }
                }
            }
            let edited = String::from_utf8(bytes).expect("digits for digits");
            let mut after_input = Input {
                name: input.name.clone(),
                text: edited,
                bibliographies: input.bibliographies.clone(),
            };
            after_input.name.push_str(" (edited)");
            let after_checked = after_input.check();
            let after = run_pass(
                &after_input.text,
                &after_checked.model,
                &after_checked.config,
                &[],
                Pass::Local(None),
            );
            let outside = |ds: &[Diagnostic]| -> Vec<Diagnostic> {
                ds.iter().filter(|d| !unit.span.contains(d.span.start)).cloned().collect()
            };
            let (expected, found) = (outside(&before), outside(&after));
            assert!(
                expected == found,
                "{}: after editing the figures of {:?}: {}",
                input.name,
                &text[unit.span.start..unit.span.end.min(unit.span.start + 80)],
                difference(&expected, &found)
            );
        }
    }
}

/// A full run over a model of 8,000 figures or more runs the rules on two threads; the global
/// and local passes run on one. They give the same findings.
#[test]
fn a_full_run_on_two_threads_is_the_run_on_one() {
    let text = generate::report(768 * 1024);
    let checked = attest::check::check(&text);
    let (model, config) = (&checked.model, &checked.config);
    assert!(model.figures.len() >= 8_000, "{} figures: too few for two threads", model.figures.len());
    let all = run_pass(&text, model, config, &checked.config_errors, Pass::All);
    let mut merged = run_pass(&text, model, config, &checked.config_errors, Pass::Global);
    merged.extend(run_pass(&text, model, config, &[], Pass::Local(None)));
    let merged = sorted(merged);
    assert!(!all.is_empty());
    assert!(all == merged, "two threads differ from one: {}", difference(&all, &merged));
}
