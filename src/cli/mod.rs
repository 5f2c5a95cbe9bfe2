//! The command line: `attest check`, `attest figures`, `attest rule`. The only part of attest
//! that knows clap, the file system walk and the terminal.

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod figures;
mod files;
mod output;
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
    Rule(RuleArgs),
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Files or directories to check. Directories are walked for Markdown reports (files whose
    /// front matter has `references`, `bibliography` or `attest`), respecting .gitignore.
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
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum CheckFormat {
    Human,
    Json,
}

#[derive(clap::Args, Debug)]
struct FiguresArgs {
    /// Report files.
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
    /// The rule's name, e.g. `unsourced-figure`.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    name: Option<String>,
    /// Every rule.
    #[arg(long)]
    all: bool,
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Figures(args) => figures::run(&args.files, args.format),
        Command::Rule(args) => rule(args),
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

fn check(args: CheckArgs) -> std::io::Result<ExitCode> {
    let mut loader = settings::Loader::new(args.config.as_deref());
    let (sources, problems) = files::collect(&args.paths, &mut loader);
    let reports: Vec<output::Report> = sources
        .into_iter()
        .map(|s| {
            let config = loader.for_file(&s.path).config;
            output::Report::check(s, &config)
        })
        .collect();
    if !loader.errors.is_empty() {
        let mut err = anstream::stderr().lock();
        output::settings_errors(&mut err, &loader.errors)?;
        return Ok(ExitCode::from(2));
    }
    let summary = output::Summary::of(&reports, problems.len());
    match args.format {
        CheckFormat::Human => {
            let mut err = anstream::stderr().lock();
            for problem in &problems {
                writeln!(err, "error: {problem}")?;
            }
            let mut out = anstream::stdout().lock();
            output::human(&mut out, &reports)?;
            writeln!(out, "{}", summary.line())?;
        }
        CheckFormat::Json => {
            let mut out = std::io::stdout().lock();
            let value = output::json(&reports, &problems, &summary);
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
        }
    }
    Ok(exit_code(problems.len(), summary.errors, summary.warnings, args.deny_warnings))
}

fn rule(args: RuleArgs) -> std::io::Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    if args.all {
        for (i, rule) in RULES.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            writeln!(out, "# {} ({})\n", rule.meta.name, rule.meta.default_severity.as_str())?;
            write!(out, "{}", rule.meta.documentation())?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let name = args.name.unwrap_or_default();
    match crate::rules::find(&name) {
        Some(rule) => {
            writeln!(out, "# {} ({})\n", rule.meta.name, rule.meta.default_severity.as_str())?;
            write!(out, "{}", rule.meta.documentation())?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let names: Vec<&str> = RULES.iter().map(|r| r.meta.name).collect();
            eprintln!("error: no rule named `{name}`; the rules are: {}", names.join(", "));
            Ok(ExitCode::from(2))
        }
    }
}
