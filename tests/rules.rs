//! Every rule on its fixture, through the real binary, as a reader sees it. Each fixture also
//! holds near misses written to tempt the rule; the snapshot shows they stay quiet.

mod common;

use common::attest;

/// Checks one fixture and snapshots the human output and the exit code.
fn check(fixture: &str) {
    let path = format!("tests/fixtures/rules/{fixture}.md");
    let run = attest(&["check", &path]);
    let output = format!("exit: {}\n{}{}", run.code, run.stderr, run.stdout);
    insta::assert_snapshot!(fixture, output);
}

macro_rules! fixtures {
    ($($name:ident => $file:literal,)*) => {
        $(
            #[test]
            fn $name() {
                check($file);
            }
        )*
    };
}

fixtures! {
    unsourced_figure => "unsourced-figure",
    unknown_source => "unknown-source",
    unknown_source_after_a_front_matter_error => "unknown-source-unread-front-matter",
    unused_source => "unused-source",
    duplicate_source => "duplicate-source",
    inverted_range => "inverted-range",
    invalid_front_matter => "invalid-front-matter",
    invalid_front_matter_broken_yaml_still_checks_the_body => "invalid-front-matter-yaml",
    unknown_rule => "unknown-rule",
    accidental_math => "accidental-math",
    conflicting_quantity => "conflicting-quantity",
    contested_quantity => "contested-quantity",
    unit_mismatch => "unit-mismatch",
    parts_exceed_total => "parts-exceed-total",
    parts_fall_short => "parts-fall-short",
    share_out_of_range => "share-out-of-range",
    unknown_quantity => "unknown-quantity",
    likelihood_mismatch => "likelihood-mismatch",
    likelihood_mismatch_phia => "likelihood-mismatch-phia",
    likelihood_with_confidence => "likelihood-with-confidence",
    mixed_likelihood_terms => "mixed-likelihood-terms",
    incomplete_source => "incomplete-source",
    unrated_source => "unrated-source",
    future_source => "future-source",
    stale_source => "stale-source",
    circular_corroboration => "circular-corroboration",
    unconfirmed_credibility => "unconfirmed-credibility",
    unknown_via => "unknown-via",
}

#[test]
fn every_rule_has_a_fixture_that_fires_it() {
    for rule in attest::rules::RULES {
        let file = format!("tests/fixtures/rules/{}.md", rule.meta.name);
        assert!(common::root().join(&file).exists(), "no fixture for {}", rule.meta.name);
        let run = attest(&["check", "--format", "json", &file]);
        assert!(
            run.stdout.contains(&format!("\"rule\": \"{}\"", rule.meta.name)),
            "{} does not fire on its fixture",
            rule.meta.name
        );
    }
}
