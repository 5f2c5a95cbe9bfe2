//! Every rule on its fixture, through the real binary, as a reader sees it.

mod common;

use common::attest;

/// Checks one fixture and snapshots the human output and the exit code.
fn check(fixture: &str) {
    let path = format!("tests/fixtures/rules/{fixture}.md");
    let run = attest(&["check", &path]);
    let output = format!("exit: {}\n{}{}", run.code, run.stderr, run.stdout);
    insta::assert_snapshot!(fixture, output);
}

#[test]
fn unsourced_figure() {
    check("unsourced-figure");
}

#[test]
fn unknown_source() {
    check("unknown-source");
}

#[test]
fn unused_source() {
    check("unused-source");
}

#[test]
fn inverted_range() {
    check("inverted-range");
}

#[test]
fn unknown_rule() {
    check("unknown-rule");
}

#[test]
fn every_rule_has_a_fixture() {
    for rule in attest::rules::RULES {
        let path = common::root().join(format!("tests/fixtures/rules/{}.md", rule.meta.name));
        assert!(path.exists(), "no fixture for {}", rule.meta.name);
        let run = attest(&["check", "--format", "json", &format!("tests/fixtures/rules/{}.md", rule.meta.name)]);
        assert!(run.stdout.contains(&format!("\"rule\": \"{}\"", rule.meta.name)), "{} does not fire on its fixture", rule.meta.name);
    }
}

#[test]
fn duplicate_source() {
    check("duplicate-source");
}

#[test]
fn invalid_front_matter() {
    check("invalid-front-matter");
}

#[test]
fn invalid_front_matter_broken_yaml_still_checks_the_body() {
    check("invalid-front-matter-yaml");
}
