//! Editor features on fixtures with a cursor marker `$0`, as the language server calls them.

use attest::check::check;
use attest::ide::{self, Analysis};
use attest::text::{FileId, LineIndex, Span};

const REPORT: &str = r#"---
title: Armed groups in Afghanistan
date: 2026-03-03
references:
  - id: mfa-2026
    type: report
    title: "Report on *Afghanistan* <script>x</script> [click](command:rm)"
    author:
      - literal: Ministry of Foreign Affairs
    issued: 2026-03-02
    URL: https://example.org/mfa
    reliability: B
    credibility: 2
  - id: interfax-2026
    type: article-newspaper
    title: Ministry counts foreign fighters
    publisher: Interfax
    issued: 2026-03-03
    via: mfa-2026
  - id: taliban-2026
    type: speech
    title: Spokesman rejects the figures
    issued: 2026-03-04
---
# Strength

Between [20,000 and 23,000]{qty=fighters} fighters are active [@mfa-2026, p. 4]. IS-KP has
around 3,000 fighters. The spokesman put the number at [0]{qty=fighters} [@taliban-2026].

It is likely (70%) that the TTP keeps its bases [-@interfax-2026].
"#;

/// Runs `f` on the report with `$0` removed at `marker` (a unique piece of text; the cursor
/// goes to its start plus `shift`).
fn at<T>(marker: &str, shift: usize, f: impl FnOnce(&Analysis<'_>, usize) -> T) -> T {
    let offset = REPORT.find(marker).unwrap_or_else(|| panic!("no {marker:?}")) + shift;
    with(REPORT, |a| f(a, offset))
}

fn with<T>(text: &str, f: impl FnOnce(&Analysis<'_>) -> T) -> T {
    let checked = check(text);
    let lines = LineIndex::new(text);
    let config = attest::config::Config::default();
    let analysis = Analysis { text, lines: &lines, checked: &checked, config: &config, bibliographies: &[] };
    f(&analysis)
}

fn slice(span: Span) -> &'static str {
    span.slice(REPORT)
}

#[test]
fn hover_on_a_figure_shows_its_reading_quantity_and_source_card() {
    let hover = at("20,000 and", 2, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert_eq!(slice(hover.span), "20,000 and 23,000");
    insta::assert_snapshot!(hover.markdown);
}

/// On a quantity key, every mention is listed (on a figure, the others).
#[test]
fn hover_on_a_quantity_key_lists_every_mention() {
    let hover = at("qty=fighters} fighters", 6, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert!(hover.markdown.contains("Quantity `fighters`, given as:"), "{}", hover.markdown);
    assert!(hover.markdown.contains("20,000 and 23,000"), "{}", hover.markdown);
    assert!(hover.markdown.contains("`0`"), "{}", hover.markdown);
}

#[test]
fn hover_escapes_source_text() {
    let hover = at("mfa-2026, p. 4", 1, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert!(hover.markdown.contains(r"\*Afghanistan\*"), "{}", hover.markdown);
    assert!(!hover.markdown.contains("<script>"), "{}", hover.markdown);
    assert!(!hover.markdown.contains("](command:"), "{}", hover.markdown);
    assert!(hover.markdown.contains("B2"), "{}", hover.markdown);
    assert!(hover.markdown.contains("usually reliable, probably true"), "{}", hover.markdown);
}

#[test]
fn hover_on_unsourced_figure_and_likelihood_term() {
    let hover = at("around 3,000", 3, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert!(hover.markdown.contains("**No source**"), "{}", hover.markdown);
    let hover = at("likely (70%)", 2, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert!(hover.markdown.contains("55–80%"), "{}", hover.markdown);
}

/// A figure over a line break in a block quote is shown without the quote markers of its
/// second line, on its own card and in the list of other mentions of its quantity.
#[test]
fn hover_shows_a_figure_as_a_reader_sees_it() {
    let text = "---\nreferences:\n  - id: a\n    type: report\n---\n\
                > Some fled, [between 9,000 and\n> 6,000]{qty=x} fighters [@a].\n\n\
                > > Later [5,000 and\n> > more]{qty=x} fled [@a].\n";
    let offset = text.find("9,000").unwrap();
    let hover = with(text, |a| ide::hover(a, FileId::REPORT, offset)).unwrap();
    assert!(hover.markdown.contains("**Figure** `between 9,000 and 6,000`"), "{}", hover.markdown);
    let offset = text.find("5,000").unwrap();
    let hover = with(text, |a| ide::hover(a, FileId::REPORT, offset)).unwrap();
    assert!(hover.markdown.contains("`between 9,000 and 6,000` on line 6"), "{}", hover.markdown);
    assert!(!hover.markdown.contains("> "), "{}", hover.markdown);
}

#[test]
fn hover_on_a_reference_counts_its_citations() {
    let hover = at("id: mfa-2026", 5, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert!(hover.markdown.contains("Cited 1 time in this report: line 27."), "{}", hover.markdown);
}

#[test]
fn definition_references_and_highlights() {
    let def = at("@interfax-2026]", 3, |a, o| ide::definition(a, FileId::REPORT, o)).unwrap();
    assert_eq!(slice(def.span), "interfax-2026");
    // The `@` stands for its key.
    let from_at = at("@interfax-2026]", 0, |a, o| ide::definition(a, FileId::REPORT, o)).unwrap();
    assert_eq!(from_at, def);
    assert!(def.span.start < REPORT.find("---\n#").unwrap());
    let refs = at("id: mfa-2026", 6, |a, o| ide::references(a, FileId::REPORT, o, true));
    let texts: Vec<&str> = refs.iter().map(|l| slice(l.span)).collect();
    // The definition, the citation, and the `via` of the source that relays it.
    assert_eq!(texts, ["mfa-2026", "mfa-2026", "mfa-2026"]);
    assert!(refs.iter().any(|l| REPORT[..l.span.start].ends_with("via: ")), "{refs:?}");
    let mentions = at("qty=fighters} fighters", 5, |a, o| ide::references(a, FileId::REPORT, o, true));
    assert_eq!(mentions.len(), 2);
    // Without the declaration, the first figure measuring the quantity (where
    // go-to-definition leads) is left out.
    let others = at("qty=fighters} fighters", 5, |a, o| ide::references(a, FileId::REPORT, o, false));
    assert_eq!(others, mentions[1..]);
    let highlights = at("[@taliban", 3, ide::highlights);
    assert_eq!(highlights.len(), 2);
}

#[test]
fn rename_changes_definition_citations_and_via() {
    let edits = at("[@mfa-2026", 4, |a, o| ide::rename(a, o, "ru-mfa-2026")).unwrap();
    let spans: Vec<&str> = edits.iter().map(|(_, e)| slice(e.span)).collect();
    assert_eq!(spans, ["mfa-2026", "mfa-2026", "mfa-2026"]);
    let refused = at("[@mfa-2026", 4, |a, o| ide::rename(a, o, "bad key!"));
    assert!(refused.unwrap_err().contains("not a citation key"));
    let taken = at("[@mfa-2026", 4, |a, o| ide::rename(a, o, "taliban-2026"));
    assert!(taken.unwrap_err().contains("already exists"));
    // Unquoted in the front matter, these would not be text.
    for name in ["null", "True", "2026", "1e3", "0x1F", "~"] {
        let refused = at("[@mfa-2026", 4, |a, o| ide::rename(a, o, name));
        assert!(refused.is_err(), "{name}");
    }
    assert!(at("[@mfa-2026", 4, |a, o| ide::rename(a, o, "nullify")).is_ok());
}

#[test]
fn nocite_keys_are_references_hovered_and_renamed() {
    let text = REPORT.replacen("references:", "nocite: \"@taliban-2026\"\nreferences:", 1);
    let at = text.find("@taliban-2026\"").unwrap() + 3;
    with(&text, |a| {
        let found = ide::references(a, FileId::REPORT, at, true);
        let spans: Vec<&str> = found.iter().map(|l| l.span.slice(&text)).collect();
        assert_eq!(spans, ["taliban-2026", "taliban-2026", "taliban-2026"], "{found:?}");
        let edits = ide::rename(a, at, "ttp-2026").unwrap();
        assert_eq!(edits.len(), 3);
        assert!(edits.iter().any(|(_, e)| e.span.start == at - 2), "{edits:?}");
        assert_eq!(ide::highlights(a, at).len(), 3);
        let hover = ide::hover(a, FileId::REPORT, at).expect("a hover on the nocite key");
        assert!(hover.markdown.contains("Spokesman rejects the figures"), "{}", hover.markdown);
    });
}

#[test]
fn completion_after_at_offers_sources() {
    let text = REPORT.replace("It is likely", "See [@int");
    let offset = text.find("[@int").unwrap() + 5;
    let completions = with(&text, |a| ide::completions(a, offset)).unwrap();
    assert_eq!(completions.span.slice(&text), "int");
    let labels: Vec<&str> = completions.items.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["mfa-2026", "interfax-2026", "taliban-2026"]);
    assert_eq!(completions.items[1].detail.as_deref(), Some("Ministry counts foreign fighters (2026-03-03)"));
    // Inside a key, the whole key is replaced, not its trailing punctuation.
    let text = REPORT.replace("It is likely", "See [@intgx-2025, p. 3] and @intgx.");
    let offset = text.find("[@int").unwrap() + 5;
    let completions = with(&text, |a| ide::completions(a, offset)).unwrap();
    assert_eq!(completions.span.slice(&text), "intgx-2025");
    let offset = text.find("@intgx.").unwrap() + 4;
    let completions = with(&text, |a| ide::completions(a, offset)).unwrap();
    assert_eq!(completions.span.slice(&text), "intgx");
    // None in the front matter or in code.
    let text = REPORT.replace("title: Spokesman", "title: See [@int");
    let offset = text.find("[@int").unwrap() + 5;
    assert!(with(&text, |a| ide::completions(a, offset)).is_none());
    let text = REPORT.replace("It is likely", "Write `[@int");
    let offset = text.find("[@int").unwrap() + 5;
    assert!(with(&text, |a| ide::completions(a, offset)).is_none());
    // No completion for an e-mail address.
    let text = REPORT.replace("It is likely", "Write to press@min");
    let offset = text.find("press@min").unwrap() + 9;
    assert!(with(&text, |a| ide::completions(a, offset)).is_none());
}

#[test]
fn completion_of_quantities_and_rules() {
    let text = format!("{REPORT}\nOf them [2,000]{{part-of=fighters}} are foreign.\n\nAnother [5]{{qty=fi");
    let c = with(&text, |a| ide::completions(a, text.len())).unwrap();
    assert_eq!(c.items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(), ["fighters"]);
    assert_eq!(c.items[0].detail.as_deref(), Some("2 mentions, 1 part"));
    let text = format!("{REPORT}\n<!-- attest-ignore unso");
    let c = with(&text, |a| ide::completions(a, text.len())).unwrap();
    assert!(c.items.iter().any(|i| i.label == "unsourced-figure"));
    // Rules the comment lists already are not offered again.
    let text = format!("{REPORT}\n<!-- attest-ignore unsourced-figure, unk");
    let c = with(&text, |a| ide::completions(a, text.len())).unwrap();
    assert!(!c.items.iter().any(|i| i.label == "unsourced-figure"));
    assert!(c.items.iter().any(|i| i.label == "unknown-source"));
}

#[test]
fn code_actions_insert_citation_and_ignore() {
    let figure = REPORT.find("around 3,000").unwrap();
    let actions = with(REPORT, |a| ide::code_actions(a, FileId::REPORT, Span::at(figure + 2)));
    let titles: Vec<&str> = actions.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "insert a citation for this figure",
            "ignore `unsourced-figure` here",
            "ignore `unsourced-figure` in this file"
        ]
    );
    let (_, edit) = &actions[0].edits[0];
    assert_eq!(&REPORT[edit.span.start..edit.span.start + 1], ".");
    assert_eq!(edit.replacement, " [@]");
    assert_eq!(actions[2].edits[0].1.replacement, "<!-- attest-ignore-file unsourced-figure -->\n");
    // A CRLF report gets CRLF comments.
    let crlf = REPORT.replace('\n', "\r\n");
    let figure = crlf.find("around 3,000").unwrap();
    let actions = with(&crlf, |a| ide::code_actions(a, FileId::REPORT, Span::at(figure + 2)));
    assert_eq!(actions[2].edits[0].1.replacement, "<!-- attest-ignore-file unsourced-figure -->\r\n");
}

#[test]
fn code_action_swaps_an_inverted_range() {
    let text = REPORT.replace("Between [20,000 and 23,000]", "Between [23,000 and 20,000]");
    let at = text.find("23,000 and").unwrap();
    let actions = with(&text, |a| ide::code_actions(a, FileId::REPORT, Span::at(at)));
    let swap = actions.iter().find(|a| a.title.starts_with("swap")).expect("a swap fix");
    assert!(swap.preferred);
    let mut fixed = text.clone();
    let mut edits: Vec<_> = swap.edits.iter().map(|(_, e)| e.clone()).collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    for e in edits {
        fixed.replace_range(e.span.start..e.span.end, &e.replacement);
    }
    assert!(fixed.contains("Between [20,000 and 23,000]"));
}

#[test]
fn fenced_divs_fold_and_their_figures_are_the_authors() {
    let text =
        format!("{REPORT}\n::: {{.assessment}}\nWe judge 4,000 fighters will remain.\n:::\nMore text.\n");
    with(&text, |a| {
        let div = text.find("::: {").unwrap();
        let folds = ide::folding_ranges(a);
        let fold = folds.iter().find(|f| f.span.start == div).expect("the div folds");
        assert_eq!(fold.span.slice(&text), "::: {.assessment}\nWe judge 4,000 fighters will remain.\n:::");
        let at = text.find("4,000").unwrap();
        let hover = ide::hover(a, FileId::REPORT, at).expect("a hover on the figure");
        assert!(hover.markdown.contains("Author's assessment"), "{}", hover.markdown);
        let token = ide::semantic_tokens(a).into_iter().find(|t| t.span.start == at).expect("a token");
        assert_eq!(token.modifiers, ide::TokenModifier::Assessment as u32, "{token:?}");
    });
    // An assessment that cites what it builds on is both.
    let text =
        format!("{REPORT}\n::: {{.assessment}}\nWe judge 4,000 fighters will remain [@mfa-2026].\n:::\n");
    with(&text, |a| {
        let at = text.find("4,000").unwrap();
        let token = ide::semantic_tokens(a).into_iter().find(|t| t.span.start == at).expect("a token");
        let both = ide::TokenModifier::Assessment as u32 | ide::TokenModifier::Sourced as u32;
        assert_eq!(token.modifiers, both, "{token:?}");
    });
}

#[test]
fn outline_folding_links_and_tokens() {
    with(REPORT, |a| {
        let symbols = ide::symbols(a);
        let names: Vec<&str> = symbols.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Strength", "@mfa-2026", "@interfax-2026", "@taliban-2026", "fighters"]);
        let folds = ide::folding_ranges(a);
        assert_eq!(folds[0].kind, ide::FoldKind::FrontMatter);
        let links = ide::links(a);
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].target, "https://example.org/mfa");
        let tokens: Vec<String> = ide::semantic_tokens(a)
            .iter()
            .map(|t| format!("{:?} {} {:?}", t.kind, t.modifiers, t.span.slice(REPORT)))
            .collect();
        insta::assert_snapshot!(tokens.join("\n"));
    });
}

/// The hover on a quantity compares its mentions in one unit of their measure: 5 tonnes and
/// 9,000 kg from two sources disagree; 9 tonnes and 9,000 kg agree.
#[test]
fn hover_compares_mentions_in_one_unit() {
    let text = |second: &str| {
        format!(
            "---\nreferences:\n  - id: a\n    type: report\n  - id: b\n    type: report\n---\n\
             Seizures reached [{second}]{{qty=s}} [@a]. Another count gives [9,000 kg]{{qty=s}} [@b].\n"
        )
    };
    let contested = |text: &str| {
        let at = text.find("9,000 kg").unwrap();
        with(text, |a| ide::hover(a, FileId::REPORT, at)).expect("a hover").markdown.contains("**Contested**")
    };
    assert!(contested(&text("5 tonnes")));
    assert!(!contested(&text("9 tonnes")));
}

/// After a `<!--` that nothing closes, a comment inserted further on would close it and hide
/// the text between: only the file-wide action, inserted before it, is offered.
#[test]
fn no_ignore_here_after_an_unclosed_comment() {
    let text = "---\nreferences: []\n---\nSome 30 fighters.\n\nA stray <!-- opens here.\n\nSome 40 tanks.\n";
    let titles = |at: usize| -> Vec<String> {
        with(text, |a| ide::code_actions(a, FileId::REPORT, Span::at(at)))
            .into_iter()
            .map(|a| a.title)
            .collect()
    };
    assert!(
        titles(text.find("30 fighters").unwrap()).contains(&"ignore `unsourced-figure` here".to_string())
    );
    let after = titles(text.find("40 tanks").unwrap());
    assert!(!after.contains(&"ignore `unsourced-figure` here".to_string()), "{after:?}");
    assert!(after.contains(&"ignore `unsourced-figure` in this file".to_string()), "{after:?}");
}

/// "Ignore here" silences the finding it was chosen on and nothing else, wherever the finding
/// stands: list items, table cells, paragraphs right under other text, headings.
#[test]
fn ignore_here_silences_exactly_its_finding() {
    let text = "---\nreferences:\n  - id: un\n    type: report\n    title: UN\n---\n\
                # Some 12 brigades\n\n\
                - Some 5,000 fighters [@un]\n- About 400 fighters\n- Some 7 tanks\n  and 9 guns\n\n\
                | a | b |\n|---|---|\n| 5,000 fighters [@un] | 3 |\n| 7 tanks | 8 |\n\n\
                A paragraph with 30 fighters.\nIts second line has 40 tanks.\n\n\
                Between 900 and 600 fighters [@un].\n";
    let findings = |text: &str| -> Vec<(String, String)> {
        attest::check::check(text)
            .diagnostics
            .iter()
            .map(|d| (d.rule.to_string(), d.span.slice(text).to_string()))
            .collect()
    };
    let before = findings(text);
    assert!(before.len() >= 9, "{before:?}");
    for (i, target) in before.iter().enumerate() {
        let d = attest::check::check(text).diagnostics[i].clone();
        let actions = with(text, |a| ide::code_actions(a, FileId::REPORT, d.span));
        let title = format!("ignore `{}` here", d.rule);
        // Findings in the front matter are ignored file-wide; every other one can be ignored here.
        let body = text.find("\n---\n").unwrap() + 5;
        if d.span.start < body {
            continue;
        }
        let action = actions
            .iter()
            .find(|a| a.title == title)
            .unwrap_or_else(|| panic!("no {title:?} for {target:?}"));
        let (_, edit) = &action.edits[0];
        let mut fixed = text.to_string();
        fixed.replace_range(edit.span.start..edit.span.end, &edit.replacement);
        let after = findings(&fixed);
        // The target is gone; every finding of another unit is still there.
        assert!(!after.contains(target), "{target:?} still reported after {:?}:\n{fixed}", edit.replacement);
        let units: [&[&str]; 2] = [&["Some 7 tanks", "9 guns"], &["30 fighters", "40 tanks"]];
        let unit_of = |f: &(String, String)| units.iter().position(|u| u.contains(&f.1.as_str()));
        for other in before.iter().filter(|o| *o != target) {
            if unit_of(other).is_none() || unit_of(other) != unit_of(target) {
                assert!(after.contains(other), "ignoring {target:?} also silenced {other:?}:\n{fixed}");
            }
        }
    }
}

/// The `@` of a citation and a `via` value answer with the source; a quantity's attribute
/// name answers with the quantity; a range of pages says "pages"; a backwards range says so;
/// an unread front matter makes a citation unchecked, not unknown.
#[test]
fn hover_edges() {
    let hover = at("@mfa-2026, p. 4", 0, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert!(hover.markdown.contains("Ministry of Foreign Affairs"), "{}", hover.markdown);
    assert_eq!(slice(hover.span), "@mfa-2026");
    let hover = at("mfa-2026, p. 4", 3, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert_eq!(slice(hover.span), "@mfa-2026");
    let hover = at("via: mfa-2026", 6, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert!(hover.markdown.starts_with("Relays `mfa-2026`"), "{}", hover.markdown);
    let hover = at("qty=fighters} fighters", 1, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert_eq!(slice(hover.span), "qty=fighters");
    let hover = at("qty=fighters} fighters", 6, |a, o| ide::hover(a, FileId::REPORT, o)).unwrap();
    assert_eq!(slice(hover.span), "qty=fighters");

    let text = REPORT
        .replace("p. 4]", "pp. 4-6]")
        .replace("IS-KP has\naround 3,000", "IS-KP has\nbetween 900 and 600");
    let figure = text.find("[20,000").unwrap() + 2;
    with(&text, |a| {
        let hover = ide::hover(a, FileId::REPORT, figure).unwrap();
        assert!(hover.markdown.contains("Cited at pages 4-6"), "{}", hover.markdown);
        let backwards = text.find("900 and").unwrap();
        let hover = ide::hover(a, FileId::REPORT, backwards).unwrap();
        assert!(
            hover.markdown.contains("**900–600** fighters (count, written backwards)"),
            "{}",
            hover.markdown
        );
    });

    let text = REPORT.replace("title: Ministry counts", "title: \"Ministry counts");
    let cited = text.find("@taliban-2026").unwrap() + 2;
    with(&text, |a| {
        let hover = ide::hover(a, FileId::REPORT, cited).unwrap();
        assert!(hover.markdown.starts_with("**Unchecked source**"), "{}", hover.markdown);
    });
}

/// A key one typo away from a defined one gets a quick fix naming it.
#[test]
fn did_you_mean_quick_fixes() {
    let text = REPORT.replace("[@taliban-2026]", "[@taliban-2025]");
    let at = text.find("@taliban-2025").unwrap() + 3;
    let actions = with(&text, |a| ide::code_actions(a, FileId::REPORT, Span::at(at)));
    let fix = actions.iter().find(|a| a.title == "replace with `taliban-2026`").expect("a did-you-mean fix");
    assert_eq!(fix.edits[0].1.span.slice(&text), "taliban-2025");
}

/// In a list item, the citation goes before the item's full stop, as in a sentence.
#[test]
fn insert_citation_in_a_list_item() {
    let text = format!("{REPORT}\n- Kunduz holds 300 fighters.\n");
    let at = text.find("300 fighters").unwrap();
    let actions = with(&text, |a| ide::code_actions(a, FileId::REPORT, Span::at(at + 1)));
    let insert = actions.iter().find(|a| a.title.starts_with("insert a citation")).expect("an insert action");
    let edit = &insert.edits[0].1;
    assert_eq!(&text[edit.span.start..edit.span.start + 1], ".");
}

/// A source's card tells where its information comes from: the chain while each step relays
/// one source, else what it relays and where every chain ends.
#[test]
fn source_card_follows_every_relay() {
    let card = |vias: [&str; 4]| {
        let text = format!(
            "---\nreferences:\n  - id: digest\n    type: article\n    title: Digest\n{}  - id: wire\n    type: article\n    title: Wire\n{}  - id: paper\n    type: article\n    title: Paper\n{}  - id: mfa\n    type: report\n    title: Ministry\n{}  - id: ngo\n    type: report\n    title: Monitor\n---\nSome 300 fighters [@digest].\n",
            vias[0], vias[1], vias[2], vias[3]
        );
        let at = text.find("300").unwrap();
        with(&text, |a| ide::hover(a, FileId::REPORT, at).unwrap().markdown)
    };
    let relays = |markdown: String| {
        markdown.lines().find_map(|l| l.strip_prefix("Relays: ").map(str::to_string)).unwrap_or_default()
    };
    // One relay at each step: the chain.
    let linear = card(["    via: wire\n", "    via: paper\n", "    via: mfa\n", ""]);
    assert_eq!(relays(linear), "wire → paper → mfa");
    // Two relays: both, and the origins behind them.
    let two = card(["    via: wire, ngo\n", "    via: paper\n", "    via: mfa\n", ""]);
    assert_eq!(relays(two), "wire, ngo; origins: mfa, ngo");
    // A branch further on: not the first path only.
    let deeper = card(["    via: wire\n", "    via: paper, ngo\n", "    via: mfa\n", ""]);
    assert_eq!(relays(deeper), "wire; origins: mfa, ngo");
    // A cycle ends the chain where it closes.
    let cycle = card(["    via: wire\n", "    via: digest\n", "", ""]);
    assert_eq!(relays(cycle), "wire → digest");
    assert_eq!(relays(card(["", "", "", ""])), "");
}

/// A footnote marker leads to its definition, lists its other markers, and shows its text.
#[test]
fn footnotes_navigate_and_hover() {
    let text = format!(
        "{REPORT}\nThe group has 300 members.[^n] Others agree.[^n]\n\n[^n]: Counted by *monitors* [@mfa-2026].\n"
    );
    let marker = text.find("[^n]").unwrap() + 1;
    with(&text, |a| {
        let def = ide::definition(a, FileId::REPORT, marker).expect("a definition");
        assert_eq!(def.span.slice(&text), "[^n]");
        assert!(text[def.span.end..].starts_with(": Counted"));
        assert_eq!(ide::references(a, FileId::REPORT, marker, true).len(), 3);
        assert_eq!(ide::highlights(a, marker).len(), 3);
        let hover = ide::hover(a, FileId::REPORT, marker).expect("a hover");
        assert!(hover.markdown.contains("Counted by"), "{}", hover.markdown);
        assert!(ide::prepare_rename(a, marker).is_err());
    });
    // A note of two paragraphs keeps them apart; a long one is cut with an ellipsis.
    let long = "word ".repeat(100);
    let text = format!(
        "{REPORT}\nThe group has 300 members.[^n] Others agree.[^m]\n\n[^n]: Counted by\n    monitors [@mfa-2026].\n\n    Later counts\n    agree.\n\n[^m]: {long}\n"
    );
    with(&text, |a| {
        let hover =
            |label: &str| ide::hover(a, FileId::REPORT, text.find(label).unwrap() + 1).unwrap().markdown;
        assert_eq!(
            hover("[^n]"),
            "**Note** `[^n]`\n\nCounted by monitors \\[@mfa-2026\\].\n\nLater counts agree."
        );
        let m = hover("[^m]");
        assert!(m.ends_with("word word …"), "{m}");
        assert_eq!(m.matches("word").count(), 80, "{m}");
    });
}
