//! The inline syntax scanners working together on masked prose: citations, bracketed spans,
//! inline notes and sentences.

use attest::syntax::citation::{CitationMode, scan_citations};
use attest::syntax::inline::{scan_bracketed_spans, scan_inline_notes};
use attest::syntax::sentence::sentences;
use attest::text::Span;

/// A paragraph as the caller hands it over: the link destination and the inline code are
/// already blanked out byte for byte.
const PARAGRAPH: &str = "ISKP had [about 3,000 [@mfa2026, p. 4]]{qty=iskp-strength} fighters in Feb. 2026. \
@un2026 [para. 12] puts it lower, per the [U.N. team](                        ).^[See also \
[-@smith2025, pp. 33-35 and passim; @doe].] The       flag was set. Write to press@example.org.";

fn slices(text: &str, spans: impl IntoIterator<Item = Span>) -> Vec<&str> {
    spans.into_iter().map(|s| s.slice(text)).collect()
}

#[test]
fn citations_in_a_masked_paragraph() {
    let citations = scan_citations(PARAGRAPH, PARAGRAPH, &[]);
    let summary: Vec<_> = citations
        .iter()
        .map(|c| (c.span.slice(PARAGRAPH), c.mode, c.items.iter().map(|i| &*i.key).collect::<Vec<_>>()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("[@mfa2026, p. 4]", CitationMode::Bracketed, vec!["mfa2026"]),
            ("@un2026 [para. 12]", CitationMode::InText, vec!["un2026"]),
            ("[-@smith2025, pp. 33-35 and passim; @doe]", CitationMode::Bracketed, vec!["smith2025", "doe"]),
        ]
    );

    let mfa = &citations[0].items[0];
    let locator = mfa.locator.as_ref().expect("a page locator");
    assert_eq!((locator.label, &*locator.value), ("page", "4"));
    assert_eq!(mfa.key_span.slice(PARAGRAPH), "mfa2026");

    let un = &citations[1].items[0];
    assert_eq!(un.locator.as_ref().map(|l| (l.label, &*l.value)), Some(("paragraph", "12")));

    let smith = &citations[2].items[0];
    assert!(smith.suppress_author);
    assert_eq!(smith.locator.as_ref().map(|l| &*l.value), Some("33-35"));
    assert_eq!(smith.suffix, "and passim");
    assert_eq!(citations[2].items[1].span.slice(PARAGRAPH), "@doe");
}

/// A key may start right where another ends, as in pandoc, but not after other text.
#[test]
fn keys_back_to_back_are_two_citations() {
    let text = "@a@b, [@c@d] and @e.@f, x@g.";
    let citations = scan_citations(text, text, &[]);
    let keys: Vec<(CitationMode, Vec<&str>)> =
        citations.iter().map(|c| (c.mode, c.items.iter().map(|i| &*i.key).collect())).collect();
    assert_eq!(
        keys,
        [
            (CitationMode::InText, vec!["a"]),
            (CitationMode::InText, vec!["b"]),
            (CitationMode::Bracketed, vec!["c"]),
            (CitationMode::InText, vec!["d"]),
            (CitationMode::InText, vec!["e"]),
        ]
    );
}

#[test]
fn excluded_ranges_hide_citations() {
    let text = "[see @a](                ) and [the @b report] and [@c]";
    let link_text = Span::new(1, 7);
    let plain = scan_citations(text, text, &[]);
    // The link is recognised on its own; `[the @b report]` is a citation with a prefix and a
    // suffix, unless the caller says it is something else (here: masked link text).
    assert_eq!(slices(text, plain.iter().map(|c| c.span)), vec!["[the @b report]", "[@c]"]);
    let start = text.find("[the").unwrap();
    let masked = [link_text, Span::new(start + 1, start + 14)];
    let hidden = scan_citations(text, text, &masked);
    assert_eq!(slices(text, hidden.iter().map(|c| c.span)), vec!["[@c]"]);
}

#[test]
fn spans_and_notes() {
    let spans = scan_bracketed_spans(PARAGRAPH);
    assert_eq!(spans.len(), 1);
    let span = &spans[0];
    assert_eq!(span.content.slice(PARAGRAPH), "about 3,000 [@mfa2026, p. 4]");
    assert_eq!(span.attrs[0].key, "qty");
    assert_eq!(span.attrs[0].value, "iskp-strength");
    assert_eq!(span.attrs[0].value_span.slice(PARAGRAPH), "iskp-strength");
    assert!(span.span.covers(span.content) && span.span.covers(span.attrs_span));

    let notes = scan_inline_notes(PARAGRAPH);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].content.slice(PARAGRAPH), "See also [-@smith2025, pp. 33-35 and passim; @doe].");
    // The citation inside the note lies within the note.
    let citations = scan_citations(PARAGRAPH, PARAGRAPH, &[]);
    assert!(notes[0].content.covers(citations[2].span));
}

#[test]
fn sentences_of_a_masked_paragraph() {
    let got = slices(PARAGRAPH, sentences(PARAGRAPH));
    assert_eq!(
        got,
        vec![
            "ISKP had [about 3,000 [@mfa2026, p. 4]]{qty=iskp-strength} fighters in Feb. 2026.",
            "@un2026 [para. 12] puts it lower, per the [U.N. team](                        ).^[See also [-@smith2025, pp. 33-35 and passim; @doe].]",
            "The       flag was set.",
            "Write to press@example.org.",
        ]
    );
}

#[test]
fn every_citation_lies_within_one_sentence() {
    let text =
        "Dr. Smith said so [@a, p. 3]. @b [ch. 2] agrees. \"It is settled.\" [@c; @d] Fine.\n\nNew [@e].";
    let sentences = sentences(text);
    for citation in scan_citations(text, text, &[]) {
        assert!(
            sentences.iter().any(|s| s.covers(citation.span)),
            "{:?} crosses a sentence boundary",
            citation.span.slice(text)
        );
    }
}

#[test]
fn large_pathological_paragraphs_finish() {
    let n = 200_000;
    for unit in ["[", "@", "[@a; ", "^[", "]{", ". ", "@a [", "[x]{k="] {
        let text = unit.repeat(n / unit.len());
        let _ = scan_citations(&text, &text, &[]);
        let _ = scan_bracketed_spans(&text);
        let _ = scan_inline_notes(&text);
        let _ = sentences(&text);
    }
}

/// The citations of a whole document, as `(text under the span, keys)`.
fn document_citations(text: &str) -> Vec<(&str, Vec<String>)> {
    let doc = attest::syntax::parse(text).document;
    doc.citations
        .iter()
        .map(|s| (s.citation.span.slice(text), s.citation.items.iter().map(|i| i.key.to_string()).collect()))
        .collect()
}

#[test]
fn escapes_survive_the_mask() {
    let text = "\\@e1 and \\[@e2] and [@e3\\; b] and \\\\[@e4].\n";
    let doc = attest::syntax::parse(text).document;
    let got: Vec<_> = doc.citations.iter().map(|s| (s.citation.span.slice(text), s.citation.mode)).collect();
    assert_eq!(
        got,
        vec![
            ("@e2", CitationMode::InText),
            ("[@e3\\; b]", CitationMode::Bracketed),
            ("[@e4]", CitationMode::Bracketed)
        ]
    );
    assert_eq!(doc.citations[1].citation.items[0].suffix, "; b");
    // At the very start of a paragraph too.
    assert!(document_citations("\\@e1 says.\n").is_empty());
    // Figures still read through escapes.
    let doc = attest::syntax::parse("Some 20\\% of them [@a].\n").document;
    assert_eq!(doc.figures.len(), 1);
    assert_eq!(doc.figures[0].figure.kind, attest::syntax::figure::FigureKind::Percent);
}

#[test]
fn an_attached_bracket_is_judged_on_the_source() {
    assert_eq!(document_citations("@a  [p. 4] says.\n"), vec![("@a  [p. 4]", vec!["a".to_string()])]);
    assert_eq!(document_citations("> @a\n> [p. 4] says.\n"), vec![("@a\n> [p. 4]", vec!["a".to_string()])]);
    // Code between the key and the bracket: the mask shows spaces, the source does not.
    assert_eq!(document_citations("@a `x` [p. 4] says.\n"), vec![("@a", vec!["a".to_string()])]);
    assert_eq!(document_citations("@a <b></b> [p. 4] says.\n"), vec![("@a", vec!["a".to_string()])]);
}

#[test]
fn a_bracket_after_an_in_text_citation_is_no_span() {
    let text = "@e11 [20,000]{qty=fighters} fighters and [3,000]{qty=men} men [@b].\n";
    let doc = attest::syntax::parse(text).document;
    assert_eq!(slices(text, doc.spans.iter().map(|s| s.span)), vec!["[3,000]{qty=men}"]);
    let citation = &doc.citations[0].citation;
    assert_eq!(citation.span.slice(text), "@e11 [20,000]");
    let locator = citation.items[0].locator.as_ref().expect("a locator");
    assert_eq!((locator.label, &*locator.value), ("page", "20,000"));
    // Not attached (a word between), the bracket is a span.
    let text = "@e11 says [20,000]{qty=fighters} fighters.\n";
    let doc = attest::syntax::parse(text).document;
    assert_eq!(slices(text, doc.spans.iter().map(|s| s.span)), vec!["[20,000]{qty=fighters}"]);
}
