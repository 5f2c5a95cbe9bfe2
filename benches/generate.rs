//! A deterministic generator of realistic analyst reports for benchmarks.
//!
//! [`report`] writes a Pandoc Markdown report of roughly the requested size: YAML front
//! matter with fifty CSL references, then sections of paragraphs dense with figures, ranges,
//! money and measures, bracketed citations, in-text citations, footnotes, inline notes,
//! `qty=` spans, bullet lists and pipe tables. Most figures are sourced; a few are not, and
//! a rare range is written backwards, so every rule has something to look at.
//!
//! Only the standard library is used and the pseudo-random generator has a fixed seed, so
//! the same size always gives the same text. The module is self-contained so that other
//! benchmarks can include it with `mod generate;`.

// Compiled both as a module of a benchmark and, through target auto-discovery, on its own.
#![allow(dead_code)]

use std::fmt::Write;

/// Number of CSL references in the front matter.
pub const SOURCES: usize = 50;

/// A report of at least `target_bytes` bytes (it stops at the first section boundary past
/// the target, so it overshoots by at most a section, a few kilobytes).
pub fn report(target_bytes: usize) -> String {
    let mut g = Generator { rng: Rng(0x9E37_79B9_7F4A_7C15), out: String::new(), footnote: 0 };
    g.out.reserve(target_bytes + 8 * 1024);
    g.front_matter();
    let mut section = 1;
    while g.out.len() < target_bytes {
        g.section(section);
        section += 1;
    }
    g.out
}

/// xorshift64*: small, fast and good enough for varying sentences.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const TITLES: &[&str] = &[
    "Rapport sur l'Afghanistan – été",
    "Security situation in the eastern provinces",
    "Lagebericht Afghanistan – Sicherheitslage im Überblick",
    "Informe de situación: refugiados y retornados",
    "Narcotics production survey",
    "Armed groups along the Durand Line",
    "Rapport de situation – Nangarhar et Kunar",
    "Humanitarian needs overview",
    "Översikt över säkerhetsläget i Kabul",
    "Quarterly assessment of militant activity",
];

const PUBLISHERS: &[&str] = &["Ministry", "Agency", "Office", "Mission", "Directorate"];

const ACTORS: &[&str] = &[
    "IS-KP",
    "The TTP",
    "The Taliban",
    "Al-Qaeda in the Indian Subcontinent",
    "The Haqqani network",
    "Lashkar-e-Taiba",
    "The National Resistance Front",
    "Jamaat-ul-Ahrar",
];

const MEMBERS: &[&str] = &["fighters", "members", "militants", "recruits", "combatants"];

const PLACES: &[&str] = &[
    "Kunar",
    "Nangarhar",
    "Kabul",
    "Herat",
    "Helmand",
    "Badakhshan",
    "Khost",
    "Kandahar",
    "Paktika",
    "Balkh",
    "Bajaur",
    "North Waziristan",
];

const EVENTS: &[&str] =
    &["attacks", "incidents", "arrests", "raids", "explosions", "abductions", "checkpoints"];

const PEOPLE: &[&str] =
    &["displaced people", "refugees", "returnees", "civilians", "households", "children", "detainees"];

const CROPS: &[&str] = &["Opium", "Poppy", "Cannabis", "Wheat", "Saffron"];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const APPROX: &[&str] = &["about", "around", "some", "roughly", "approximately", "nearly"];

const BOUNDS: &[&str] = &["more than", "fewer than", "at least", "up to", "over", "almost"];

const FILLER: &[&str] = &[
    "The situation remains volatile.",
    "Local sources could not confirm the claim.",
    "The group denied any involvement.",
    "Observers expect little change before the winter.",
    "Access for journalists remains restricted.",
    "Reporting from the district is patchy and often late.",
    "Les autorités locales n'ont pas commenté.",
    "The authorities have not published official statistics since the change of government.",
    "Several interlocutors described the security situation as “tense but stable”.",
];

/// Quantities named with `qty=`, each with its one value.
const QUANTITIES: &[(&str, u64, &str)] = &[
    ("ttp-strength", 5000, "members"),
    ("iskp-strength", 3000, "fighters"),
    ("idp-total", 120_000, "displaced people"),
    ("aqis-strength", 400, "fighters"),
    ("hn-strength", 10_000, "fighters"),
];

struct Generator {
    rng: Rng,
    out: String,
    footnote: usize,
}

impl Generator {
    fn front_matter(&mut self) {
        let out = &mut self.out;
        out.push_str("---\n");
        out.push_str("title: \"Afghanistan and Pakistan: armed groups, security and displacement\"\n");
        out.push_str("date: 2026-03-03\n");
        out.push_str("lang: en-GB\n");
        out.push_str("references:\n");
        for n in 1..=SOURCES {
            let title = TITLES[(n - 1) % TITLES.len()];
            let publisher = PUBLISHERS[n % PUBLISHERS.len()];
            let _ = writeln!(out, "- id: src-{n}");
            out.push_str("  type: report\n");
            let _ = writeln!(out, "  title: \"{title} ({n})\"");
            let _ = writeln!(out, "  author: [{{literal: {publisher} {n}}}]");
            let _ = writeln!(out, "  issued: 2026-02-1{}", n % 10);
            let reliability = ["A", "B", "B", "C"][n % 4];
            let credibility = [2, 2, 3, 1][n % 4];
            let _ = writeln!(out, "  reliability: {reliability}");
            let _ = writeln!(out, "  credibility: {credibility}");
            if n > 5 && n % 7 == 0 {
                // Only earlier sources, so `via` never forms a cycle.
                let _ = writeln!(out, "  via: src-{}", n - 5);
            }
        }
        out.push_str("---\n\n");
        out.push_str("# Summary\n\n");
        out.push_str(
            "This report brings together open sources on armed groups in Afghanistan and \
             Pakistan [@src-1; @src-2]. Figures are rounded as in the sources.\n\n",
        );
    }

    fn section(&mut self, n: usize) {
        if n % 5 == 0 {
            let _ = write!(self.out, "## Heading {n} {{#sec-{n}}}\n\n");
        } else {
            let place = self.rng.pick(PLACES);
            let _ = write!(self.out, "## Heading {n}: {place}\n\n");
        }
        let first_note = self.footnote;
        let paragraphs = self.rng.range(2, 5);
        for p in 0..paragraphs {
            self.paragraph();
            if p == 0 && n % 3 == 0 {
                self.list();
            }
        }
        if n % 4 == 0 {
            self.table(n);
        }
        if n % 6 == 0 {
            let _ = write!(self.out, "### Outlook in {}\n\n", self.rng.pick(PLACES));
            self.paragraph();
        }
        for label in first_note..self.footnote {
            self.footnote_definition(label + 1);
        }
    }

    fn paragraph(&mut self) {
        let sentences = self.rng.range(3, 7);
        for i in 0..sentences {
            if i > 0 {
                // Some paragraphs wrap their lines, some are one long line.
                self.out.push(if self.rng.chance(40) { '\n' } else { ' ' });
            }
            self.sentence();
        }
        self.out.push_str("\n\n");
    }

    /// A bracketed citation, with or without a locator or prefix, or nothing (an unsourced
    /// figure) now and then.
    fn citation(&mut self) -> String {
        let a = self.source();
        match self.rng.range(0, 19) {
            0 => String::new(),
            1..=6 => format!(" [@{a}]"),
            7..=11 => format!(" [@{a}, p. {}]", self.rng.range(1, 80)),
            12..=13 => {
                let b = self.source();
                let page = self.rng.range(2, 60);
                format!(" [see @{a}; @{b}, pp. {page}-{}]", page + self.rng.range(1, 4))
            }
            14 => format!(" [-@{a}, chap. {}]", self.rng.range(1, 9)),
            15 => format!(" [@{a}, sec. {}]", self.rng.range(1, 12)),
            _ => {
                let b = self.source();
                format!(" [@{a}; @{b}]")
            }
        }
    }

    fn source(&mut self) -> String {
        format!("src-{}", self.rng.range(1, SOURCES as u64))
    }

    /// A count between `lo` and `hi`, rounded as analysts round.
    fn count(&mut self, lo: u64, hi: u64) -> u64 {
        let n = self.rng.range(lo, hi);
        let step = match n {
            0..=99 => 1,
            100..=999 => 10,
            1000..=9999 => 100,
            _ => 1000,
        };
        (n / step * step).max(1)
    }

    fn year(&mut self) -> u64 {
        self.rng.range(2019, 2025)
    }

    fn sentence(&mut self) {
        let s = match self.rng.range(0, 21) {
            0 => {
                let low = self.count(2_000, 30_000);
                let high = low + self.count(500, 8_000);
                let noun = self.rng.pick(MEMBERS);
                let cite = self.citation();
                format!("Between {} and {} {noun} are active{cite}.", num(low), num(high))
            }
            1 => {
                // Unsourced on purpose.
                let actor = self.rng.pick(ACTORS);
                let approx = self.rng.pick(APPROX);
                let n = self.count(200, 12_000);
                format!("{actor} has {approx} {} {}.", num(n), self.rng.pick(MEMBERS))
            }
            2 => {
                let crop = self.rng.pick(CROPS);
                let verb = self.rng.pick(&["fell", "rose", "dropped", "increased"]);
                let approx = self.rng.pick(APPROX);
                let p = self.rng.range(2, 95);
                let year = self.year();
                let cite = self.citation();
                format!("{crop} cultivation {verb} {approx} {p}% in {year}{cite}.")
            }
            3 => {
                let (key, value, noun) = QUANTITIES[self.rng.range(0, 4) as usize];
                let approx = self.rng.pick(APPROX);
                let place = self.rng.pick(PLACES);
                let cite = self.citation();
                let lead = self.rng.pick(&["", "", "Officials estimate that ", "In all, "]);
                format!("{lead}[{approx} {}]{{qty={key}}} {noun} remain in {place}{cite}.", num(value))
            }
            4 => {
                let source = self.source();
                let page = self.rng.range(1, 40);
                let actor = self.rng.pick(ACTORS);
                let money = self.money();
                format!(
                    "According to @{source} [p. {page}], {} received {money} from foreign donors.",
                    lower_article(actor)
                )
            }
            5 => {
                let km = self.count(40, 2_700);
                let place = self.rng.pick(PLACES);
                let approx = self.rng.pick(APPROX);
                let cite = self.citation();
                format!("The road through {place} runs {approx} {} km{cite}.", num(km))
            }
            6 => {
                let actor = self.rng.pick(ACTORS);
                let n = self.count(3, 400);
                let what = self.rng.pick(EVENTS);
                let month = self.rng.pick(MONTHS);
                let year = self.year();
                self.footnote += 1;
                let label = self.footnote;
                format!("{actor} was linked to {} {what} in {month} {year}[^{label}].", num(n))
            }
            7 => {
                let low = self.count(10, 300);
                let high = low + self.count(5, 200);
                let place = self.rng.pick(PLACES);
                let source = self.source();
                let page = self.rng.range(1, 30);
                format!(
                    "Officials reported {}–{} casualties^[see @{source}, p. {page}] in {place}.",
                    num(low),
                    num(high)
                )
            }
            8 => {
                let approx = self.rng.pick(&["Roughly", "About", "Nearly", "Some"]);
                let p = self.rng.range(5, 80);
                let people = self.rng.pick(PEOPLE);
                let place = self.rng.pick(PLACES);
                let cite = self.citation();
                format!("{approx} {p}% of {people} in {place} live in informal settlements{cite}.")
            }
            9 => {
                let bound = self.rng.pick(BOUNDS);
                let n = self.count(50, 90_000);
                let people = self.rng.pick(PEOPLE);
                let year = self.year();
                let cite = self.citation();
                format!("In {year}, {bound} {} {people} crossed the border{cite}.", num(n))
            }
            10 => {
                let m = self.rng.range(11, 49);
                let people = self.rng.pick(PEOPLE);
                let cite = self.citation();
                format!("An estimated {}.{} million {people} need assistance{cite}.", m / 10, m % 10)
            }
            11 => {
                let source = self.source();
                let actor = self.rng.pick(ACTORS);
                let n = self.count(2, 60);
                format!(
                    "@{source} notes that {} runs {} training camps, a figure others dispute.",
                    lower_article(actor),
                    num(n)
                )
            }
            12 => {
                let money = self.money();
                let place = self.rng.pick(PLACES);
                let cite = self.citation();
                format!("Reconstruction in {place} was budgeted at {money}{cite}.")
            }
            13 => {
                let n = self.count(20, 900);
                let place = self.rng.pick(PLACES);
                let day = self.rng.range(1, 28);
                let month = self.rng.pick(MONTHS);
                let cite = self.citation();
                format!("On {day} {month}, *{} families* fled {place}{cite}.", num(n))
            }
            14 => {
                let hectares = self.count(1_000, 90_000);
                let place = self.rng.pick(PLACES);
                let cite = self.citation();
                format!("Poppy covered {} ha in {place}{cite}.", num(hectares))
            }
            15 => {
                // A backwards range, now and then.
                if self.rng.chance(10) {
                    let high = self.count(600, 900);
                    let low = high - self.count(100, 400);
                    let cite = self.citation();
                    format!("Between {} and {} militants surrendered{cite}.", num(high), num(low))
                } else {
                    let low = self.count(100, 900);
                    let high = low + self.count(50, 500);
                    let cite = self.citation();
                    format!("From {} to {} militants surrendered in the amnesty{cite}.", num(low), num(high))
                }
            }
            16 => {
                let actor = self.rng.pick(ACTORS);
                let approx = self.rng.pick(APPROX);
                let kg = self.count(50, 4_000);
                let cite = self.citation();
                format!("{actor} seized {approx} {} kg of heroin{cite}.", num(kg))
            }
            17 => {
                let source = self.source();
                let place = self.rng.pick(PLACES);
                format!("As @{source} [sec. 2] shows, the front line in {place} has barely moved.")
            }
            _ => self.rng.pick(FILLER).to_string(),
        };
        self.out.push_str(&s);
    }

    fn money(&mut self) -> String {
        let whole = self.rng.range(1, 950);
        let tenth = self.rng.range(0, 9);
        match self.rng.range(0, 4) {
            0 => format!("${whole}.{tenth} million"),
            1 => format!("US${} billion", self.rng.range(1, 12)),
            2 => format!("${}", num(self.count(10_000, 900_000))),
            3 => format!("€{whole} million"),
            _ => format!("USD {whole}.{tenth} million"),
        }
    }

    fn list(&mut self) {
        self.out.push_str("Key developments:\n\n");
        for _ in 0..self.rng.range(3, 5) {
            let place = self.rng.pick(PLACES);
            let item = match self.rng.range(0, 3) {
                0 => {
                    let n = self.count(5, 300);
                    let what = self.rng.pick(EVENTS);
                    let cite = self.citation();
                    format!("{place}: {} {what} recorded{cite}", num(n))
                }
                1 => {
                    let p = self.rng.range(3, 60);
                    let cite = self.citation();
                    format!("{place}: school attendance down {p}%{cite}")
                }
                2 => {
                    let n = self.count(1_000, 40_000);
                    format!("{place}: {} returnees registered", num(n))
                }
                _ => format!("{place}: no significant change"),
            };
            let _ = writeln!(self.out, "- {item}");
        }
        self.out.push('\n');
    }

    fn table(&mut self, n: usize) {
        self.out.push_str("| Province | Fighters | Attacks | Source |\n");
        self.out.push_str("|:---------|---------:|--------:|:-------|\n");
        for _ in 0..self.rng.range(3, 6) {
            let place = self.rng.pick(PLACES);
            let fighters = self.count(100, 6_000);
            let attacks = self.count(1, 250);
            let source = if self.rng.chance(80) { format!("[@{}]", self.source()) } else { String::new() };
            let _ = writeln!(self.out, "| {place} | about {} | {} | {source} |", num(fighters), num(attacks));
        }
        let year = self.year();
        let cite = self.source();
        let _ =
            write!(self.out, "\nTable: Estimated strength and attacks, {year} (table {n}) [@{cite}].\n\n");
    }

    fn footnote_definition(&mut self, label: usize) {
        let source = self.source();
        let page = self.rng.range(1, 120);
        let text = match self.rng.range(0, 2) {
            0 => format!("See @{source} [p. {page}]."),
            1 => format!("Figures compiled from district reports [@{source}, p. {page}]."),
            _ => format!("[@{source}]; the count excludes {} unverified incidents.", self.rng.range(2, 40)),
        };
        let _ = write!(self.out, "[^{label}]: {text}\n\n");
    }
}

/// `12345` → `12,345`.
fn num(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "The TTP" → "the TTP" inside a sentence; names without an article stay as they are.
fn lower_article(actor: &str) -> String {
    match actor.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => actor.to_string(),
    }
}
