//! Every rule's documentation: its `Example` fires the rule and its `Use instead` does not.

use attest::check::check;
use attest::rules::RULES;

/// The fenced `markdown` blocks under a `## heading` of a rule's documentation.
fn snippets(doc: &str, heading: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_section = false;
    let mut block: Option<String> = None;
    for line in doc.lines() {
        if let Some(b) = &mut block {
            if line.trim_start().starts_with("```") {
                out.push(block.take().unwrap());
            } else {
                b.push_str(line);
                b.push('\n');
            }
            continue;
        }
        if line.starts_with("## ") {
            in_section = line.trim() == format!("## {heading}");
        } else if in_section && line.trim_start().starts_with("```markdown") {
            block = Some(String::new());
        }
    }
    out
}

#[test]
fn examples_fire_and_fixes_stay_quiet() {
    let mut problems = Vec::new();
    for rule in RULES {
        let doc = rule.meta.documentation();
        for heading in ["What it does", "Why is this bad?", "Example", "Use instead"] {
            if !doc.contains(&format!("## {heading}")) {
                problems.push(format!("{}: no `## {heading}` section", rule.meta.name));
            }
        }
        let examples = snippets(&doc, "Example");
        if examples.is_empty() {
            problems.push(format!("{}: no markdown example", rule.meta.name));
        }
        for example in examples {
            let found = check(&example).diagnostics;
            if !found.iter().any(|d| d.rule == rule.meta.name) {
                problems.push(format!("{}: its example does not fire it:\n{example}", rule.meta.name));
            }
        }
        for fixed in snippets(&doc, "Use instead") {
            let found = check(&fixed).diagnostics;
            if let Some(d) = found.iter().find(|d| d.rule == rule.meta.name) {
                problems.push(format!(
                    "{}: fires on its `Use instead` ({}):\n{fixed}",
                    rule.meta.name, d.message
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn docs_rules_md_is_up_to_date() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_attest"))
        .args(["rule", "--all", "--format", "markdown"])
        .output()
        .expect("attest runs");
    let generated = String::from_utf8(output.stdout).unwrap();
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).unwrap_or_default();
    assert!(
        generated == committed,
        "docs/rules.md is stale: run `cargo run -- rule --all --format markdown > docs/rules.md`"
    );
}

#[test]
fn rule_json_lists_every_rule() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_attest"))
        .args(["rule", "--all", "--format", "json"])
        .output()
        .expect("attest runs");
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    let rules = doc["rules"].as_array().unwrap();
    assert_eq!(rules.len(), RULES.len());
    for (json, rule) in rules.iter().zip(RULES) {
        assert_eq!(json["name"], rule.meta.name);
        assert!(json["documentation"].as_str().unwrap().contains("## Example"));
    }
}
