//! Front matter through the library API: delimiters, spans in non-ASCII text, references, and
//! robustness against arbitrary input.

use attest::syntax::edtf::is_edtf;
use attest::syntax::frontmatter::parse_front_matter;
use attest::syntax::yaml::Value;
use attest::text::Span;
use proptest::prelude::*;

const REPORT: &str = "---
title: \"Боевики на севере: оценка 🎯\"
date: 2026-03-02
references:
  - id: mfa-2026
    type: report
    title: Отчёт министерства — 日本語 é
    issued: 2026-03
    reliability: B
    credibility: 2
  - id: tass-2026
    type: article-newspaper
    title: 'Министерство: «цифры»'
    via: mfa-2026,  ria-2026
bibliography:
  - extra.bib
  - more.json
attest:
  scale: icd-203
---
Between 20,000 and 23,000 fighters are active [@mfa-2026].
";

#[test]
fn a_full_report() {
    let (fm, body, errors) = parse_front_matter(REPORT);
    assert!(errors.is_empty(), "{errors:?}");
    let fm = fm.expect("front matter");
    assert!(REPORT[body..].starts_with("Between"));
    assert_eq!(fm.span.slice(REPORT).lines().last(), Some("---"));

    let title = fm.title.unwrap();
    assert_eq!(title.value, "Боевики на севере: оценка 🎯");
    assert_eq!(title.span.slice(REPORT), "\"Боевики на севере: оценка 🎯\"");
    assert_eq!(fm.date.unwrap().span.slice(REPORT), "2026-03-02");

    assert_eq!(fm.references.len(), 2);
    let mfa = &fm.references[0];
    assert_eq!(mfa.id.as_ref().unwrap().span.slice(REPORT), "mfa-2026");
    assert_eq!(mfa.kind.as_ref().unwrap().span.slice(REPORT), "report");
    assert_eq!(mfa.node.get("title").unwrap().span.slice(REPORT), "Отчёт министерства — 日本語 é");
    assert_eq!(mfa.reliability.as_ref().unwrap().span.slice(REPORT), "B");
    assert_eq!(mfa.credibility.as_ref().unwrap().span.slice(REPORT), "2");

    let tass = &fm.references[1];
    assert_eq!(tass.id.as_ref().unwrap().span.slice(REPORT), "tass-2026");
    assert_eq!(tass.node.get("title").unwrap().span.slice(REPORT), "'Министерство: «цифры»'");
    let via: Vec<(&str, &str)> = tass.via.iter().map(|v| (v.value.as_str(), v.span.slice(REPORT))).collect();
    assert_eq!(via, [("mfa-2026", "mfa-2026"), ("ria-2026", "ria-2026")]);
    assert!(tass.span.slice(REPORT).starts_with("id: tass-2026"));
    assert!(tass.span.slice(REPORT).ends_with("ria-2026"));

    let files: Vec<&str> = fm.bibliography.iter().map(|b| b.span.slice(REPORT)).collect();
    assert_eq!(files, ["extra.bib", "more.json"]);
    assert_eq!(fm.bibliography_key.unwrap().slice(REPORT), "bibliography");
    assert_eq!(fm.references_key.unwrap().slice(REPORT), "references");
    assert_eq!(fm.attest_key.unwrap().slice(REPORT), "attest");
    let root = fm.root.unwrap();
    assert_eq!(root.get("attest").unwrap().get("scale").unwrap().value, Value::Str("icd-203".into()));
}

#[test]
fn every_scalar_span_is_its_text() {
    // Spans of unquoted scalars are exactly their text, whatever the characters before them.
    let (fm, _, _) = parse_front_matter(REPORT);
    let root = fm.unwrap().root.unwrap();
    let mut stack = vec![&root];
    let mut seen = 0;
    while let Some(node) = stack.pop() {
        match &node.value {
            Value::Str(s) => {
                let src = node.span.slice(REPORT);
                assert!(src == s || src.trim_matches(['"', '\'']) == s, "{src:?} vs {s:?}");
                seen += 1;
            }
            Value::List(items) => stack.extend(items),
            Value::Map(entries) => {
                for (k, v) in entries {
                    stack.push(k);
                    stack.push(v);
                }
            }
            _ => {}
        }
    }
    assert!(seen > 20);
}

#[test]
fn crlf_and_dots() {
    let text = "---\r\ntitle: été\r\n...\r\nBody\r\n";
    let (fm, body, errors) = parse_front_matter(text);
    assert!(errors.is_empty());
    assert_eq!(fm.unwrap().title.unwrap().span.slice(text), "été");
    assert_eq!(&text[body..], "Body\r\n");
}

#[test]
fn thematic_break_is_not_front_matter() {
    assert_eq!(parse_front_matter("---\n\ntitle: x\n---\n"), (None, 0, Vec::new()));
    assert_eq!(parse_front_matter("Text\n---\ntitle: x\n---\n"), (None, 0, Vec::new()));
}

#[test]
fn unterminated_front_matter_keeps_the_body() {
    let text = "---\ntitle: x\nBody [@a].\n";
    let (fm, body, errors) = parse_front_matter(text);
    let fm = fm.unwrap();
    assert!(fm.root.is_none());
    assert_eq!(body, 4);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].span, Span::new(0, 3));
}

#[test]
fn yaml_errors_land_on_the_right_byte() {
    let text = "---\ntitle: 日本語のレポート\nnote: \"unclosed\n---\nBody";
    let (fm, body, errors) = parse_front_matter(text);
    assert!(fm.unwrap().root.is_none());
    assert_eq!(&text[body..], "Body");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].span.start, text.find('"').unwrap());

    let text = "---\nemoji: 🎉🎉🎉\nkey: value: more\n---\n";
    let (_, _, errors) = parse_front_matter(text);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].span.slice(text), ":");
    assert_eq!(errors[0].span.start, text.find("value:").unwrap() + 5);
}

#[test]
fn duplicate_keys() {
    let text = "---\ntitle: Première\ntitle: Seconde\nreferences:\n  - id: a\n    type: report\n---\n";
    let (fm, _, errors) = parse_front_matter(text);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].span.start, text.rfind("title").unwrap());
    assert!(errors[0].message.contains("`title`"));
    let fm = fm.unwrap();
    assert_eq!(fm.title.unwrap().value, "Première");
    assert_eq!(fm.references.len(), 1);
}

#[test]
fn edtf_through_the_api() {
    assert!(is_edtf("2026-03-02"));
    assert!(!is_edtf("March 2026"));
}

/// A front matter of about 2 MB: many references with non-ASCII titles. Not timed; it must
/// finish and read every reference with correct spans.
#[test]
fn two_megabytes_of_front_matter() {
    let mut text = String::from("---\nreferences:\n");
    let mut n = 0;
    while text.len() < 2 << 20 {
        text.push_str(&format!(
            "  - id: src-{n}\n    type: report\n    title: \"Доклад № {n} — 報告 🎯\"\n    issued: 2026-03\n    \
             reliability: C\n    credibility: 3\n    via: src-{}, src-{}\n",
            n + 1,
            n + 2
        ));
        n += 1;
    }
    text.push_str("---\nBody.\n");
    let (fm, body, errors) = parse_front_matter(&text);
    assert!(errors.is_empty());
    assert_eq!(&text[body..], "Body.\n");
    let fm = fm.unwrap();
    assert_eq!(fm.references.len(), n);
    let last = fm.references.last().unwrap();
    assert_eq!(last.id.as_ref().unwrap().span.slice(&text), format!("src-{}", n - 1));
    assert_eq!(last.via[1].span.slice(&text), format!("src-{}", n + 1));
    let title = last.node.get("title").unwrap();
    assert_eq!(title.span.slice(&text), format!("\"Доклад № {} — 報告 🎯\"", n - 1));
}

/// Many repeated keys cost one re-read each, up to a cap; beyond it the YAML is reported
/// unreadable rather than re-read without end.
#[test]
fn many_duplicate_keys_terminate() {
    let mut text = String::from("---\n");
    for _ in 0..200 {
        text.push_str("title: x\n");
    }
    text.push_str("---\n");
    let (fm, _, errors) = parse_front_matter(&text);
    assert!(!errors.is_empty());
    assert!(fm.is_some());
}

fn check_invariants(text: &str) {
    let (fm, body, errors) = parse_front_matter(text);
    assert!(body <= text.len());
    assert!(text.is_char_boundary(body));
    for e in &errors {
        assert!(e.span.start <= e.span.end && e.span.end <= text.len(), "{e:?}");
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        assert!(!e.message.is_empty());
    }
    if let Some(fm) = fm {
        assert!(fm.span.end <= text.len() && fm.yaml_span.end <= text.len());
        let mut stack: Vec<_> = fm.root.iter().collect();
        while let Some(node) = stack.pop() {
            assert!(node.span.start <= node.span.end && node.span.end <= text.len(), "{node:?}");
            assert!(text.is_char_boundary(node.span.start) && text.is_char_boundary(node.span.end));
            match &node.value {
                Value::List(items) => stack.extend(items),
                Value::Map(entries) => {
                    for (k, v) in entries {
                        stack.push(k);
                        stack.push(v);
                    }
                }
                _ => {}
            }
        }
        for r in &fm.references {
            for s in r.id.iter().chain(&r.via).chain(&r.kind) {
                assert!(s.span.end <= text.len() && text.is_char_boundary(s.span.start));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = format!("---\n{}", String::from_utf8_lossy(&bytes));
        check_invariants(&text);
        let closed = format!("{text}\n---\nBody");
        check_invariants(&closed);
    }

    #[test]
    fn yaml_shaped_text_never_panics(
        text in "[a-zé日🎉 :\\-\\[\\]{},'\"|>&*!?#%@\\t\\n0-9.~]{0,300}"
    ) {
        check_invariants(&format!("---\n{text}\n---\n"));
        check_invariants(&format!("---\nreferences:\n  - {text}\n---\n"));
    }

    #[test]
    fn references_shaped_text_never_panics(
        lines in proptest::collection::vec(
            "(  )?(- )?(id|type|via|title|issued|references|reliability)?: ?[a-zé,'\"\\[\\]{} -]{0,12}",
            0..20,
        )
    ) {
        let text = format!("---\nreferences:\n{}\n---\n", lines.join("\n"));
        check_invariants(&text);
    }
}
