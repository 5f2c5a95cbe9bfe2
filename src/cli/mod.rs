//! The command line: `attest check`, `attest figures`, `attest rule`. The only part of attest
//! that knows clap, the file system walk and the terminal.

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod figures;
mod files;
/// Applying fixes; public for the tests that check fixes converge on damaged reports.
pub mod fix;
mod formats;
mod output;
mod review;
mod settings;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::rules::RULES;

#[derive(Parser, Debug)]
#[command(name = "attest", version, about = "Checks the figures and sources of analyst reports")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check reports for unsourced figures, unknown sources, backwards ranges and more.
    Check(CheckArgs),
    /// List every figure in reports with its interval, unit and sources.
    Figures(FiguresArgs),
    /// Show a rule's documentation.
    #[command(override_usage = "attest rule [OPTIONS] <NAME>\n       attest rule [OPTIONS] --all")]
    Rule(RuleArgs),
    /// Run the language server, speaking the Language Server Protocol on stdin and stdout.
    Server,
    /// Write a self-contained HTML page for reviewing a report: figures marked, sources on hover.
    Review(review::ReviewArgs),
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Files or directories to check. Directories are walked for Markdown reports (files whose
    /// front matter has `references`, `bibliography` or `attest`), respecting .gitignore.
    /// With `--stdin-filename`, standard input is checked instead (give `-` or nothing).
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// Exit with status 1 on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Use this configuration file instead of looking for attest.toml.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Check only these rules (comma-separated names).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    select: Vec<String>,
    /// Skip these rules (comma-separated names).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Vec<String>,
    /// Check standard input, as if it were the file NAME (for configuration, bibliography
    /// paths and output).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<PathBuf>,
    /// Apply safe fixes in place.
    #[arg(long, conflicts_with = "diff")]
    fix: bool,
    /// Print the fixes as a unified diff instead of applying them.
    #[arg(long)]
    diff: bool,
    /// With --fix or --diff, apply unsafe fixes too.
    #[arg(long)]
    unsafe_fixes: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum CheckFormat {
    Human,
    Json,
    Sarif,
    Github,
}

#[derive(clap::Args, Debug)]
struct FiguresArgs {
    /// Report files (not directories: `attest check` walks those).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = FiguresFormat::Table)]
    format: FiguresFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum FiguresFormat {
    Table,
    Json,
    Csv,
}

#[derive(clap::Args, Debug)]
struct RuleArgs {
    /// The rule's name, e.g. `unsourced-figure` (or `--all`).
    #[arg(conflicts_with = "all")]
    name: Option<String>,
    /// Every rule.
    #[arg(long)]
    all: bool,
    /// Output format: plain text, one Markdown page (docs/rules.md), or JSON.
    #[arg(long, value_enum, default_value_t = RuleFormat::Text)]
    format: RuleFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum RuleFormat {
    Text,
    Markdown,
    Json,
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Figures(args) => figures::run(&args.files, args.format),
        Command::Rule(args) => rule(args),
        Command::Review(args) => review::run(args),
        Command::Server => return crate::lsp::run(),
    };
    match result {
        Ok(code) => code,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

/// Exit status: 2 for IO errors, 1 for findings at error level (or warnings when denied).
fn exit_code(io_errors: usize, errors: usize, warnings: usize, deny_warnings: bool) -> ExitCode {
    if io_errors > 0 {
        ExitCode::from(2)
    } else if errors > 0 || (deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The rules a name that is none may have meant: the closest by spelling (as
/// `<!-- attest-ignore … -->` suggests), else those whose names hold it (`unsourced`).
fn meant_rules(name: &str) -> Vec<&'static str> {
    let names = || RULES.iter().map(|r| r.meta.name);
    if let Some(near) = crate::text::closest(name, names()) {
        return vec![near];
    }
    let name = name.trim().to_lowercase();
    if name.chars().count() < 3 {
        return Vec::new();
    }
    names().filter(|n| n.contains(&name)).collect()
}

/// "no rule named `X`", with the rules it may have meant.
fn no_rule_named(name: &str) -> String {
    let quoted: Vec<String> = meant_rules(name).iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => format!("no rule named `{name}`"),
        [one] => format!("no rule named `{name}`; did you mean {one}?"),
        many => format!("no rule named `{name}`; did you mean one of {}?", many.join(", ")),
    }
}

/// Turns `--select` / `--ignore` into rule levels; unknown names are a usage error.
fn apply_selection(
    config: &mut crate::config::Config,
    select: &[String],
    ignore: &[String],
) -> Result<(), String> {
    for name in select.iter().chain(ignore) {
        if crate::rules::find(name).is_none() {
            return Err(format!("{} (`attest rule --all` lists the rules)", no_rule_named(name)));
        }
    }
    for rule in RULES {
        let name = rule.meta.name;
        if (!select.is_empty() && !select.iter().any(|s| s == name)) || ignore.iter().any(|s| s == name) {
            config.rules.insert(name.to_string(), None);
        }
    }
    Ok(())
}

/// Checks every source on all cores, keeping the input order; a file whose check panicked is a
/// problem, listed after the reports.
fn check_all(
    sources: Vec<files::Source>,
    loader: &mut settings::Loader,
    select: &[String],
    ignore: &[String],
) -> Result<(Vec<output::Report>, Vec<files::Problem>), String> {
    let mut jobs = Vec::with_capacity(sources.len());
    for source in sources {
        let mut config = loader.for_file(&source.path).config;
        apply_selection(&mut config, select, ignore)?;
        jobs.push((source, config));
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len().max(1));
    let slots: Vec<std::sync::Mutex<Option<(files::Source, crate::config::Config)>>> =
        jobs.into_iter().map(|j| std::sync::Mutex::new(Some(j))).collect();
    let results: Vec<std::sync::Mutex<Option<Result<output::Report, files::Problem>>>> =
        slots.iter().map(|_| std::sync::Mutex::new(None)).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(slot) = slots.get(i) else { break };
                    let Some((source, config)) = slot.lock().ok().and_then(|mut s| s.take()) else {
                        continue;
                    };
                    let report = output::Report::check_guarded(source, &config);
                    if let Ok(mut r) = results[i].lock() {
                        *r = Some(report);
                    }
                }
            });
        }
    });
    let (mut reports, mut failed) = (Vec::new(), Vec::new());
    for result in results.into_iter().filter_map(|r| r.into_inner().ok().flatten()) {
        match result {
            Ok(report) => reports.push(report),
            Err(problem) => failed.push(problem),
        }
    }
    Ok((reports, failed))
}

fn check(args: CheckArgs) -> std::io::Result<ExitCode> {
    let mut loader = settings::Loader::new(args.config.as_deref());
    let (sources, mut problems) = match &args.stdin_filename {
        Some(name) => {
            if args.paths.iter().any(|p| p.as_os_str() != "-" && p.as_os_str() != ".") {
                eprintln!("error: --stdin-filename checks standard input; give no paths (or `-`)");
                return Ok(ExitCode::from(2));
            }
            if args.fix {
                eprintln!("error: --fix cannot write to standard input; use --diff");
                return Ok(ExitCode::from(2));
            }
            let text = match files::read_text(std::io::stdin()) {
                Ok(text) => text,
                Err(message) => {
                    eprintln!("error: standard input: {message}");
                    return Ok(ExitCode::from(2));
                }
            };
            (vec![files::Source { path: name.clone(), text }], Vec::new())
        }
        None => files::collect(&args.paths, &mut loader),
    };
    let mut reports = match check_all(sources, &mut loader, &args.select, &args.ignore) {
        Ok((reports, failed)) => {
            problems.extend(failed);
            reports
        }
        Err(message) => {
            eprintln!("error: {message}");
            return Ok(ExitCode::from(2));
        }
    };
    if !loader.errors.is_empty() {
        let mut err = anstream::stderr().lock();
        output::settings_errors(&mut err, &loader.errors)?;
        return Ok(ExitCode::from(2));
    }
    if args.fix || args.diff {
        return fixes(&args, &mut reports, &mut loader, &problems);
    }
    let summary = output::Summary::of(&reports, problems.len());
    let mut err = anstream::stderr().lock();
    for problem in &problems {
        writeln!(err, "error: {problem}")?;
    }
    render(args.format, &reports, &problems, &summary)?;
    Ok(exit_code(problems.len(), summary.errors, summary.warnings, args.deny_warnings))
}

/// Prints the findings of `reports` in `format`.
fn render(
    format: CheckFormat,
    reports: &[output::Report],
    problems: &[files::Problem],
    summary: &output::Summary,
) -> std::io::Result<()> {
    match format {
        CheckFormat::Human => {
            let mut out = anstream::stdout().lock();
            output::human(&mut out, reports)?;
            writeln!(out, "{}", summary.line())?;
        }
        CheckFormat::Json => {
            output::json(reports, problems, summary).write(std::io::stdout().lock())?;
        }
        CheckFormat::Sarif => {
            formats::sarif(reports).write(std::io::stdout().lock())?;
        }
        CheckFormat::Github => {
            let mut out = std::io::stdout().lock();
            formats::github(&mut out, reports)?;
        }
    }
    Ok(())
}

/// `--fix` and `--diff`: apply (or show) fixes until they converge, then report what is left
/// (`--fix`, in the chosen format; the count of fixes goes to standard error unless the
/// format is human). `--diff` prints only the patch, and exits 1 when it is not empty.
fn fixes(
    args: &CheckArgs,
    reports: &mut Vec<output::Report>,
    loader: &mut settings::Loader,
    problems: &[files::Problem],
) -> std::io::Result<ExitCode> {
    let mut unreadable = problems.len();
    let mut out = anstream::stdout().lock();
    let mut fixed_files = 0;
    let mut fixed_total = 0;
    let mut remaining = Vec::new();
    for report in reports.drain(..) {
        let mut config = loader.for_file(&report.path).config;
        if let Err(message) = apply_selection(&mut config, &args.select, &args.ignore) {
            eprintln!("error: {message}");
            return Ok(ExitCode::from(2));
        }
        let bibliographies: Vec<(String, String)> = crate::check::bibliography_names(report.text())
            .into_iter()
            .zip(report.files[1..].iter().map(|f| f.text.clone()))
            .collect();
        let recheck = |text: &str| {
            let inputs: Vec<crate::check::BibInput<'_>> = bibliographies
                .iter()
                .map(|(n, t)| crate::check::BibInput { name: n.clone(), contents: Ok(t.as_str()) })
                .collect();
            crate::check::check_input(text, &config, &inputs)
        };
        let (fixed, count) = fix::converge(report.text(), args.unsafe_fixes, recheck);
        let path = report.display_path();
        if count > 0 {
            fixed_files += 1;
            fixed_total += count;
            if args.diff {
                write!(out, "{}", fix::unified_diff(&path, report.text(), &fixed))?;
            } else if let Err(e) = fix::write_atomically(&report.path, &fixed) {
                eprintln!("error: {path}: cannot write the fixes: {e}");
                return Ok(ExitCode::from(2));
            }
        }
        let source = files::Source {
            path: report.path.clone(),
            text: if args.diff { report.text().to_string() } else { fixed },
        };
        match output::Report::check_guarded(source, &config) {
            Ok(report) => remaining.push(report),
            Err(problem) => {
                eprintln!("error: {problem}");
                unreadable += 1;
            }
        }
    }
    drop(out);
    let summary = output::Summary::of(&remaining, unreadable);
    let mut err = anstream::stderr().lock();
    for problem in problems {
        writeln!(err, "error: {problem}")?;
    }
    if args.diff {
        writeln!(
            err,
            "{fixed_total} fix{} would be applied in {fixed_files} file{}",
            plural_es(fixed_total),
            plural_s(fixed_files)
        )?;
        return Ok(ExitCode::from(match (unreadable, fixed_total) {
            (0, 0) => 0,
            (0, _) => 1,
            _ => 2,
        }));
    }
    let fixed = format!(
        "Fixed {fixed_total} finding{} in {fixed_files} file{}.",
        plural_s(fixed_total),
        plural_s(fixed_files)
    );
    if args.format == CheckFormat::Human {
        let mut out = anstream::stdout().lock();
        output::human(&mut out, &remaining)?;
        writeln!(out, "{fixed}")?;
        writeln!(out, "{}", summary.line())?;
    } else {
        writeln!(err, "{fixed}")?;
        drop(err);
        render(args.format, &remaining, problems, &summary)?;
    }
    Ok(exit_code(unreadable, summary.errors, summary.warnings, args.deny_warnings))
}

fn plural_s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn plural_es(n: usize) -> &'static str {
    if n == 1 { "" } else { "es" }
}

fn rule(args: RuleArgs) -> std::io::Result<ExitCode> {
    let selected: Vec<&crate::rules::RuleEntry> = if args.all {
        RULES.iter().collect()
    } else {
        let Some(name) = args.name else {
            eprintln!("error: name a rule (`attest rule unsourced-figure`), or give `--all` for every rule");
            return Ok(ExitCode::from(2));
        };
        match crate::rules::find(&name) {
            Some(rule) => vec![rule],
            None if !meant_rules(&name).is_empty() => {
                eprintln!("error: {} (`attest rule --all` shows every rule)", no_rule_named(&name));
                return Ok(ExitCode::from(2));
            }
            None => {
                let names: Vec<&str> = RULES.iter().map(|r| r.meta.name).collect();
                eprintln!("error: no rule named `{name}`; the rules are: {}", names.join(", "));
                return Ok(ExitCode::from(2));
            }
        }
    };
    let mut out = anstream::stdout().lock();
    match args.format {
        RuleFormat::Text => {
            for (i, rule) in selected.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                writeln!(out, "# {} ({})\n", rule.meta.name, rule.meta.default_severity.as_str())?;
                write!(out, "{}", rule.meta.documentation())?;
            }
        }
        RuleFormat::Markdown => write!(out, "{}", rules_markdown(&selected))?,
        RuleFormat::Json => {
            let rules: Vec<serde_json::Value> = selected
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "name": r.meta.name,
                        "severity": r.meta.default_severity,
                        "summary": r.meta.summary(),
                        "documentation": r.meta.documentation(),
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "version": 1, "rules": rules }))?;
            writeln!(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The rules reference page (docs/rules.md): an index, then each rule's documentation with
/// its headings one level down.
fn rules_markdown(rules: &[&crate::rules::RuleEntry]) -> String {
    let mut md = String::from(
        "# Rules\n\n<!-- Generated by `attest rule --all --format markdown > docs/rules.md`; do not edit by hand. -->\n\n\
         | rule | default level | what it finds |\n|---|---|---|\n",
    );
    for r in rules {
        md.push_str(&format!(
            "| [`{0}`](#{0}) | {1} | {2} |\n",
            r.meta.name,
            r.meta.default_severity.as_str(),
            r.meta.summary()
        ));
    }
    for r in rules {
        md.push_str(&format!(
            "\n## {}\n\nDefault level: {}.\n\n",
            r.meta.name,
            r.meta.default_severity.as_str()
        ));
        for line in r.meta.documentation().lines() {
            if line.starts_with('#') {
                md.push('#');
            }
            md.push_str(line);
            md.push('\n');
        }
    }
    md
}
