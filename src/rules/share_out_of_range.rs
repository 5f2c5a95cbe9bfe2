use super::Context;
use crate::diagnostic::Diagnostic;
use crate::syntax::figure::FigureKind;

declare_rule! {
    /// ## What it does
    /// Flags a percentage above 100 that is a share of something: followed by "of" ("120% of
    /// the force"), after "of whom" or "of which" ("15,000 miners, of whom 120% are
    /// Brazilian"), marked as a part of a quantity (`part-of=`), or a fall ("dropped by 150%";
    /// not the level it fell from: "inflation fell from 140% to 23%"), none of which can exceed
    /// 100%. Growth ("rose 150%", "a 150% increase") is not a share and
    /// is left alone.
    ///
    /// A percentage of a reference quantity is a ratio, which may exceed 100%, and is left
    /// alone too: after "of", skipping determiners and possessives ("the", "its",
    /// "Lebanon's"), years and other numbers ("2023"), hyphenated words ("five-year",
    /// "pre-war") and a few adjectives ("annual", "original", "total", "domestic"…), the first
    /// word names the reference. These are references: a year, month or quarter ("140% of
    /// last year"); a sum pledged or asked for ("120% of the amount pledged"); GDP, GNP, GNI,
    /// output, product; an
    /// average, mean, median, norm, normal, baseline, benchmark, level, peak, figure or
    /// estimate; a target, requirement, goal, quota, plan, budget, allocation, appeal, need,
    /// limit, threshold, cap or ceiling; a guideline, request, objective or demand (singular: "110%
    /// of the requests were granted" is a share); exports, imports, revenue, income, spending,
    /// production, consumption, capacity, nameplate, guidance, places (not "places of …"),
    /// value, price, cost, wage or salary; a rate, size, occupancy, pace, speed or turnover
    /// (singular or plural; a strength, volume or yield may be shared out, and is not one).
    /// The reference may head a compound of up to three nouns ("the conference target"; "the
    /// fighters in the target area" are no compound), a plan may be exceeded ("its planned
    /// beneficiaries", "the targeted population"; "the people it targeted" is still a share),
    /// and so may a rated capacity ("its rated payload", "their design places", "its
    /// authorised strength", "its authorised establishment"; "the design staff" and "the
    /// installed pumps" are shares). So is the same quantity at another time, after a linking
    /// verb ("arrivals were 180% of those recorded in 2024", "prices were 130% of those before
    /// the war", "seizures were 140% of the 2023 haul"; "civilians were 130% of those killed in
    /// 2024" and "120% of the 2023 harvest was lost" are shares). Another
    /// year's total, volume, count or number ("140% of the 2011 total"; "the 2011 graduates"
    /// are a share) and a possessive whose noun is left out ("160% of the previous year's",
    /// "120% of Russia's in the battle") are references too, except after a verb of sharing out ("made up", "accounted for",
    /// "comprise", "represent", "constitute": "women made up 130% of the 2019 total" is a
    /// share). A percentage right after "exceeded" ("exceeding"), "surpassed", "topped", "equalled" or the
    /// verb "number" is a comparison ("arrests surpassed 140% of the detainees held last
    /// year", "refugees now number 130% of the local population"); one right after a linking
    /// verb (was, is, stood at, reached, remained, rose, was put at, was recorded as, …) whose clause names a ratio before
    /// it is a ratio: coverage, occupancy, utilisation, overcrowding, execution, fulfilment,
    /// enrolment or turnout ("administrative coverage was 112% of surviving infants", "coverage of the camp
    /// was 150% of its residents", "occupancy stood at 250% of official places", "turnout of
    /// 112% of registered voters", which observers report as a sign of fraud; the ratio must
    /// head its phrase: "coverage campaigns reached 130% of the children" is a share; aid that
    /// "reaches 110% of households" covers a share of them, casualties that "rose to 120% of
    /// the battalion" are a share of it, and "the media coverage claimed 140% of the
    /// protesters" names no ratio). So "150% of GDP", "140% of the five-year average", "110%
    /// of the 2023 requirement", "120% of its target" and "120% of the funding target" are
    /// ratios, while "120% of the fighters", "150% of the population" and "110% of
    /// households" are shares. A figure written right after "equivalent to", "equal to" or
    /// "the equivalent of" is a ratio whatever follows it ("equivalent to 140% of the force's
    /// size"), and so is one compared with another ("150% higher than in 2023",
    /// "prices fell 150% more than wages", "150% of what it was"). Percentage points and basis
    /// points ("inflation fell 150 percentage points", "a cut of 150 basis points", "250 bp")
    /// are changes of a rate, which may itself exceed 100%, never shares; so is a percentage a
    /// period ("inflation of 117.8% a year", "interest of 150% per annum"). A percentage named
    /// a share or a stake is one ("took a 112% share of Russian crude", "a 120% stake in the
    /// field"; "a 150% share price rise" is not).
    ///
    /// ## Why is this bad?
    /// A share above 100% is impossible; it usually hides a typo, a percentage-point
    /// confusion or a growth figure written as a share.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// Foreign nationals make up 120% of the fighters [@mfa-2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// Foreign nationals make up more than 50% of the fighters [@mfa-2026], whose number rose
    /// 120% since 2021 [@mfa-2026].
    /// ```
    pub struct ShareOutOfRange => "share-out-of-range", Error;
}

const FALLS: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "decreased",
    "decrease",
    "shrank",
    "cut",
    "reduced",
    "lost",
    "lose",
    "loses",
];

/// Words after "of" that name a reference quantity: a percentage of one is a ratio, which
/// may exceed 100%.
const REFERENCES: &[&str] = &[
    "year",
    "month",
    "quarter",
    "gdp",
    "gnp",
    "gni",
    "output",
    "product",
    "average",
    "averages",
    "mean",
    "median",
    "norm",
    "norms",
    "normal",
    "baseline",
    "baselines",
    "benchmark",
    "level",
    "levels",
    "peak",
    "figure",
    "figures",
    "estimate",
    "estimates",
    "target",
    "targets",
    "requirement",
    "requirements",
    "goal",
    "goals",
    "quota",
    "quotas",
    "plan",
    "plans",
    "budget",
    "budgets",
    "allocation",
    "allocations",
    "appeal",
    "need",
    "needs",
    "limit",
    "threshold",
    "ceiling",
    "export",
    "exports",
    "import",
    "imports",
    "revenue",
    "revenues",
    "income",
    "incomes",
    "spending",
    "production",
    "consumption",
    "capacity",
    "value",
    "values",
    "price",
    "prices",
    "cost",
    "costs",
    "wage",
    "wages",
    "salary",
    "salaries",
    "rate",
    "rates",
    "size",
    "sizes",
    "occupancy",
    "pace",
    "speed",
    "speeds",
    "turnover",
    "cap",
    "caps",
    "nameplate",
    "guidance",
    "guideline",
    "request",
    "objective",
    "demand",
    "places",
    // "150% of what it was".
    "what",
];

/// Words between "of" and the noun that say nothing of whether it is a reference:
/// determiners and a few adjectives.
const MODIFIERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "these",
    "those",
    "last",
    "previous",
    "prior",
    "same",
    "current",
    "annual",
    "yearly",
    "monthly",
    "weekly",
    "daily",
    "original",
    "initial",
    "planned",
    "agreed",
    "revised",
    "official",
    "estimated",
    "projected",
    "expected",
    "required",
    "overall",
    "total",
    "combined",
    "nominal",
    "real",
    "gross",
    "net",
    "national",
    "domestic",
    "public",
    "federal",
    "global",
    "regional",
    "seasonal",
    "historical",
    "historic",
    "usual",
    "minimum",
    "maximum",
    "prewar",
    "precrisis",
    "household",
];

/// Whether the words after "of" (`rest`, which starts after it) name a reference quantity:
/// the first word that is not a modifier, a number, a hyphenated word or a possessive is one
/// of the [`REFERENCES`], or is followed by one as the head of a compound ("the conference
/// target", "the vaccination coverage target"), before any punctuation or other word ends the
/// phrase; or a plan qualifies the noun ("its planned beneficiaries").
fn names_a_reference(rest: &str, shared_out: bool) -> bool {
    // Nouns passed over before the head of a compound.
    let mut nouns = 0;
    let mut words = rest.split_whitespace().take(8).peekable();
    while let Some(word) = words.next() {
        let trimmed = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        let ends = trimmed.len() < word.len();
        let lower = trimmed.trim_start_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let possessive = ["'s", "’s", "'", "’"].iter().any(|s| lower.ends_with(s));
        // The two words after this one.
        let mut after = lowered(words.clone());
        let (next, third) = (after.next(), after.next());
        // "Places" are a capacity, but "the places of worship" are places.
        let places_of = lower == "places" && next.as_deref() == Some("of");
        if REFERENCES.contains(&lower.as_str()) && !places_of
            || nouns == 0 && PLANNED.contains(&lower.as_str())
        {
            return true;
        }
        // A rating of a capacity ("its rated payload", "their design places", "its authorised
        // strength"); "the design staff" and "the installed pumps" are no reference.
        if !shared_out
            && nouns == 0
            && !ends
            && RATINGS.contains(&lower.as_str())
            && next.as_deref().is_some_and(|n| RATED.contains(&n))
        {
            return true;
        }
        // Another year's total or volume ("140% of the 2011 total"; "the 2011 graduates" are
        // people), or a possessive with its noun left out ("160% of the previous year's",
        // "120% of Lebanon's").
        let year = is_year(&lower) && !ends && next.as_deref().is_some_and(|n| YEAR_TOTALS.contains(&n));
        // The noun is left out when nothing but punctuation, a citation, a preposition or a
        // time follows ("130% of Iraq's in May", "140% of the host community's", "120% of
        // Russia's over two years", "150% of Kenya's a decade ago"; "the district's over 65s"
        // and "the battalion's last reported strength" name their noun).
        let time_after = |w: &Option<String>| w.as_deref().is_some_and(crate::syntax::figure::is_time_noun);
        let elided = possessive
            && (ends
                || words.clone().next().is_none_or(|next| !next.starts_with(char::is_alphanumeric))
                || next.as_deref().is_some_and(|n| AFTER_ELIDED.contains(&n))
                || matches!(next.as_deref(), Some("per"))
                || matches!(next.as_deref(), Some("over"))
                    && !third.as_deref().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                || matches!(next.as_deref(), Some("a" | "this" | "last" | "next")) && time_after(&third));
        if (year || elided) && !shared_out {
            return true;
        }
        let skipped = MODIFIERS.contains(&lower.as_str())
            || lower.starts_with(|c: char| c.is_ascii_digit())
            || lower.contains('-')
            || possessive;
        // Punctuation ends the phrase: "120% of the fighters, the rest …".
        if ends {
            return false;
        }
        if !skipped {
            nouns += 1;
            // A compound has at most three nouns, and a word such as "in" or "near" ends it:
            // "120% of the fighters in the target area" is a share.
            if nouns > 2
                || !lower.chars().all(|c| c.is_alphabetic())
                || FUNCTION_WORDS.contains(&lower.as_str())
            {
                return false;
            }
        }
    }
    false
}

/// Words after a possessive that show its noun was left out: "Ukraine's losses were 120% of
/// Russia's in the battle".
const AFTER_ELIDED: &[&str] = &["in", "on", "at", "by", "during", "for", "from", "since", "after", "before"];

/// Whether the words after "of" (`rest`) are the same quantity at another time: "those",
/// "that", "the number", "the amount" or "the total", then a word of recording or of time,
/// and, within five words, a year or "earlier", "before", "previously", "ago" ("180% of
/// those recorded in 2024", "130% of that in 2023", "150% of those a decade earlier";
/// "130% of those killed in 2024" and "120% of those who fled earlier" are shares).
fn at_another_time(rest: &str) -> bool {
    let words: Vec<String> = lowered(rest.split_whitespace().take(7)).collect();
    let lead = match words.first().map(String::as_str) {
        Some("those" | "that") => 1,
        Some("the") if words.get(1).is_some_and(|w| matches!(w.as_str(), "number" | "amount" | "total")) => 2,
        _ => return false,
    };
    let recorded = |w: &str| {
        is_year(w)
            || matches!(
                w,
                "recorded"
                    | "reported"
                    | "registered"
                    | "seen"
                    | "made"
                    | "counted"
                    | "observed"
                    | "logged"
                    | "documented"
                    | "issued"
                    | "in"
                    | "during"
                    | "before"
                    | "a"
                    | "two"
                    | "three"
                    | "five"
                    | "ten"
                    | "last"
                    | "previously"
                    | "earlier"
            )
    };
    // ("those in need in 2024" are people; "those in 2019" a time.)
    let in_year = |w: &str| matches!(w, "in" | "during") && words.get(lead + 1).is_some_and(|y| is_year(y));
    words.get(lead).is_some_and(|w| recorded(w) && !matches!(w.as_str(), "in" | "during") || in_year(w))
        && words[lead..].iter().any(|w| another_time(w))
}

/// Whether the noun after "of" (`rest`), past a determiner and a year, names the subject of
/// the clause again at another time: among the words `before` the figure, past the verb
/// right before it, singular and plural alike, with a year or "earlier", "before",
/// "previously", "ago" or "last" in the words after "of" ("the 2024 death toll reached 135%
/// of the toll recorded in 2023", "arrivals were 150% of arrivals in 2019", "the 2024 toll
/// reached 135% of the 2023 toll"; "refugees were 105% of the refugees in Chad" is a share).
fn same_noun_again(rest: &str, before: &[String]) -> bool {
    let words: Vec<String> = lowered(rest.split_whitespace().take(7)).collect();
    let mut at = 0;
    if words.first().is_some_and(|w| matches!(w.as_str(), "the" | "its" | "their" | "this" | "that")) {
        at += 1;
    }
    if words.get(at).is_some_and(|w| is_year(w)) {
        at += 1;
    }
    let Some(noun) = words.get(at).filter(|n| n.len() > 2 && n.chars().all(char::is_alphabetic)) else {
        return false;
    };
    let stem = |w: &str| w.strip_suffix('s').unwrap_or(w).to_owned();
    let at_another_time = words.iter().any(|w| another_time(w) || w == "last");
    at_another_time && before.iter().skip(1).any(|w| stem(w) == stem(noun))
}

/// A word placing a quantity at another time: a year, "earlier", "before", "previously",
/// "ago".
fn another_time(w: &str) -> bool {
    is_year(w) || matches!(w, "earlier" | "before" | "previously" | "ago")
}

/// The words, without the punctuation around them, in lower case.
fn lowered<'a>(words: impl Iterator<Item = &'a str>) -> impl Iterator<Item = String> {
    words.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
}

/// A year written in four digits from 1900 to 2099.
fn is_year(w: &str) -> bool {
    w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the words after "of" (`rest`) are a sum that was pledged or asked for: "the amount
/// pledged", "the sum requested".
fn pledged(rest: &str) -> bool {
    let mut words = lowered(rest.split_whitespace().take(3));
    let mut noun = words.next();
    if matches!(noun.as_deref(), Some("the" | "its" | "their")) {
        noun = words.next();
    }
    matches!(noun.as_deref(), Some("amount" | "sum" | "funding" | "total"))
        && words.next().is_some_and(|w| PLEDGED.contains(&w.as_str()))
}

/// Whether the words after "of" (`rest`) are another year's haul, harvest or catch ("140% of
/// the 2023 haul"), which compares only after a linking verb ("120% of the 2023 harvest was
/// lost" is a share).
fn another_years_haul(rest: &str) -> bool {
    let mut words = lowered(rest.split_whitespace().take(3));
    words.next().as_deref() == Some("the")
        && words.next().is_some_and(|w| is_year(&w))
        && words.next().is_some_and(|w| matches!(w.as_str(), "haul" | "harvest" | "catch"))
}

/// Words that make the noun after them a plan, which may be exceeded.
const PLANNED: &[&str] = &["planned", "targeted", "intended", "budgeted", "envisaged"];

/// Words that rate a capacity ([`RATED`]) after them: "its rated payload", "their design
/// places".
const RATINGS: &[&str] =
    &["rated", "design", "designed", "authorised", "authorized", "permitted", "installed", "nameplate"];

/// What a rating rates.
const RATED: &[&str] = &[
    "capacity",
    "capacities",
    "places",
    "payload",
    "payloads",
    "strength",
    "strengths",
    "output",
    "load",
    "loads",
    "beds",
    "size",
    "throughput",
    "occupancy",
    "power",
    "range",
    "establishment",
];

/// What another year's quantity is, after the year: "140% of the 2011 total".
const YEAR_TOTALS: &[&str] =
    &["total", "totals", "volume", "volumes", "count", "counts", "tally", "amount", "sum", "number"];

/// Words after which a sum is a plan: "120% of the amount pledged".
const PLEDGED: &[&str] = &["pledged", "promised", "requested", "budgeted", "committed", "appealed", "sought"];

/// Words that make a percentage right after them a comparison, which may exceed 100%:
/// "arrests surpassed 140% of the detainees held last year". ("Reached", "rose to" and "at"
/// are not: aid that "reaches 110% of households" covers a share of them, casualties that
/// "rose to 120% of the battalion" are a share of it, and "at 130% of the polling stations"
/// is a place.)
/// So are a count compared with another ("refugees now number 130% of the local population")
/// and a quantity equalled ("ballots cast equalled 104% of registered voters").
const LEVELS: &[&str] = &[
    "exceeded",
    "exceeds",
    "exceed",
    "exceeding",
    "surpassed",
    "surpasses",
    "surpassing",
    "topped",
    "tops",
    "topping",
    "number",
    "numbered",
    "numbers",
    "equalled",
    "equaled",
    "equals",
    "equalling",
    "equaling",
];

/// Verbs that link a ratio named as the subject to the figure right after them: "coverage
/// was 112%", "occupancy stood at 250%".
const LINKING: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "stood",
    "stands",
    "reached",
    "reaches",
    "remained",
    "remains",
    "rose",
    "climbed",
    "increased",
    "hit",
];

/// Adverbs that may stand between a linking verb and the figure: "is now 190%".
const ADVERBS: &[&str] = &["now", "still", "already", "currently", "reportedly", "again"];

/// Words that end a ratio's phrase as its head: "coverage in 2024", "coverage of the camp".
const HEAD_ENDS: &[&str] = &["in", "of", "at", "for", "among", "across", "during", "on"];

/// Verbs of sharing out, right before the figure: "civilians comprise 120% of …".
const SHARE_VERBS: &[&str] = &[
    "comprise",
    "comprises",
    "comprised",
    "represent",
    "represents",
    "represented",
    "constitute",
    "constitutes",
    "constituted",
];

/// Quantities that are themselves ratios and may exceed 100%, named before the figure:
/// "administrative coverage was 112% of surviving infants", "occupancy stood at 250% …".
const RATIO_SUBJECTS: &[&str] = &[
    "coverage",
    "occupancy",
    "utilisation",
    "utilization",
    "overcrowding",
    "execution",
    "fulfilment",
    "fulfillment",
    "turnout",
    "enrolment",
    "enrollment",
];

/// Words that end a compound noun.
const FUNCTION_WORDS: &[&str] = &[
    "in", "on", "at", "by", "near", "for", "from", "to", "with", "within", "across", "around", "under",
    "over", "and", "or", "it", "they", "we", "he", "she", "who", "which", "that", "were", "was", "are", "is",
];

impl ShareOutOfRange {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for info in &ctx.model.figures {
            let f = &info.figure;
            // Percentage points and basis points measure a change of a rate, never a share; nor
            // is a percentage a period ("inflation of 117.8% a year") one: a share has no unit.
            if f.kind != FigureKind::Percent || f.unit.is_some() {
                continue;
            }
            let value = f.high.into_iter().chain(f.low).fold(f64::NEG_INFINITY, f64::max);
            if value <= 100.0 {
                continue;
            }
            let after = ctx.text[f.span.end..].trim_start();
            let of = after.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("of"))
                && after[2..].starts_with(char::is_whitespace);
            // The two words before the figure, read from a short window before it.
            let mut from = f.span.start.saturating_sub(120);
            while !ctx.text.is_char_boundary(from) {
                from -= 1;
            }
            // The words before the figure in its clause, nearest first, read from a short
            // window before it.
            let mut before: Vec<String> = Vec::new();
            for word in ctx.text[from..f.span.start].split_whitespace().rev().take(8) {
                if word.ends_with(['.', ';', ':', '!', '?', ',']) {
                    break;
                }
                before.push(word.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase());
            }
            // A comparison: "surpassed 140% of". The bound may be part of the figure
            // ("exceeded 120%"). After "to" it is no fall ("fell to 150% of").
            let first_word = ctx.text[f.span.start..f.span.end].split_whitespace().next().unwrap_or("");
            // ("The number 130% of …" is a noun.)
            let verb = before.iter().position(|w| !ADVERBS.contains(&w.as_str()));
            let noun = |p: usize| {
                before
                    .get(p + 1)
                    .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "this" | "that" | "its" | "their"))
            };
            let level = verb.is_some_and(|p| LEVELS.contains(&before[p].as_str()) && !noun(p))
                || LEVELS.iter().any(|l| first_word.eq_ignore_ascii_case(l));
            // (Not the level it fell from: "inflation fell from 140% to 23%", "debt service fell
            // from 117% of revenue".)
            let fall = !level
                && before.first().is_none_or(|w| w != "to" && w != "from")
                && before.iter().take(2).any(|w| FALLS.contains(&w.as_str()));
            // A ratio named as the subject of a linking verb right before the figure:
            // "administrative coverage was 112%", "occupancy stood at 250%", "coverage of the
            // camp was 150%" ("the media coverage claimed 140%" is no such subject).
            // ("coverage campaigns reached 130% of the children": the subject is the
            // campaigns; the ratio must head its phrase.)
            let mut near = before.iter().map(String::as_str).skip_while(|w| ADVERBS.contains(w)).peekable();
            if near.peek().is_some_and(|w| matches!(*w, "at" | "to" | "as")) {
                near.next();
                // "was put at 112%", "was recorded as 112%"
                if near.peek().is_some_and(|w| {
                    matches!(
                        *w,
                        "put" | "estimated" | "recorded" | "reported" | "given" | "set" | "calculated"
                    )
                }) {
                    near.next();
                }
            }
            // Or the ratio right before "of" and the figure: "turnout of 112% of registered
            // voters".
            let linked = near.peek().is_some_and(|v| LINKING.contains(v));

            let ratio_subject = near.next().is_some_and(|v| LINKING.contains(&v))
                && before.iter().take(7).enumerate().any(|(p, w)| {
                    RATIO_SUBJECTS.contains(&w.as_str())
                        && p > 0
                        && (LINKING.contains(&before[p - 1].as_str())
                            || HEAD_ENDS.contains(&before[p - 1].as_str()))
                })
                || before.first().is_some_and(|w| w == "of")
                    && before.get(1).is_some_and(|w| RATIO_SUBJECTS.contains(&w.as_str()));
            // A verb of sharing out: "made up", "accounted for", "comprise". After one, only a
            // reference word makes a ratio ("accounts for 150% of GDP"), not another year's
            // total, a possessive without its noun or a rated capacity.
            let shared_out = match (before.get(1).map(String::as_str), before.first().map(String::as_str)) {
                (Some("make" | "makes" | "made" | "making"), Some("up")) => true,
                (Some("account" | "accounts" | "accounted" | "accounting"), Some("for")) => true,
                (_, Some(w)) => SHARE_VERBS.contains(&w),
                _ => false,
            };
            // "150% higher than …": a comparison, whatever the words before say.
            let compared = after.split_whitespace().nth(1).is_some_and(|w| w.eq_ignore_ascii_case("than"));
            let ratio = compared
                || level
                || ratio_subject
                || matches!(
                    (before.get(1).map(String::as_str), before.first().map(String::as_str)),
                    (Some("equivalent" | "equal"), Some("to")) | (Some("equivalent"), Some("of"))
                )
                || of && names_a_reference(&after[2..], shared_out)
                // The same quantity at two times, after a linking verb: "arrivals this year were
                // 180% of those recorded in 2024" ("civilians were 130% of those killed in 2024"
                // is a share).
                || of && linked && !shared_out && at_another_time(&after[2..])
                || of && linked && !shared_out && another_years_haul(&after[2..])
                // The same noun before the verb and after "of": "the 2024 death toll reached
                // 135% of the toll recorded in 2023".
                || of && linked && !shared_out && same_noun_again(&after[2..], &before)
                || of && !shared_out && pledged(&after[2..]);
            // "15,000 miners, of whom 120% are Brazilian": a share of them.
            // (Only before the verb of the clause: "of which 150% growth came from oil" is no share.)
            let of_whom = matches!(
                (before.get(1).map(String::as_str), before.first().map(String::as_str)),
                (Some("of"), Some("whom" | "which" | "them" | "these" | "those"))
            ) && after.split_whitespace().next().is_some_and(|w| {
                matches!(w.to_ascii_lowercase().as_str(), "are" | "were" | "is" | "was" | "have" | "had")
            });
            // "took a 112% share of Russian crude", "a 120% stake in the field": a share by name
            // ("a 150% share price rise" is no share).
            // ("a 120% share of GDP" names a reference.)
            let named_share = {
                let mut words = after.split_whitespace();
                let share = words.next().is_some_and(|w| {
                    let w = w.trim_end_matches([',', '.', ';', ':', ')']).to_ascii_lowercase();
                    matches!(w.as_str(), "share" | "stake")
                });
                let next = words.next();
                share
                    && next.is_none_or(|w| {
                        matches!(w.to_ascii_lowercase().as_str(), "of" | "in" | "for" | "and" | "was" | "is")
                            || !w.starts_with(char::is_alphanumeric)
                    })
                    && !(next.is_some_and(|w| w.eq_ignore_ascii_case("of"))
                        && after.split_once(char::is_whitespace).is_some_and(|(_, rest)| {
                            rest.trim_start().get(2..).is_some_and(|rest| names_a_reference(rest, false))
                        }))
            };
            // A fall is a share of what was there, whatever it is a percentage of ("lost 150%
            // of its value").
            let why = if info.part_of.is_some() {
                "it is marked as a part of a quantity"
            } else if named_share && !compared {
                "it is a share by name"
            } else if ratio && !fall {
                continue;
            } else if (of || of_whom) && !fall {
                "it is a share (\"… of …\")"
            } else if fall {
                "nothing can fall by more than 100%"
            } else {
                continue;
            };
            out.push(Diagnostic::new(
                Self::META.name,
                Self::META.default_severity,
                f.span,
                format!("{} cannot exceed 100%: {why}", ctx.text[f.span.start..f.span.end].trim()),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many findings the rule makes on `text`.
    fn run(text: &str) -> usize {
        crate::rules::sources::run(text, ShareOutOfRange::check).len()
    }

    #[test]
    fn text_after_the_figure_may_start_with_any_character() {
        // "in" and a two-byte "é": three bytes after the figure end inside a character.
        assert_eq!(run("Prices rose 150% inécrease over 2021.\n"), 0);
        assert_eq!(run("Costs fell by 150% ünd more.\n"), 1);
    }

    /// A percentage named a share is one, unless it is a share of a reference; a request, a
    /// guideline, an objective or a demand is a reference, but not several of them.
    #[test]
    fn named_shares_and_more_references() {
        assert_eq!(run("India took a 112% share of Russian seaborne crude.\n"), 1);
        assert_eq!(run("The firm holds a 120% stake in the field.\n"), 1);
        assert_eq!(run("It posted a 150% share price rise.\n"), 0);
        assert_eq!(run("Poland spends 240% of the NATO guideline.\n"), 0);
        assert_eq!(run("Congress appropriated 103% of the President's request.\n"), 0);
        assert_eq!(run("It reached 115% of the 2024 objective.\n"), 0);
        assert_eq!(run("Deliveries met 120% of Ukraine's demand.\n"), 0);
        assert_eq!(run("Public debt rose to a 120% share of GDP.\n"), 0);
        assert_eq!(run("Some 110% of the requests were granted.\n"), 1);
        assert_eq!(run("Civilians made up 130% of the death toll.\n"), 1);
    }

    /// A reference may head a compound, and a plan may be exceeded; a share may not.
    #[test]
    fn compounds_and_plans_are_references() {
        assert_eq!(run("Pledges reached 120% of the conference target.\n"), 0);
        assert_eq!(run("WFP reached 130% of its planned beneficiaries.\n"), 0);
        assert_eq!(run("The cluster reached 112% of its targeted population.\n"), 0);
        assert_eq!(run("They hit 120% of the houses it targeted.\n"), 1);
        assert_eq!(run("They make up 120% of the fighters in the target area.\n"), 1);
        assert_eq!(run("They make up 130% of the people targeted by the militia.\n"), 1);
        assert_eq!(run("They make up 120% of the fighters.\n"), 1);
        assert_eq!(run("Arrivals reached 250% of their pre-crisis rate.\n"), 0);
        assert_eq!(run("The camp grew to 300% of its pre-war size and 330% of its rated occupancy.\n"), 0);
        assert_eq!(run("Conscripts make up 120% of the unit's strength.\n"), 1);
        assert_eq!(run("Smugglers diverted 110% of the volume.\n"), 1);
        assert_eq!(run("They make up 120% of the fighters in the north.\n"), 1);
        assert_eq!(run("They make up 120% of the local militia fighters, a target.\n"), 1);
    }

    /// A level reached, a ratio named before the figure, another year's quantity and a
    /// possessive without its noun make a ratio; a share stays a share.
    #[test]
    fn levels_ratio_subjects_years_and_elided_nouns_are_ratios() {
        assert_eq!(run("Iran's stockpile is now 4,150% of the JCPOA cap.\n"), 0);
        assert_eq!(run("The mine runs at 120% of nameplate.\n"), 0);
        assert_eq!(run("Gold output reached 105% of guidance.\n"), 0);
        assert_eq!(run("The prisons hold 310% of their design places.\n"), 0);
        assert_eq!(run("The rocket carried 115% of its rated payload.\n"), 0);
        assert_eq!(run("Ransoms paid in 2025 came to 140% of the 2011 total.\n"), 0);
        assert_eq!(run("Seizures were 160% of the previous year's.\n"), 0);
        assert_eq!(run("The 2024 death toll reached 135% of the toll recorded in 2023.\n"), 0);
        assert_eq!(run("Arrivals were 150% of arrivals in 2019.\n"), 0);
        assert_eq!(run("The toll reached 135% of the fighters.\n"), 1);
        assert_eq!(run("The 2024 toll reached 135% of the 2023 toll.\n"), 0);
        assert_eq!(run("Refugees were 105% of the refugees in Chad.\n"), 1);
        assert_eq!(run("Civilians made up 130% of the civilians killed.\n"), 1);
        assert_eq!(run("DTP3 administrative coverage was 112% of surviving infants in 2024.\n"), 0);
        assert_eq!(run("Exports fell to 150% of the pre-war figure.\n"), 0);
        assert_eq!(run("Casualties rose to 120% of the strength of the battalion.\n"), 1);
        assert_eq!(run("Bed occupancy is high [@a]. Some 120% of the occupants were children.\n"), 1);
        assert_eq!(run("Exports fell by 150% of the fighters.\n"), 1);
        assert_eq!(run("Aid reaches 110% of households.\n"), 1);
        assert_eq!(run("Arrests surpassed 140% of the detainees held last year.\n"), 0);
        assert_eq!(run("Displaced people rose to 45,000, exceeding 250% of the camp population.\n"), 0);
        assert_eq!(run("The zones hold 15,000 miners, of whom 120% are Brazilian.\n"), 1);
        assert_eq!(run("Sales rose, of which 150% growth came from oil.\n"), 0);
        assert_eq!(run("Turnout was put at 112% of registered voters.\n"), 0);
        assert_eq!(run("Turnout was recorded as 112% of registered voters.\n"), 0);
        assert_eq!(run("Casualties exceeded 120% of the garrison's peacetime losses.\n"), 0);
        assert_eq!(run("The layoffs hit 150% of the design staff.\n"), 1);
        assert_eq!(run("Some 120% of the 2011 graduates were unemployed.\n"), 1);
        assert_eq!(run("At 130% of the polling stations, observers saw fraud.\n"), 1);
        assert_eq!(run("The media coverage claimed 140% of the protesters were armed.\n"), 1);
        assert_eq!(run("Coverage rose sharply, and 120% of the fighters deserted.\n"), 1);
        assert_eq!(run("Attacks damaged 140% of the places of worship.\n"), 1);
        assert_eq!(run("Prison occupancy stood at 250% of official places.\n"), 0);
        assert_eq!(run("Bed occupancy stood at 140% of available beds.\n"), 0);
        assert_eq!(run("DTP3 coverage in 2024 reached 120% of the estimated births.\n"), 0);
        assert_eq!(run("Coverage of the camp was 150% of its residents.\n"), 0);
        assert_eq!(run("Camp occupancy is now 190% of its residents.\n"), 0);
        assert_eq!(run("Vaccine coverage campaigns reached 130% of the children.\n"), 1);
        // After a verb of sharing out, only a reference word makes a ratio.
        assert_eq!(run("Women made up 130% of the 2019 total.\n"), 1);
        assert_eq!(run("Civilians accounted for 140% of the 2024 count.\n"), 1);
        assert_eq!(run("Syrians made up 120% of Lebanon's.\n"), 1);
        assert_eq!(run("Conscripts comprise 120% of the authorised strength.\n"), 1);
        assert_eq!(run("Debt accounts for 150% of GDP.\n"), 0);
        assert_eq!(run("They make up 120% of the unit's fighters.\n"), 1);
        assert_eq!(run("Coverage was high. They make up 120% of the fighters.\n"), 1);
    }

    /// Turnout is a ratio; a count compared with another group, a quantity equalled and a
    /// possessive whose noun is left out before a preposition make ratios.
    #[test]
    fn turnout_comparisons_and_possessives_before_a_preposition_are_ratios() {
        assert_eq!(run("Turnout in 12 Chechen precincts was 107% of the registered electorate.\n"), 0);
        assert_eq!(run("Observers recorded turnout of 112% of registered voters at 40 stations.\n"), 0);
        assert_eq!(run("Ballots cast equalled 104% of registered voters.\n"), 0);
        assert_eq!(run("In Arsal, refugees now number 130% of the local population.\n"), 0);
        assert_eq!(run("Ukraine's losses were 120% of Russia's in the battle.\n"), 0);
        assert_eq!(run("The camp's population is 140% of the host community's.\n"), 0);
        assert_eq!(run("China's fleet is now 120% of the US Navy's.\n"), 0);
        // Still shares.
        assert_eq!(run("Turnout campaigns reached 130% of the voters.\n"), 1);
        assert_eq!(run("The number 130% of the voters is wrong.\n"), 1);
        assert_eq!(run("They killed 120% of Russia's soldiers in the battle.\n"), 1);
        assert_eq!(run("Syrians made up 120% of Lebanon's in 2024.\n"), 1);
        assert_eq!(run("Some 110% of the district's over 65s lived alone.\n"), 1);
        assert_eq!(run("Strength reached 120% of the regiment's a year earlier.\n"), 0);
        assert_eq!(run("Losses are 120% of Russia's over two years.\n"), 0);
        assert_eq!(run("Casualties reached 120% of the battalion's last reported strength.\n"), 1);
        // Another time, a rated establishment, enrolment, a year's haul, a number or amount.
        assert_eq!(run("Arrivals this year were 180% of those recorded in 2024.\n"), 0);
        assert_eq!(run("Seizures were 140% of last year.\n"), 0);
        assert_eq!(run("The force stood at 104% of its authorised establishment.\n"), 0);
        assert_eq!(run("Gross enrolment in the camps was 112% of the school-age population.\n"), 0);
        assert_eq!(run("Seizures in 2024 were 130% of the 2023 haul.\n"), 0);
        assert_eq!(run("Aid reached 120% of the amount pledged.\n"), 0);
        assert_eq!(run("Some 120% of those killed in 2024 were civilians.\n"), 1);
        assert_eq!(run("Some 120% of those killed were civilians.\n"), 1);
        assert_eq!(run("Civilians were 130% of those killed in 2024.\n"), 1);
        assert_eq!(run("Vaccination teams reached 120% of those eligible in 2023.\n"), 1);
        assert_eq!(run("Foreign fighters made up 120% of the total number of fighters.\n"), 1);
        assert_eq!(run("Some 130% of the number plates seized were forged.\n"), 1);
        assert_eq!(run("Some 120% of the 2023 harvest was lost to locusts.\n"), 1);
        assert_eq!(run("Arrivals this year were 180% of the number recorded in 2024.\n"), 0);
        assert_eq!(run("Food prices stood at 180% of those in 2019.\n"), 0);
        assert_eq!(run("Aid stood at 120% of those in need in 2024.\n"), 1);
    }

    /// "of" at the end of a line is still "of".
    #[test]
    fn a_line_break_may_follow_of() {
        assert_eq!(run("They make up 120% of\nthe fighters.\n"), 1);
        assert_eq!(run("Debt stood at 150% of\nGDP.\n"), 0);
    }
}
