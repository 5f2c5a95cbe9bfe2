//! The figure parser: walks the tokens once, and at each number (or spelled-out number with a
//! magnitude) reads the quantity, the words before it (approximators, bounds, `between`,
//! `from`), a range tail, bounds after it and the counted noun, or decides it is not a figure
//! (a year, a date, an identifier…) and skips it.

use super::lex::{Gap, Kind, Tok};
use super::lexicon as lx;
use super::{Figure, FigureKind, Units};
use crate::text::Span;
use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bound {
    /// "more than 500": the number is the lower end.
    Lower,
    /// "up to 500": the number is the upper end.
    Upper,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Effect {
    Approx,
    Bound(Bound),
    Between,
    From,
    Modifier,
}

/// Phrases read before a number. The flag says the phrase only ever introduces a quantity,
/// so a year-like number after it is a count ("more than 2000"), unlike "around 2000".
const PREFIXES: &[(&[&str], Effect, bool)] = &[
    (&["at", "least", "or", "equal", "to"], Effect::Bound(Bound::Lower), true),
    // ("would leave the force at or below 4,100")
    (&["at", "or", "below"], Effect::Bound(Bound::Upper), true),
    (&["at", "or", "under"], Effect::Bound(Bound::Upper), true),
    (&["at", "or", "above"], Effect::Bound(Bound::Lower), true),
    (&["at", "or", "over"], Effect::Bound(Bound::Lower), true),
    (&["at", "most", "or", "equal", "to"], Effect::Bound(Bound::Upper), true),
    (&["more", "than", "or", "equal", "to"], Effect::Bound(Bound::Lower), true),
    (&["greater", "than", "or", "equal", "to"], Effect::Bound(Bound::Lower), true),
    (&["higher", "than", "or", "equal", "to"], Effect::Bound(Bound::Lower), true),
    (&["less", "than", "or", "equal", "to"], Effect::Bound(Bound::Upper), true),
    (&["fewer", "than", "or", "equal", "to"], Effect::Bound(Bound::Upper), true),
    (&["smaller", "than", "or", "equal", "to"], Effect::Bound(Bound::Upper), true),
    (&["lower", "than", "or", "equal", "to"], Effect::Bound(Bound::Upper), true),
    (&["equal", "to", "or", "more", "than"], Effect::Bound(Bound::Lower), true),
    (&["equal", "to", "or", "greater", "than"], Effect::Bound(Bound::Lower), true),
    (&["equal", "to", "or", "higher", "than"], Effect::Bound(Bound::Lower), true),
    (&["equal", "to", "or", "less", "than"], Effect::Bound(Bound::Upper), true),
    (&["equal", "to", "or", "fewer", "than"], Effect::Bound(Bound::Upper), true),
    (&["equal", "to", "or", "lower", "than"], Effect::Bound(Bound::Upper), true),
    (&["equal", "to", "or", "smaller", "than"], Effect::Bound(Bound::Upper), true),
    (&["greater", "or", "equal", "than"], Effect::Bound(Bound::Lower), true),
    (&["greater", "or", "equal", "to"], Effect::Bound(Bound::Lower), true),
    (&["bigger", "or", "equal", "than"], Effect::Bound(Bound::Lower), true),
    (&["higher", "or", "equal", "than"], Effect::Bound(Bound::Lower), true),
    (&["larger", "or", "equal", "than"], Effect::Bound(Bound::Lower), true),
    (&["more", "or", "equal", "than"], Effect::Bound(Bound::Lower), true),
    (&["smaller", "or", "equal", "than"], Effect::Bound(Bound::Upper), true),
    (&["less", "or", "equal", "than"], Effect::Bound(Bound::Upper), true),
    (&["lower", "or", "equal", "than"], Effect::Bound(Bound::Upper), true),
    (&["fewer", "or", "equal", "than"], Effect::Bound(Bound::Upper), true),
    (&["in", "the", "region", "of"], Effect::Approx, true),
    (&["on", "the", "order", "of"], Effect::Approx, true),
    (&["of", "the", "order", "of"], Effect::Approx, true),
    (&["in", "excess", "of"], Effect::Bound(Bound::Lower), true),
    (&["no", "fewer", "than"], Effect::Bound(Bound::Lower), true),
    (&["no", "less", "than"], Effect::Bound(Bound::Lower), true),
    (&["not", "less", "than"], Effect::Bound(Bound::Lower), true),
    (&["not", "fewer", "than"], Effect::Bound(Bound::Lower), true),
    (&["no", "lower", "than"], Effect::Bound(Bound::Lower), true),
    (&["no", "more", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "longer", "than"], Effect::Bound(Bound::Upper), true),
    // Sizes: "sites no bigger than 2 ha", "boats no larger than 12 m".
    (&["no", "bigger", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "larger", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "wider", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "taller", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "heavier", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "deeper", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "smaller", "than"], Effect::Bound(Bound::Lower), true),
    (&["no", "lighter", "than"], Effect::Bound(Bound::Lower), true),
    // ("They fire six or seven rounds, never more than 12.")
    (&["never", "more", "than"], Effect::Bound(Bound::Upper), true),
    (&["never", "less", "than"], Effect::Bound(Bound::Lower), true),
    (&["never", "fewer", "than"], Effect::Bound(Bound::Lower), true),
    (&["not", "longer", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "shorter", "than"], Effect::Bound(Bound::Lower), true),
    (&["no", "older", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "younger", "than"], Effect::Bound(Bound::Lower), true),
    (&["not", "shorter", "than"], Effect::Bound(Bound::Lower), true),
    (&["not", "more", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "higher", "than"], Effect::Bound(Bound::Upper), true),
    (&["no", "greater", "than"], Effect::Bound(Bound::Upper), true),
    (&["a", "minimum", "of"], Effect::Bound(Bound::Lower), true),
    // ("gives a lower bound of 853")
    (&["a", "lower", "bound", "of"], Effect::Bound(Bound::Lower), true),
    (&["an", "upper", "bound", "of"], Effect::Bound(Bound::Upper), true),
    (&["a", "maximum", "of"], Effect::Bound(Bound::Upper), true),
    (&["as", "many", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "much", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "high", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "few", "as"], Effect::Bound(Bound::Lower), true),
    (&["as", "little", "as"], Effect::Bound(Bound::Lower), true),
    (&["as", "low", "as"], Effect::Bound(Bound::Lower), true),
    // Sizes: "as deep as 1.2 m", "as far as 300 km", "as short as 2 hours".
    (&["as", "deep", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "far", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "long", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "wide", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "tall", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "large", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "big", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "heavy", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "great", "as"], Effect::Bound(Bound::Upper), true),
    (&["as", "short", "as"], Effect::Bound(Bound::Lower), true),
    (&["as", "shallow", "as"], Effect::Bound(Bound::Lower), true),
    (&["as", "small", "as"], Effect::Bound(Bound::Lower), true),
    (&["as", "narrow", "as"], Effect::Bound(Bound::Lower), true),
    (&["not", "to", "exceed"], Effect::Bound(Bound::Upper), true),
    (&["more", "than"], Effect::Bound(Bound::Lower), true),
    (&["greater", "than"], Effect::Bound(Bound::Lower), true),
    (&["larger", "than"], Effect::Bound(Bound::Lower), true),
    (&["bigger", "than"], Effect::Bound(Bound::Lower), true),
    (&["higher", "than"], Effect::Bound(Bound::Lower), true),
    (&["longer", "than"], Effect::Bound(Bound::Lower), true),
    (&["shorter", "than"], Effect::Bound(Bound::Upper), true),
    // Sizes: "ice thicker than 2 m", "waters deeper than 200 m".
    (&["thicker", "than"], Effect::Bound(Bound::Lower), true),
    (&["deeper", "than"], Effect::Bound(Bound::Lower), true),
    (&["taller", "than"], Effect::Bound(Bound::Lower), true),
    (&["wider", "than"], Effect::Bound(Bound::Lower), true),
    (&["heavier", "than"], Effect::Bound(Bound::Lower), true),
    (&["thinner", "than"], Effect::Bound(Bound::Upper), true),
    (&["shallower", "than"], Effect::Bound(Bound::Upper), true),
    (&["narrower", "than"], Effect::Bound(Bound::Upper), true),
    (&["lighter", "than"], Effect::Bound(Bound::Upper), true),
    (&["older", "than"], Effect::Bound(Bound::Lower), true),
    (&["younger", "than"], Effect::Bound(Bound::Upper), true),
    // Slopes, distances, speeds, temperatures and prices: "slopes steeper than 40 degrees",
    // "zones closer than 20 km to the ports", "winds faster than 120 km/h".
    (&["steeper", "than"], Effect::Bound(Bound::Lower), true),
    (&["closer", "than"], Effect::Bound(Bound::Upper), true),
    (&["nearer", "than"], Effect::Bound(Bound::Upper), true),
    (&["faster", "than"], Effect::Bound(Bound::Lower), true),
    (&["slower", "than"], Effect::Bound(Bound::Upper), true),
    (&["hotter", "than"], Effect::Bound(Bound::Lower), true),
    (&["colder", "than"], Effect::Bound(Bound::Upper), true),
    (&["cheaper", "than"], Effect::Bound(Bound::Upper), true),
    (&["at", "least"], Effect::Bound(Bound::Lower), true),
    // "for at least another 12 months", "more than another 300", "up to another 5,000".
    (&["at", "least", "another"], Effect::Bound(Bound::Lower), true),
    // "at least a 15% rise", "more than a 20% drop": a bound on the change ("no more than a 5%
    // loss" is at most; "went up to a 12-year high" is no bound).
    (&["no", "more", "than", "a"], Effect::Bound(Bound::Upper), false),
    (&["not", "more", "than", "a"], Effect::Bound(Bound::Upper), false),
    (&["no", "less", "than", "a"], Effect::Bound(Bound::Lower), false),
    (&["at", "least", "a"], Effect::Bound(Bound::Lower), false),
    (&["more", "than", "a"], Effect::Bound(Bound::Lower), false),
    (&["less", "than", "a"], Effect::Bound(Bound::Upper), false),
    (&["more", "than", "another"], Effect::Bound(Bound::Lower), true),
    (&["up", "to", "another"], Effect::Bound(Bound::Upper), true),
    // "buy up to a further 20%", "at least a further 3,000".
    (&["up", "to", "a", "further"], Effect::Bound(Bound::Upper), true),
    (&["at", "least", "a", "further"], Effect::Bound(Bound::Lower), true),
    (&["more", "than", "a", "further"], Effect::Bound(Bound::Lower), true),
    (&["no", "more", "than", "a", "further"], Effect::Bound(Bound::Upper), true),
    (&["not", "more", "than", "a", "further"], Effect::Bound(Bound::Upper), true),
    (&["no", "fewer", "than", "a", "further"], Effect::Bound(Bound::Lower), true),
    (&["no", "less", "than", "a", "further"], Effect::Bound(Bound::Lower), true),
    (&["upwards", "of"], Effect::Bound(Bound::Lower), true),
    (&["upward", "of"], Effect::Bound(Bound::Lower), true),
    (&["minimum", "of"], Effect::Bound(Bound::Lower), true),
    // ("a minimum 20% carried interest", "a maximum 5% stake")
    (&["a", "minimum"], Effect::Bound(Bound::Lower), true),
    (&["a", "maximum"], Effect::Bound(Bound::Upper), true),
    (&["north", "of"], Effect::Bound(Bound::Lower), true),
    (&["fewer", "than"], Effect::Bound(Bound::Upper), true),
    (&["less", "than"], Effect::Bound(Bound::Upper), true),
    (&["lower", "than"], Effect::Bound(Bound::Upper), true),
    (&["smaller", "than"], Effect::Bound(Bound::Upper), true),
    (&["at", "most"], Effect::Bound(Bound::Upper), true),
    (&["up", "to"], Effect::Bound(Bound::Upper), false),
    // ("Royalties are capped at 3%", "visits limited to 2 a week"; "capped at 2019 levels"
    // keeps its year.)
    (&["capped", "at"], Effect::Bound(Bound::Upper), false),
    (&["limited", "to"], Effect::Bound(Bound::Upper), false),
    // ("the downtime can stretch to 36 hours": as far as, at most)
    (&["can", "stretch", "to"], Effect::Bound(Bound::Upper), false),
    (&["could", "stretch", "to"], Effect::Bound(Bound::Upper), false),
    (&["may", "stretch", "to"], Effect::Bound(Bound::Upper), false),
    (&["maximum", "of"], Effect::Bound(Bound::Upper), true),
    (&["not", "exceeding"], Effect::Bound(Bound::Upper), true),
    (&["shy", "of"], Effect::Bound(Bound::Upper), true),
    (&[">", "="], Effect::Bound(Bound::Lower), true),
    (&["<", "="], Effect::Bound(Bound::Upper), true),
    (&["an", "estimated"], Effect::Approx, true),
    // "in the order of 4,000–5,000 t", "on the order of 10%".
    (&["in", "the", "order", "of"], Effect::Approx, true),
    (&["on", "the", "order", "of"], Effect::Approx, true),
    (&["of", "the", "order", "of"], Effect::Approx, true),
    // "(estimated cost £120k–£150k)", "estimated value $2m".
    (&["estimated", "cost"], Effect::Approx, true),
    (&["estimated", "costs"], Effect::Approx, true),
    (&["estimated", "value"], Effect::Approx, true),
    // "estimated costs of $25 million a month".
    (&["estimated", "cost", "of"], Effect::Approx, true),
    (&["estimated", "costs", "of"], Effect::Approx, true),
    (&["estimated", "value", "of"], Effect::Approx, true),
    // "is contesting roughly another 110", "about another 20".
    (&["roughly", "another"], Effect::Approx, true),
    // ("at roughly a 55% probability", "meets roughly every 3 months": only adverbs before
    // `a`, since "about a 5-year plan" and "around a 3 km perimeter" are prepositions.)
    (&["roughly", "a"], Effect::Approx, true),
    (&["approximately", "a"], Effect::Approx, true),
    (&["almost", "a"], Effect::Approx, true),
    (&["nearly", "a"], Effect::Approx, true),
    (&["roughly", "every"], Effect::Approx, true),
    (&["about", "every"], Effect::Approx, true),
    (&["approximately", "every"], Effect::Approx, true),
    (&["about", "another"], Effect::Approx, true),
    (&["around", "another"], Effect::Approx, true),
    (&["approximately", "another"], Effect::Approx, true),
    (&["nearly", "another"], Effect::Approx, true),
    (&["almost", "another"], Effect::Approx, true),
    // ("with perhaps another 2,000 in support roles")
    (&["perhaps", "another"], Effect::Approx, true),
    (&["maybe", "another"], Effect::Approx, true),
    (&["an", "approximate"], Effect::Approx, true),
    (&["estimated", "at"], Effect::Approx, true),
    (&["close", "to"], Effect::Approx, true),
    // ("moved something like 86,000 litres a week")
    (&["something", "like"], Effect::Approx, true),
    (&["closer", "to"], Effect::Approx, true),
    (&["just", "about"], Effect::Approx, false),
    (&["approx", "."], Effect::Approx, true),
    (&["ca", "."], Effect::Approx, false),
    (&["c", "."], Effect::Approx, false),
    (&["est", ".", "at"], Effect::Approx, true),
    (&["est", "."], Effect::Approx, false),
    (&["a", "little"], Effect::Modifier, false),
    (&["a", "bit"], Effect::Modifier, false),
    (&["over"], Effect::Bound(Bound::Lower), false),
    (&["above"], Effect::Bound(Bound::Lower), false),
    (&["exceeding"], Effect::Bound(Bound::Lower), true),
    (&["exceeds"], Effect::Bound(Bound::Lower), true),
    (&["exceeded"], Effect::Bound(Bound::Lower), true),
    (&["exceed"], Effect::Bound(Bound::Lower), true),
    (&["surpassing"], Effect::Bound(Bound::Lower), true),
    (&["surpassed"], Effect::Bound(Bound::Lower), true),
    (&["surpasses"], Effect::Bound(Bound::Lower), true),
    (&["surpass"], Effect::Bound(Bound::Lower), true),
    // "costs passed €100 million", "had topped 40%"; not before a counted noun, "passed 12
    // bills" (see `Parser::prefix`).
    (&["passed"], Effect::Bound(Bound::Lower), false),
    // "just 3 crossed 10 million users"; not "crossed 3 borders" (as `passed`).
    (&["crossed"], Effect::Bound(Bound::Lower), false),
    (&["topped"], Effect::Bound(Bound::Lower), false),
    // ("the salary bill topping $3.2bn"; as `topped`)
    (&["topping"], Effect::Bound(Bound::Lower), false),
    // "will top 300", "could pass 2,800 tonnes", "Exports now top 40%": the present only after
    // a modal, `to` or a subject (see `Parser::prefix`); "the top 10 donors" is no bound.
    (&["top"], Effect::Bound(Bound::Lower), false),
    (&["tops"], Effect::Bound(Bound::Lower), false),
    (&["pass"], Effect::Bound(Bound::Lower), false),
    (&["passes"], Effect::Bound(Bound::Lower), false),
    // "rose past 10,000", "push deaths past 1,500": only after a verb of moving or pushing
    // (see `Parser::past_is_bound`); "the past 12 months" is a time.
    (&["past"], Effect::Bound(Bound::Lower), false),
    (&["past", "a", "further"], Effect::Bound(Bound::Lower), true),
    (&["past", "another"], Effect::Bound(Bound::Lower), true),
    (&[">"], Effect::Bound(Bound::Lower), true),
    (&["≥"], Effect::Bound(Bound::Lower), true),
    (&["under"], Effect::Bound(Bound::Upper), false),
    // "within 150 km of the border", "within 24 hours": no farther or longer than.
    (&["within"], Effect::Bound(Bound::Upper), false),
    // "slid beyond 100 per dollar": only after a verb of moving or pushing, as `past` (see
    // `Parser::past_is_bound`); "Beyond 300 tanks, Poland ordered …" means besides.
    (&["beyond"], Effect::Bound(Bound::Lower), false),
    (&["below"], Effect::Bound(Bound::Upper), false),
    (&["<"], Effect::Bound(Bound::Upper), true),
    (&["≤"], Effect::Bound(Bound::Upper), true),
    (&["about"], Effect::Approx, false),
    (&["around"], Effect::Approx, false),
    (&["approximately"], Effect::Approx, true),
    (&["approx"], Effect::Approx, true),
    (&["roughly"], Effect::Approx, true),
    (&["some"], Effect::Approx, true),
    (&["estimated"], Effect::Approx, true),
    (&["nearly"], Effect::Approx, true),
    (&["almost"], Effect::Approx, true),
    // ("a cost approaching one billion dollars", "deaths nearing 3,900": close below.)
    (&["approaching"], Effect::Approx, false),
    (&["nearing"], Effect::Approx, false),
    // ("debt is projected to approach 53%", "deaths approached 1,000", "the toll nears 300")
    (&["approach"], Effect::Approx, false),
    (&["approaches"], Effect::Approx, false),
    (&["approached"], Effect::Approx, false),
    (&["nears"], Effect::Approx, false),
    (&["neared"], Effect::Approx, false),
    (&["circa"], Effect::Approx, false),
    (&["near"], Effect::Approx, false),
    (&["nearer"], Effect::Approx, false),
    (&["perhaps"], Effect::Approx, false),
    (&["maybe"], Effect::Approx, false),
    (&["~"], Effect::Approx, true),
    (&["≈"], Effect::Approx, true),
    (&["between"], Effect::Between, false),
    (&["from"], Effect::From, false),
    (&["just"], Effect::Modifier, false),
    (&["well"], Effect::Modifier, false),
    (&["slightly"], Effect::Modifier, false),
    (&["far"], Effect::Modifier, false),
    (&["much"], Effect::Modifier, false),
    (&["somewhat"], Effect::Modifier, false),
    (&["substantially"], Effect::Modifier, false),
    (&["significantly"], Effect::Modifier, false),
    (&["considerably"], Effect::Modifier, false),
    (&["marginally"], Effect::Modifier, false),
    (&["barely"], Effect::Modifier, false),
];

/// How a street's name written in one word ends, in the Low Countries, Germany and Scandinavia
/// ("Damrak-straat", "Hauptstraße", "Drammensveien", "Storgata"): a house number stands before
/// or after it.
const STREET_SUFFIXES: &[&str] = &[
    "straat", "weg", "laan", "kaai", "kade", "plein", "gracht", "strasse", "straße", "gasse", "platz",
    "allee", "veien", "vegen", "gata", "gatan", "vägen", "vej", "gade",
];

/// A one-word approximator or bound of [`PREFIXES`]: "about", "nearly", "over", "under".
fn hedge_word(lower: &str) -> bool {
    prefixes_ending_with(lower)
        .iter()
        .any(|&(_, i)| PREFIXES[i].0.len() == 1 && matches!(PREFIXES[i].1, Effect::Approx | Effect::Bound(_)))
}

/// A span of time a count is made over or per: the time nouns and `night` ("per night", "the
/// 92 nights of the period").
fn is_span_of_time(lower: &str) -> bool {
    lx::is_time_noun(lower) || matches!(lower, "night" | "nights" | "second" | "seconds")
}

/// A verb of a level staying where it is, before `at`: "deaths remained high at 207".
fn stayed_at(lower: &str) -> bool {
    matches!(
        lower,
        "remained"
            | "stood"
            | "stayed"
            | "held"
            | "hovered"
            | "continue"
            | "continues"
            | "continued"
            | "running"
            | "ran"
            | "runs"
    )
}

/// An adjective of where a level stayed, between [`stayed_at`]'s verb and `at`.
fn stays_at(lower: &str) -> bool {
    matches!(lower, "high" | "low" | "steady" | "stable" | "flat" | "unchanged")
}

/// The letters that write a currency, glued to its number or apart, only where the text or
/// the report's title names its country (see [`Parser::letter_currency_named`]): the
/// quetzal's `Q`, the lempira's `L`, the kyat's, the kina's and the kwacha's `K`, the lek's
/// `ALL`, the leone's `Le`, the pula's `P`, the ariary's `Ar`, the lilangeni's `E`, the loti's
/// `M`, the Yemeni rial's `YR`, the dalasi's `D` and, apart, the rand's `R`.
const LETTER_CURRENCIES: &[&str] = &["Q", "L", "K", "ALL", "TOP", "Le", "P", "Ar", "E", "M", "YR", "D", "R"];

/// A count's unit that is a rate per a power of ten of people (see `Parser::per_population`):
/// `murder/100k`, `/1k`, `death/10k/d`.
fn is_rate_per_base(unit: &str) -> bool {
    unit.split('/').skip(1).any(|part| RATE_BASES.iter().any(|(_, base)| *base == part))
}

/// The powers of ten a rate of people is given per, as written after `per` and as the unit
/// writes them (see `Parser::per_population`).
const RATE_BASES: [(&str, &str); 7] = [
    ("1,000", "1k"),
    ("1000", "1k"),
    ("10,000", "10k"),
    ("10000", "10k"),
    ("100,000", "100k"),
    ("100000", "100k"),
    ("million", "1M"),
];

/// Whether unit `b` is unit `a` a period, or per something: `t` and `t/yr`, `GWh` and `GWh/yr`.
fn period_of(a: Option<&str>, b: Option<&str>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if !a.contains('/') && b.strip_prefix(a).is_some_and(|rest| rest.starts_with('/')))
}

/// The prefix phrases sorted by last word, longest first within a last word: a prefix is
/// looked up by the word right before the number instead of trying every phrase.
fn prefixes_ending_with(last: &str) -> &'static [(&'static str, usize)] {
    /// The sorted phrases split by the first byte and length (up to 15) of their last word,
    /// each bucket in the sorted order: the phrases of one last word are a run in its bucket.
    struct Index {
        buckets: Vec<Vec<(&'static str, usize)>>,
    }
    fn key(w: &str) -> usize {
        usize::from(w.as_bytes().first().copied().unwrap_or(0)) * 16 + w.len().min(15)
    }
    static INDEX: OnceLock<Index> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut sorted: Vec<(&'static str, usize)> =
            PREFIXES.iter().enumerate().map(|(i, (words, _, _))| (words[words.len() - 1], i)).collect();
        sorted.sort_by(|a, b| {
            a.0.cmp(b.0).then(PREFIXES[b.1].0.len().cmp(&PREFIXES[a.1].0.len())).then(a.1.cmp(&b.1))
        });
        let mut buckets = vec![Vec::new(); 256 * 16];
        for &(w, i) in &sorted {
            buckets[key(w)].push((w, i));
        }
        Index { buckets }
    });
    let bucket = &index.buckets[key(last)];
    let Some(from) = bucket.iter().position(|(w, _)| *w == last) else { return &[] };
    let to = from + bucket[from..].iter().take_while(|(w, _)| *w == last).count();
    &bucket[from..to]
}

/// A currency sign or word several countries share, which the country its clause names (or
/// the code the report writes) settles: see [`Parser::shared_currency`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shared {
    /// `Rs`, rupees: India's, Pakistan's, Nepal's or Sri Lanka's.
    Rupee,
    /// `¥`: Japan's or China's.
    Yen,
    Peso,
    /// Rials: Iran's, Yemen's or Oman's.
    Rial,
    Franc,
    /// Lei: Romania's or Moldova's (Romania's unless the clause says otherwise).
    Leu,
    /// CFA francs: West Africa's (`XOF`, unless the clause says otherwise) or Central Africa's
    /// (`XAF`).
    Cfa,
    /// `C$`: Canada's dollar or Nicaragua's córdoba (Canada's unless the clause says otherwise).
    CDollar,
    /// Dinars: Jordan's, Iraq's, Kuwait's, Bahrain's, Libya's, Tunisia's, Algeria's or Serbia's
    /// (none unless the clause or the report says which).
    Dinar,
    /// Shillings and `Sh`: Kenya's, Uganda's, Tanzania's or Somalia's (none unless the clause or
    /// the report says which).
    Shilling,
}

impl Shared {
    /// The family's codes, as a clause writes them in capitals.
    fn codes(self) -> &'static [&'static str] {
        match self {
            Shared::Rupee => super::RUPEE_CODES,
            Shared::Yen => &[],
            Shared::Peso => super::PESO_CODES,
            Shared::Rial => super::RIAL_CODES,
            Shared::Franc => super::FRANC_CODES,
            Shared::Leu => super::LEU_CODES,
            Shared::Cfa => super::CFA_CODES,
            Shared::CDollar => &["CAD", "NIO"],
            Shared::Dinar => super::DINAR_CODES,
            Shared::Shilling => super::SHILLING_CODES,
        }
    }

    /// The code of the country a lowercase word names (its name, people, capital or cities).
    fn country(self, lower: &str) -> Option<&'static str> {
        Some(match (self, lower) {
            (Shared::Rupee, "pakistan" | "pakistani" | "pakistanis" | "karachi" | "lahore" | "islamabad")
            | (Shared::Rupee, "punjab" | "sindh" | "balochistan") => "PKR",
            (
                Shared::Rupee,
                "peshawar" | "khyber" | "pakhtunkhwa" | "quetta" | "rawalpindi" | "waziristan" | "torkham"
                | "faisalabad" | "multan" | "bahawalpur" | "sargodha" | "gujranwala" | "sialkot",
            ) => "PKR",
            (Shared::Rupee, "nepal" | "nepali" | "nepalese" | "kathmandu" | "pokhara") => "NPR",
            (Shared::Rupee, "lanka" | "lankan" | "colombo" | "jaffna" | "kandy" | "trincomalee") => "LKR",
            (Shared::Rupee, "mauritius" | "mauritian" | "mauritians") => "MUR",
            (Shared::Rupee, "seychelles" | "seychellois") => "SCR",
            (
                Shared::Rupee,
                "india" | "indian" | "indians" | "delhi" | "mumbai" | "kolkata" | "chennai" | "bengaluru",
            ) => "INR",
            (Shared::Yen, "china" | "chinese" | "beijing" | "yuan" | "renminbi" | "rmb" | "cny") => "CNY",
            (Shared::Yen, "japan" | "japanese" | "tokyo" | "yen" | "jpy") => "JPY",
            (Shared::Peso, "mexico" | "mexican" | "mexicans") => "MXN",
            (Shared::Peso, "colombia" | "colombian" | "colombians") => "COP",
            (Shared::Peso, "argentina" | "argentine" | "argentinian" | "argentines") => "ARS",
            (Shared::Peso, "philippines" | "philippine" | "filipino" | "filipinos") => "PHP",
            (Shared::Peso, "chile" | "chilean" | "chileans") => "CLP",
            (Shared::Peso, "cuba" | "cuban" | "cubans" | "havana") => "CUP",
            (Shared::Peso, "dominican" | "dominicans" | "domingo") => "DOP",
            (Shared::Rial, "iran" | "iranian" | "iranians" | "tehran") => "IRR",
            (
                Shared::Rial,
                "yemen" | "yemeni" | "yemenis" | "aden" | "sanaa" | "hodeidah" | "houthi" | "houthis",
            ) => "YER",
            (Shared::Rial, "oman" | "omani" | "omanis" | "muscat") => "OMR",
            (Shared::Franc, "congo" | "congolese" | "drc" | "kinshasa") => "CDF",
            (Shared::Franc, "rwanda" | "rwandan" | "kigali") => "RWF",
            (Shared::Franc, "burundi" | "burundian") => "BIF",
            (Shared::Franc, "conakry") => "GNF",
            (Shared::Franc, "switzerland" | "swiss") => "CHF",
            // (Francs in a clause on a country of either CFA franc are that franc: "payments of
            // 2,000 to 5,000 francs per voter" in Côte d'Ivoire are XOF.)
            (Shared::Franc, _) => return Shared::Cfa.country(lower),
            (
                Shared::Leu,
                "moldova" | "moldovan" | "moldovans" | "chisinau" | "chișinău" | "transnistria",
            ) => "MDL",
            (Shared::Leu, "romania" | "romanian" | "romanians" | "bucharest") => "RON",
            (
                Shared::CDollar,
                "nicaragua" | "nicaraguan" | "nicaraguans" | "managua" | "córdoba" | "córdobas" | "cordoba"
                | "cordobas",
            ) => "NIO",
            (Shared::CDollar, "canada" | "canadian" | "canadians" | "ottawa") => "CAD",
            (Shared::Dinar, "jordan" | "jordanian" | "jordanians" | "amman" | "azraq" | "zaatari") => "JOD",
            (Shared::Dinar, "iraq" | "iraqi" | "iraqis" | "baghdad" | "basra" | "mosul" | "erbil") => "IQD",
            (Shared::Dinar, "kuwait" | "kuwaiti" | "kuwaitis") => "KWD",
            (Shared::Dinar, "bahrain" | "bahraini" | "manama") => "BHD",
            (
                Shared::Dinar,
                "libya" | "libyan" | "libyans" | "tripoli" | "benghazi" | "misrata" | "zuwara",
            ) => "LYD",
            (Shared::Dinar, "tunisia" | "tunisian" | "tunisians" | "tunis" | "sfax") => "TND",
            (Shared::Dinar, "algeria" | "algerian" | "algerians" | "algiers") => "DZD",
            (Shared::Dinar, "serbia" | "serbian" | "serbians" | "belgrade") => "RSD",
            (Shared::Shilling, "kenya" | "kenyan" | "kenyans" | "nairobi" | "mombasa" | "kisumu") => "KES",
            (Shared::Shilling, "uganda" | "ugandan" | "ugandans" | "kampala") => "UGX",
            (Shared::Shilling, "tanzania" | "tanzanian" | "tanzanians" | "dodoma" | "zanzibar") => "TZS",
            // (Somaliland prints its own shilling, which has no ISO code: `SLSH`.)
            (Shared::Shilling, "somaliland" | "hargeisa" | "berbera" | "burao") => "SLSH",
            (Shared::Shilling, "somalia" | "somali" | "somalis" | "mogadishu" | "puntland") => "SOS",
            (
                Shared::Cfa,
                "cameroon" | "cameroonian" | "chad" | "chadian" | "gabon" | "gabonese" | "bangui" | "yaoundé"
                | "yaounde" | "douala" | "libreville" | "malabo" | "cemac" | "beac",
            ) => "XAF",
            (
                Shared::Cfa,
                "senegal" | "senegalese" | "mali" | "malian" | "niger" | "nigerien" | "burkina" | "benin"
                | "togo" | "dakar" | "bamako" | "niamey" | "ouagadougou" | "abidjan" | "lomé" | "cotonou"
                | "uemoa" | "bceao" | "ivoire" | "ivorian" | "ivoirian" | "ivorians" | "ivoirians",
            ) => "XOF",
            _ => return None,
        })
    }
}

/// The code of `family` the words of a report's title (`title`, lowercased) name, by the words
/// a clause names it by ([`Shared::country`]), when they name one only: `libya: tripoli
/// detention` → LYD (Tripoli only when the title does not name Lebanon).
pub(super) fn title_currency(title: &str, family: Shared) -> Option<&'static str> {
    let mut found = None;
    for word in title.split(|c: char| !c.is_alphabetic()) {
        if word == "tripoli" && title.contains("lebanon") {
            continue;
        }
        let Some(code) = family.country(word) else { continue };
        if found.is_some_and(|f| f != code) {
            return None;
        }
        found = Some(code);
    }
    found
}

/// What was read before a quantity.
#[derive(Clone, Copy, Debug, Default)]
struct Prefix {
    /// First token of the approximator/bound words (the quantity's first token if none).
    start: usize,
    approx: bool,
    bound: Option<Bound>,
    /// The bound was "over" or "under", which before a duration means "during"/"within".
    loose_bound: bool,
    /// The bound was "older than" or "younger than": after people, an age limit.
    age_bound: bool,
    /// Token of `between` / `from`, counted in the span only when a range follows.
    between: Option<usize>,
    from: Option<usize>,
    /// A prefix that only ever introduces quantities (rescues a year-like number).
    quantity_only: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pct {
    Percent,
    Point,
    Basis,
}

/// One number with its currency, sign, magnitude, and percent sign or unit.
#[derive(Clone, Copy, Debug)]
struct Qty {
    /// First token (currency or sign included).
    first: usize,
    /// One past the last token.
    last: usize,
    /// Token of the number (the first number word when spelled out).
    num_tok: usize,
    /// Byte span of the numeral itself.
    num: Span,
    mantissa: f64,
    frac: i32,
    exp: i32,
    has_mag: bool,
    negative: bool,
    spelled: bool,
    /// Spelled out without magnitude or percent: only valid as the first end of a range.
    needs_mag: bool,
    cur: Option<&'static str>,
    pct: Option<Pct>,
    unit: Option<&'static str>,
    /// Hyphenated word after the number ("20-year", "5,000-strong").
    hyphen_word: Option<usize>,
    hyphen_approx: bool,
    hyphen_lower: bool,
}

impl Qty {
    fn value(&self) -> f64 {
        let e = self.exp - self.frac;
        let v = if e >= 0 { self.mantissa * pow10(e) } else { self.mantissa / pow10(-e) };
        if self.negative { -v } else { v }
    }

    /// The numeral without magnitude, for deciding whether a magnitude is shared.
    fn raw(&self) -> f64 {
        self.mantissa / pow10(self.frac)
    }

    fn explicit_kind(&self) -> Option<(FigureKind, Option<&'static str>)> {
        if let Some(p) = self.pct {
            return Some((FigureKind::Percent, pct_unit(p)));
        }
        if let Some(c) = self.cur {
            return Some((FigureKind::Money, Some(c)));
        }
        self.unit.map(|u| (FigureKind::Measure, Some(u)))
    }

    fn bare(&self) -> bool {
        self.pct.is_none() && self.cur.is_none() && self.unit.is_none() && !self.has_mag
    }
}

/// Multiplies the interval of `figure` by `scale`.
fn scale_figure(figure: &mut Figure, scale: f64) {
    if scale != 1.0 {
        let scaled = |v: Option<f64>| v.map(|v| (v * scale * 1e6).round() / 1e6);
        figure.low = scaled(figure.low);
        figure.high = scaled(figure.high);
    }
}

fn pct_unit(p: Pct) -> Option<&'static str> {
    match p {
        Pct::Percent => None,
        Pct::Point => Some("pp"),
        Pct::Basis => Some("bp"),
    }
}

fn pow10(e: i32) -> f64 {
    const TABLE: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
        1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    match usize::try_from(e) {
        Ok(i) if i < TABLE.len() => TABLE[i],
        _ => 10f64.powi(e),
    }
}

/// A counted noun: its normalised form, one past its last token (where the figure's span may
/// end), and whether it was written in the plural.
struct Noun<'a> {
    word: Cow<'a, str>,
    end: usize,
    plural: bool,
}

/// A figure being built, with what the merge of two bounds needs.
struct Found {
    figure: Figure,
    /// One past the last token.
    end: usize,
    /// First token of the figure.
    start: usize,
    /// A single number with one bound ("more than 10"), which may merge with the next.
    single_bound: Option<Bound>,
}

#[allow(clippy::large_enum_variant)]
enum Outcome {
    Figure(Found),
    /// Not a figure: continue after this token, and let no prefix reach back before it.
    Skip(usize),
    Nothing,
}

pub(super) struct Parser<'a> {
    text: &'a str,
    /// The text with ASCII letters lowercased: same byte offsets, so a token's lowercase form
    /// is a slice of it.
    lowered: &'a str,
    toks: &'a [Tok],
    /// Each token's text and its lowercase form, sliced once: the heuristics read a token's
    /// words many times, and a slice of a `str` checks its bounds and char boundaries each
    /// time it is taken.
    words: Vec<(&'a str, &'a str)>,
    /// Where the figures' units come from.
    units: &'a Units,
    /// The text starts with the content of a span that names a quantity: a spelled-out number
    /// there is a figure without a magnitude ("[seven]{qty=x} batteries"), and a number there
    /// numbers no section ("[6]{qty=x} KN-23 class SRBMs").
    marked: bool,
    /// One past the last token of the last figure found, while the parser runs, when that
    /// figure is a count.
    last_figure_end: std::cell::Cell<Option<usize>>,
    /// The text is a heading's: a number before a capitalised word at its start numbers it
    /// ("5 Armed groups").
    heading: bool,
    /// The currencies the report writes by code for shared signs and words.
    currency: super::CurrencyHints,
}

impl<'a> Parser<'a> {
    /// A parser over `text`, its ASCII-lowercased copy `lowered` and its tokens, sharing the
    /// figures' units through `units`.
    pub(super) fn new(text: &'a str, lowered: &'a str, toks: &'a [Tok], units: &'a Units) -> Parser<'a> {
        let words = toks.iter().map(|t| (&text[t.start..t.end], &lowered[t.start..t.end])).collect();
        Parser {
            text,
            lowered,
            toks,
            words,
            units,
            marked: false,
            heading: false,
            last_figure_end: std::cell::Cell::new(None),
            currency: super::CurrencyHints::default(),
        }
    }

    /// The same parser reading shared currency signs and words as `currency` says the report
    /// writes them.
    pub(super) fn currency(self, currency: super::CurrencyHints) -> Parser<'a> {
        Parser { currency, ..self }
    }

    /// The same parser for the text of a heading (see `heading`).
    pub(super) fn heading(self) -> Parser<'a> {
        Parser { heading: true, ..self }
    }

    /// The same parser for a text that starts with the content of a span naming a quantity
    /// (see `marked`).
    pub(super) fn marked(self) -> Parser<'a> {
        Parser { marked: true, ..self }
    }

    /// The figures of the text, with the candidates the lexer lists for it (`toks` must be
    /// the lexer's tokens of the text).
    #[cfg(test)]
    pub(super) fn run(&self) -> Vec<Figure> {
        let (mut toks, mut candidates) = (Vec::new(), Vec::new());
        super::lex::lex_with_candidates(self.text, &mut toks, &mut candidates);
        assert_eq!(toks.len(), self.toks.len(), "the tokens are the lexer's");
        let mut out = Vec::new();
        self.run_into(&candidates, &mut out);
        out
    }

    /// The figures of the text, replacing the contents of `out`. `candidates` are the tokens
    /// a figure can start at, in order (as the lexer lists them).
    pub(super) fn run_into(&self, candidates: &[usize], out: &mut Vec<Figure>) {
        out.clear();
        // The previous figure, if it may still merge with a bound that follows.
        let mut merge_with: Option<(usize, Bound)> = None;
        // A whole opening a sentence with `Of the`, named by an earlier count (see
        // `whole_named_before`): one past its last token, its value and its noun.
        let mut of_whole: Option<(usize, Option<f64>, Arc<str>)> = None;
        // The first and one past the last token of the last figure pushed.
        let mut last: Option<(usize, usize)> = None;
        let mut floor = 0;
        let mut i = 0;
        let mut next = 0;
        while let Some(&at) = candidates.get(next) {
            next += 1;
            if at < i {
                continue;
            }
            i = at;
            let t = self.toks[i];
            // A word is only a candidate when `spelled_start` says it starts a number.
            if t.kind == Kind::Word && !self.spelled_start(i) {
                continue;
            }
            match self.figure_at(i, floor) {
                Outcome::Figure(mut found) => {
                    let merged = match (merge_with, found.single_bound) {
                        (Some((prev_end, prev_bound)), Some(bound)) if prev_bound != bound => {
                            self.joined_by_and(prev_end, found.start)
                                && merge_bounds(out.last_mut(), &found.figure, prev_bound)
                        }
                        _ => false,
                    };
                    if merged {
                        merge_with = None;
                        last = None;
                    } else {
                        merge_with = found.single_bound.map(|b| (found.end, b));
                        let mut figure = found.figure;
                        self.period_named_before(&mut figure, found.start);
                        self.good_named_before(&mut figure, found.start);
                        self.rate_named_before(&mut figure, found.start);
                        self.benchmark_named_before(&mut figure, found.start);
                        self.earthquake_magnitude(&mut figure, found.start, found.end);
                        if let (Some((start, end)), Some((previous, earlier))) = (last, out.split_last_mut())
                        {
                            let earlier = earlier.last();
                            let at = self.level_named_as_peak(found.start);
                            self.borrow_from_change(previous, earlier, start, end, at, &mut figure);
                            self.share_price_unit(previous, &mut figure, (start, end), found.start);
                            self.part_of_a_magnitude(previous, &figure, (start, end));
                            self.standard_set_against(previous, &mut figure, end, (found.start, found.end));
                            self.befell_alike(previous, &mut figure, end, (found.start, found.end));
                            self.rate_of_previous(previous, &mut figure, end, found.start);
                            self.sum_of_previous(
                                previous,
                                earlier,
                                &mut figure,
                                end,
                                (found.start, found.end),
                            );
                            // "added 74 and 189 tankers respectively": the first count counts the
                            // second's noun ("killed 3 and 40 civilians were wounded" does not),
                            // also a range: "2,000-2,500 and 1,500 fighters respectively".
                            // (Also after a preposition before both, the plural ending
                            // the clause: "removed implants from 17 and 23 devices", "terms
                            // of 5 and 7 years".)
                            let shared_noun = || {
                                (found.end..found.end + 3).any(|k| self.word_is(k, "respectively"))
                                    || start >= 1
                                        && self.lowercase_word_at(start - 1)
                                        && matches!(
                                            self.lower(start - 1),
                                            "from"
                                                | "in"
                                                | "of"
                                                | "to"
                                                | "on"
                                                | "across"
                                                | "at"
                                                | "with"
                                                | "for"
                                        )
                                        && self.tok(found.end).is_none_or(|t| {
                                            t.kind == Kind::Sym
                                                || !matches!(
                                                    self.lower(found.end),
                                                    "were" | "was" | "are" | "is" | "had" | "have" | "has"
                                                )
                                        })
                            };
                            if previous.kind == FigureKind::Count
                                && previous.unit.is_none()
                                && figure.kind == FigureKind::Count
                                && figure.unit.is_some()
                                && found.start == end + 1
                                && (self.word_is(end, "and") || self.word_is(end, "or"))
                                && shared_noun()
                            {
                                previous.unit = figure.unit.clone();
                            }
                            // A margin in brackets, in the estimate's terms: "4.60 million km²
                            // (±0.10 million)", "45% (±3)" (not a sum, whose magnitude the
                            // margin may leave out).
                            // (The margin alone in its brackets; a count's margin a whole
                            // number: "a poll of 1,000 adults (±3.1)" is in points.)
                            if figure.kind == FigureKind::Count
                                && figure.unit.is_none()
                                && figure.ends.is_none()
                                && (matches!(previous.kind, FigureKind::Measure | FigureKind::Percent)
                                    || previous.kind == FigureKind::Count
                                        && previous.unit.is_some()
                                        && self.toks[found.start].is_plain_whole()
                                        // (Not a survey's margin in points: "2,400 voters (±2)",
                                        // "a poll of 250 voters (±6)".)
                                        && !(figure.low.is_some_and(|m| m < 10.0)
                                            && previous.low.is_some_and(|n| n >= 100.0)))
                                && found.start == end + 2
                                && self.sym_is(end, "(")
                                && self.sym_is(end + 1, "±")
                                && self.sym_is(found.end, ")")
                            {
                                figure.kind = previous.kind;
                                figure.unit = previous.unit.clone();
                            }
                            // A confidence interval right after a count whose noun came from
                            // its context counts the same, when it holds the estimate: "the
                            // number of users at 25 million (95% CI 20.9–29.6 million)".
                            if figure.kind == FigureKind::Count
                                && figure.unit.is_none()
                                && previous.kind == FigureKind::Count
                                && previous.unit.is_some()
                                && previous.low.is_some()
                                && previous.low == previous.high
                                && figure.low.is_some_and(|l| previous.low.is_some_and(|v| l <= v))
                                && figure.high.is_some_and(|h| previous.low.is_some_and(|v| v <= h))
                                && self.interval_label(found.start).is_some_and(|(_, open)| open == end)
                            {
                                figure.unit = previous.unit.clone();
                            }
                            // (And one holding a rate per a power of ten counts its rate, as
                            // the estimate: "0.71 deaths per 10,000 people per day (95% CI
                            // 0.58–0.86)" is `death/10k/d` throughout.)
                            if figure.kind == FigureKind::Count
                                && previous.kind == FigureKind::Count
                                && let (Some(noun), Some(rate)) =
                                    (figure.unit.as_deref(), previous.unit.as_deref())
                                && rate.strip_prefix(noun).is_some_and(|rest| {
                                    rest.starts_with('/')
                                        && rest[1..].starts_with(|c: char| c.is_ascii_digit())
                                })
                                && self.interval_label(found.start).is_some_and(|(_, open)| open == end)
                            {
                                figure.unit = previous.unit.clone();
                            }
                            // A summary of the same count in its brackets: "took 38 days
                            // (median 21, interquartile range 12–64)" counts days throughout.
                            if figure.kind == FigureKind::Count
                                && figure.unit.is_none()
                                && previous.kind == FigureKind::Count
                                && previous.unit.is_some()
                                && found.start > end
                                && found.start <= end + 4
                                && (end..found.start).any(|k| {
                                    self.is_word(k)
                                        && matches!(
                                            self.lower(k),
                                            "median" | "mean" | "average" | "interquartile" | "iqr" | "range"
                                        )
                                })
                                && (end..found.start).all(|k| {
                                    self.sym_is(k, "(,;")
                                        || self.is_word(k)
                                            && matches!(
                                                self.lower(k),
                                                "median"
                                                    | "mean"
                                                    | "average"
                                                    | "interquartile"
                                                    | "iqr"
                                                    | "range"
                                            )
                                })
                                && (self.sym_is(end, "(")
                                    || (end.saturating_sub(8)..end)
                                        .rev()
                                        .take_while(|&k| !self.sym_is(k, ")"))
                                        .any(|k| self.sym_is(k, "(")))
                            {
                                figure.unit = previous.unit.clone();
                            }
                            // The same sum or measure in another currency or unit right after
                            // it, after `or` or converted alone in brackets, is as rough as the
                            // first ("about JPY 48.2 billion or USD 305 million", "some 1.2
                            // million hectares or 3 million acres", "about 13.6 t (30,000 lb)")
                            // and, a sum after `or` or anything in brackets, as bounded ("paid
                            // above €80,000 or £60,000", "more than 29 billion yuan (US$4.1bn)").
                            let restated = matches!(previous.kind, FigureKind::Money | FigureKind::Measure)
                                && figure.kind == previous.kind
                                && figure.unit.is_some()
                                && figure.unit != previous.unit
                                && previous.ends.is_none()
                                && figure.ends.is_none()
                                && figure.low.is_some()
                                && figure.low == figure.high
                                && found.start == end + 1;
                            let after_or = restated && self.word_is(end, "or");
                            let in_brackets = restated
                                && !figure.approx
                                && self.sym_is(end, "(")
                                && self.sym_is(found.end, ")");
                            if after_or || in_brackets {
                                figure.approx |= previous.approx;
                            }
                            if after_or && previous.kind == FigureKind::Money || in_brackets {
                                match (previous.low, previous.high) {
                                    (Some(_), None) => figure.high = None,
                                    (None, Some(_)) => figure.low = None,
                                    _ => {}
                                }
                            }
                            // A cap with two terms, whichever is higher: "fines of up to €10
                            // million or 2% of turnover" caps both.
                            if previous.low.is_none()
                                && previous.high.is_some()
                                && previous.ends.is_none()
                                && self.word_is(start, "up")
                                && self.word_is(start + 1, "to")
                                && found.start == end + 1
                                && self.word_is(end, "or")
                                && figure.ends.is_none()
                                && figure.low.is_some()
                                && figure.low == figure.high
                                && !figure.approx
                                && figure.kind != previous.kind
                            {
                                figure.low = None;
                            }
                            // The sides of a size: "roughly 60 by 40 m" is 60 m by 40 m, both
                            // rough.
                            if previous.kind == FigureKind::Count
                                && previous.unit.is_none()
                                && previous.ends.is_none()
                                && previous.low.is_some()
                                && previous.low == previous.high
                                && figure.kind == FigureKind::Measure
                                && matches!(
                                    figure.unit.as_deref(),
                                    Some("m" | "km" | "cm" | "mm" | "ft" | "yd" | "mi")
                                )
                                && found.start == end + 1
                                && self.word_is(end, "by")
                            {
                                previous.kind = FigureKind::Measure;
                                previous.unit = figure.unit.clone();
                                figure.approx |= previous.approx;
                            }
                            // A count's noun from the count before it, in lists, parts and
                            // restatements (see `count_noun_of_previous`).
                            if figure.kind == FigureKind::Count
                                && figure.unit.is_none()
                                && let Some(unit) = self.count_noun_of_previous(
                                    previous,
                                    earlier,
                                    &figure,
                                    (start, end),
                                    (found.start, found.end),
                                )
                            {
                                figure.unit = Some(unit);
                            }
                            // A vote's tally: "passed by 221 votes to 1", "by 12 votes to 3".
                            if previous.kind == FigureKind::Count
                                && previous.unit.as_deref() == Some("vote")
                                && figure.kind == FigureKind::Count
                                && figure.unit.is_none()
                                && figure.low.is_some()
                                && figure.low == figure.high
                                && found.start == end + 1
                                && self.word_is(end, "to")
                            {
                                figure.unit = previous.unit.clone();
                            }
                            // "6 Mi-24 and 4 Mi-8 helicopters", "12 T-72 and 8 T-90 tanks": two
                            // models, each with its count, then the noun for both.
                            if previous.kind == FigureKind::Count
                                && previous.unit.is_none()
                                && previous.ends.is_none()
                                && figure.kind == FigureKind::Count
                                && figure.unit.is_some()
                                && let Some(d) = self.designation(end, false)
                                && d > end
                                && self.word_is(d, "and")
                                && found.start == d + 1
                                && self.designation(found.start + 1, false).is_some()
                            {
                                previous.unit = figure.unit.clone();
                            }
                            // "1,000 newly built and 300 refurbished tanks", "40 new and 300 used
                            // cars": two counts, each with its qualifiers, then the noun for both
                            // (not "killed 12 and wounded 30 people").
                            let qualifier = |k: usize| {
                                self.lowercase_word_at(k)
                                    && (!lx::is_stop(self.lower(k))
                                        || matches!(self.lower(k), "new" | "old" | "more" | "other"))
                                    && !lx::looks_plural(self.lower(k))
                            };
                            if previous.kind == FigureKind::Count
                                && previous.unit.is_none()
                                && previous.ends.is_none()
                                && figure.kind == FigureKind::Count
                                && figure.unit.is_some()
                                && let Some(joint) = {
                                    // One or two qualifiers, each maybe hyphenated ("12
                                    // long-range and 30 short-range missiles").
                                    let mut k = end;
                                    let mut n = 0;
                                    while n < 2 && qualifier(k) {
                                        k = self.compound_end(k);
                                        n += 1;
                                    }
                                    (n > 0).then_some(k)
                                }
                                && (self.word_is(joint, "and") || self.word_is(joint, "or"))
                                && found.start == joint + 1
                                && qualifier(found.start + 1)
                                // (The noun after the qualifier, not the qualifier read as one:
                                // "3,252 killed and 1,007 injured".)
                                && found.end > self.compound_end(found.start + 1)
                            {
                                previous.unit = figure.unit.clone();
                            }
                            // "11 Kilo-class and 4 Borei-class submarines": two classes, each
                            // with its count, then the noun for both.
                            if previous.kind == FigureKind::Count
                                && matches!(previous.unit.as_deref(), Some("class" | "type"))
                                && figure.kind == FigureKind::Count
                                && figure.unit.is_some()
                                && figure.unit != previous.unit
                                && found.start == end + 1
                                && (self.word_is(end, "and") || self.word_is(end, "or"))
                                && self.sym_is(end - 2, "-")
                            {
                                previous.unit = figure.unit.clone();
                            }
                        }
                        // "recorded 163 security incidents … Of the 163, 41 involved arson and 12
                        // targeted police": a bare whole opening a sentence with `Of the` is the
                        // earlier count of the same number, and its parts after the comma count
                        // what it counts.
                        // (A range too: "Russian personnel, of whom there are thought to be 2,000
                        // to 2,500", "with a crew of 25–30".)
                        if figure.kind == FigureKind::Count
                            && figure.unit.is_none()
                            && figure.ends.is_some()
                            && let Some(unit) = self
                                .whom_named_before(found.start, found.end)
                                .or_else(|| self.crew_of(found.start).map(|noun| self.units.get(&noun)))
                        {
                            figure.unit = Some(unit);
                        }
                        if figure.kind == FigureKind::Count && figure.unit.is_none() && figure.ends.is_none()
                        {
                            if let Some(unit) = self.whole_named_before(out, &figure, found.start, found.end)
                            {
                                of_whole = Some((found.end, figure.low, unit.clone()));
                                figure.unit = Some(unit);
                            } else if let Some(unit) = self
                                .whole_before_of_whom(out, &figure, found.start, found.end)
                                .or_else(|| self.whom_named_before(found.start, found.end))
                            {
                                figure.unit = Some(unit);
                            } else if let Some(whole) = self.whole_of_these(out, &figure, found.start)
                                && let Some(unit) = whole.unit.clone()
                            {
                                // ("Of these, 41,386 departed from Libya and 19,246 from
                                // Tunisia": the parts after it count what it counts too.)
                                of_whole = Some((found.end, whole.low.or(whole.high), unit.clone()));
                                figure.unit = Some(unit);
                            } else if let Some((whole_end, whole, unit)) = &of_whole
                                && found.start > *whole_end
                                && !(*whole_end..found.start).any(|k| self.sym_is(k, ".;!?"))
                                && figure.low.is_some_and(|v| whole.is_some_and(|w| v <= w))
                            {
                                figure.unit = Some(unit.clone());
                            }
                        }
                        // An exchange rate after its currency, named by its code or its word a
                        // few words before: "NOK at 10.56 per dollar", "the rouble weakened to
                        // nearly 100 per dollar", "The rial traded at about 920,000 to the US
                        // dollar", also a range: "the rouble traded between 85 and 97 per dollar"
                        // (a bare rate is no sum).
                        if figure.kind == FigureKind::Count
                            && figure.unit.is_none()
                            && let Some((base, base_end)) = self.exchange_base(found.end)
                            && let Some(code) =
                                (found.start.saturating_sub(4)..found.start).rev().find_map(|k| {
                                    (self.is_word(k) && (k + 1..found.start).all(|w| self.is_word(w)))
                                        .then(|| {
                                            // (A word shared by several currencies gives
                                            // its name, which the report's codes may settle:
                                            // "the rial trades at roughly 530 to the dollar"
                                            // in a report on Yemen.)
                                            lx::currency_code(self.s(k))
                                                .or_else(|| {
                                                    let w = self.lower(k);
                                                    lx::currency_word(w).map(|c| self.word_currency(w, c, k))
                                                })
                                                .filter(|&c| c != "USD" && c != "EUR")
                                        })
                                        .flatten()
                                })
                        {
                            // (Quoted against the dollar or the euro: `RUB/USD`.)
                            figure.kind = FigureKind::Money;
                            figure.unit = Some(self.per_unit(code, base));
                            figure.span = Span::new(figure.span.start, self.toks[base_end - 1].end);
                            found.end = base_end;
                        }
                        // A count's own period after a noun shared with an earlier figure:
                        // "5,000 recruits a month, or 60,000 a year" (`recruit/yr`), "3,200
                        // vehicles a day, falling to about 1,900 a day".
                        if figure.kind == FigureKind::Count
                            && let Some(unit) = figure.unit.clone()
                            && let Some((period, e)) = self.count_period_after(found.end)
                        {
                            let noun = unit.rsplit_once('/').map_or(&*unit, |(noun, _)| noun);
                            figure.unit = Some(self.per_unit(noun, period));
                            if e > found.end {
                                figure.span = Span::new(figure.span.start, self.toks[e - 1].end);
                                found.end = e;
                            }
                        }
                        // A margin written inline: "300 ± 40" is 260 to 340, "3.2 ± 0.4 kg" 2.8 to
                        // 3.6 kg.
                        if let (Some((start, end)), Some(previous)) = (last, out.last_mut())
                            && found.start == end + 1
                            && self.sym_is(end, "±")
                            && let (Some(v), Some(m)) = (previous.low, figure.low)
                            && previous.ends.is_none()
                            && previous.high == Some(v)
                            && figure.ends.is_none()
                            && figure.high == Some(m)
                            && m > 0.0
                            && (previous.kind == figure.kind
                                && previous.unit == figure.unit
                                && !(figure.kind == FigureKind::Count && figure.unit.is_some())
                                || previous.kind == FigureKind::Count && previous.unit.is_none())
                        {
                            let round = |x: f64| (x * 1e6).round() / 1e6;
                            previous.low = Some(round(v - m));
                            previous.high = Some(round(v + m));
                            previous.kind = figure.kind;
                            previous.unit = figure.unit.clone();
                            previous.span = Span::new(previous.span.start, figure.span.end);
                            let count = previous.kind == FigureKind::Count;
                            last = Some((start, found.end));
                            floor = found.end;
                            self.last_figure_end.set(count.then_some(found.end));
                            i = found.end.max(i + 1);
                            continue;
                        }
                        last = Some((found.start, found.end));
                        // (A price per unit settles its currency too: "2,500 FCFA per cubic metre"
                        // in a clause on Chad is XAF/m3.)
                        if let Some(unit) = figure.unit.clone()
                            && figure.kind == FigureKind::Money
                        {
                            let (cur, per) =
                                unit.split_once('/').map_or((&*unit, None), |(c, p)| (c, Some(p)));
                            if let Some(code) = self.settled_currency(cur, &figure, found.start) {
                                figure.unit = Some(match per {
                                    Some(per) => self.per_unit(code, per),
                                    None => self.units.get(code),
                                });
                            }
                        }
                        out.push(figure);
                        self.share_list_unit(out, found.start);
                    }
                    floor = found.end;
                    let count = out.last().is_some_and(|f: &Figure| f.kind == FigureKind::Count);
                    self.last_figure_end.set(count.then_some(found.end));
                    i = found.end.max(i + 1);
                }
                Outcome::Skip(end) => {
                    floor = floor.max(end);
                    i = end.max(i + 1);
                    merge_with = None;
                }
                Outcome::Nothing => i += 1,
            }
        }
    }

    /// The currency a read figure's family settles by its clause or the report's codes (see
    /// [`Shared`]), where the figure was read as the family's default: CFA francs named as
    /// such are West Africa's unless their clause names a country of Central Africa's franc or
    /// the report writes only `XAF` ("3 billion CFA francs in Bangui" is XAF); dinars are the
    /// dinar of the country their clause names or whose code the report writes ("In Jordan,
    /// bread costs 2 to 3 dinars" is JOD); `C$` is Canada's dollar unless its clause names
    /// Nicaragua or its córdoba ("roughly C$1.1 billion (córdobas)" is NIO). The token `start`
    /// opens the figure.
    fn settled_currency(&self, cur: &str, figure: &Figure, start: usize) -> Option<&'static str> {
        let written = || figure.span.slice(self.text);
        match cur {
            "XOF" if !written().contains("XOF") => self.shared_currency(Shared::Cfa, start),
            "dinar" => self.shared_currency(Shared::Dinar, start),
            "CAD"
                if written()
                    .find("C$")
                    .is_some_and(|at| !written()[..at].ends_with(|c: char| c.is_alphabetic())) =>
            {
                self.shared_currency(Shared::CDollar, start).filter(|&c| c == "NIO")
            }
            _ => None,
        }
    }

    /// The currency a rate of exchange after a number at token `k` is quoted against, and one
    /// past it: "8.4 dinars per dollar", "491 tenge to the dollar", "920,000 to the US
    /// dollar", "655.957 CFA francs to the euro", "97 against the dollar" (`USD`, `EUR`).
    fn exchange_base(&self, k: usize) -> Option<(&'static str, usize)> {
        // (Written with the dollar's sign: "₦1,480/$".)
        if self.sym_is(k, "/") && self.glued(k) && self.sym_is(k + 1, "$") && self.glued(k + 1) {
            return Some(("USD", k + 2));
        }
        let mut k = k;
        match self.lower(k) {
            "per" | "a" => k += 1,
            "to" | "against" if self.word_is(k + 1, "the") => k += 2,
            _ => return None,
        }
        // (Or by the dollar's sign, with no amount after it: "Bs 7.50 per US$", "per $"; the
        // letters glued before it say whose dollar, as before an amount.)
        let (base, sign) = match lx::dollar_prefix(self.s(k), true) {
            Some(code) if self.sym_is(k + 1, "$") && self.glued(k + 1) => (code, k + 1),
            _ => ("USD", k),
        };
        if self.sym_is(sign, "$") && !self.is_num(sign + 1) {
            return Some((base, sign + 1));
        }
        if matches!(self.s(k), "US" | "U.S.") {
            k += 1;
        }
        let base = match self.lower(k) {
            "dollar" | "usd" => "USD",
            "euro" | "eur" => "EUR",
            _ => return None,
        };
        Some((base, k + 1))
    }

    /// A gapped clause for the bare count at tokens `at..after`, after the count at
    /// `start..end`: after a semicolon, its place and its number standing for a clause of the
    /// same shape ("Nampula recorded 58 deaths; Zambézia around 40" → `death`); also after a
    /// comma, `while` or `whereas` when the number ends the sentence or clause, or another
    /// such clause follows after `and` ("Zamfara hosts about 260,000 IDPs, Katsina some
    /// 180,000."; "1,000 police officers, Jamaica 200, and Chad 400"), and with a verb in the
    /// past of its own ("killed 200 people; JNIM claimed around 300", "issued 48,500
    /// passports, while Burkina Faso issued close to 30,000.").
    fn gapped_clause(&self, (start, end): (usize, usize), (at, after): (usize, usize)) -> bool {
        let capital = |k: usize| self.is_word(k) && self.s(k).starts_with(|c: char| c.is_uppercase());
        if start < 2 || at < 2 {
            return false;
        }
        let past = |k: usize| {
            self.lowercase_word_at(k) && {
                let w = self.lower(k);
                w.len() > 4 && w.ends_with("ed") || lx::is_irregular_past(w) || w == self.lower(start - 1)
            }
        };
        let verb = usize::from(past(at - 1));
        // The place or subject: up to three capitalised words.
        let mut k = at - 1 - verb;
        let mut names = 0;
        while names < 3 && k > end && capital(k) {
            k -= 1;
            names += 1;
        }
        // (Also after `the`: "8.3 million pills seized, the UAE around 11 million".)
        if names >= 1 && k > end && self.word_is(k, "the") {
            k -= 1;
        }
        // (The clause ends, or another gapped one follows: "Jamaica 200, and Chad 400".)
        let and_next = |k: usize| self.word_is(k, "and") && capital(k + 1);
        let ends_clause = self.tok(after).is_none_or(|t| t.kind == Kind::Sym && matches!(t.ch, '.' | ';'))
            || and_next(after)
            || self.sym_is(after, ",") && and_next(after + 1);
        let semicolon = k >= end && self.sym_is(k, ";");
        let chained = capital(start - 1)
            && verb == 0
            && ends_clause
            && k >= end
            && (end..=k).all(|j| self.sym_is(j, ",") || self.word_is(j, "and"));
        // The first clause: a verb before the count, after a capitalised subject when the
        // gapped clause has no verb of its own.
        let first = self.lowercase_word_at(start - 1) && (verb == 1 || capital(start - 2));
        // What opens the gapped clause: a semicolon before one capitalised word and the number,
        // anything after it; or, when the clause ends, a semicolon, a comma, `while` or
        // `whereas`.
        let opener =
            semicolon && verb == 0 && names == 1 && self.tok(after).is_none_or(|t| t.kind == Kind::Sym)
                || ends_clause
                    && (semicolon
                        || k >= end && self.sym_is(k, ",")
                        || k > end
                            && matches!(self.lower(k), "while" | "whereas")
                            && (k - 1 == end || self.sym_is(k - 1, ",")));
        // Between the two, words and commas only.
        let between = (end..k).all(|j| self.is_word(j) || self.sym_is(j, ","));
        names >= 1 && (chained || first && opener && between)
    }

    /// A people named in two words, the plural ending at token `end`: "300,000 Sri Lankans" →
    /// `sri lankan`, "14 North Koreans" → `north korean` (not `lankan`, `korean`).
    fn two_word_people(&self, end: usize) -> Option<Cow<'a, str>> {
        let last = end.checked_sub(1)?;
        let first = last.checked_sub(1)?;
        let capital = |k: usize| self.is_word(k) && self.s(k).starts_with(|c: char| c.is_ascii_uppercase());
        (capital(last)
            && capital(first)
            && self.gap(last) == Gap::Space
            && matches!(
                self.s(first),
                "Sri"
                    | "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Central"
                    | "Costa"
                    | "Puerto"
                    | "Sierra"
                    | "New"
                    | "Saudi"
            )
            && {
                let w = self.lower(last);
                w.ends_with("ans") || w.ends_with("ese") || w.ends_with("ers")
            })
        .then(|| Cow::Owned(format!("{} {}", self.lower(first), lx::singular(self.lower(last)))))
    }

    /// The noun of a bare count (`figure`, tokens `at..after`) taken from the count before it
    /// (`previous`, tokens `start..end`; `earlier` the one before that), in the shapes of lists,
    /// parts and restatements that say it counts the same:
    /// - a count in brackets after a name, further in a list after a count with its noun: "over
    ///   15,000 cases, followed by Tamaulipas (13,100) and Estado de México (around 12,900)" (not
    ///   an age after a person's name, "Ali (45)"; not past another plural, "29 contributing
    ///   nations, the largest contingents being from the United States (~640)"; not the places
    ///   the names are, "12 countries, with Chad (400)");
    /// - a count after the same verb in the past: "the state averaged 3 to 4 murders a day; since
    ///   then it has averaged close to 8" → `murder`;
    /// - a part after `but only`, no larger: "located 20,000 people, but only some 16,600 were
    ///   verified" → `person`;
    /// - the rest after `the remaining` or `the other`: "the first 38 of 108 Abrams tanks by
    ///   December; the remaining 70 arrive in 2026" → `tank`;
    /// - parts listed after a colon, each in its place: "220,000 people: at least 120,000 in
    ///   Myanmar and roughly 100,000 in Cambodia" → `person`;
    /// - more after `a further`, `an additional` or `another`: "some 3,000 troops in ATMIS and a
    ///   further 5,000–7,000 deployed bilaterally" → `troop` (not the places the count was made
    ///   in: "1.12 million refugees in 33 camps, with another 36,000 on Bhasan Char" → `refugee`;
    ///   not when a predicate names it: "a further 35 were 7.62 mm machine guns"). This is
    ///   `more_of_earlier` read from the figures instead of the text: it reaches a range (whose
    ///   readers do not call `more_of_earlier`) and an earlier count whose noun itself came from
    ///   its context ("3,000 in June 2024 and a further 4,000");
    /// - the same rate over another span after `or`, or a total as a rate: "5,000 recruits a
    ///   month, or 60,000 a year", "1,114 deaths in 2025/26, or just over 3 a day";
    /// - a part before `of them`, `of these` or `of those`: "claimed 187 attacks, although
    ///   monitors could verify only 121 of them" → `attack`;
    /// - a count after `and` before the same auxiliary: "at least 60 people had been killed and
    ///   more than 20,000 had fled" → `person`;
    /// - a part after `, though` or `, although` before an auxiliary: "about 100 personnel on
    ///   paper, though 70-80 are typically present" → `personnel`;
    /// - a count after `and` and a second verb in the past, ending its clause: "damaged over 400
    ///   houses in Poonch and destroyed about 50;" → `house`;
    /// - a rate after `averaging`: "dispatched 4,128 trucks …, averaging 80-90 a week" → `truck`;
    /// - a target or a capacity set against the count: "31,321 inmates … against an official
    ///   capacity of 27,845" → `inmate`.
    fn count_noun_of_previous(
        &self,
        previous: &Figure,
        earlier: Option<&Figure>,
        figure: &Figure,
        (start, end): (usize, usize),
        (at, after): (usize, usize),
    ) -> Option<Arc<str>> {
        if at <= end {
            return None;
        }
        // No sentence ends between the two (nor, with `;`, a clause).
        // (The period of an abbreviation before a number ends no sentence: "under Order No.
        // 14/2026".)
        let numbered = |k: usize| {
            k >= 1
                && self.sym_is(k, ".")
                && self.glued(k)
                && self.is_word(k - 1)
                && self.is_num(k + 1)
                && crate::syntax::sentence::is_abbreviation(self.s(k - 1))
        };
        let same_sentence = |stops: &str| {
            (end..at).all(|k| (!self.sym_is(k, stops) || numbered(k)) && self.gap(k) != Gap::Break)
        };
        let value = figure.low.or(figure.high);
        let no_larger = |whole: Option<f64>| value.zip(whole).is_some_and(|(part, whole)| part <= whole);
        // More after `a further`, `an additional` or `another`.
        let frame = start >= 1 && matches!(self.lower(start - 1), "in" | "across" | "over" | "at" | "from");
        let more = at >= end + 2
            && at <= end + 15
            && (matches!(self.lower(at - 1), "further" | "additional")
                && matches!(self.lower(at - 2), "a" | "an")
                || self.word_is(at - 1, "another")
                // (Or read into the figure after a hedge: "perhaps another 2,000 to 3,000".)
                || self.word_is(at + 1, "another") && hedge_word(self.lower(at)))
            && self.predicate_plural(after).is_none()
            && same_sentence(".!?;");
        if more {
            // (The frame's count is a place only when a count with its noun came before it:
            // "estimate their strength at 6,000-6,500 fighters, with perhaps another 2,000 to
            // 3,000" counts fighters.)
            let framed = earlier.filter(|e| frame && e.kind == FigureKind::Count && e.unit.is_some());
            let counted = if frame && earlier.is_some() { framed? } else { previous };
            return (counted.kind == FigureKind::Count).then(|| counted.unit.clone()).flatten();
        }
        if previous.kind != FigureKind::Count {
            return None;
        }
        let noun = previous.unit.clone()?;
        // (A rate per a power of ten of people is no noun a part counts: "a rate of about 110
        // per 100,000 inhabitants, and at least 38 of those killed".)
        if is_rate_per_base(&noun) {
            return None;
        }
        // In brackets after a name in a list.
        let places =
            matches!(&*noun, "nation" | "country" | "state" | "province" | "region" | "district" | "city");
        let bracketed = value.is_some_and(|v| v >= 200.0)
            && at >= end + 3
            && at <= end + 25
            && self.sym_is(at - 1, "(")
            && self.sym_is(after, ")")
            && self.is_word(at - 2)
            && self.s(at - 2).starts_with(|c: char| c.is_uppercase())
            && (end..at).all(|k| {
                !self.sym_is(k, ".;:!?")
                    && self.gap(k) != Gap::Break
                    && !(self.lowercase_word_at(k) && self.plural_at(k))
            })
            && !places;
        // (A people's name before the brackets counts those people: "Pakistanis (3,260) and
        // Sudanese (2,940)" → `sudanese`.)
        if bracketed && (self.s(at - 2).ends_with("ese") || lx::is_people_plural(self.lower(at - 2))) {
            return Some(self.units.get(&lx::singular(self.lower(at - 2))));
        }
        // After the same verb in the past.
        let same_verb = start >= 1
            && at > end + 1
            && at <= end + 20
            && self.lowercase_word_at(start - 1)
            && self.lowercase_word_at(at - 1)
            && {
                let verb = self.lower(start - 1);
                (verb.len() > 4 && verb.ends_with("ed") || matches!(verb, "held" | "housed" | "hosted"))
                    && verb == self.lower(at - 1)
            }
            && same_sentence(".!?");
        // What a place held against what it was built or has room for: "Maula Prison, designed
        // for 800 inmates, held more than 2,900", "has capacity for 3,500 people, but on 23
        // October it held almost 5,100" → `inmate`, `person`.
        let held = start >= 2
            && at > end + 1
            && at <= end + 14
            && self.word_is(start - 1, "for")
            && matches!(
                self.lower(start - 2),
                "designed"
                    | "built"
                    | "capacity"
                    | "room"
                    | "places"
                    | "space"
                    | "beds"
                    | "planned"
                    | "intended"
                    | "meant"
            )
            && self.lowercase_word_at(at - 1)
            && matches!(
                self.lower(at - 1),
                "held"
                    | "holds"
                    | "housed"
                    | "houses"
                    | "hosted"
                    | "hosts"
                    | "accommodated"
                    | "accommodates"
                    | "sheltered"
                    // ("has capacity for 180 people but was housing 264")
                    | "holding"
                    | "housing"
                    | "hosting"
                    | "sheltering"
            )
            && (end..at - 1).all(|k| {
                self.is_word(k)
                    || self.sym_is(k, ",")
                    || self.is_num(k) && (self.month_at(k + 1) || k >= 1 && self.month_at(k - 1))
            })
            && same_sentence(".!?;");
        // A part after `but only`.
        let but = at <= end + 10
            && {
                let b = if matches!(self.lower(at - 1), "only" | "just") { at - 2 } else { at - 1 };
                self.word_is(b, "but") && (end..b).all(|k| self.is_word(k) || self.sym_is(k, ","))
            }
            && figure.high.or(figure.low).zip(previous.low).is_some_and(|(part, whole)| part <= whole)
            && self.is_word(after)
            && matches!(
                self.lower(after),
                "were" | "was" | "are" | "is" | "had" | "have" | "remain" | "remained"
            );
        // The rest after `the remaining` or `the other`.
        let rest = at >= end + 2
            && at <= end + 12
            && matches!(self.lower(at - 1), "remaining" | "other")
            && self.word_is(at - 2, "the")
            && figure.low.zip(previous.low).is_some_and(|(rest, whole)| rest < whole)
            && same_sentence(".!?");
        // Parts after a colon, each in its place.
        let in_place = |k: usize| {
            matches!(self.lower(k), "in" | "at" | "from")
                && self.is_word(k + 1)
                && self.s(k + 1).starts_with(|c: char| c.is_uppercase())
        };
        let placed = in_place(after)
            && no_larger(previous.low.or(previous.high))
            && (at == end + 1 && self.sym_is(end, ":")
                || in_place(end)
                    && at > end + 2
                    && at <= end + 6
                    && matches!(self.lower(at - 1), "and" | "while")
                    && (end + 2..at - 1).all(|k| self.is_word(k))
                // (Or past the words of what was done to them, before `and`: "120,000 people were
                // held in scam operations in Myanmar and roughly 100,000 in Cambodia".)
                || at > end + 1
                    && at <= end + 12
                    && self.word_is(at - 1, "and")
                    && (end..at - 1).all(|k| self.is_word(k))
                    && (end..at - 1).any(in_place));
        // The same rate over another span after `or`.
        let rate = |k: usize| {
            matches!(self.lower(k), "a" | "per" | "each")
                && self.is_word(k + 1)
                && lx::is_time_noun(self.lower(k + 1))
        };
        // (Or a total restated as a rate: "1,114 deaths of Nepali workers abroad in 2025/26, or
        // just over 3 a day".)
        let restated = self.word_is(at - 1, "or")
            && rate(after)
            && (rate(end) && (at - 1 == end + 2 || at - 1 == end + 3 && self.sym_is(end + 2, ","))
                || at >= end + 2
                    && at <= end + 14
                    && self.sym_is(at - 2, ",")
                    && (end..at - 2).all(|k| self.is_word(k) || self.is_num(k) || self.sym_is(k, "/-–")));
        // A part named as `of them`, `of these` or `of those`: "claimed 187 attacks, although
        // monitors could verify only 121 of them" → `attack`.
        // (Not a span of time: "held 96 people for up to 48 hours …, and … against 23 of them"
        // counts people.)
        let of_them = self.word_is(after, "of")
            && matches!(self.lower(after + 1), "them" | "these" | "those")
            && !lx::is_time_noun(&noun)
            && at <= end + 20
            && no_larger(previous.low.or(previous.high))
            // (Past a semicolon too: "filed in 41 cases; courts ordered the production of the
            // person in 33 of them".)
            && same_sentence(".!?");
        // A state of the same things after `and`, each before an auxiliary: "at least 60 people
        // had been killed and more than 20,000 had fled" → `person`.
        let aux = |k: usize| {
            self.is_word(k) && matches!(self.lower(k), "had" | "have" | "has" | "were" | "was" | "are" | "is")
        };
        let parallel = at >= 1
            && self.word_is(at - 1, "and")
            && aux(after)
            && {
                let k = self.token_after(previous);
                aux(k) && self.lower(k) == self.lower(after)
            }
            && at <= end + 10
            && (end..at).all(|k| self.is_word(k))
            && !self.plural_at(after + 1);
        // A part after `though`, `although` or `while`, before an auxiliary: "about 100
        // personnel on paper, though 70-80 are typically present" → `personnel`.
        let though = at >= 2
            && at <= end + 10
            && matches!(self.lower(at - 1), "though" | "although")
            && self.sym_is(at - 2, ",")
            && (end..at - 2).all(|k| self.is_word(k))
            && figure.high.or(figure.low).zip(previous.low).is_some_and(|(part, whole)| part <= whole)
            && aux(after);
        // A second verb of what was done to the same things, at the clause's end: "damaged over
        // 400 houses in Poonch and destroyed about 50;" → `house`.
        let past = |k: usize| {
            self.lowercase_word_at(k) && {
                let w = self.lower(k);
                w.len() > 4 && w.ends_with("ed") || lx::is_irregular_past(w)
            }
        };
        let second_verb = start >= 1
            && at >= 2
            && at <= end + 12
            && past(start - 1)
            && past(at - 1)
            && self.word_is(at - 2, "and")
            && (end..at - 2).all(|k| self.is_word(k))
            && self
                .tok(after)
                .is_none_or(|t| t.kind == Kind::Sym && matches!(self.s(after), ";" | "." | "," | ")" | "("));
        // The rate of what was counted after `averaging`: "dispatched 4,128 trucks along the
        // corridor, averaging 80-90 a week" → `truck`.
        let averaging = at >= 1
            && self.word_is(at - 1, "averaging")
            && rate(after)
            && at <= end + 12
            && same_sentence(".!?;");
        // A target or a capacity the count is set against: "51,000, against a target of 75,000",
        // "31,321 inmates … against an official capacity of 27,845" → `inmate`, "1,500 troops in
        // the Ground Safety Zone, against a ceiling of 5,000"; also before it: "1.6 million
        // visitors came in the first ten months, short of the 2.3 million target" → `visitor`.
        let target_word = |k: usize| {
            matches!(
                self.lower(k),
                "target"
                    | "capacity"
                    | "goal"
                    | "quota"
                    | "ceiling"
                    | "cap"
                    | "plan"
                    | "forecast"
                    | "projection"
            )
        };
        let set_against = |from: usize, to: usize| {
            (from..to).any(|k| {
                self.word_is(k, "against")
                    || self.word_is(k, "versus")
                    || self.word_is(k, "with") && k >= 1 && self.word_is(k - 1, "compared")
                    || self.word_is(k, "of") && k >= 1 && self.word_is(k - 1, "short")
            })
        };
        let target = at >= 3
            && at <= end + 12
            && (self.word_is(at - 1, "of")
                && target_word(at - 2)
                // (Past a hyphenated qualifier: "against a pre-2014 capacity of 200".)
                && set_against(at.saturating_sub(8), at - 2)
                || self.word_is(at - 1, "the")
                    && self.is_word(after)
                    && target_word(after)
                    && set_against(at.saturating_sub(4), at - 1))
            && (end..at).all(|k| !self.sym_is(k, ".;:!?"));
        // What of a count was done, no more than it, in the same sentence: "planned for 400
        // houses; by November, 136 were finished and another 90 were under construction",
        // "2,500 transitional units planned, 2,180 delivered", "24 mixed posts planned and 14
        // operating" (not what befell people: "destroyed 300 homes; 12 were killed").
        let done_word = |k: usize| {
            self.lowercase_word_at(k)
                && matches!(
                    self.lower(k),
                    "finished"
                        | "completed"
                        | "delivered"
                        | "built"
                        | "rebuilt"
                        | "repaired"
                        | "reopened"
                        | "operating"
                        | "operational"
                        | "functioning"
                        | "installed"
                        | "disbursed"
                        | "approved"
                        | "verified"
                        | "implemented"
                        | "redeemed"
                        | "issued"
                        | "handed"
                        | "cleared"
                        | "served"
                )
        };
        let aux = |k: usize| matches!(self.lower(k), "were" | "are" | "was" | "is" | "had" | "have" | "has");
        let done = at >= end + 2
            && at <= end + 15
            && no_larger(previous.low.or(previous.high))
            && (done_word(after)
                || aux(after)
                    && (done_word(after + 1)
                        || self.word_is(after + 1, "been") && done_word(after + 2)
                        || self.word_is(after + 1, "under") && self.word_is(after + 2, "construction")))
            && (end..at).all(|k| self.is_word(k) || self.sym_is(k, ",;"))
            && same_sentence(".!?");
        // The total a count brought it to, no smaller: "trained 300 judges, bringing the total
        // to 1,200" → `judge`, "arrived with 400 officers; the second brought the total to 600".
        // (Also past a year the total runs from: "bringing the total since 2023 to about 2.1
        // million".)
        let total_at = if at >= 4 && self.word_is(at - 2, "total") {
            Some(at - 2)
        } else if at >= 6
            && self.word_is(at - 4, "total")
            && matches!(self.lower(at - 3), "since" | "for" | "in")
            && self.is_year_numeral(at - 2)
        {
            Some(at - 4)
        } else {
            None
        };
        let total = at >= end + 4
            && at <= end + 20
            && self.word_is(at - 1, "to")
            && total_at.is_some_and(|t| {
                t >= end + 2
                    && matches!(self.lower(t - 1), "the" | "its" | "their")
                    && matches!(
                        self.lower(t - 2),
                        "bringing" | "brought" | "brings" | "bring" | "taking" | "took" | "takes"
                    )
            })
            && value.zip(previous.low.or(previous.high)).is_some_and(|(total, part)| total >= part)
            && same_sentence(".!?");
        // Whether the count from token `start` is a whole after a part: "it ranks 45th of 180
        // countries", "25% of its 40 brigades' positions" (not "an average of 410 trucks").
        let whole_of = |start: usize| {
            let of = if start >= 1
                && matches!(self.lower(start - 1), "the" | "its" | "their" | "his" | "her" | "our")
            {
                start - 1
            } else {
                start
            };
            of >= 2 && self.word_is(of - 1, "of") && !self.lowercase_word_at(of - 2)
        };
        // Whether an earlier count ends a list with the one after `and` at token `and`: "116
        // incidents of piracy and 12 hijackings" (not a clause: "12,080 certificates had been
        // issued and 5,710 families").
        let listed_after = |earlier: Option<&Figure>, and: usize| {
            earlier.is_some_and(|e| {
                let from = self.token_after(e);
                from <= and
                    && and <= from + 4
                    && (from..and).all(|k| {
                        self.is_word(k)
                            && !matches!(
                                self.lower(k),
                                "had" | "has" | "have" | "were" | "was" | "is" | "are"
                            )
                            && !self.lower(k).ends_with("ed")
                    })
            })
        };
        // The same count at another time or place it is compared with: "87 civilian casualties
        // … in the first nine months of 2026, compared with 134 in the same period of 2025",
        // "31 ships a day …, compared with 72 a day", "262 million barrels, against 208
        // million", "fewer than 5 cargoes passed northbound in Q3, down from over 90".
        let compared = at >= end + 2
            && at <= end + 25
            && (matches!(self.lower(at - 1), "with" | "to") && self.word_is(at - 2, "compared")
                || self.word_is(at - 1, "against") && self.sym_is(at - 2, ",")
                || self.word_is(at - 1, "from")
                    && matches!(self.lower(at - 2), "up" | "down")
                    && self.sym_is(at - 3, ","))
            && !lx::is_time_noun(&noun)
            // (Not a level a hundred times smaller, which leaves out a magnitude: "2 million
            // people, up from 1"; nor one of a list of counts, where it may be any of them: "116
            // incidents and 12 hijackings worldwide, down from 120"; nor after a whole: "it ranks
            // 45th of 180 countries, up from 52".)
            && value.zip(previous.low.or(previous.high)).is_some_and(|(v, p)| p > 0.0 && (0.01..=100.0).contains(&(v / p)))
            && !(start >= 1 && self.word_is(start - 1, "and") && listed_after(earlier, start - 1))
            && !whole_of(start)
            // (A rate's level is quoted as one: "214 drone strikes, an average of 1.4 a day, up
            // from 61 in the preceding five months" is strikes, not a rate.)
            && (previous.unit.as_deref().is_none_or(|u| !u.contains('/')) || rate(after))
            // (Nor a ratio's: "1 teacher per 80 pupils, against 65 in 2015".)
            && !self.word_is(end, "per")
            && self.tok(after).is_none_or(|t| {
                t.kind == Kind::Sym && matches!(self.s(after), "." | "," | ";" | ")" | "(")
                    || matches!(self.lower(after), "in" | "a" | "an" | "per" | "during" | "over" | "last" | "the")
            })
            && same_sentence(".!?;");
        // The peak of what was counted: "some 8,700 calls on polling day, peaking at over 900 an
        // hour" → `call`, "arrivals spiked to over 11,000 per day and peaked at 14,260" →
        // `arrival`.
        // (Also a later level after a comma and a participle of change: "between 318 and 335
        // combat aircraft on open aprons on 20 August, falling to 241 by 10 November" →
        // `aircraft`.)
        let peak = at >= end + 3
            && at <= end + 15
            && (self.word_is(at - 1, "at") && matches!(self.lower(at - 2), "peaked" | "peaking" | "peaks")
                || at >= 3
                    && self.word_is(at - 1, "to")
                    && matches!(
                        self.lower(at - 2),
                        "falling"
                            | "rising"
                            | "dropping"
                            | "climbing"
                            | "increasing"
                            | "decreasing"
                            | "declining"
                            | "growing"
                            | "shrinking"
                    )
                    && self.sym_is(at - 3, ","))
            && !lx::is_time_noun(&noun)
            && same_sentence(".!?;");
        (bracketed
            // A gapped clause: "Nampula recorded 58 deaths; Zambézia around 40" → `death`.
            || self.gapped_clause((start, end), (at, after))
            || done
            || total
            || peak
            || compared
            || same_verb
            || held
            || but
            || rest
            || placed
            || restated
            || of_them
            || parallel
            || though
            || second_verb
            || averaging
            || target)
            .then_some(noun)
    }

    /// The noun of a bare whole from token `start` to `end` opening a sentence as `Of the N,`,
    /// `Of those N,` or `Of these N,` ("Of the 163, 41 involved …", "Of those 117, 83 had
    /// passed"): that of the last earlier count in `out` with the same value and a noun.
    fn whole_named_before(
        &self,
        out: &[Figure],
        figure: &Figure,
        start: usize,
        end: usize,
    ) -> Option<Arc<str>> {
        // (Also `Of those 117,` and `Of these 389,`.)
        if !(start >= 2
            && self.is_word(start - 1)
            && matches!(self.lower(start - 1), "the" | "those" | "these")
            && self.word_is(start - 2, "of")
            && self.sentence_initial(start - 2)
            && self.sym_is(end, ","))
        {
            return None;
        }
        out.iter()
            .rev()
            .find(|f| {
                f.kind == FigureKind::Count
                    && f.ends.is_none()
                    && f.low == figure.low
                    && f.high == figure.high
            })
            .and_then(|f| f.unit.clone())
    }

    /// The whole of a bare part at token `start` after `Of these,`, `Of those,` or `Of them,`
    /// opening a sentence: the last count before it in the paragraph (past shares and sums),
    /// with a noun and no smaller ("Italy recorded 66,317 sea arrivals in 2024, a 58% drop. Of
    /// these, 41,386 departed from Libya" → `arrival`).
    fn whole_of_these<'o>(&self, out: &'o [Figure], figure: &Figure, start: usize) -> Option<&'o Figure> {
        if !(start >= 3
            && self.sym_is(start - 1, ",")
            && matches!(self.lower(start - 2), "these" | "those" | "them")
            && self.word_is(start - 3, "of")
            && self.sentence_initial(start - 3))
        {
            return None;
        }
        let whole = out.iter().rev().take(3).find(|f| f.kind == FigureKind::Count)?;
        let after = self.token_after(whole);
        (whole.unit.is_some()
            && after < start - 3
            && start - 3 - after <= 30
            && (after..start - 3).all(|k| self.gap(k) != Gap::Break)
            && figure
                .low
                .or(figure.high)
                .zip(whole.low.or(whole.high))
                .is_some_and(|(part, all)| part <= all))
        .then_some(whole)
    }

    /// The noun of a bare part from token `start` to `end` after `, of whom` or `, of which`:
    /// that of the count before the comma in its clause, when no other reader named it ("4.0
    /// million were classified in Phase 3, of whom 896,000" → `person`, the 4.0 million's noun
    /// read from elsewhere). `whom` only after people; not past `each` ("6 cascades of 174
    /// machines each, of which 4") nor before `respectively`.
    fn whole_before_of_whom(
        &self,
        out: &[Figure],
        figure: &Figure,
        start: usize,
        end: usize,
    ) -> Option<Arc<str>> {
        if !(start >= 3
            && (self.word_is(start - 1, "whom") || self.word_is(start - 1, "which"))
            && self.word_is(start - 2, "of")
            && self.sym_is(start - 3, ","))
        {
            return None;
        }
        let comma = start - 3;
        let whole = out.last()?;
        let after = self.token_after(whole);
        // (A people's name counts people too: "4,500 Rohingya, of whom 569".)
        let named_people = || {
            after >= 1
                && self.is_word(after - 1)
                && self.s(after - 1).starts_with(|c: char| c.is_ascii_uppercase())
                && self.s(after - 1).bytes().skip(1).all(|b| b.is_ascii_lowercase())
        };
        // (Or a body of people named by one word: "The crew of 25 aboard Galaxy Leader, of whom
        // 17".)
        let people = |u: &str| {
            matches!(u, "person" | "crew" | "staff" | "personnel" | "police" | "militia")
                || lx::is_people_plural(&format!("{u}s"))
                || named_people()
        };
        let fits = whole.kind == FigureKind::Count
            && whole.unit.as_deref().is_some_and(|u| !self.word_is(start - 1, "whom") || people(u))
            && after <= comma
            // (Past a name's acronym in brackets: "11,000 soldiers of the Korean People's Army
            // (KPA) had been sent to Russia, of whom about 3,000".)
            && comma - after <= 18
            && !(after..comma).any(|k| {
                self.sym_is(k, ".;:!?,") || self.word_is(k, "each") || self.word_is(k, "apiece")
                    || self.sym_is(k, "(")
                        && !(self.is_word(k + 1) && self.s(k + 1).bytes().all(|b| b.is_ascii_uppercase())
                            && self.sym_is(k + 2, ")"))
                    || self.sym_is(k, ")") && !(k >= 2 && self.sym_is(k - 2, "("))
            })
            && figure.low.is_some_and(|v| whole.low.or(whole.high).is_some_and(|n| v <= n))
            // (Not parts shared out: "1,000 tanks and 672 howitzers, of which 180 and 212
            // respectively".)
            && !(end..end + 6).any(|k| self.word_is(k, "respectively"));
        fits.then(|| whole.unit.clone()).flatten()
    }

    /// The noun of a bare count from token `start` to `end` that `whom` or `them` ties to the
    /// plural before its comma, when no count stands there: "Russian personnel, of whom there
    /// are thought to be 2,000 to 2,500" → `personnel`, "displaced candidates, nearly 12,000 of
    /// whom missed" → `candidate`, "CCTV masts, at least 6 of them" → `mast`.
    fn whom_named_before(&self, start: usize, end: usize) -> Option<Arc<str>> {
        let noun_at = |k: usize| {
            (self.plural_at(k) && self.lowercase_word_at(k)
                || matches!(self.lower(k), "personnel" | "staff" | "police" | "crew"))
            .then(|| self.units.get(&lx::singular(self.lower(k))))
        };
        // (After `, of whom`, maybe past a clause that says there are so many: `there are
        // thought to be`, `there were an estimated`.)
        let mut k = start;
        while k + 6 > start
            && k >= 1
            && self.lowercase_word_at(k - 1)
            && matches!(
                self.lower(k - 1),
                "there"
                    | "are"
                    | "were"
                    | "thought"
                    | "believed"
                    | "estimated"
                    | "said"
                    | "to"
                    | "be"
                    | "now"
                    | "still"
            )
        {
            k -= 1;
        }
        if k >= 4 && self.word_is(k - 1, "whom") && self.word_is(k - 2, "of") && self.sym_is(k - 3, ",") {
            return noun_at(k - 4);
        }
        // (Or before `of whom` or `of them`, after the plural's comma: "civil servants, some
        // 300,000 of them,".)
        if start >= 2
            && self.sym_is(start - 1, ",")
            && self.word_is(end, "of")
            && matches!(self.lower(end + 1), "whom" | "them")
        {
            return noun_at(start - 2);
        }
        None
    }

    /// Where the level starting at token `at` reads as a level changed from: a level named as a
    /// peak reads as the level itself, "down from a peak of 2,210" as "down from 2,210" (the
    /// `a` of the peak's phrase), any other at `at`.
    fn level_named_as_peak(&self, at: usize) -> usize {
        if !(at >= 4
            && self.word_is(at - 1, "of")
            && matches!(self.lower(at - 2), "peak" | "high" | "record" | "low"))
        {
            return at;
        }
        // (Also with the peak's year: "down from a 2024 peak of roughly 2,600".)
        let dated = self.is_num(at - 3) && self.is_year_numeral(at - 3);
        let a = if dated { at - 4 } else { at - 3 };
        let from = a >= 2
            && self.word_is(a - 1, "from")
            && (self.word_is(a - 2, "up") || self.word_is(a - 2, "down"));
        // (Or the level a change rose to: "rose from fewer than 40 in early July to a peak of
        // 286".)
        let to = !dated && self.word_is(a - 1, "to");
        if self.word_is(a, "a") && (from || to) { a } else { at }
    }

    /// Token `start` follows an average or a peak a change started from: `from an average of`,
    /// `from a peak of` ("dropped from an average of 72").
    fn after_a_level(&self, start: usize) -> bool {
        start >= 4
            && self.word_is(start - 1, "of")
            && matches!(self.lower(start - 2), "average" | "peak" | "high" | "low" | "total")
            && matches!(self.lower(start - 3), "a" | "an")
            && self.word_is(start - 4, "from")
    }

    /// The first token after figure `f`.
    fn token_after(&self, f: &Figure) -> usize {
        self.toks.partition_point(|t| t.start < f.span.end)
    }

    /// A list of bare numbers before a last one with a unit or a percent sign shares it, and
    /// its magnitude: "1.5, 3.9 and 6.2 GW", "12, 15 and 18%", "1.1 and 0.6 GW respectively",
    /// "2, 4 and 6 million tonnes". The last figure (at token `at`) was just pushed on `out`.
    fn share_list_unit(&self, out: &mut [Figure], at: usize) {
        let Some((last, before)) = out.split_last_mut() else { return };
        if !matches!(last.kind, FigureKind::Measure | FigureKind::Percent)
            || last.low.is_none()
            || last.low != last.high
            || before.is_empty()
            || !self.is_num(at)
        {
            return;
        }
        // The last figure's magnitude: its value over its numeral.
        let numeral = self.numeral_value(at);
        let scale = last.low.map_or(1.0, |v| if numeral != 0.0 { v / numeral } else { 1.0 });
        if !(0..=12).any(|e| (scale - 10f64.powi(e)).abs() <= 1e-9 * scale.max(1.0)) {
            return;
        }
        // Walk back over the items joined by commas, `and` or `or` (the last joint).
        let mut next = at;
        let mut joint_and = true;
        let mut shared = 0;
        let mut comma_and = false;
        for previous in before.iter().rev() {
            let Some(k) = next.checked_sub(1) else { break };
            let joint = if joint_and {
                // (", or" sets off a share: "37, or 26%".)
                if self.word_is(k, "and") && k >= 1 && self.sym_is(k - 1, ",") {
                    comma_and = true;
                    k - 1
                } else if self.word_is(k, "and") || self.word_is(k, "or") {
                    k
                } else {
                    break;
                }
            } else if self.sym_is(k, ",") {
                k
            } else {
                break;
            };
            // The previous item: one bare number ending right before the joint.
            let Some(n) = joint.checked_sub(1) else { break };
            if !(self.is_num(n)
                && previous.kind == FigureKind::Count
                && previous.unit.is_none()
                && previous.ends.is_none()
                && previous.low.is_some()
                && previous.low == previous.high
                && previous.low == Some(self.numeral_value(n))
                && previous.span.end == self.toks[n].end
                // (No count many times a share's size: "a drop of 167,000 or 39 per cent".)
                && !(last.kind == FigureKind::Percent
                    && previous.low.is_some_and(|v| v > 100.0)
                    && last.low.is_some_and(|v| v <= 100.0)))
            {
                break;
            }
            shared += 1;
            next = n;
            joint_and = false;
        }
        // (Two items joined by ", and" are two clauses' figures, not a list: "1,230 detainees, a
        // capacity of 400, and 0.9 m² of floor space".)
        if shared == 0 || shared == 1 && comma_and {
            return;
        }
        let (kind, unit) = (last.kind, last.unit.clone());
        for previous in before.iter_mut().rev().take(shared) {
            previous.kind = kind;
            previous.unit = unit.clone();
            previous.low = previous.low.map(|v| v * scale);
            previous.high = previous.high.map(|v| v * scale);
        }
    }

    /// The second end of a change from one level to another, written bare, takes the first
    /// end's kind and unit: in "fell from 15 million ha to 8.3 million", 8.3 million is
    /// hectares too, and in "fell from 72 vessels (a day) to 28" 28 vessels (the first end already borrows from the second: "rose from 1.2 to 1.7
    /// million"). `previous` spans tokens `start..end`, `figure` starts at token `at`: "from"
    /// stands before the one and "to" alone between them (in "fell 70% to 4.1 million" the
    /// first is the size of the change).
    fn borrow_from_change(
        &self,
        previous: &Figure,
        earlier: Option<&Figure>,
        start: usize,
        end: usize,
        at: usize,
        figure: &mut Figure,
    ) {
        let previous_end = end;
        // The words between a new level and the one it changed from, after the figure ending at
        // token `end`: "up from", "down from", maybe after a comma, or (with `compared`)
        // "compared with" / "compared to".
        let changed_from = |end: usize, compared: bool| {
            let mut k = end;
            // (Also in brackets: "1,126 investigations (up from 934)".)
            if at == end + 3 && self.sym_is(k, ",(") {
                k += 1;
            }
            k + 2 == at
                && (self.word_is(k + 1, "from") && (self.word_is(k, "up") || self.word_is(k, "down"))
                    || compared && matches!(self.lower(k + 1), "with" | "to") && self.word_is(k, "compared"))
        };
        // "2.4m people, up from 1.9m": a glued `m` on the earlier level is millions, as on the
        // new one (alone it would be metres), also when the new one spells its millions out
        // ("3.5 million people, up from 2.6m"), past what the new one says ("2.4m people are
        // displaced, up from 1.9m") and on a change's second end ("rose from 7.5 million to
        // 8.2m").
        let up_from_after = || {
            at >= end + 3
                && at <= end + 10
                && self.word_is(at - 1, "from")
                && (self.word_is(at - 2, "up") || self.word_is(at - 2, "down"))
                && (end..at - 2).all(|k| {
                    self.is_word(k)
                        || self.sym_is(k, ",")
                        || self.is_year_numeral(k)
                        // (A day of a date: "displaced as of 1 July 2024, up from 1.9m".)
                        || self.is_num(k) && self.is_word(k + 1) && lx::is_month(self.s(k + 1))
                })
        };
        // (Also past the time of the first end: "rose from 17.7 million in the 2023 lean season
        // to 25.6m".)
        let second_end = || {
            at > end
                && at <= end + 8
                && self.word_is(at - 1, "to")
                && start >= 1
                && self.word_is(start - 1, "from")
                && (end..at - 1).all(|k| self.is_word(k) || self.is_year_numeral(k))
        };
        // (A sum's too: "SYP 2.45 million, up from 1.9m".)
        if figure.kind == FigureKind::Measure
            && figure.unit.as_deref() == Some("m")
            && matches!(previous.kind, FigureKind::Count | FigureKind::Money)
            // (A fraction of a million too, written so: "0.9m in Poland and 0.4m in Germany".)
            && previous.low.is_some_and(|v| v >= 1e5)
            && {
                // (Past a tilde: "up from ~1.9m".)
                let n = at + usize::from(self.sym_is(at, "~") && self.glued(at + 1));
                self.is_num(n) && self.glued(n + 1) && self.s(n + 1) == "m"
            }
            && (start..end).any(|k| {
                self.is_num(k)
                    && (self.glued(k + 1) && self.s(k + 1) == "m"
                        || self.is_word(k + 1) && lx::magnitude_spaced(self.s(k + 1)) == Some(6))
            })
            && (at >= end + 2 && at <= end + 3 && changed_from(end, false)
                || up_from_after()
                || second_end()
                // (More of it after `a further` or `another`: "used 2.9 million doses and requested a
                // further 1.4m".)
                || at > end + 1
                    && at <= end + 10
                    && (self.word_is(at - 1, "further") && self.word_is(at - 2, "a") || self.word_is(at - 1, "another"))
                    && (end..at).all(|k| !self.sym_is(k, ".;!?"))
                    && self.phrase_ends(at + 2)
                // (A level compared with it after `than the`, then a participle or the clause's
                // end: "nearly one million fewer than the 10.8m targeted".)
                || at > end + 1
                    && at <= end + 6
                    && self.word_is(at - 1, "the")
                    && self.word_is(at - 2, "than")
                    && (end..at).all(|k| !self.sym_is(k, ".;!?"))
                    && (self.phrase_ends(at + 2)
                        || self.lowercase_word_at(at + 2) && self.lower(at + 2).ends_with("ed"))
                // (A level set against it: "over 1.85 million, against 1.1m for the whole of
                // 2024".)
                || at > end
                    && at <= end + 3
                    && self.word_is(at - 1, "against")
                    && (end..at - 1).all(|k| self.sym_is(k, ","))
                // (A part after `including` or `among them`: "3.9 million refugees have fled,
                // including 1.2m in Egypt".)
                || at > end
                    && at <= end + 8
                    && (self.word_is(at - 1, "including")
                        || self.word_is(at - 1, "them") && self.word_is(at - 2, "among"))
                    && (end..at - 1).all(|k| self.is_word(k) || self.sym_is(k, ","))
                    && !(self.is_word(at + 2)
                        && matches!(
                            self.lower(at + 2),
                            "of" | "high" | "long" | "wide" | "deep" | "tall" | "thick" | "from" | "away"
                        ))
                || {
                    // (The next of a list: "1.5 million in Egypt and 1.1m in South Sudan", "2.1m
                    // people in need of WASH assistance in Gaza and 0.6m in the West Bank".)
                    at > end
                    && at <= end + 10
                    && (self.word_is(at - 1, "and") || self.sym_is(at - 1, ","))
                    && (end..at - 1).all(|k| self.is_word(k) || self.sym_is(k, ","))
                    // (Not a length of its own: "and 3m high walls", "and 40m of trench", "2m from
                    // the river bank".)
                    && !(self.is_word(at + 2)
                        && (self.plural_at(at + 2)
                            || matches!(
                                self.lower(at + 2),
                                "high" | "long" | "wide" | "deep" | "tall" | "thick" | "from" | "away" | "below" | "above"
                            )
                            // ("40m of trench"; "1.2m of them" are people)
                            || self.word_is(at + 2, "of")
                                && !matches!(self.lower(at + 3), "them" | "whom" | "which" | "these" | "those")))
                })
        {
            let million = |v: Option<f64>| v.map(|v| (v * 1e9).round() / 1e3);
            figure.low = million(figure.low);
            figure.high = million(figure.high);
            figure.kind = previous.kind;
            figure.unit = previous.unit.clone();
            return;
        }
        // (The cheap tests first: most figures are no second end of a change.)
        if figure.kind != FigureKind::Count
            || figure.unit.is_some()
            || previous.kind == FigureKind::Count && previous.unit.is_none()
        {
            return;
        }
        // The first end of a change told by a participle after a comma, of the count before
        // it: "Attacks averaged about 43 a month, rising from 28 in January to 71" → attack
        // (also after the count's rate, `a month`, `per day`, and its time).
        // (Also its new level, past the count's time: "averaged 3,200 vehicles a day in 2023,
        // falling to about 1,900 a day".)
        if previous.kind == FigureKind::Count
            && at >= end + 3
            && (self.word_is(at - 1, "from") || self.word_is(at - 1, "to"))
            && self.lowercase_word_at(at - 2)
            && self.lower(at - 2).ends_with("ing")
            && lx::is_change_verb(self.lower(at - 2))
            && self.sym_is(at - 3, ",")
            && {
                let rate = matches!(self.lower(end), "a" | "per" | "each")
                    && self.is_word(end + 1)
                    && lx::is_time_noun(self.lower(end + 1));
                let e = end + if rate { 2 } else { 0 };
                let e = if e < at - 3 { self.level_time_end(e).unwrap_or(e) } else { e };
                e == at - 3
            }
        {
            figure.unit = previous.unit.clone();
            return;
        }
        // The level a count changed from after the size of the change in per cent: "1,836
        // kidnapping events in 2023, up 12% from 1,639 in 2022".
        if previous.kind == FigureKind::Percent
            && at == end + 1
            && self.word_is(end, "from")
            && start >= 2
            && matches!(self.lower(start - 1), "up" | "down")
            && let Some(earlier) = earlier.filter(|e| {
                e.kind == FigureKind::Count && e.unit.is_some() && {
                    // (Past where and when it was counted: "in Nigeria in 2023".)
                    let b = if self.sym_is(start - 2, ",") { start - 2 } else { start - 1 };
                    let after = self.token_after(e);
                    after <= b && b - after <= 8 && self.predicate_without_count(after, b)
                }
            })
        {
            figure.unit = earlier.unit.clone();
            return;
        }
        // A third level after a change's second end: "climbed from 142 aircraft in 2022 to 256
        // in 2024, and to 307 over the first nine months of 2025", also after a change verb
        // ("rose from 21 in January to 74 in September, before easing to 63 in October").
        let third = || {
            if self.word_is(at - 2, "and") {
                return Some(at - 2);
            }
            (at >= end + 3
                && self.lowercase_word_at(at - 2)
                && lx::is_change_verb(self.lower(at - 2))
                && matches!(self.lower(at - 3), "before" | "then" | "and" | "after"))
            .then(|| at - 3)
        };
        // (Or after `and` alone, past the second end's time: "dropped from 2,068 in November to
        // 1,362 in January and about 1,100 in April".)
        let and_timed = || self.word_is(at - 1, "and") && self.level_time_end(end) == Some(at - 1);
        if previous.kind == FigureKind::Count
            && start >= 1
            && self.word_is(start - 1, "to")
            && at >= end + 2
            && (self.word_is(at - 1, "to")
                && third().is_some_and(|opener| {
                    let mut k = self.level_time_end(end).unwrap_or(end);
                    if self.sym_is(k, ",") {
                        k += 1;
                    }
                    k == opener
                })
                || and_timed())
        {
            figure.unit = previous.unit.clone();
            return;
        }
        // A second earlier level after `and`, past the first one's time: "up from 3,705 in 2022
        // and under 900 in 2021", "down from 31 in 2019 and 48 at their peak".
        if previous.kind == FigureKind::Count
            && start >= 2
            && self.word_is(start - 1, "from")
            && matches!(self.lower(start - 2), "up" | "down")
            && at >= end + 2
            && and_timed()
        {
            figure.unit = previous.unit.clone();
            return;
        }
        // The new level after the size of a change: "shrank by some 400,000 hectares, to 5.8
        // million", "the budget fell by $2 billion, to 5.8 billion" (not after a percentage:
        // "rose by 5%, to 40" may be of anything; nor a level smaller than the change, which may
        // be in a larger unit, "fell by 20 cents, to 1.40", or a scaled one, "fell by 0.4 mb/d,
        // to 2.1"; nor after points, "rose by 2 points, to 7.1").
        if previous.kind != FigureKind::Percent
            && figure.low.is_some_and(|level| previous.low.is_some_and(|size| level >= size))
            && !matches!(
                previous.unit.as_deref(),
                Some("point" | "pp" | "cent" | "penny" | "piastre" | "kopeck" | "diram" | "tiyin" | "fils")
            )
            && self.word_is(at - 1, "to")
            && (at == end + 1 || at == end + 2 && self.sym_is(end, ","))
            && start >= 2
            && self.word_is(start - 1, "by")
            && self.is_word(start - 2)
            && (lx::is_change_verb(self.lower(start - 2)) || lx::is_from_change_verb(self.lower(start - 2)))
        {
            figure.kind = previous.kind;
            figure.unit = previous.unit.clone();
            return;
        }
        // The level it changed from, after the new one: "107 states, up from 97", "5,700
        // minors, down from 9,800", "45%, up from 40".
        // (Not a sum or a measure, nor a figure with a magnitude, which the bare level leaves
        // out: "$40 million, up from 30", "2 million people, up from 1"; not a whole either:
        // "45th of 180 countries, up from 52".)
        // (A glued `m` read as millions too: "1.2m refugees, down from 1.5".)
        let magnitude = |k: usize| {
            self.is_word(k)
                && (lx::magnitude_spaced(self.s(k)).is_some()
                    || self.glued(k) && lx::magnitude_glued(self.lower(k)).is_some()
                    || self.glued(k) && self.s(k) == "m" && previous.low.is_some_and(|v| v >= 1e6))
        };
        // (Past the bracket closing a confidence interval: "3,832 deaths (95% CI 3,170–4,510),
        // up from 2,180".)
        let end = end + usize::from(self.sym_is(end, ")") && self.interval_label(start).is_some());
        // (A span ends the figure before its noun: "[48]{qty=x} incidents, up from 22".)
        // (Only what is read below can move: `at` within five tokens, so most pairs of figures
        // are passed by before the noun's singular is made.)
        let end = if at > end + 3
            && at <= end + 5
            && self.is_word(end)
            && previous.unit.as_deref().is_some_and(|u| lx::singular(self.lower(end)) == u)
        {
            end + 1
        } else {
            end
        };
        // (Past what the count is of and where: "41 seizures of wildlife products in 2025, up
        // from 27", "116 incidents of piracy worldwide, down from 120", "512 person-days of
        // inspection in Iran in 2024, down from 2,236".)
        // (Not after a list of counts, where the level may be any of them: "116 incidents and
        // 12 hijackings worldwide, down from 120".)
        // (A comma after a phrase opening the sentence lists nothing: "In 2024, 5,601 people
        // were killed, up from 4,789", "Last year, …".)
        let opener = |comma: usize| {
            comma >= 1
                && self.starts_sentence_within(comma - 1, 6, |k| self.is_word(k) || self.is_year_numeral(k))
        };
        let listed = start >= 1
            && (self.word_is(start - 1, "and") || self.sym_is(start - 1, ",") && !opener(start - 1));
        // The level's last token, and whether another level follows it ("down from 74 and 29").
        let level_last = (at..at + 4).find(|&k| self.tok(k).is_some_and(|t| t.end == figure.span.end));
        let pair = level_last.is_some_and(|last| self.word_is(last + 1, "and") && self.is_num(last + 2));
        // (A share's whole, in words, with its place and time: "13.8% of all intentional
        // violent deaths in Brazil in 2023, up from 12.9", "0.03% of GDP on core functions, down
        // from 0.05".)
        let end = if previous.kind == FigureKind::Percent
            && self.word_is(end, "of")
            && at > end + 3
            && at <= end + 12
            && self.sym_is(at - 3, ",")
            && (end..at - 3).all(|k| self.is_word(k) || self.is_num(k) && self.is_year_numeral(k))
        {
            at - 3
        } else if at > end + 3 && !listed {
            self.count_complement(end, at)
        } else {
            end
        };
        // (Past the time of the new level: "13,213 transits in 2024, down from 26,434", "40
        // attacks in March 2025, up from 12".)
        // (After a list only for a pair of levels: "58 helicopters and 23 aircraft in 2025, down
        // from 74 and 29"; "4,211 cases and 900 appeals in fiscal 2025, up from 3,388" is any
        // of them.)
        // (The time may be long: "in the first nine months of 2025, up from 121".)
        let end = if at > end + 3 && at <= end + 12 && (!listed || pair) {
            self.level_time_end(end).unwrap_or(end)
        } else {
            end
        };
        // (Past a short predicate of lowercase words: "40-odd cities now publish heat alerts, up
        // from 23 in 2022".)
        let end = if at > end + 3
            && at <= end + 9
            && !listed
            && previous.kind == FigureKind::Count
            && previous.unit.is_some()
            // (Not a share's whole, whose level may be the share's: "Only 15% of 20 hospitals
            // are partially functional, down from 18".)
            && !(start >= 1 && matches!(self.lower(start - 1), "of" | "among")
                || start >= 2 && self.word_is(start - 1, "the") && matches!(self.lower(start - 2), "of" | "among"))
            && self.sym_is(at - 3, ",")
            && matches!(self.lower(at - 2), "up" | "down")
            && (end..at - 3).all(|k| self.lowercase_word_at(k))
        {
            at - 3
        } else {
            end
        };
        // (Past a longer predicate with no other count in it, only words, years, days of a
        // month and asides in brackets: "412 incidents between 1 January and 31 October 2026, up
        // from 268", "2,700 reservists to refresher training in 2025, compared with 900", "472
        // combat aircraft on order from the USA at the end of 2025, up from 344", "23 countries
        // now have a dedicated reporting line, against 6 in 2021".)
        let end = match self.level_comma(at) {
            Some(comma)
                if comma > end
                    && comma <= end + 16
                    && (!listed || pair)
                    // (A sum too, when its magnitude is written again, as tested below: "FCFA
                    // 147.5 billion to defence, up from 109 billion".)
                    && (previous.kind == FigureKind::Count || previous.kind == FigureKind::Money)
                    && previous.unit.is_some()
                    // (Not a share's whole, also after a possessive: "25% of its 40 brigades'
                    // positions, down from 30".)
                    && !(start.saturating_sub(5)..start).any(|k| {
                        matches!(self.lower(k), "of" | "among")
                            && (k + 1..start).all(|d| {
                                self.sym_is(d, "'’")
                                    || self.sym_is(d + 1, "'’") && self.glued(d + 1)
                                    || self.is_word(d)
                                        && matches!(
                                            self.lower(d),
                                            "the" | "its" | "their" | "his" | "her" | "our" | "s"
                                        )
                            })
                    })
                    && self.predicate_without_count(end, comma) =>
            {
                comma
            }
            _ => end,
        };
        // ("6.1 million voters, up from 5.9 million": both with the same spaced magnitude.)
        let same_magnitude = || {
            let word = |k: usize| self.is_word(k) && lx::magnitude_spaced(self.s(k)).is_some();
            let mine = (start..end).find(|&k| word(k));
            figure.kind == FigureKind::Count
                && figure.unit.is_none()
                && level_last.is_some_and(|l| word(l) && mine.is_some_and(|m| self.lower(m) == self.lower(l)))
        };
        // A revised count or an earlier peak after a comma: "100 million individuals, later
        // revised to 190 million", "1.9 million head in 2022, from a peak of 5.3 million".
        if previous.kind == FigureKind::Count
            && previous.unit.is_some()
            && figure.ends.is_none()
            && let Some(comma) = self.revision_comma(at)
            && (comma == end || self.level_time_end(end) == Some(comma))
            && (same_magnitude() || self.ends_on_numeral(figure) && !(start..end).any(magnitude))
        {
            figure.unit = previous.unit.clone();
            return;
        }
        // (A whole is one after a part or a rank, "45th of 180 countries"; not "a backlog of
        // 52,300 cases".)
        let whole = previous.kind == FigureKind::Count
            && start >= 2
            && matches!(self.lower(start - 1), "of" | "among")
            && (self.is_num(start - 2)
                || self.is_word(start - 2) && self.glued(start - 2) && self.is_num(start - 3));
        // ("95 seats against 80", "95 seats, against 80 in 2019": a level set beside it.)
        // (Not what is done against someone, an accusation or a legal act: "30 charges against
        // 12", "30 indictments against 12".)
        // (A legal act's count is a level too when an earlier time follows it: "2,940 cases
        // against 2,180 the week before", "40 charges against 25 a year earlier"; "12 lawsuits
        // against 4 in 2023" may have been brought against 4 people.)
        let earlier_time = |k: usize| {
            let noun = |k: usize| self.is_word(k) && is_span_of_time(self.lower(k));
            matches!(self.lower(k), "the" | "a")
                && noun(k + 1)
                && matches!(self.lower(k + 2), "before" | "earlier")
                || self.word_is(k, "the") && self.word_is(k + 1, "previous") && noun(k + 2)
        };
        // (After a comma the act's count is a level too: "118 attacks in 2024, against 74"; not
        // a part or a list of what was acted against: "40 raids, against 3 of the group's
        // bases", "against 3, 4 and 5 Brigade positions".)
        let comma = at == end + 2
            && self.sym_is(end, ",")
            && level_last.is_some_and(|l| {
                // (A list of levels is one: "against 74, 63 and 51 in the three previous years".)
                let mut k = l + 1;
                while self.sym_is(k, ",") && self.is_num(k + 1) {
                    k += 2;
                }
                if self.is_word(k) && matches!(self.lower(k), "and" | "or") && self.is_num(k + 1) {
                    k += 2;
                }
                !self.word_is(l + 1, "of")
                    && !(k > l + 1
                        && self.is_word(k)
                        && (self.s(k).starts_with(|c: char| c.is_ascii_uppercase()) || self.plural_at(k)))
            });
        // (Also past the count's time: "211,400 deaths in May against 186,900 in May 2023"; then
        // a legal act's or an attack's count too, with a time after the level: "118 attacks in
        // 2024 against 74 in 2023".)
        // (The time is read only before `against`: most levels come after `up from`.)
        let against_word = self.word_is(at - 1, "against");
        // (Also after a comma past the time: "755,426 refugees at the end of 2024, against 1
        // million in 2015".)
        let timed = against_word
            && at > end + 1
            && self.level_time_end(end).is_some_and(|e| e + 1 == at || e + 2 == at && self.sym_is(e, ","));
        // (Not a span of time given as a frame: "troops at high readiness, available within 30
        // days, against roughly 40,000" compares troops.)
        let framed_time = previous.unit.as_deref().is_some_and(is_span_of_time)
            && (self.word_is(start, "within")
                || start >= 1 && matches!(self.lower(start - 1), "in" | "within" | "for" | "after" | "over"));
        let against = (at == end + 1 || comma || timed)
            && against_word
            && !framed_time
            && (!previous.unit.as_deref().is_some_and(lx::is_done_against)
                || comma
                || level_last
                    .is_some_and(|l| earlier_time(l + 1) || timed && self.level_time_end(l + 1).is_some()));
        // (A measure as written, or scaled by its unit as the level is written: "1.1 mb/d, down
        // from 1.7" is 1.7 million bbl/d, "1.9 MMT, up from 1.4" 1.4 million t.)
        let as_written = || {
            (start..end)
                .find(|&k| self.is_num(k))
                .is_some_and(|k| previous.low.or(previous.high) == Some(self.numeral_value(k)))
        };
        let level_scale =
            (previous.kind == FigureKind::Measure && figure.kind == FigureKind::Count && !as_written())
                .then(|| self.borrowed_scale(previous, start, end, figure))
                .flatten()
                .filter(|&scale| scale > 1.0);
        // (A measure only after `up from`, `down from` or `compared with`: "covering 1,150 sq km,
        // against 1,870 a year earlier" may count what was covered.)
        // (A share's level is no count many times its size: "27,430 candidates sat, down 11%
        // on the previous session, against 68,000 before the crisis".)
        let share_of_size = previous.kind != FigureKind::Percent
            || previous
                .low
                .or(previous.high)
                .zip(figure.low.or(figure.high))
                .is_none_or(|(p, v)| v <= 100.0 || p > 0.0 && v / p <= 20.0);
        if (at >= end + 2 && at <= end + 3 || against)
            && share_of_size
            && (matches!(previous.kind, FigureKind::Count | FigureKind::Percent)
                || previous.kind == FigureKind::Measure
                    && !against
                    // (Not a reach that says where: "412 events within 5 km of mining sites in
                    // 2024, up from 268" counts events.)
                    // ("The front line runs within 8 km of the city, down from 15" is 15 km.)
                    && !(self.word_is(start, "within")
                        && self.word_is(previous_end, "of")
                        // (Also past where the count was: "6,500 troops in Bolívar state within
                        // 100 km of the border, up from roughly 2,000".)
                        && earlier.is_some_and(|e| {
                            e.kind == FigureKind::Count
                                && e.unit.is_some()
                                && e.span.end <= previous.span.start
                                && self.text.get(e.span.end..previous.span.start).is_some_and(|between| {
                                    between.len() <= 40
                                        && !between.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ';' | '!' | '?'))
                                })
                        }))
                    && (as_written() || same_magnitude() || level_scale.is_some())
                    // (Of the measure's size when not scaled: "a perimeter of 8.5 kilometres,
                    // compared with around 1,500 in 2020" compares no lengths.)
                    && (level_scale.is_some()
                        || previous.low.or(previous.high).zip(figure.low.or(figure.high)).is_some_and(|(p, v)| {
                            p > 0.0 && v > 0.0 && v / p <= 20.0 && p / v <= 20.0
                        }))
                // ("CFA 4.1 billion, up from 3.6 billion": a sum only with its magnitude again.)
                // ("RUB 5.7 trillion in 2025, against 10.8 trillion": also after `against`.)
                || previous.kind == FigureKind::Money && same_magnitude()
                // (Or a sum written in full after one written in full: "12,000 francs, up from
                // 9,000", "XOF 2,500 a litre, against 1,800".)
                || previous.kind == FigureKind::Money
                    && !(start..end).any(magnitude)
                    && self.ends_on_numeral(figure)
                    && figure.kind == FigureKind::Count
                    && figure.unit.is_none()
                    && previous.low.or(previous.high).zip(figure.low.or(figure.high)).is_some_and(|(p, v)| {
                        p > 0.0 && v > 0.0 && v / p <= 20.0 && p / v <= 20.0
                    }))
            // (A range only after `up from` or `down from`: "3 attacks a week, down from 4-5".)
            && (figure.ends.is_none() || !against && changed_from(end, false))
            // (Also a bound: "600 fighters, down from as many as 2,500".)
            && (figure.low.is_some() || figure.high.is_some())
            // (A count a period compares only with a level of its size: in "an average of 1.4 a
            // day, up from 61 in the preceding five months" the 61 are no strikes a day.)
            && !(previous.kind == FigureKind::Count
                && previous.unit.as_deref().is_some_and(|u| u.contains('/'))
                && previous.low.or(previous.high).zip(figure.low.or(figure.high)).is_some_and(|(p, v)| {
                    p > 0.0 && v > 0.0 && (v / p > 20.0 || p / v > 20.0)
                }))
            // (A level written out in full is no bare magnitude left out: "over 1.2 million
            // people had been displaced, up from 112,000".)
            && (self.ends_on_numeral(figure) && !(start..end).any(magnitude)
                || same_magnitude()
                || previous.kind == FigureKind::Count
                    && self.ends_on_numeral(figure)
                    && figure.low.is_some_and(|v| v >= 1000.0)
                // (A level in millions against a count written in full, of its size: "755,426
                // refugees in 2024, against more than 1 million in 2015".)
                || previous.kind == FigureKind::Count
                    && against
                    && previous.low.zip(figure.low.or(figure.high)).is_some_and(|(p, v)| {
                        p >= 1e5 && v >= p / 10.0 && v <= p * 10.0
                    }))
            && !whole
            && (against || changed_from(end, true))
        {
            // Two levels after two counts: "58 helicopters and 23 aircraft, down from 74 and
            // 29": the first level counts what the first count counts (the second is read
            // below, when the figure after `and` comes).
            if pair && start >= 1 && self.word_is(start - 1, "and") {
                if let Some(earlier) = earlier.filter(|e| {
                    e.kind == previous.kind && e.unit.is_some() && self.right_before(e, start - 1)
                }) {
                    figure.kind = earlier.kind;
                    figure.unit = earlier.unit.clone();
                }
                return;
            }
            // The level of a count, not of the places it was counted in, when it is nearer the
            // count in size: "296 shutdowns in 54 countries in 2024, up from 283" (283
            // shutdowns; "300 people in 12 villages, up from 4" stays 4 villages).
            let nearer = |e: &Figure| {
                let far = |v: Option<f64>| match (v, figure.low) {
                    (Some(v), Some(l)) if v > 0.0 && l > 0.0 => (l / v).ln().abs(),
                    _ => f64::INFINITY,
                };
                far(e.low) < far(previous.low)
            };
            // (Also over the span of time it was counted in: "16,412 drones over the 92 nights of
            // the period, up from 11,950".)
            // (A span of time after `for` or `to` too: "200 suspects for 48 hours, up from 150",
            // "60 people to 5 years in prison, up from 45".)
            let time = previous.unit.as_deref().is_some_and(is_span_of_time);
            let place = |k: usize| {
                self.is_word(k)
                    && (matches!(self.lower(k), "in" | "across" | "over" | "during" | "from")
                        || time && matches!(self.lower(k), "for" | "to"))
            };
            let prep = (start >= 1 && place(start - 1)).then(|| start - 1).or_else(|| {
                (start >= 2 && self.word_is(start - 1, "the") && place(start - 2)).then(|| start - 2)
            });
            // (A frame, all of the places or a span of time, is never the level's: "60 attacks
            // over the 52 weeks of the year, up from 48", "22 drones in 24 hours, down from 26".)
            let frame =
                prep.is_some_and(|p| p + 2 == start) || previous.unit.as_deref().is_some_and(is_span_of_time);
            // The level of a share, not of what it is a share of or where it was measured, when
            // it is nearer the share in size: "31% of 4,200 children, down from 35", "85% across
            // 40 camps at the end of June 2025, down from 91".
            let share = prep.or_else(|| {
                (start >= 1 && self.is_word(start - 1) && matches!(self.lower(start - 1), "of" | "among"))
                    .then(|| start - 1)
            });
            // (And on the side `up` or `down` says: "55% of 70 districts, up from 60" counts
            // districts.)
            let direction = |e: &Figure| match (self.lower(at.saturating_sub(2)), e.low, figure.low) {
                ("up", Some(now), Some(then)) => then < now,
                ("down", Some(now), Some(then)) => then > now,
                _ => true,
            };
            if let Some(share) = share
                && let Some(earlier) = earlier.filter(|e| {
                    e.kind == FigureKind::Percent && self.right_before(e, share) && nearer(e) && direction(e)
                })
            {
                figure.kind = earlier.kind;
                figure.unit = earlier.unit.clone();
                return;
            }
            // (Or who counted them, after a participle: "147 incidents were reported by 31
            // states, up from 146".)
            let by = (start >= 3 && self.word_is(start - 1, "by") && self.lowercase_word_at(start - 2) && {
                let w = self.lower(start - 2);
                w.len() > 4 && w.ends_with("ed") || lx::is_irregular_past(w)
            })
            .then(|| {
                let aux = start - 3;
                if self.is_word(aux) && matches!(self.lower(aux), "were" | "was" | "been" | "are" | "is") {
                    aux
                } else {
                    start - 2
                }
            });
            if let Some(by) = by
                && let Some(earlier) = earlier.filter(|e| {
                    e.kind == FigureKind::Count && e.unit.is_some() && self.right_before(e, by) && nearer(e)
                })
            {
                figure.kind = earlier.kind;
                figure.unit = earlier.unit.clone();
                return;
            }
            if let Some(prep) = prep {
                // (Also past a verb between, when nearer in size: "about 7,800 people remain in
                // 134 collective sites, down from 22,000" counts people.)
                let verb_between = |e: &Figure| {
                    prep >= 1 && self.lowercase_word_at(prep - 1) && self.right_before(e, prep - 1)
                };
                let adjacent = earlier.filter(|e| {
                    e.kind == FigureKind::Count
                        && e.unit.is_some()
                        && (self.right_before(e, prep) && (frame || nearer(e))
                            || verb_between(e) && nearer(e))
                });
                if let Some(earlier) = adjacent {
                    figure.kind = earlier.kind;
                    figure.unit = earlier.unit.clone();
                    return;
                }
                if frame {
                    return;
                }
            }
            figure.kind = previous.kind;
            figure.unit = previous.unit.clone();
            scale_figure(figure, level_scale.unwrap_or(1.0));
            return;
        }
        // The second of two levels after two counts (see above): "… down from 74 and 29".
        if at == end + 1
            && self.word_is(end, "and")
            && start >= 2
            && (self.word_is(start - 1, "from") && matches!(self.lower(start - 2), "up" | "down")
                || self.word_is(start - 1, "with") && self.word_is(start - 2, "compared"))
            && previous.kind == FigureKind::Count
            && previous.unit.is_some()
            && figure.ends.is_none()
            && figure.low.is_some()
            && let Some(earlier) = earlier
            && earlier.kind == FigureKind::Count
            && earlier.unit.is_some()
            && earlier.unit != previous.unit
            && self.level_pair_gap(earlier, start - 2)
        {
            figure.kind = earlier.kind;
            figure.unit = earlier.unit.clone();
            return;
        }
        // Earlier levels of one count, each with its time: "853 people, up from 576 in 2022
        // and 314 in 2021", "45%, up from 40 in 2022, 38 in 2021".
        if start >= 2
            && self.word_is(start - 1, "from")
            && matches!(self.lower(start - 2), "up" | "down")
            && matches!(previous.kind, FigureKind::Count | FigureKind::Percent)
            && (previous.unit.is_some() || previous.kind == FigureKind::Percent)
            && figure.ends.is_none()
            && self.ends_on_numeral(figure)
            && let Some(k) = self.time_phrase_end(end)
            && (self.word_is(k, "and") || self.sym_is(k, ","))
            && at == k + 1
            && self.time_phrase_end(at + 1).is_some()
        {
            figure.kind = previous.kind;
            figure.unit = previous.unit.clone();
            return;
        }
        // The level changed from after the new one: "fell 6.5%, to 3.85 million t, from 4.12
        // million", "to 3,850 t from 4,120" (bare, or with the same magnitude), also past the
        // new one's time: "fell to 4.9 million bales in 2022-23 from 8.3 million".
        let timed_end = if start >= 1 && self.word_is(start - 1, "to") && at > end + 2 {
            self.level_time_end(end).filter(|&e| e < at).unwrap_or(end)
        } else {
            end
        };
        if start >= 1
            && self.word_is(start - 1, "to")
            && (at == timed_end + 1 && self.word_is(timed_end, "from")
                || at == timed_end + 2 && self.sym_is(timed_end, ",") && self.word_is(timed_end + 1, "from"))
            && previous.ends.is_none()
            && previous.unit.is_some()
            && figure.ends.is_none()
        {
            let magnitude = |k: usize| self.is_word(k) && lx::magnitude_spaced(self.s(k)).is_some();
            let mine = (start..end).find(|&k| magnitude(k)).map(|k| self.lower(k));
            let level = (at..at + 4).find(|&k| magnitude(k)).filter(|&k| self.toks[k].end <= figure.span.end);
            let alike = match (mine, level) {
                (None, None) => self.ends_on_numeral(figure),
                (Some(m), Some(l)) => m == self.lower(l),
                _ => false,
            };
            if alike && let Some(scale) = self.borrowed_scale(previous, start, end, figure) {
                figure.kind = previous.kind;
                figure.unit = previous.unit.clone();
                scale_figure(figure, scale);
            }
            return;
        }
        // (Also after an average or a peak it started from: "dropped from an average of 72 to
        // around 35".)
        if start == 0 || !(self.word_is(start - 1, "from") || self.after_a_level(start)) {
            return;
        }
        // A rate or a time after the first end: "fell from about 72 vessels a day to 28",
        // "fell from 1,250 trucks in March to 860".
        let rate = at == end + 3
            && (self.word_is(end, "a") || self.word_is(end, "per") || self.word_is(end, "each"))
            && self.is_word(end + 1)
            && lx::is_time_noun(self.lower(end + 1));
        let time = at == end + 3
            && (self.word_is(end, "in") || self.word_is(end, "during"))
            && (self.month_at(end + 1) || self.is_num(end + 1) && self.is_year_numeral(end + 1));
        // ("rose from 212 cases in week 6 to 489": a week or a day of the count; "from 72 in
        // early December to around 35": part of a month.)
        let numbered_time = at == end + 4
            && self.word_is(end, "in")
            && (matches!(self.lower(end + 1), "week" | "wk" | "day" | "month") && self.is_num(end + 2)
                || matches!(self.lower(end + 1), "early" | "mid" | "late") && self.month_at(end + 2));
        // ("rose from roughly 7,560 at the start of 2024 to more than 10,000")
        let start_of = at == end + 6
            && self.word_is(end, "at")
            && self.word_is(end + 1, "the")
            && matches!(self.lower(end + 2), "start" | "end" | "beginning" | "close")
            && self.word_is(end + 3, "of")
            && self.is_num(end + 4)
            && self.is_year_numeral(end + 4);
        // (The figure's end may already stand past "in early": at the month.)
        let month = at == end + 2 && self.month_at(end) && self.word_is(end + 1, "to");
        let end = if month {
            end + 1
        } else if rate || time {
            end + 2
        } else if numbered_time {
            end + 3
        } else if start_of {
            end + 5
        } else {
            end
        };
        // (Also past `just` or `only`: "dropped from 31 in 2019 to just 12 in 2023".)
        let at = if at == end + 2 && self.is_word(end + 1) && matches!(self.lower(end + 1), "just" | "only") {
            at - 1
        } else {
            at
        };
        // (The new level may be a range: "grew from 3,000 troops to between 5,500 and 6,000".)
        if at == end + 1
            && self.word_is(end, "to")
            && previous.ends.is_none()
            // (Also hedged or bounded: "to about 700", "to over 9,500", "to less than 4 billion".)
            && (figure.low.is_some() || figure.high.is_some())
            && let Some(scale) = self.borrowed_scale(previous, start, end, figure)
        {
            figure.kind = previous.kind;
            figure.unit = previous.unit.clone();
            scale_figure(figure, scale);
        }
    }

    /// A rate per a power of ten of people that names nothing counts what the count before it
    /// counts, when the words between call it a rate: "2,637 homicides in 2025, a rate of
    /// roughly 94 per 100,000 residents" (`homicide/100k`). `previous` ends at token `end`;
    /// `figure` starts at `at`.
    fn rate_of_previous(&self, previous: &Figure, figure: &mut Figure, end: usize, at: usize) {
        let Some(rate) = figure.unit.as_deref().filter(|u| u.starts_with('/') && is_rate_per_base(u)) else {
            return;
        };
        // (Not the population it is a rate of: "With a national population of around 1.2
        // million, the imprisonment rate stands at roughly 330 per 100,000".)
        // (Or a rate of the same base set beside one that names its noun: "a rate of 43 per
        // 100,000 inhabitants, compared with 5.8 per 100,000 in 2018".)
        if let Some(named) = previous.unit.as_deref().filter(|u| !u.starts_with('/') && u.ends_with(rate))
            && previous.kind == FigureKind::Count
            && at <= end + 4
            && (end..at).any(|k| {
                self.is_word(k)
                    && matches!(self.lower(k), "compared" | "against" | "from" | "versus" | "vs" | "than")
            })
        {
            figure.unit = Some(self.units.get(named));
            return;
        }
        let Some(noun) = previous.unit.as_deref().filter(|u| !u.contains('/') && *u != "person") else {
            return;
        };
        if previous.kind != FigureKind::Count
            || at > end + 10
            || (end..at).any(|k| self.sym_is(k, ".;!?") || self.is_num(k) && !self.is_year_numeral(k))
            || !(end..at).any(|k| self.word_is(k, "rate"))
        {
            return;
        }
        figure.unit = Some(self.units.get(&format!("{noun}{rate}")));
    }

    /// A bare count of what befell the same people, after `and` or a comma and before its own
    /// participle, counts what the count before it counts: "146 civilians were killed and more
    /// than 230 abducted" (`civilian`), "312 insurgents neutralised, 47 captured" (`insurgent`).
    /// `previous` ends at token `end`; `figure` spans tokens `at..after`.
    fn befell_alike(&self, previous: &Figure, figure: &mut Figure, end: usize, (at, after): (usize, usize)) {
        if previous.kind != FigureKind::Count
            || figure.kind != FigureKind::Count
            || figure.unit.is_some()
            || previous.unit.as_deref().is_none_or(|u| u.contains('/'))
            || at < end + 2
            || at > end + 6
        {
            return;
        }
        let participle = |k: usize| {
            self.lowercase_word_at(k) && {
                let w = self.lower(k);
                w.len() > 4 && w.ends_with("ed") || lx::is_irregular_past(w)
            }
        };
        // (The first participle, maybe after its auxiliary: "were killed", "had been detained".)
        let mut k = end;
        while k < at
            && self.is_word(k)
            && matches!(self.lower(k), "were" | "was" | "had" | "have" | "has" | "been")
        {
            k += 1;
        }
        if !(participle(k) && k + 2 == at && (self.word_is(k + 1, "and") || self.sym_is(k + 1, ","))) {
            return;
        }
        // (The second right after the count, ending its phrase or before a preposition.)
        if !(participle(after)
            && (self.phrase_ends(after + 1)
                || self.is_word(after + 1)
                    && matches!(
                        self.lower(after + 1),
                        "and" | "in" | "over" | "since" | "during" | "by" | "at" | "on"
                    )))
        {
            return;
        }
        figure.unit = previous.unit.clone();
    }

    /// A standard set against a rate is in the rate's terms: in "7.5 litres per person per day
    /// in the camps, against a Sphere minimum of 15 litres" the 15 litres are per person per
    /// day too (also `below`, `above`, `under`, `versus` and a `standard`, `norm`,
    /// `benchmark`, `threshold`, `target`, `requirement`, `line`, `minimum`, `price` or
    /// `average` of); a bare one set against a count counts what it counts ("48 pupils,
    /// against a national standard of 30"). `previous` ends at token `end`; `figure` starts at
    /// `at`.
    fn standard_set_against(
        &self,
        previous: &Figure,
        figure: &mut Figure,
        end: usize,
        (at, at_end): (usize, usize),
    ) {
        if previous.kind != figure.kind {
            return;
        }
        match figure.kind {
            FigureKind::Measure | FigureKind::Money => {
                let (Some(rate), Some(base)) = (previous.unit.as_deref(), figure.unit.as_deref()) else {
                    return;
                };
                if rate.split_once('/').is_none_or(|(of, _)| of != base) {
                    return;
                }
            }
            // (A bare count counts what the count it is set against counts: "Classes average 48
            // pupils, against a national standard of 30".)
            FigureKind::Count
                if previous.unit.is_some() && figure.unit.is_none() && figure.ends.is_none() => {}
            _ => return,
        }
        // (Or the standard named after the figure: "6–8 litres per person per day, less than
        // half the 15-litre emergency standard", "3.1 m² per person, far below the 3.5 m² Sphere
        // minimum".)
        // (Or before it: "12.5 kg of cereal per person a month, down from the standard 15 kg".)
        let standard_word = |k: usize| {
            self.lowercase_word_at(k)
                && matches!(self.lower(k), "standard" | "minimum" | "norm" | "benchmark" | "threshold")
        };
        let named_after = at >= 1
            && self.word_is(at - 1, "the")
            && (at_end..at_end + 3).any(|k| standard_word(k) && (at_end..k).all(|j| self.is_word(j)));
        let named_before = at >= 2 && standard_word(at - 1) && self.word_is(at - 2, "the");
        if (named_after || named_before)
            && at <= end + 10
            && (end..at).all(|j| self.is_word(j) || self.sym_is(j, ","))
        {
            figure.unit = previous.unit.clone();
            return;
        }
        if !(at >= 3 && self.word_is(at - 1, "of")) {
            return;
        }
        let noun = at - 2;
        if !(self.lowercase_word_at(noun)
            && matches!(
                self.lower(noun),
                "minimum"
                    | "standard"
                    | "norm"
                    | "benchmark"
                    | "threshold"
                    | "target"
                    | "requirement"
                    // ("180 to 210 m³ a day against a need of roughly 400 m³")
                    | "need"
                    | "line"
                    // (Or another price of the same good: "CFAF 14,000 a bag against a market
                    // price of about CFAF 22,000".)
                    | "price"
                    | "average"
            ))
        {
            return;
        }
        // (Past the standard's name and the article: "a Sphere minimum", "the WHO standard",
        // "a poverty line".)
        let mut k = noun;
        // (Or a multiple of it: "about three times the Atyrau average of KZT 265,000".)
        // (Or `compared with` it: "a break-even tariff close to LKR 31 per kWh, compared with an
        // average selling price of LKR 29.6".)
        let setting = |k: usize| {
            matches!(
                self.lower(k),
                "against" | "below" | "above" | "under" | "versus" | "vs" | "times" | "twice"
            ) || self.word_is(k, "with") && k >= 1 && self.word_is(k - 1, "compared")
        };
        while k > end && k + 3 > noun && self.is_word(k - 1) && !setting(k - 1) {
            k -= 1;
        }
        let against = k - 1;
        if !(against >= end
            && self.is_word(against)
            && setting(against)
            && against <= end + 8
            && (end..against).all(|j| self.is_word(j) || self.sym_is(j, ",")))
        {
            return;
        }
        figure.unit = previous.unit.clone();
    }

    /// A bare part of a whole written with a magnitude is in that magnitude, and of the whole's
    /// kind and unit, when it is no larger than the whole as written: "only 1.1 of the promised
    /// 1.4 billion kWh" is 1.1 billion kWh, "1.1 of the 1.4 million refugees" 1.1 million
    /// refugees ("300 of the 1.4 million refugees" stays 300). `part` spans tokens
    /// `start..end`, `whole` comes after it.
    fn part_of_a_magnitude(&self, part: &mut Figure, whole: &Figure, (start, end): (usize, usize)) {
        if part.kind != FigureKind::Count
            || part.ends.is_some()
            || part.unit.is_some() && part.unit != whole.unit
            || (start..end)
                .any(|k| self.is_word(k) && (lx::magnitude_spaced(self.s(k)).is_some() || self.glued(k)))
        {
            return;
        }
        let Some(n) = self.whole_after_of(end) else { return };
        // (A magnitude in words: "108 M1A2T Abrams tanks" are no millions.)
        let Some(exponent) = (if self.is_word(n + 1)
            && self.gap(n + 1) == Gap::Space
            && matches!(self.s(n + 1), "million" | "billion" | "trillion" | "bn" | "mn")
        {
            lx::magnitude_spaced(self.s(n + 1))
        } else {
            None
        }) else {
            return;
        };
        let Some(tok) = self.tok(n + 1) else { return };
        if !(whole.span.start <= self.toks[n].start && tok.end <= whole.span.end) {
            return;
        }
        let Some(value) = part.low.filter(|&v| part.high == Some(v) && v > 0.0) else { return };
        if value > self.numeral_value(n) {
            return;
        }
        part.kind = whole.kind;
        part.unit = whole.unit.clone();
        scale_figure(part, 10f64.powi(exponent));
    }

    /// The factor a bare `figure` is scaled by when it takes the unit of `previous` (tokens
    /// `start..end`), or `None` when it should not take it. Written as small as the number of
    /// a unit that scales it, the figure is in that unit ("from 7.3 mb/d to about 6" is 6
    /// million bbl/d, "to 74 bcm, from 60" 60 billion m3); written at the size of the value, it
    /// is already ("from 150 kb/d to 95,000" is 95,000 bbl/d; "from 1.2m litres to about
    /// 300,000" is 300,000 l). A figure a thousand times the number of a unit that does not
    /// scale it counts something smaller ("from 7 mtpa to about 900,000" is no 900,000 Mt/yr).
    fn borrowed_scale(&self, previous: &Figure, start: usize, end: usize, figure: &Figure) -> Option<f64> {
        let Some(num) = (start..end).find(|&k| self.is_num(k)) else { return Some(1.0) };
        let written = self.numeral_value(num);
        let value = previous.low.or(previous.high).map_or(0.0, f64::abs);
        let mine = figure.low.or(figure.high).map_or(0.0, f64::abs);
        let magnitude = (start..end).any(|k| self.magnitude_exp_at(k).is_some());
        if written <= 0.0 || mine <= 0.0 || value <= 0.0 || magnitude || !self.ends_on_numeral(figure) {
            return Some(1.0);
        }
        let ratio = value / written;
        let power = ratio.log10().round();
        if power >= 3.0 && (ratio / pow10(power as i32) - 1.0).abs() < 1e-9 {
            let near_written = (mine / written).log10().abs() < (mine / value).log10().abs();
            return Some(if near_written { ratio } else { 1.0 });
        }
        if previous.kind == FigureKind::Measure && mine / written >= 1000.0 {
            return None;
        }
        Some(1.0)
    }

    /// Whether the number at `i` opens a climate scenario's name after `SSP`: the pathway, a
    /// hyphen and the forcing with one decimal ("SSP 2-4.5"), with no magnitude or rate after
    /// it ("SSP 2-4.5 million", "SSP 3-4.5 per kg" are South Sudanese pounds).
    fn climate_scenario(&self, i: usize) -> bool {
        self.toks[i].int_digits == 1
            && self.sym_is(i + 1, "-")
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.glued(i + 2)
            && self.toks[i + 2].frac_digits == 1
            && !(self.is_word(i + 3)
                && (lx::magnitude_spaced(self.s(i + 3)).is_some()
                    || matches!(self.lower(i + 3), "per" | "a" | "an" | "each")))
    }

    /// Whether `figure` ends on its number, with no magnitude, unit or percent after it.
    fn ends_on_numeral(&self, figure: &Figure) -> bool {
        figure.span.slice(self.text).ends_with(|c: char| c.is_ascii_digit())
    }

    /// The value of the number token at `k` as written (no magnitude, sign or unit).
    fn numeral_value(&self, k: usize) -> f64 {
        let (digits, point) = numeral(self.s(k));
        digits / pow10(point)
    }

    /// One past a time phrase at token `k`: `in` or `during`, maybe `early`, `late` or `mid`,
    /// maybe a fiscal year's words, and a month, a year or both ("in 2024", "in March 2025", "in
    /// fiscal 2025", "in financial year 2024", "in mid-2024", "in early 2025"); or `on` and a
    /// day ("on 15 September", "on September 15, 2025", "on Friday").
    fn time_phrase_end(&self, k: usize) -> Option<usize> {
        let year = |k: usize| self.is_num(k) && self.is_year_numeral(k);
        if self.word_is(k, "on") {
            let day =
                |d: usize| self.is_num(d) && self.toks[d].is_plain_whole() && self.toks[d].int_digits <= 2;
            let month = |m: usize| self.month_at(m);
            let end = if day(k + 1) && month(k + 2) || month(k + 1) && day(k + 2) {
                k + 3
            } else if self.is_word(k + 1) && lx::is_weekday(self.lower(k + 1)) {
                return Some(k + 2);
            } else {
                return None;
            };
            return Some(if year(end) {
                end + 1
            } else if self.sym_is(end, ",") && year(end + 1) {
                end + 2
            } else {
                end
            });
        }
        if !(self.is_word(k) && matches!(self.lower(k), "in" | "during")) {
            return None;
        }
        // (Also a part of a year: "in mid-2024", "in early 2025", "in late March".)
        if matches!(self.lower(k + 1), "mid" | "early" | "late")
            && self.sym_is(k + 2, "-–")
            && self.glued(k + 2)
            && self.glued(k + 3)
            && (year(k + 3) || self.month_at(k + 3))
        {
            return Some(if self.month_at(k + 3) && year(k + 4) { k + 5 } else { k + 4 });
        }
        let part = usize::from(matches!(self.lower(k + 1), "early" | "late" | "mid"));
        let fiscal = usize::from(matches!(self.lower(k + 1 + part), "fiscal" | "financial" | "calendar"))
            * if self.word_is(k + 2 + part, "year") { 2 } else { 1 };
        let time = k + part + fiscal;
        let month = self.month_at(time + 1);
        if month && year(time + 2) {
            Some(time + 3)
        } else if month || year(time + 1) {
            Some(time + 2)
        } else {
            None
        }
    }

    /// One past the time of a new level at token `k`, before the level it changed from: a
    /// [`Parser::time_phrase_end`], a quarter, a half or a fiscal year (`in Q2`, `in Q2 2025`,
    /// `in H1`, `in FY2025`, `in FY 2024-25`), months joined by a dash (`in April-June`),
    /// `last` and a span of time (`last year`, `last quarter`) or the end of a year or month
    /// (`at end-2024`, `at the end of 2024`, `at end-March`).
    fn level_time_end(&self, k: usize) -> Option<usize> {
        let year = |k: usize| self.is_num(k) && self.is_year_numeral(k);
        let month = |m: usize| self.month_at(m);
        let small =
            |k: usize| self.is_num(k) && self.toks[k].is_plain_whole() && self.toks[k].int_digits == 1;
        let with_year = |e: usize| if year(e) { e + 1 } else { e };
        // ("so far this year", "so far in 2025", "so far")
        if self.word_is(k, "so") && self.word_is(k + 1, "far") {
            return Some(self.level_time_end(k + 2).unwrap_or(k + 2));
        }
        // ("between January and September 2025", "from March to June")
        if self.is_word(k)
            && matches!(self.lower(k), "between" | "from")
            && month(k + 1)
            && matches!(self.lower(k + 2), "and" | "to")
            && month(k + 3)
        {
            return Some(with_year(k + 4));
        }
        if self.is_word(k)
            && matches!(self.lower(k), "last" | "this")
            && self.is_word(k + 1)
            && (is_span_of_time(self.lower(k + 1)) || self.word_is(k + 1, "quarter"))
        {
            return Some(k + 2);
        }
        // ("in the first nine months of 2025", "in the first 6 months")
        if self.word_is(k, "in")
            && self.word_is(k + 1, "the")
            && self.is_word(k + 2)
            && matches!(self.lower(k + 2), "first" | "last" | "past")
            && (self.is_num(k + 3) || self.is_word(k + 3) && lx::number_word(self.lower(k + 3)).is_some())
            && self.is_word(k + 4)
            && is_span_of_time(self.lower(k + 4))
        {
            let e = k + 5;
            return Some(if self.word_is(e, "of") && year(e + 1) { e + 2 } else { e });
        }
        // ("in the first half of 2025", "in the third quarter of 2024", "in the second half")
        if self.word_is(k, "in")
            && self.word_is(k + 1, "the")
            && self.is_word(k + 2)
            && matches!(self.lower(k + 2), "first" | "second" | "third" | "fourth" | "last")
            && self.is_word(k + 3)
            && matches!(self.lower(k + 3), "half" | "quarter")
        {
            let e = k + 4;
            return Some(if self.word_is(e, "of") && year(e + 1) {
                e + 2
            } else if self.word_is(e, "of") && self.word_is(e + 1, "the") && self.word_is(e + 2, "year") {
                e + 3
            } else {
                e
            });
        }
        if self.word_is(k, "at") {
            let e = k + 1 + 2 * usize::from(self.word_is(k + 1, "the"));
            // ("at end-2024", "at end-March"; "at the end of 2024")
            if self.word_is(k + 1, "end")
                && self.sym_is(k + 2, "-–")
                && self.glued(k + 2)
                && self.glued(k + 3)
                && (year(k + 3) || month(k + 3))
            {
                return Some(with_year(k + 4));
            }
            if self.word_is(k + 1, "the") && self.word_is(k + 2, "end") && self.word_is(k + 3, "of") {
                return (year(e + 1) || month(e + 1)).then(|| with_year(e + 2));
            }
            return None;
        }
        if !(self.is_word(k) && matches!(self.lower(k), "in" | "during")) {
            return self.time_phrase_end(k);
        }
        let w = k + 1;
        // ("in Q2", "in H1 2025")
        if self.is_word(w) && matches!(self.s(w), "Q" | "H") && self.glued(w + 1) && small(w + 1) {
            return Some(with_year(w + 2));
        }
        // ("in FY2025", "in FY 2025", "in FY2024-25")
        if self.s(w) == "FY" && year(w + 1) {
            let e = w + 2;
            return Some(
                if self.sym_is(e, "-–/") && self.glued(e) && self.glued(e + 1) && self.is_num(e + 1) {
                    e + 2
                } else {
                    e
                },
            );
        }
        // ("in April-June", "in April–June 2025")
        if month(w) && self.sym_is(w + 1, "-–") && self.glued(w + 1) && self.glued(w + 2) && month(w + 2) {
            return Some(with_year(w + 3));
        }
        // ("in 2022-23", "in 2022/23", "in 2022–2023": a season or a fiscal year)
        if year(w)
            && self.sym_is(w + 1, "-–/")
            && self.glued(w + 1)
            && self.glued(w + 2)
            && self.is_num(w + 2)
        {
            return Some(w + 3);
        }
        self.time_phrase_end(k)
    }

    /// Whether the number at token `i` is a distance or a span of time: "150 km", "24 hours",
    /// "72h".
    fn distance_or_time(&self, i: usize) -> bool {
        let Some(q) = self.quantity(i, i) else { return false };
        q.pct.is_none()
            && q.cur.is_none()
            && match q.unit {
                Some(u) => {
                    matches!(u, "km" | "m" | "mi" | "nmi" | "ft" | "yd" | "cm" | "mm" | "h" | "min" | "s")
                }
                None => {
                    let k = q.num_tok + 1;
                    self.is_word(k) && is_span_of_time(self.lower(k)) || self.glued_hours(k)
                }
            }
    }

    /// Whether token `k` is a number of times: "500-fold", "3 times".
    fn glued_fold(&self, k: usize) -> bool {
        // (Or spelled: "tenfold", "fivefold".)
        self.is_word(k) && self.lower(k).len() > 4 && self.lower(k).ends_with("fold")
            || self.is_num(k)
                && (self.glued_hyphen(k + 1) && self.word_is(k + 2, "fold")
                    || self.word_is(k + 1, "times")
                    || self.word_is(k + 1, "fold") && self.glued(k + 1))
    }

    /// Whether token `k` is a month's name or abbreviation ("June", "Sept").
    fn month_at(&self, k: usize) -> bool {
        self.is_word(k) && lx::is_month(self.s(k))
    }

    /// Whether tokens `first..=last` name a country or territory ("Belgium", "Burkina Faso").
    fn names_country(&self, first: usize, last: usize) -> bool {
        match (self.toks.get(first), self.toks.get(last)) {
            (Some(a), Some(b)) if a.start <= b.end => lx::is_country(&self.text[a.start..b.end]),
            _ => false,
        }
    }

    /// Whether figure `e` ends right before token `k`, with nothing but space between.
    fn right_before(&self, e: &Figure, k: usize) -> bool {
        // (`get`: a figure may end after token `k` starts.)
        self.tok(k)
            .and_then(|t| self.text.get(e.span.end..t.start))
            .is_some_and(|between| between.trim().is_empty())
    }

    /// The end of what a count is of and where, from token `end` (before token `at`): `of` and
    /// up to three lowercase words, then `worldwide` (or the like) or `in` and a capitalised
    /// place of one or two words ("of piracy worldwide", "of inspection in Iran").
    fn count_complement(&self, end: usize, at: usize) -> usize {
        let mut k = end;
        // (A second noun the count counts too: "55 deaths and disappearances in the Darién in
        // 2024, against 140".)
        if self.word_is(k, "and") && self.lowercase_word_at(k + 1) && self.plural_at(k + 1) && k + 1 < at {
            k += 2;
        }
        let plain = |w: usize| {
            self.lowercase_word_at(w)
                && (!lx::is_stop(self.lower(w)) || matches!(self.lower(w), "all" | "the"))
                && !matches!(
                    self.lower(w),
                    "up" | "down" | "compared" | "against" | "worldwide" | "nationwide"
                )
        };
        // A state after people: "1,190 people dead or missing on the route, against 1,452".
        let state = |k: usize| {
            self.is_word(k) && matches!(self.lower(k), "dead" | "missing" | "injured" | "wounded" | "killed")
        };
        if state(k) && k < at {
            k += 1;
            if self.is_word(k) && matches!(self.lower(k), "or" | "and") && state(k + 1) {
                k += 2;
            }
        }
        // A participle that says what was counted: "4,230 drones launched in January, against
        // 2,910", "1,200 t documented, down from 1,600", also after an auxiliary ("5,601 people
        // were killed, up from 4,789") or a verb in the past ("5,601 people died, up from").
        let participle =
            |k: usize| self.lowercase_word_at(k) && self.s(k).len() > 4 && self.s(k).ends_with("ed");
        if self.is_word(k) && matches!(self.lower(k), "were" | "was" | "are" | "is") && participle(k + 1) {
            k += 2;
        } else if participle(k) || self.word_is(k, "died") {
            k += 1;
        }
        // A rate's period: "148 drones per night in January, up from 97"; or what it is per:
        // "9 contacts per case, up from 4".
        if self.is_word(k)
            && matches!(self.lower(k), "per" | "a" | "each")
            && self.is_word(k + 1)
            && (is_span_of_time(self.lower(k + 1))
                || self.word_is(k, "per") && self.lowercase_word_at(k + 1) && !lx::is_stop(self.lower(k + 1)))
        {
            k += 2;
        }
        // Or its denominator: "3.4 deaths per 100 departures, against 2.1" (not a ratio's: in
        // "1 teacher per 80 pupils, against 65" the level counts pupils).
        else if self.word_is(k, "per")
            && k >= 1
            && !(self.is_word(k - 1) && k >= 2 && self.is_num(k - 2) && self.numeral_value(k - 2) == 1.0)
            && self.is_num(k + 1)
            && self.toks[k + 1].is_plain_whole()
            && self.is_word(k + 2)
            && self.plural_at(k + 2)
        {
            k += 3;
        }
        // ("19.9 million people in need of humanitarian assistance, up from 18.6 million")
        if self.word_is(k, "in") && self.word_is(k + 1, "need") {
            k += 2;
        }
        if self.word_is(k, "of") {
            // (A hyphenated word is one: "incidents of gender-based violence"; a nationality
            // before a lowercase word is one too: "tonnes of Ukrainian grain".)
            let nationality = |w: usize| {
                self.is_word(w)
                    && self.s(w).starts_with(|c: char| c.is_ascii_uppercase())
                    && nationality_shaped(self.s(w))
                    && w + 1 < at
                    && plain(w + 1)
            };
            let mut w = k + 1;
            let mut words = 0;
            while words < 3 && w < at && (plain(w) || nationality(w)) {
                w = self.compound_end(w).min(at);
                words += 1;
            }
            if words > 0 {
                k = w;
            }
        }
        let capitalised = |w: usize| {
            w < at
                && self.is_word(w)
                && self.s(w).starts_with(|c: char| c.is_ascii_uppercase())
                && !lx::is_month(self.s(w))
        };
        // (A time is read after: "in Q2", "at end-2024" are no places.)
        if self.level_time_end(k).is_some() {
            return k;
        }
        // (A span the count is over: "83 tips over the year, up from 51".)
        if self.is_word(k)
            && matches!(self.lower(k), "over" | "during" | "in" | "across" | "throughout")
            && self.word_is(k + 1, "the")
            && self.is_word(k + 2)
            && (is_span_of_time(self.lower(k + 2))
                || matches!(self.lower(k + 2), "period" | "campaign" | "season" | "programme" | "program"))
        {
            return k + 3;
        }
        if self.is_word(k) && matches!(self.lower(k), "worldwide" | "nationwide" | "globally" | "countrywide")
        {
            k += 1;
        } else if self.is_word(k)
            && matches!(
                self.lower(k),
                "in" | "over"
                    | "across"
                    | "from"
                    | "off"
                    | "near"
                    | "into"
                    | "inside"
                    | "beyond"
                    | "outside"
                    | "around"
            )
            && (capitalised(k + 1) || self.word_is(k + 1, "the") && capitalised(k + 2))
        {
            // ("in Iran", "over the Barents Sea", "in the Gulf of Guinea", "from European
            // airspace")
            k += usize::from(self.word_is(k + 1, "the"));
            k += if capitalised(k + 2) { 3 } else { 2 };
            // (A nationality before a lowercase noun is one place: "in European airspace",
            // "in Ukrainian waters".)
            if self.lowercase_word_at(k)
                && nationality_shaped(self.s(k - 1))
                && plain(k)
                && !is_span_of_time(self.lower(k))
                && k < at
            {
                k += 1;
            }
            if self.word_is(k, "of") && capitalised(k + 1) {
                k += 2;
            }
            // ("in Punjab and Haryana")
            if self.word_is(k, "and") && capitalised(k + 1) {
                k += 2;
            }
        } else if self.is_word(k)
            && matches!(self.lower(k), "across" | "at" | "on" | "in" | "along" | "around")
        {
            // Where, in lowercase words: "across five staging areas", "on the main apron".
            let w = k + 1 + usize::from(self.word_is(k + 1, "the"));
            // (Not a time or a numbered place: "in week 6", "in fiscal 2025", "in the first 6
            // days".)
            let words = (w..(w + 3).min(at))
                .take_while(|&x| {
                    plain(x)
                        && !is_span_of_time(self.lower(x))
                        && !matches!(self.lower(x), "fiscal" | "financial" | "calendar")
                })
                .count();
            if words > 0
                && !self.word_is(w + words - 1, "the")
                && !self.is_num(w + words)
                && !self.word_is(w + words, "of")
            {
                k = w + words;
            }
        }
        k
    }

    /// The comma before the earlier level at token `at`: `, up from`, `, down from`, `, compared
    /// with`, `, against`.
    fn level_comma(&self, at: usize) -> Option<usize> {
        let word = |k: usize, w: &str| k < at && self.word_is(k, w);
        let marker = if at >= 1 && word(at - 1, "against") {
            at - 1
        } else if at >= 2
            && (word(at - 1, "from") && (word(at - 2, "up") || word(at - 2, "down"))
                || word(at - 1, "with") && word(at - 2, "compared"))
        {
            at - 2
        } else {
            return None;
        };
        let comma = marker.checked_sub(1)?;
        self.sym_is(comma, ",").then_some(comma)
    }

    /// The comma before a revision of a count or its earlier peak at token `at`: `, later
    /// revised to`, `, since revised up to`, `, revised to`, `, from a peak of`, `, down from a
    /// high of`.
    fn revision_comma(&self, at: usize) -> Option<usize> {
        let mut k = at.checked_sub(1)?;
        if self.word_is(k, "to") {
            k = k.checked_sub(1)?;
            if matches!(self.lower(k), "up" | "down") {
                k = k.checked_sub(1)?;
            }
            if !self.word_is(k, "revised") {
                return None;
            }
            k = k.checked_sub(1)?;
            if matches!(self.lower(k), "later" | "since" | "subsequently" | "then" | "now") {
                k = k.checked_sub(1)?;
            }
        } else if self.word_is(k, "of") && k >= 4 {
            if !matches!(self.lower(k - 1), "peak" | "high" | "maximum")
                || !matches!(self.lower(k - 2), "a" | "its" | "the" | "their")
                || !self.word_is(k - 3, "from")
            {
                return None;
            }
            k -= 4;
            if matches!(self.lower(k), "up" | "down") {
                k = k.checked_sub(1)?;
            }
        } else {
            return None;
        }
        self.sym_is(k, ",").then_some(k)
    }

    /// Whether tokens `from..to` hold no count of their own and no break: words, years, days of
    /// a month, hyphens and apostrophes, and asides in brackets.
    fn predicate_without_count(&self, from: usize, to: usize) -> bool {
        let mut k = from;
        while k < to {
            if self.sym_is(k, "(") {
                let Some(close) = (k + 1..to).find(|&c| self.sym_is(c, ")")) else { return false };
                if (k + 1..close).any(|c| self.sym_is(c, ".;!?")) {
                    return false;
                }
                k = close + 1;
                continue;
            }
            let day = || {
                self.toks[k].is_plain_whole()
                    && self.toks[k].int_digits <= 2
                    && (self.month_at(k + 1) || k >= 1 && self.month_at(k - 1))
            };
            let fine = self.is_word(k)
                || self.is_num(k) && (self.is_year_numeral(k) || day())
                || self.sym_is(k, "-'’") && self.glued(k);
            if !fine {
                return false;
            }
            k += 1;
        }
        true
    }

    /// Whether only the counts' time and a comma stand between the second of two counts
    /// (`earlier`) and `up from` / `down from` at token `up`, so that the levels after it pair
    /// with them ("58 helicopters and 23 aircraft in 2025, down from 74 and 29").
    fn level_pair_gap(&self, earlier: &Figure, up: usize) -> bool {
        let after = self.token_after(earlier);
        let mut k = self.time_phrase_end(after).unwrap_or(after);
        if self.sym_is(k, ",") {
            k += 1;
        }
        // (Or past a predicate with no count of its own: "12 SSNs and 6 SSBNs in service, down
        // from 9 and 5".)
        k == up
            || up >= 1
                && self.sym_is(up - 1, ",")
                && up - 1 > after
                && up - 1 <= after + 16
                && self.predicate_without_count(after, up - 1)
    }

    // ----- token helpers -------------------------------------------------------------------

    /// The period an adverb at token `k` gives the quantity before it, as a rate's symbol
    /// (`daily` → `d`, `annually` → `yr`): after the quantity, not before the noun it
    /// qualifies ("40,000 m3 daily", "€2 billion annually"; not "5 kg daily rations", "$3
    /// million monthly payments").
    fn period_adverb(&self, k: usize) -> Option<&'static str> {
        if !(self.is_word(k) && self.gap(k) == Gap::Space) {
            return None;
        }
        let period = lx::period_adverb(self.lower(k))?;
        let qualifies = self.is_word(k + 1) && self.gap(k + 1) == Gap::Space && self.plural_at(k + 1);
        (!qualifies).then_some(period)
    }

    /// The period of a count at token `k`, right after its noun (or its number), as a rate's
    /// symbol, and one past it: "300 trucks a day" → `d`, "12 flights per week", "4,000
    /// migrants every month", "2 raids an hour" → `h`, "600 trucks daily", "40 cases/day".
    /// Not a time before or after another ("400 migrants a week earlier", "a year ago"; see
    /// [`Parser::time_after`]), a possessive ("40 soldiers a day's march away") or a compound
    /// ("a year-long siege").
    fn count_period(&self, k: usize) -> Option<(&'static str, usize)> {
        let tok = self.tok(k)?;
        if tok.kind == Kind::Sym {
            // (Glued: "40 cases/day", "12 sorties/wk".)
            return (tok.ch == '/' && self.glued(k) && self.glued(k + 1) && self.is_word(k + 1))
                .then(|| lx::period_symbol(self.lower(k + 1)))
                .flatten()
                .filter(|_| {
                    self.tok(k + 2).is_none_or(|t| t.gap != Gap::Glued || t.kind == Kind::Sym && t.ch != '/')
                })
                .map(|p| (p, k + 2));
        }
        if tok.kind != Kind::Word || tok.gap != Gap::Space {
            return None;
        }
        let per = match self.lower(k) {
            "a" | "an" | "each" | "every" => false,
            "per" => true,
            _ => return self.period_adverb(k).map(|p| (p, k + 1)),
        };
        if !(self.is_word(k + 1) && self.gap(k + 1) == Gap::Space) {
            return None;
        }
        let period = match self.lower(k + 1) {
            "day" | "week" | "month" | "year" | "hour" => lx::period_symbol(self.lower(k + 1))?,
            // ("35,000–45,000 arrivals per quarter"; not "a quarter of them", a share.)
            "quarter" if !self.word_is(k + 2, "of") => "qtr",
            "annum" if per => "yr",
            _ => return None,
        };
        let after = k + 2;
        let compound = self.sym_is(after, "'’-") && self.glued(after);
        (!self.time_after(after) && !compound).then_some((period, after))
    }

    /// Token `k`, after a span of time, makes it a time rather than a rate's period: "a year
    /// ago", "a week earlier", "a month later", "a year before." (with no object: "160 Mt a year
    /// before the war" and "2 million barrels a month after the attack" are rates).
    fn time_after(&self, k: usize) -> bool {
        self.is_word(k)
            && self.gap(k) == Gap::Space
            && (lx::is_time_after(self.lower(k))
                || matches!(self.lower(k), "before" | "after") && !self.is_word(k + 1) && !self.is_num(k + 1))
    }

    /// [`Parser::count_period`] after a count ending at token `end`, also past a noun read
    /// across a blanked construct, which stays outside the figure ("[300]{qty=c} trucks a
    /// day"; see [`Parser::wide_gap`]): then `end` is kept.
    fn count_period_after(&self, end: usize) -> Option<(&'static str, usize)> {
        self.count_period(end).or_else(|| {
            if !(self.is_word(end) && self.wide_gap(end)) {
                return None;
            }
            (end + 1..end + 4)
                .take_while(|&k| self.is_word(k - 1) && (k - 1 == end || !self.wide_gap(k - 1)))
                .find_map(|k| self.count_period(k))
                .map(|(period, _)| (period, end))
        })
    }

    /// What a count is counted per at token `k`, after its noun: `per` and a singular noun
    /// that is no period, unit or power of ten ("2.9 children per woman" → `child/woman`, "40
    /// pupils per teacher" → `pupil/teacher`), and one past it.
    fn count_basis(&self, k: usize) -> Option<(&'a str, usize)> {
        if !(self.word_is(k, "per") && self.gap(k) == Gap::Space) {
            return None;
        }
        let (basis, end) = self.per_basis(k + 1)?;
        (lx::unit_word(basis, false).is_none() && !self.is_num(k + 1)).then_some((basis, end))
    }

    /// A rate's base at token `k`: `per` and a power of ten from a thousand up, maybe followed
    /// by who it counts ("per 100,000 inhabitants", "per 1,000 live births", "per million
    /// people"), as `1k`, `10k`, `100k` or `1M`, and one past its last token.
    fn per_population(&self, k: usize) -> Option<(&'static str, usize)> {
        if !(self.word_is(k, "per") && self.gap(k) == Gap::Space && self.gap(k + 1) == Gap::Space) {
            return None;
        }
        let written = if self.is_num(k + 1) || self.word_is(k + 1, "million") {
            self.lower(k + 1)
        } else {
            return None;
        };
        let (_, base) = RATE_BASES.iter().find(|(w, _)| *w == written)?;
        let mut end = k + 2;
        // (Not a figure of its own glued on: "per 100,000-strong".)
        if self.glued(end) && !self.sym_is(end, ".,;:)]") {
            return None;
        }
        if self.word_is(end, "live") && self.word_is(end + 1, "births") {
            end += 2;
        } else if self.is_word(end)
            && self.gap(end) == Gap::Space
            && matches!(
                self.lower(end),
                "people"
                    | "persons"
                    | "inhabitants"
                    | "residents"
                    | "population"
                    | "births"
                    | "adults"
                    | "children"
                    | "women"
                    | "men"
                    | "capita"
            )
        {
            end += 1;
        } else if self.lowercase_word_at(end) && self.gap(end) == Gap::Space && !lx::is_stop(self.lower(end))
        {
            // (Per a thousand of something else, which is no rate of people: "per 1,000
            // vehicles", "per 1,000 litres".)
            return None;
        }
        Some((base, end))
    }

    /// A count per an area, a length or a volume at token `k`, after the counted noun: "250
    /// people per square kilometre" (`person/km2`), "6.2 taps per kilometre" (`tap/km`), "40
    /// trees per hectare" (`tree/ha`), "12,000 cells per millilitre", "500 cells/mL"
    /// (`cell/ml`); the symbol and one past the unit's last token. A density is no count of
    /// its noun, and compares only with densities in the same unit.
    fn count_density(&self, k: usize) -> Option<(&'static str, usize)> {
        let slash = self.sym_is(k, "/") && self.glued(k) && self.glued(k + 1);
        if !(slash || self.word_is(k, "per") && self.gap(k) == Gap::Space && self.gap(k + 1) == Gap::Space) {
            return None;
        }
        let j = k + 1;
        if !self.is_word(j) {
            return None;
        }
        // (The unit as a measure's is read, `unit_at`: "square kilometre", "sq km", "km²",
        // "kilometre", "hectare", "millilitre", "mL"; words only after `per`.)
        let (symbol, len) = self.unit_at(j, slash)?;
        if !matches!(symbol, "km2" | "mi2" | "m2" | "km" | "ha" | "ml") || slash && self.s(j).len() > 2 {
            return None;
        }
        let end = j + len;
        // (Not a compound or a number after it: "per km-long stretch", "per km 40".)
        (!(self.glued(end) && (self.is_word(end) || self.is_num(end) || self.sym_is(end, "-/"))))
            .then_some((symbol, end))
    }

    /// A currency or a measure per a good or a period, shared as the figures' units are:
    /// `USD` and `t` make `USD/t`, `USD` and `mo` `USD/mo`.
    fn per_unit(&self, unit: &str, per: &str) -> Arc<str> {
        self.units.get(&format!("{unit}/{per}"))
    }

    /// The text (the unit the parser reads) holds `w`, written in lower case, anywhere.
    fn mentions(&self, w: &str) -> bool {
        memchr::memmem::find(self.lowered.as_bytes(), w.as_bytes()).is_some()
    }

    /// Token `i` is a hyphen with no space either side: the join of "kilowatt-hour", "11-kV".
    fn glued_hyphen(&self, i: usize) -> bool {
        self.sym_is(i, "-") && self.glued(i) && self.glued(i + 1)
    }

    /// The text holds any of `ws` (lower case), as [`Self::mentions`].
    fn mentions_any(&self, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.mentions(w))
    }

    /// The text holds a word starting with `w` (lower case): "Yen" opening it, "(yen" and
    /// " yen" do, "Cheyenne" does not for `yen`.
    fn mentions_word(&self, w: &str) -> bool {
        let b = self.lowered.as_bytes();
        memchr::memmem::find_iter(b, w.as_bytes()).any(|at| at == 0 || !b[at - 1].is_ascii_alphanumeric())
    }

    #[inline(always)]
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    #[inline(always)]
    fn s(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.0)
    }

    /// Token `i` with ASCII letters lowercased.
    #[inline(always)]
    fn lower(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.1)
    }

    #[inline(always)]
    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Word)
    }

    #[inline(always)]
    fn is_num(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Num)
    }

    /// Token `i` is the word `w` in any case; `w` is written in lower case.
    fn word_is(&self, i: usize, w: &str) -> bool {
        debug_assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "word_is takes a lower-case word: {w}");
        // Compared with the lowered copy: one length test and one memcmp, no per-byte folding.
        self.is_word(i) && self.lower(i) == w
    }

    #[inline(always)]
    fn sym(&self, i: usize) -> Option<char> {
        self.tok(i).filter(|t| t.kind == Kind::Sym).map(|t| t.ch)
    }

    #[inline(always)]
    fn sym_is(&self, i: usize, set: &str) -> bool {
        // An ASCII character is one byte of `set`, and no byte of a longer character is ASCII.
        self.sym(i)
            .is_some_and(|c| if c.is_ascii() { set.as_bytes().contains(&(c as u8)) } else { set.contains(c) })
    }

    #[inline(always)]
    fn gap(&self, i: usize) -> Gap {
        self.tok(i).map_or(Gap::Break, |t| t.gap)
    }

    /// Token `i` opens the text or a line: a line break (or a blank line) comes before it.
    fn line_start(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return true };
        let after = i.checked_sub(1).map_or(0, |p| self.toks[p].end);
        t.gap == Gap::Break || self.text.as_bytes()[after..t.start].contains(&b'\n')
    }

    #[inline(always)]
    fn glued(&self, i: usize) -> bool {
        self.gap(i) == Gap::Glued
    }

    /// The quantity is written with a glued `m` after its number ("3.5m"), metres or millions.
    fn glued_m(&self, q: &Qty) -> bool {
        self.glued(q.num_tok + 1) && self.s(q.num_tok + 1) == "m"
    }

    /// Token `i` matches a phrase word: a word (any case) or a one-character symbol.
    fn matches(&self, i: usize, w: &str) -> bool {
        match self.tok(i) {
            Some(t) if t.kind == Kind::Word => self.s(i).eq_ignore_ascii_case(w),
            Some(t) if t.kind == Kind::Sym => self.s(i) == w,
            _ => false,
        }
    }

    fn span(&self, first: usize, last: usize) -> Span {
        let start = self.toks[first].start;
        let end = self.toks[last.saturating_sub(1).max(first)].end;
        Span::new(start, end)
    }

    /// Token `k` is `minus` or `negative` as a sign: `plus or minus 3 points` is a margin, not
    /// a negative number.
    fn sign_word(&self, k: usize) -> bool {
        self.word_is(k, "negative")
            || self.word_is(k, "minus")
                && !(k >= 2 && self.word_is(k - 1, "or") && self.word_is(k - 2, "plus"))
    }

    /// Token `i` starts a sentence (or a clause after a colon or bracket), or the text. A line
    /// break inside a paragraph starts nothing ("including nine⏎Bozena 5 machines").
    /// Whether a phrase ends before token `k`: nothing follows, a line break, a punctuation mark
    /// other than a hyphen, or a small word in lower case ("$2.5 million euros, officials
    /// said", "at 12 Bogyoke Road in Yangon").
    fn phrase_ends(&self, k: usize) -> bool {
        self.tok(k).is_none_or(|t| t.gap == Gap::Break || t.kind == Kind::Sym && t.ch != '-')
            || self.lowercase_word_at(k) && lx::is_stop(self.lower(k))
    }

    /// Whether the sentence starts within `reach` tokens back from token `last`, every token from
    /// there to `last` passing `ok`: a short phrase opening the sentence ("In 2024,", "The GDF
    /// catalogue item code").
    fn starts_sentence_within(&self, last: usize, reach: usize, ok: impl Fn(usize) -> bool) -> bool {
        let mut k = last;
        for _ in 0..reach {
            if !ok(k) {
                return false;
            }
            if self.sentence_initial(k) {
                return true;
            }
            let Some(p) = k.checked_sub(1) else { return false };
            k = p;
        }
        false
    }

    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || self.gap(i) == Gap::Break {
            return true;
        }
        self.sym_is(i - 1, ".!?:;\"“”‘’([{•*–—-|")
    }

    /// The only tokens between `prev_end` and `start` are `and` / `but` (maybe after a comma,
    /// maybe before a hedge: "and possibly").
    fn joined_by_and(&self, prev_end: usize, start: usize) -> bool {
        let and = |k: usize| self.word_is(k, "and") || self.word_is(k, "but");
        // "at least 1,000 and possibly as many as 3,000".
        let hedge = |k: usize| {
            self.is_word(k)
                && matches!(self.lower(k), "possibly" | "perhaps" | "maybe" | "probably" | "potentially")
        };
        match start.checked_sub(prev_end) {
            Some(1) => and(prev_end),
            Some(2) => {
                self.sym_is(prev_end, ",") && and(prev_end + 1) || and(prev_end) && hedge(prev_end + 1)
            }
            Some(3) => self.sym_is(prev_end, ",") && and(prev_end + 1) && hedge(prev_end + 2),
            _ => false,
        }
    }

    // ----- spelled-out numbers -------------------------------------------------------------

    fn spelled_start(&self, i: usize) -> bool {
        let raw = self.s(i).as_bytes();
        // Quick filter: number words, "a", "an", "half", "hundred" start with these letters.
        if raw.len() > 9
            || !matches!(
                raw.first().map(u8::to_ascii_lowercase),
                Some(b'a' | b'e' | b'f' | b'h' | b'n' | b'o' | b's' | b't' | b'z')
            )
        {
            return false;
        }
        let w = self.lower(i);
        if lx::number_word(w).is_some() {
            // Not the second half of "twenty-five".
            return !(self.glued(i) && self.sym_is(i.wrapping_sub(1), "-"));
        }
        match w {
            "a" | "an" => {
                self.is_word(i + 1)
                    && (lx::magnitude_word(self.lower(i + 1)).is_some()
                        || self.word_is(i + 1, "hundred") && lx::magnitude_word(self.lower(i + 2)).is_some())
            }
            // (Not after a vague quantity, which no interval states: "several hundred million
            // dollars", "a few hundred million", as "several thousand" is not read.)
            "hundred" => {
                !(i > 0
                    && self.is_word(i - 1)
                    && (lx::number_word(self.lower(i - 1)).is_some()
                        || matches!(self.lower(i - 1), "several" | "few" | "many" | "multiple")))
                    && lx::magnitude_word(self.lower(i + 1)).is_some()
            }
            "half" => self.word_is(i + 1, "a") && lx::magnitude_word(self.lower(i + 2)).is_some(),
            _ => false,
        }
    }

    /// A magnitude word at `j` on the same line ("million").
    fn magnitude_at(&self, j: usize) -> Option<i32> {
        if !self.is_word(j) || self.gap(j) == Gap::Break {
            return None;
        }
        lx::magnitude_word(self.lower(j))
    }

    /// Reads spelled-out number words below a thousand from `j`: "two hundred and fifty",
    /// "twenty-five". Returns the value, one past the last word, whether "hundred" was read,
    /// and whether anything was read.
    fn number_words(&self, j: usize) -> (u64, usize, bool, bool) {
        let mut current: u64 = 0;
        let mut any = false;
        let mut hundred = false;
        let mut k = j;
        while self.is_word(k) && (k == j || self.gap(k) != Gap::Break) {
            let w = self.lower(k);
            if let Some(v) = lx::number_word(w) {
                let tens_then_unit = current % 100 >= 20 && current % 10 == 0 && v < 10;
                if any && current % 100 != 0 && !tens_then_unit {
                    break;
                }
                current += u64::from(v);
                any = true;
                k += 1;
                // "twenty-five"
                if (20..100).contains(&v)
                    && self.glued_hyphen(k)
                    && let Some(u) = lx::number_word(self.lower(k + 1)).filter(|u| (1..10).contains(u))
                {
                    current += u64::from(u);
                    k += 2;
                }
                continue;
            }
            if w == "hundred" && !hundred && current < 100 {
                current = current.max(1) * 100;
                hundred = true;
                any = true;
                k += 1;
                continue;
            }
            // British "two hundred and fifty".
            if w == "and" && hundred && current % 100 == 0 && lx::number_word(self.lower(k + 1)).is_some() {
                k += 1;
                continue;
            }
            break;
        }
        (current, k, hundred, any)
    }

    /// Reads a spelled-out number at `i`: "three million", "two and a half billion",
    /// "twenty-five per cent", "a million", "half a million", "two million five hundred
    /// thousand". Without a magnitude or percent it is only the first end of a range.
    fn spelled(&self, i: usize, floor: usize) -> Option<Qty> {
        let first_word = self.lower(i);
        let mut mantissa: f64;
        let mut frac = 0;
        let mut exp = 0;
        let mut has_mag = false;
        let num_end;
        let mut j;
        if first_word == "half" {
            exp = self.magnitude_at(i + 2)?;
            mantissa = 5.0;
            frac = 1;
            has_mag = true;
            num_end = i + 1;
            j = i + 3;
        } else {
            let (v, end, _, any) = if matches!(first_word, "a" | "an") {
                if self.word_is(i + 1, "hundred") {
                    self.number_words(i + 1)
                } else {
                    (1, i + 1, false, true)
                }
            } else {
                self.number_words(i)
            };
            if !any {
                return None;
            }
            num_end = end;
            j = end;
            mantissa = v as f64;
            let half = self.word_is(j, "and")
                && self.word_is(j + 1, "a")
                && self.word_is(j + 2, "half")
                && self.magnitude_at(j + 3).is_some();
            if half {
                j += 3;
            }
            if let Some(e) = self.magnitude_at(j) {
                j += 1;
                has_mag = true;
                if half {
                    mantissa = mantissa * 10.0 + 5.0;
                    frac = 1;
                    exp = e;
                } else {
                    // Further groups: "two million five hundred thousand", "… and three hundred".
                    let mut total = v as f64 * pow10(e);
                    let mut last_e = e;
                    let mut multi = false;
                    loop {
                        let and = self.word_is(j, "and");
                        let k = if and { j + 1 } else { j };
                        let (v2, end2, hundred2, any2) = self.number_words(k);
                        if !any2 || self.gap(k) == Gap::Break {
                            break;
                        }
                        // "two million five hundred thousand" is one number; "two billion and
                        // five million" is two.
                        if let Some(e2) = self.magnitude_at(end2).filter(|e2| *e2 < last_e && !and) {
                            total += v2 as f64 * pow10(e2);
                            last_e = e2;
                            j = end2 + 1;
                            multi = true;
                            continue;
                        }
                        if hundred2 && self.magnitude_at(end2).is_none() {
                            total += v2 as f64;
                            j = end2;
                            multi = true;
                        }
                        break;
                    }
                    if multi {
                        mantissa = total;
                    } else {
                        exp = e;
                    }
                }
            } else if half {
                return None;
            }
        }
        let mut q = Qty {
            first: i,
            last: j,
            num_tok: i,
            num: self.span(i, num_end.max(i + 1)),
            mantissa,
            frac,
            exp,
            has_mag,
            negative: false,
            spelled: true,
            needs_mag: false,
            cur: None,
            pct: None,
            unit: None,
            hyphen_word: None,
            hyphen_approx: false,
            hyphen_lower: false,
        };
        if i > floor && self.gap(i) == Gap::Space && self.sign_word(i - 1) {
            q.negative = true;
            q.first = i - 1;
        }
        self.suffixes(&mut q);
        if !q.has_mag && q.pct.is_none() {
            q.needs_mag = true;
            q.cur = None;
            q.unit = None;
        }
        Some(q)
    }

    // ----- quantities ------------------------------------------------------------------------

    /// Reads the quantity around the number token `i`: currency and sign before it (not
    /// before `floor`), magnitude, percent sign, currency or unit after it.
    fn quantity(&self, i: usize, floor: usize) -> Option<Qty> {
        let t = *self.tok(i)?;
        if t.kind == Kind::Word {
            return self.spelled(i, floor);
        }
        if t.kind != Kind::Num {
            return None;
        }
        let (mantissa, frac) = numeral(&self.text[t.start..t.end]);
        let mut q = Qty {
            first: i,
            last: i + 1,
            num_tok: i,
            num: Span::new(t.start, t.end),
            mantissa,
            frac,
            exp: 0,
            has_mag: false,
            negative: false,
            spelled: false,
            needs_mag: false,
            cur: None,
            pct: None,
            unit: None,
            hyphen_word: None,
            hyphen_approx: false,
            hyphen_lower: false,
        };
        // Sign.
        if i > floor && self.glued(i) && self.sym_is(i - 1, "-−") {
            let m = i - 1;
            // "$-1.2bn": a sign after a currency symbol.
            let free = m == 0
                || !self.glued(m)
                || self.sym_is(m - 1, "<>=([≤≥")
                || self.sym(m - 1).is_some_and(|c| lx::currency_symbol(c).is_some());
            if free && !(m > 0 && self.is_num(m - 1)) {
                q.negative = true;
                q.first = m;
            }
        } else if i > floor
            && self.glued(i)
            && self.sym_is(i - 1, "+")
            && (i == 1 || !self.glued(i - 1) || self.sym_is(i - 2, "(["))
            && (self.sym_is(i + 1, "%") && self.glued(i + 1)
                || self.gap(i + 1) == Gap::Space && matches!(self.lower(i + 1), "pp" | "ppt" | "percent"))
        {
            // A plus sign before a change in per cent is the figure's: "+55%", "+2.3 pp" (a
            // phone number's is not).
            q.first = i - 1;
        } else if i > floor && self.gap(i) == Gap::Space && self.sign_word(i - 1) {
            q.negative = true;
            q.first = i - 1;
        }
        // Currency before, maybe before an approximator's sign: "€~125m".
        let mut c = q.first;
        if c > floor + 1
            && self.sym_is(c - 1, "~≈")
            && self.glued(c)
            && self.glued(c - 1)
            && self.sym(c - 2).and_then(lx::currency_symbol).is_some()
        {
            q.hyphen_approx = true;
            c -= 1;
        }
        if c > floor && self.gap(c) != Gap::Break {
            let p = c - 1;
            if let Some(code) = self.currency_sign(p).filter(|_| self.sym(p) != Some('¢') || p > floor) {
                q.cur = Some(code);
                q.first = p;
                if self.sym(p) == Some('$') && p > floor && self.gap(p) != Gap::Break {
                    if self.is_word(p - 1)
                        && let Some(code) = lx::dollar_prefix(self.s(p - 1), self.glued(p))
                    {
                        q.cur = Some(code);
                        q.first = p - 1;
                    } else if let Some(u) = self.us_before(p, floor) {
                        q.cur = Some("USD");
                        q.first = u;
                    }
                }
                // The Ghanaian cedi's sign with its letters: "GH₵15.5", "GH¢ 1.3 million".
                if matches!(self.sym(p), Some('₵' | '¢'))
                    && p > floor
                    && self.glued(p)
                    && self.word_is(p - 1, "gh")
                {
                    q.first = p - 1;
                }
                // The Egyptian, Lebanese and Syrian pounds: "E£742.6 billion", "L£140,000", "S£
                // 13,000".
                if self.sym(p) == Some('£') && p > floor && self.glued(p) {
                    let code = match self.s(p - 1) {
                        "E" => Some("EGP"),
                        "L" => Some("LBP"),
                        "S" => Some("SYP"),
                        _ => None,
                    };
                    if let Some(code) = code {
                        q.cur = Some(code);
                        q.first = p - 1;
                    }
                }
                // The yen sign with the letters of the country whose it is: "CN¥8,000" and
                // "RMB¥8,000" are yuan, "JP¥8,000" yen.
                if self.sym(p) == Some('¥') && p > floor && self.glued(p) && self.is_word(p - 1) {
                    let code = match self.s(p - 1) {
                        "CN" | "RMB" => Some("CNY"),
                        "JP" => Some("JPY"),
                        _ => None,
                    };
                    if let Some(code) = code {
                        q.cur = Some(code);
                        q.first = p - 1;
                    }
                }
                // The yen sign alone is yuan in a clause on China: "exports to China were worth
                // ¥2.1 billion" is CNY.
                if q.cur == Some("JPY") && q.first == p && self.sym(p) == Some('¥') {
                    q.cur = self.shared_currency(Shared::Yen, p).or(q.cur);
                }
            } else if self.is_word(p) {
                let w = self.s(p);
                // Glued to the number only the common codes ("USD115") or any code before
                // thousands or a magnitude; "COP28" is a name.
                // "SDG 16" is a Sustainable Development Goal (there are 17), not Sudanese pounds;
                // "SDG 9,000" is money.
                // (A goal's target is "SDG 16.1".)
                // (An amount written large, as glued codes need: thousands or a magnitude.)
                let large = || self.toks[i].grouped || self.money_magnitude_at(i + 1);
                // (Nor the first end of a range whose second has a magnitude: "SDG 1.2-2.25
                // million", "SDG 1.2 to 2.25 million".)
                let spaced_magnitude =
                    |k: usize| self.is_word(k) && lx::magnitude_spaced(self.s(k)).is_some();
                let goal = self.toks[i].int_digits <= 2
                    && !self.toks[i].grouped
                    && !spaced_magnitude(i + 1)
                    && !((self.sym_is(i + 1, "-–") || self.word_is(i + 1, "to"))
                        && self.is_num(i + 2)
                        && spaced_magnitude(i + 3));
                // (`NIS2` with nothing after is the EU's directive on network security, as `COP28`
                // names a conference: "the NIS2 Directive", "under NIS2"; "NIS20 million" and
                // "NIS12" are money.)
                let name = || {
                    self.toks[i].is_plain_whole()
                        && self.numeral_value(i) == 2.0
                        && !self.money_magnitude_at(i + 1)
                        // (Named as a directive: "the NIS2 Directive", "under NIS2", "comply with
                        // NIS2"; "fares rose to NIS2", "worth NIS2" are money.)
                        && (p > 0
                            && self.is_word(p - 1)
                            && matches!(
                                self.lower(p - 1),
                                "the" | "under" | "with" | "eu" | "eu's" | "europe's" | "transpose" | "transposing"
                                    | "transposed" | "implement" | "implementing" | "implemented"
                            )
                            // ("NIS2 applies to 160,000 entities", "NIS2, DORA and the CRA")
                            || self.sentence_initial(p)
                            || self.is_word(i + 1)
                                && matches!(
                                    self.lower(i + 1),
                                    "directive" | "rules" | "obligations" | "requirements" | "compliance" | "regime"
                                ))
                };
                let code = lx::currency_code(w)
                    .filter(|code| {
                        !self.glued(c)
                            || lx::common_currency(code)
                            || *code == "KES"
                            // (Any code before thousands or a magnitude: "LBP4.5 million",
                            // "PLN186.6bn", "COP48bn"; "COP28" is a conference.)
                            || large()
                            // (Special drawing rights glued only before a magnitude: "SDR760mn".)
                            || *code == "XDR" && self.money_magnitude_at(i + 1)
                    })
                    .filter(|code| *code != "SDG" || !goal)
                    // (`LE` is the Egyptian pound, but not in a French date in capitals, "LE 20
                    // MAI", nor a model's name, "Renault LE 2".)
                    .filter(|code| {
                        *code != "EGP"
                            || w != "LE"
                            || !(p > 0
                                && self.is_word(p - 1)
                                && (self.s(p - 1).starts_with(|c: char| c.is_ascii_uppercase())
                                    && !self.sentence_initial(p - 1)
                                    || self.lower(p - 1) == "the")
                                || self.is_word(i + 1)
                                    && self.s(i + 1).len() > 1
                                    && self.s(i + 1).bytes().all(|b| b.is_ascii_uppercase()))
                    })
                    // (A climate scenario: "SSP 2-4.5", "SSP 5-8.5"; "SSP 2-4.5 million" is money.)
                    .filter(|code| *code != "SSP" || !self.climate_scenario(i))
                    // (An airline's code in a flight number: "Flight TK 537", "flight QR 537".)
                    .filter(|_| !(p > 0 && self.word_is(p - 1, "flight")));
                // (`LL` and `Bs` glued only before thousands or a magnitude: "LL140,000".)
                let letters = || {
                    lx::currency_letters(w)
                        .filter(|code| !matches!(*code, "LBP" | "VES") || !self.glued(c) || large())
                        .filter(|_| w != "NIS" || !self.glued(c) || !name())
                };
                // (`Rs` is the rupee of the country its clause names: "Rs 50,000 in Pakistan" is
                // PKR.)
                let code = code.map(|c| {
                    if c == "INR" && matches!(w, "Rs" | "rs" | "RS") {
                        self.shared_currency(Shared::Rupee, p).unwrap_or(c)
                    } else {
                        c
                    }
                });
                if let Some(code) = code.or_else(letters) {
                    q.cur = Some(self.bolivian(code));
                    q.first = p;
                } else if let Some((code, e)) = lx::scaled_currency_code(w) {
                    q.cur = Some(code);
                    q.exp = e;
                    q.has_mag = true;
                    q.first = p;
                } else if (w == "R" || w == "N" || w == "K")
                    && self.glued(c)
                    && (p == 0 || !self.glued(p) || self.sym_is(p - 1, "-–"))
                {
                    // The South African rand and the Nigerian naira glued before an amount with a
                    // magnitude, as their press writes them: "R115.6 billion", "R88.6bn",
                    // "N2.57 billion" ("Route N10,000" is no money).
                    // (Also a glued `m`, millions after money: "N5m to N10m", "R60m".)
                    // (Also before a range's second end with one: "from N500,000 to N100
                    // million", "N800,000-N1.2m".)
                    // (Only a first end written in thousands, which takes no magnitude: "from
                    // R500 to R1 million" would read R500 million.)
                    let range_magnitude = self.toks[i].grouped
                        && (self.word_is(i + 1, "to") || self.sym_is(i + 1, "-–"))
                        && self.s(i + 2) == w
                        && self.glued(i + 3)
                        && self.is_num(i + 3)
                        && self.money_magnitude_at(i + 4);
                    // (Or millions written out with separators: "N2,670,693".)
                    let millions = self.toks[i].grouped && self.toks[i].int_digits >= 7;
                    // (The Zambian kwacha too, as Zambian sources write it: "K21.3 billion"; any
                    // amount where the text names the kwacha: "weakened from K18.5 to K26.8 per
                    // dollar" — "K9 units" and "the K2 summit" are names.)
                    // (The kina and the kyat are written `K` too: only where the text names the
                    // kwacha, and then without a magnitude only an amount with decimals or
                    // separators, "K18.5", "K5,000": "grade K12", "the K15 road" are names.)
                    let t = &self.toks[i];
                    // (A whole number of kwacha not before a noun nor after a label: "at K27 per
                    // dollar", "pushed the fare to K19"; "K12 education spending", "grade K12",
                    // "shaft K11" are names.)
                    let plain = t.is_plain_whole()
                        && !t.grouped
                        && t.int_digits >= 2
                        && (!self.lowercase_word_at(i + 1) || lx::is_stop(self.lower(i + 1)))
                        && !(p >= 1
                            && self.is_word(p - 1)
                            && matches!(
                                self.lower(p - 1),
                                "the" | "grade" | "shaft" | "form" | "road" | "class" | "level"
                            ));
                    // (Or one digit priced per a good, or before another such end: "from K3 to K7
                    // per bilum".)
                    let priced = |k: usize| self.gap(k) == Gap::Space && self.price_unit(k).is_some();
                    let plain = plain
                        || t.is_plain_whole()
                            && t.int_digits == 1
                            && (priced(i + 1)
                                || (self.word_is(i + 1, "to")
                                    || self.sym_is(i + 1, "-–")
                                    || self.word_is(i + 1, "and")
                                        && p >= 1
                                        && self.word_is(p - 1, "between"))
                                    && self.s(i + 2) == w
                                    && self.glued(i + 3)
                                    && self.is_num(i + 3)
                                    && self.toks[i + 3].int_digits <= 2
                                    && priced(i + 4));
                    // (Or a small first end sharing the second's magnitude: "K2–2.5 billion".)
                    let shared_magnitude = !self.toks[i].grouped
                        && self.toks[i].int_digits <= 3
                        && (self.word_is(i + 1, "to") || self.sym_is(i + 1, "-–"))
                        && self.is_num(i + 2)
                        && self.money_magnitude_at(i + 3);
                    let large =
                        self.money_magnitude_at(i + 1) || range_magnitude || shared_magnitude || millions;
                    // (The naira likewise with separators or decimals where the text names it or
                    // Nigeria: "motorists paid up to N1,200"; "Route N10,000" elsewhere is a
                    // name. Or Myanmar's kyat, where the text names it or Myanmar and no kwacha:
                    // "K5.6 trillion".)
                    let k_code = if w == "K" { self.letter_currency_named("K") } else { None };
                    let amount = if w == "K" {
                        (large
                            || (!t.is_plain_whole() || t.grouped || plain)
                                && !(self.gap(i + 1) == Gap::Space && self.plural_at(i + 1)))
                            && k_code.is_some()
                    } else if w == "N" {
                        large
                            || (!t.is_plain_whole() || t.grouped)
                                && !(self.gap(i + 1) == Gap::Space && self.plural_at(i + 1))
                                && self.letter_currency_named("N").is_some()
                    } else {
                        // (The rand without a magnitude where the text names it or South Africa:
                        // "earnings of R3,000 to R8,000 per week", "bread that costs R20".)
                        large
                            || (!t.is_plain_whole() || t.grouped || plain)
                                && !(self.gap(i + 1) == Gap::Space && self.plural_at(i + 1))
                                && self.letter_currency_named("R").is_some()
                    };
                    if amount {
                        q.cur = Some(match w {
                            "R" => "ZAR",
                            "K" => k_code.unwrap_or("ZMW"),
                            _ => "NGN",
                        });
                        q.first = p;
                    }
                } else if LETTER_CURRENCIES.contains(&w)
                    // (Also a range's second end after a dash: "Q150–Q300".)
                    && (p == 0 || !self.glued(p) || self.sym_is(p - 1, "-–"))
                    // (One digit too after `Le` and `Ar`, which name no quarter: "Le 5 to Le 10";
                    // or before a magnitude: "K 1.5 million to K 3 million".)
                    && (!self.toks[i].is_plain_whole()
                        || self.toks[i].grouped
                        || self.toks[i].int_digits >= 2
                        || w == "Le"
                        || w == "Ar"
                        || self.money_magnitude_at(i + 1))
                    && !(self.gap(i + 1) == Gap::Space && self.plural_at(i + 1))
                    // (Lesotho's `M` with separators, decimals, three digits or a magnitude:
                    // "M2,850", "M18.4", "M750", "M44 million"; "M16" is a rifle.)
                    && (w != "M"
                        || !self.toks[i].is_plain_whole()
                        || self.toks[i].grouped
                        || self.toks[i].int_digits >= 3
                        || self.money_magnitude_at(i + 1))
                    // (The rand apart only with separators or a magnitude, as glued it is read
                    // above: "R 180 million to R 220 million", "R 3,000".)
                    && (w != "R" || !self.glued(c) && (self.toks[i].grouped || self.money_magnitude_at(i + 1)))
                    // The quetzal, the lempira, the kyat and the kwacha, as Guatemala's,
                    // Honduras's, Myanmar's and Zambia's press write them, glued or apart ("Q 300
                    // to Q 1,500", "L 800", "Q148.5 billion", "K 5.6 trillion", "K 42 million"),
                    // only where the text names the currency or its country ("Q 3" may be a
                    // quarter, "L 800" a size).
                    && let Some(code) = self.letter_currency_named(w)
                {
                    q.cur = Some(code);
                    q.first = p;
                } else if w == "Sh"
                    && (p == 0 || !self.glued(p))
                    && !(self.gap(i + 1) == Gap::Space && self.plural_at(i + 1))
                    // East Africa's shillings as its press writes them, glued or apart ("Sh4.3
                    // billion", "Sh 50,000"): the one its clause or the report names.
                    && let Some(code) = self.shared_currency(Shared::Shilling, p)
                {
                    q.cur = Some(code);
                    q.first = p;
                } else if matches!(w, "francs" | "franc")
                    && p > floor
                    && self.s(p - 1) == "CFA"
                    && !self.glued(c)
                    && (self.toks[i].grouped || self.money_magnitude_at(i + 1))
                {
                    // The CFA franc named in full before the amount: "CFA francs 200 billion".
                    q.cur = Some(self.shared_currency(Shared::Cfa, p).unwrap_or("XOF"));
                    q.first = p - 1;
                } else if (w == "CFA" || w == "TL" || w == "MK" || w == "KM")
                    && (!self.glued(c)
                        // (The kwacha glued too, with separators, decimals or a magnitude:
                        // "MK95,000", "MK1.2 million", "MK14.6bn"; "MK84" is a bomb.)
                        || w == "MK"
                            && (self.toks[i].grouped
                                || !self.toks[i].is_plain_whole()
                                || self.money_magnitude_at(i + 1)))
                {
                    // The CFA franc, the Turkish lira and the Malawian kwacha before an amount
                    // with a magnitude or thousands separators ("CFA 50 million", "CFA 5,000",
                    // "TL 1.6 trillion", "MK 800 billion"); "the CFA 14 countries" is a name, and
                    // "MK 84 bombs" a mark of a weapon.
                    // (Also glued: "CFA 21.5m", "TL 3bn".)
                    let magnitude = self.money_magnitude_at(i + 1);
                    // (Also on a range's second end: "CFA 15 to 50 million", "CFA 15-50 million".)
                    let range_magnitude = (self.word_is(i + 1, "to") || self.sym_is(i + 1, "-–"))
                        && self.is_num(i + 2)
                        && self.is_word(i + 3)
                        && lx::magnitude_spaced(self.s(i + 3)).is_some();
                    // (Or a price per a unit or a rate to the dollar: "at CFA 695 a litre", "at
                    // roughly CFA 605 to the dollar".)
                    let priced =
                        w == "CFA" && self.gap(i + 1) == Gap::Space && self.price_unit(i + 1).is_some();
                    // (Or a bare amount that ends its phrase: "CFA 725 for diesel", "at CFA
                    // 725."; not before a noun, "the CFA 14 countries".)
                    let bare = w == "CFA"
                        && self.toks[i].is_plain_whole()
                        && (!self.is_word(i + 1) || lx::is_stop(self.lower(i + 1)))
                        && !self.sym_is(i + 1, "-–")
                        && !(self.is_word(i + 1) && self.gap(i + 1) == Gap::Glued);
                    // (Bosnia's convertible mark, any amount where the text names Bosnia: "KM 4
                    // to 6", "KM 41 million".)
                    let marks = w == "KM"
                        && (self.mentions("bosnia") || self.mentions("sarajevo") || self.mentions("srpska"));
                    if (magnitude || range_magnitude || self.toks[i].grouped || priced || bare)
                        && (w != "KM" || magnitude || range_magnitude)
                        || marks
                    {
                        q.cur = Some(match w {
                            "TL" => "TRY",
                            "MK" => "MWK",
                            "KM" => "BAM",
                            _ => "XOF",
                        });
                        q.first = p;
                    }
                }
            } else if self.sym_is(p, "/.") && p > floor && {
                // Peru's sol: "S/ 900 million", "S/. 2,500" (the slash glued to the `S`), also
                // opening the text ("- S/ 50 per worker"); and Panama's balboa: "B/.2.47
                // billion".
                let s =
                    if self.sym_is(p, ".") && self.sym_is(p - 1, "/") && self.glued(p) { p - 1 } else { p };
                // (Apart from the number: glued, ".2,470" reads as a decimal; the sol's slash
                // glued to the number too, "S/10 to S/20 per bus", "S/1.2 billion".)
                self.sym_is(s, "/")
                    && s > floor
                    && matches!(self.s(s - 1), "S" | "B")
                    && self.glued(s)
                    && (self.gap(i) == Gap::Space || s == p && self.s(s - 1) == "S")
            } {
                let s = if self.sym_is(p, ".") { p - 1 } else { p };
                q.cur = Some(if self.s(s - 1) == "B" { "PAB" } else { "PEN" });
                q.first = if self.sym_is(p, ".") { p - 2 } else { p - 1 };
            } else if self.sym_is(p, ".")
                && p > floor
                && self.is_word(p - 1)
                // ("paid in Bs. 70% of workers": a sentence ended on the currency.)
                && !self.sym_is(i + 1, "%")
                && let Some(code) = lx::currency_code(self.s(p - 1)).or_else(|| lx::currency_letters(self.s(p - 1)))
            {
                // "Rs. 500", "Afs. 70" (the rupee's country as after `Rs`: "In Sri Lanka, fuel
                // costs Rs. 350").
                let code = if code == "INR" && matches!(self.s(p - 1), "Rs" | "rs" | "RS") {
                    self.shared_currency(Shared::Rupee, p - 1).unwrap_or(code)
                } else {
                    code
                };
                q.cur = Some(self.bolivian(code));
                q.first = p - 1;
            }
            // The bolívar soberano or fuerte: "Bs.S 130", "Bs.F 4,000".
            if q.cur.is_none()
                && p >= floor + 3
                && matches!(self.s(p), "S" | "F")
                && self.sym_is(p - 1, ".")
                && self.s(p - 2) == "Bs"
                && self.glued(p)
                && self.glued(p - 1)
            {
                q.cur = Some("VES");
                q.first = p - 2;
            }
            // "$US 400 million", as UN and Australian usage writes it.
            if q.cur.is_none()
                && p > floor
                && self.word_is(p, "us")
                && self.glued(p)
                && self.sym(p - 1) == Some('$')
            {
                q.cur = Some("USD");
                q.first = p - 1;
            }
        }
        // An order of battle's count after the equipment it counts: "HIMARS (x6)", "T-90M (×2)".
        if q.first == i
            && i > floor + 3
            && t.frac_digits == 0
            && t.dots == 0
            && (self.word_is(i - 1, "x") || self.sym_is(i - 1, "×"))
            && self.glued(i)
            && self.glued(i - 1)
            && self.sym_is(i - 2, "(")
            && self.sym_is(i + 1, ")")
            && self.glued(i + 1)
            && self.gap(i - 2) == Gap::Space
            && self.equipment_before(i - 3)
        {
            q.first = i - 1;
        }
        // A sign before the currency: "-$1.2 billion", "minus $400 million".
        let c = q.first;
        if q.cur.is_some() && !q.negative && c > floor {
            let sign = self.glued(c) && self.sym_is(c - 1, "-−") && (c - 1 == 0 || !self.glued(c - 1));
            let word = self.gap(c) == Gap::Space && self.sign_word(c - 1);
            if sign || word {
                q.negative = true;
                q.first = c - 1;
            }
        }
        // A decimal comma, after a currency or before a magnitude, a percent sign or a unit:
        // "RUB 8,8 trillion", "$1,2 billion", "7,2 %", "8,45 m" (a comma before one or two
        // digits groups no thousands).
        let mut i = i;
        if t.is_plain_whole() && t.int_digits <= 3 {
            if let Some(d) = self.decimal_comma(i, q.cur.is_some()) {
                let (decimals, _) = numeral(&self.text[d.start..d.end]);
                let places = i32::from(d.int_digits);
                q.mantissa = q.mantissa * pow10(places) + decimals;
                q.frac = places;
                q.num = Span::new(t.start, d.end);
                q.last = i + 3;
                i += 2;
            }
        }
        // A vulgar fraction glued to a whole number: "1½ million", "2¼ tonnes".
        if t.frac_digits == 0
            && t.dots == 0
            && q.frac == 0
            && self.glued(i + 1)
            && let Some((digits, places)) = self.sym(i + 1).and_then(vulgar_fraction)
        {
            q.mantissa = q.mantissa * pow10(places) + digits;
            q.frac = places;
            q.num = Span::new(t.start, self.toks[i + 1].end);
            q.last = i + 2;
            i += 1;
        }
        // Magnitude.
        let j = i + 1;
        // "8 B-52 bombers": a letter glued to more is a designation, not a magnitude; so is
        // "3M-54" (a missile's index), but not "3M-5M" (a range of millions).
        let capital = self.s(j).len() <= 2 && self.s(j).starts_with(|c: char| c.is_ascii_uppercase());
        let attached = self.glued(j + 1)
            && (self.is_num(j + 1)
                || self.is_word(j + 1)
                || !self.glued(j) && capital && self.sym_is(j + 1, "-/") && self.glued(j + 2)
                || self.glued(j)
                    && capital
                    && q.cur.is_none()
                    && self.sym_is(j + 1, "-")
                    && self.is_num(j + 2)
                    && self.glued(j + 2)
                    && !(self.is_word(j + 3) && self.glued(j + 3)));
        if self.is_word(j) && self.gap(j) != Gap::Break && !attached {
            let w = self.s(j);
            let glued = self.glued(j);
            let mut len = 1;
            let e = if !glued && matches!(w, "lakh" | "lakhs") && self.word_is(j + 1, "crore") {
                // "₹6.2 lakh crore" is 6.2 trillion rupees.
                len = 2;
                Some(12)
            } else if w == "m" {
                // "$5m", "4.2m people" are millions; "a 30m wall", "1.8m tall" are metres.
                // "1.3m registered refugees": the plural may come a word or two later.
                // Passed over on the way: an adverb, a participle or a capitalised word
                // ("internally displaced", "registered", "Afghan"), not a size ("2m deep trenches").
                // A hyphenated adjective is passed over too ("1.2m food-insecure people"), and a
                // people named by a word that is its own plural is counted ("3m Sudanese",
                // "1m Rohingya").
                // An acronym's plural: "950m MAUs", "5.5m DAUs".
                let acronym_plural = |k: usize| lx::is_acronym_plural(self.s(k));
                let mut k = j + 1;
                let mut people = false;
                while k < j + 3 && self.is_word(k) && self.gap(k) == Gap::Space && !acronym_plural(k) {
                    let lower = self.lower(k);
                    let capital = self.s(k).starts_with(|c: char| c.is_ascii_uppercase());
                    let article =
                        q.first > 0 && (self.word_is(q.first - 1, "a") || self.word_is(q.first - 1, "an"));
                    if capital && lx::is_people_word(lower) && !article {
                        people = true;
                        break;
                    }
                    // A name with digits before the plural: "1.2m NS1 kits", "1.2m N95 masks",
                    // "1.2m COVID-19 tests" (not a structure's: "2.2m MIL7 bastions" are high).
                    if capital
                        && self.glued(k + 1)
                        && let Some(e) = self.designation(k, false)
                        && !(self.is_word(e)
                            && matches!(
                                self.lower(e),
                                "bastions"
                                    | "barriers"
                                    | "walls"
                                    | "berms"
                                    | "fences"
                                    | "towers"
                                    | "masts"
                                    | "poles"
                            ))
                    {
                        k = e;
                        continue;
                    }
                    let hyphenated = self.sym_is(k + 1, "-")
                        && self.glued(k + 1)
                        && self.is_word(k + 2)
                        && self.glued(k + 2);
                    if hyphenated && !lx::looks_plural(self.lower(k + 2)) {
                        k += 3;
                    } else if lower.ends_with("ly")
                        || lower.ends_with("ed")
                        || matches!(lower, "more" | "new" | "other" | "additional" | "further")
                        // ("3.4m individual donations", "1.2m illegal crossings": an adjective
                        // that only counts.)
                        || matches!(
                            lower,
                            "individual"
                                | "annual"
                                | "illegal"
                                | "irregular"
                                | "unique"
                                | "separate"
                                | "active"
                                | "online"
                                | "digital"
                                | "fraudulent"
                                | "suspicious"
                        )
                        || capital && !lx::looks_plural(lower)
                    {
                        k += 1;
                    } else if k == j + 1
                        && !capital
                        && !lx::is_stop(lower)
                        && !lx::looks_plural(lower)
                        && !matches!(
                            lower,
                            "deep"
                                | "high"
                                | "wide"
                                | "long"
                                | "tall"
                                | "thick"
                                | "thin"
                                | "square"
                                | "cubic"
                                | "concrete"
                                | "steel"
                                | "metal"
                                | "wooden"
                                | "stone"
                                | "brick"
                                | "iron"
                                | "glass"
                                | "away"
                                | "apart"
                                | "ahead"
                                | "across"
                                | "below"
                                | "above"
                        )
                        && self.is_word(k + 1)
                        && self.gap(k + 1) == Gap::Space
                        && lx::is_people_plural(self.lower(k + 1))
                    {
                        // A noun qualifying people: "1.1m farm workers", "2m aid workers" (but
                        // "2m earth berms", "3.6m blast walls" are heights).
                        k += 1;
                    } else {
                        break;
                    }
                }
                // A noun that is its own plural, before a small word or a punctuation mark ("1.8m
                // cattle in", "1.8m livestock."), or heads of animals ("1.8m head of cattle");
                // not after a determiner ("the 1.5m cattle fence", "a 2m fish"), before another
                // word ("12m fish nets", "200m livestock fencing") or a head of water.
                let determined = q.first > 0
                    && self.is_word(q.first - 1)
                    && matches!(self.lower(q.first - 1), "a" | "an" | "the" | "s");
                let alone =
                    |e: usize| !self.is_word(e) || self.gap(e) != Gap::Space || lx::is_stop(self.lower(e));
                let herd = !determined
                    && (lx::is_invariant_noun(self.lower(k)) && alone(k + 1)
                        || self.lower(k) == "head"
                            && self.word_is(k + 1, "of")
                            && (lx::is_invariant_noun(self.lower(k + 2))
                                || lx::looks_plural(self.lower(k + 2))));
                let plural_next = glued
                    && self.is_word(k)
                    && self.gap(k) == Gap::Space
                    && (lx::looks_plural(self.lower(k)) || acronym_plural(k) || herd)
                    && !lx::is_stop(self.lower(k));
                // Another unit after it: "0.9m b/d", "2.2m bbl", "75m dwt", "1.6m t"; apart, a
                // unit no length would take: "12.5 m TEU", "2.2 m bbl", "75 m dwt".
                let unit_next = self.is_word(j + 1)
                    && self.gap(j + 1) == Gap::Space
                    && (glued
                        || matches!(self.s(j + 1), "TEU" | "TEUs" | "bbl" | "dwt" | "DWT" | "boe" | "t")
                            // ("400 m TEU-class vessels" are long.)
                            && !self.sym_is(j + 2, "-"))
                    && (self.unit_at(j + 1, false).is_some_and(|(u, _)| u != "m")
                        || self.word_is(j + 1, "b")
                            && self.sym_is(j + 2, "/")
                            && self.glued(j + 2)
                            && self.word_is(j + 3, "d"));
                // People counted without a noun: "1.8m who crossed", "2m are at risk", "8.2m in
                // need", "6.7m of the 8.2m".
                let said_of_people = glued
                    && self.is_word(j + 1)
                    && self.gap(j + 1) == Gap::Space
                    && (matches!(
                        self.lower(j + 1),
                        "who"
                            | "are"
                            | "were"
                            | "remain"
                            | "remained"
                            | "displaced"
                            | "fled"
                            | "returned"
                            | "need"
                            | "needed"
                            | "face"
                            | "faced"
                    ) || self.word_is(j + 1, "in") && self.word_is(j + 2, "need")
                        || self.word_is(j + 1, "of") && self.word_is(j + 2, "the"));
                // A population: "a population of 2.1m", "its population, 4.6m,"; or a target,
                // which a height's or a length's would name: "against a target of 3.5m".
                // People counted as a part of a whole: "of whom 1.2m".
                let population = glued
                    && q.first >= 2
                    && self.word_is(q.first - 1, "of")
                    && self.is_word(q.first - 2)
                    && matches!(self.lower(q.first - 2), "population" | "populations" | "target" | "goal")
                    || glued
                        && q.first >= 2
                        && self.word_is(q.first - 1, "whom")
                        && self.word_is(q.first - 2, "of");
                // A number counted: "returnees numbered 1.2m" (not "totalled", which sums
                // lengths too: "rainfall totalled 1.2m"); or a number, a total or a toll that
                // passes it: "the true number now exceeds 2.5m", "the toll passed 1.2m".
                let tally = |k: usize| {
                    k >= 1
                        && matches!(self.lower(k), "number" | "total" | "toll" | "tally")
                        && matches!(
                            self.lower(k - 1),
                            "the" | "true" | "real" | "its" | "their" | "overall" | "official" | "actual"
                        )
                };
                let passed = |v: usize| {
                    matches!(
                        self.lower(v),
                        "exceeds"
                            | "exceeded"
                            | "exceed"
                            | "tops"
                            | "topped"
                            | "passed"
                            | "passes"
                            | "surpassed"
                            | "surpasses"
                            | "reached"
                            | "reaches"
                            | "nears"
                            | "neared"
                    ) && (v.saturating_sub(3)..v).any(|k| {
                        tally(k)
                            && (k + 1..v).all(|w| {
                                matches!(
                                    self.lower(w),
                                    "now"
                                        | "already"
                                        | "probably"
                                        | "likely"
                                        | "still"
                                        | "easily"
                                        | "far"
                                        | "well"
                                )
                            })
                    })
                };
                let counted = glued
                    && q.first >= 1
                    && self.is_word(q.first - 1)
                    && (matches!(self.lower(q.first - 1), "numbered" | "numbering") || passed(q.first - 1));
                // A currency's code after it ("2.6m NIS"), or after the other end of a change
                // written the same way ("from 1.2m to 6m hryvnias").
                let currency_at = |k: usize| {
                    self.is_word(k)
                        && self.gap(k) == Gap::Space
                        && (lx::currency_code(self.s(k)).is_some()
                            || lx::currency_letters(self.s(k)).is_some()
                            || lx::currency_word(self.lower(k)).is_some())
                };
                let currency_next = glued
                    && (currency_at(j + 1)
                        || self.word_is(j + 1, "to")
                            && self.is_num(j + 2)
                            && self.glued(j + 3)
                            && self.s(j + 3) == "m"
                            && currency_at(j + 4));
                if q.cur.is_some()
                    || unit_next
                    || currency_next
                    || glued && (plural_next || people || said_of_people || population || counted)
                {
                    Some(6)
                } else {
                    None
                }
            } else if glued {
                // (A `T` glued on names a thing before a plural when no currency is near: "the 3T
                // sites" mine tin, tantalum and tungsten.)
                lx::magnitude_glued(w).filter(|_| {
                    !(w == "T"
                        && q.cur.is_none()
                        && self.gap(j + 1) == Gap::Space
                        && self.plural_at(j + 1)
                        && lx::currency_word(self.lower(j + 1)).is_none())
                })
            } else if w == "mil" && q.cur == Some("BRL") {
                // ("R$ 350 mil": a thousand in Portuguese.)
                Some(3)
            } else {
                lx::magnitude_spaced(w)
            };
            // (A capital's initials are no magnitude: "40 B.E. graduates", "12 M.A. students",
            // "40 B.Sc. graduates".)
            let initials = e.is_some()
                && !glued
                && self.s(j).len() == 1
                && self.sym_is(j + 1, ".")
                && self.glued(j + 1)
                && self.glued(j + 2)
                && self.is_word(j + 2)
                && self.s(j + 2).len() <= 4
                && self.s(j + 2).starts_with(|c: char| c.is_ascii_uppercase());
            // (Nor a street's letter: "1400 K Street NW", "900 M Street." — "3 M Street
            // Vendors", "20 M Street children" are millions.)
            let street = e.is_some()
                && !glued
                && self.s(j).len() == 1
                && self.is_word(j + 1)
                && self.gap(j + 1) == Gap::Space
                && lx::is_street(self.s(j + 1))
                && (self.phrase_ends(j + 2) || matches!(self.s(j + 2), "NW" | "NE" | "SW" | "SE"));
            let e = e.filter(|_| !initials && !street);
            // (Only a word read as a magnitude is looked at again.)
            let word = if e.is_some() { self.lower(j) } else { "" };
            // "In 2023 millions of people crossed": the year has no magnitude, and neither has
            // "2 millions of".
            let plural_after_year = matches!(word, "millions" | "milliards")
                && (self.word_is(j + 1, "of") || self.is_year_numeral(q.num_tok));
            if let Some(e) = e.filter(|_| !plural_after_year) {
                q.exp += e;
                q.has_mag = true;
                q.last = j + len;
                // Before a French or Spanish magnitude a dot groups thousands: "US$ 1.250
                // millones" is 1,250 million.
                let t = self.toks[q.num_tok];
                if matches!(word, "millones" | "milliards" | "milliard")
                    && t.dots == 1
                    && t.frac_digits == 3
                    && !t.grouped
                    && q.frac == 3
                {
                    q.frac = 0;
                }
            }
        }
        self.suffixes(&mut q);
        if q.bare()
            && q.last == i + 1
            && !q.negative
            && (self.multiplier_sign(q.last)
                || self.glued_hours(q.last)
                || self.glued_minutes(q.last)
                || self.multiple_x(q.last))
        {
            q.last += 1;
        }
        Some(q)
    }

    /// The plural noun that a verb of counting right before token `start` says a count counts:
    /// "minors numbered 5,700", "troops, numbering some 10,000", "arrivals totalled 29,000".
    /// The present `number` and `total` only where the count ends the clause or a preposition
    /// follows (`after` is the token after the figure): "Polling stations number 2,874.", but
    /// "Houses number 12 and 14 were shelled" names houses. A word for figures counts nothing
    /// named ("These figures total 3,000").
    fn counted_subject(&self, start: usize, after: usize) -> Option<Cow<'a, str>> {
        let mut verb = start.checked_sub(1)?;
        // (Before a range: "numbered between 3,000 and 4,000".)
        if self.word_is(verb, "between") {
            verb = verb.checked_sub(1)?;
        }
        if matches!(self.lower(verb), "number" | "total")
            && self.is_word(after)
            && self.gap(after) != Gap::Break
            // (Not before another number: "Houses number 12 and 14 were shelled".)
            && (self.word_is(after, "and") && self.is_num(after + 1) || !matches!(
                self.lower(after),
                "in" | "at"
                    | "across"
                    | "on"
                    | "per"
                    | "a"
                    | "an"
                    | "each"
                    | "nationwide"
                    | "now"
                    | "today"
                    | "according"
                    | "this"
                    | "last"
                    | "including"
                    | "of"
                    | "against"
                    | "compared"
                    | "for"
                    | "by"
                    | "during"
                    | "over"
                    | "until"
                    | "annually"
                    | "overall"
                    | "altogether"
                    // (A second verb ends the clause: "Depositors number 1.2 million and hold".)
                    | "and"
            ))
        {
            return None;
        }
        if !self.is_word(verb)
            || !matches!(
                self.lower(verb),
                "numbered"
                    | "numbering"
                    | "number"
                    | "totalled"
                    | "totaled"
                    | "totalling"
                    | "totaling"
                    | "total"
            )
        {
            return None;
        }
        let mut k = verb.checked_sub(1)?;
        if self.sym_is(k, ",") {
            k = k.checked_sub(1)?;
        }
        // (Past a reflexive pronoun: "Tunisians themselves numbered 17,304".)
        if self.word_is(k, "themselves") {
            k = k.checked_sub(1)?;
        }
        // (Past an aside in brackets: "transit voyages (as distinct from destination traffic)
        // numbered 92".)
        if self.sym_is(k, ")") {
            let open = (k.saturating_sub(16)..k)
                .rev()
                .take_while(|&j| !self.sym_is(j, ".;"))
                .find(|&j| self.sym_is(j, "("))?;
            k = open.checked_sub(1)?;
        }
        // (An infinitive or a modal: "We expect Darién crossings to total between 280,000 and
        // 320,000", "arrivals will total 40,000".)
        if matches!(self.lower(verb), "number" | "total")
            && self.lowercase_word_at(k)
            && (self.word_is(k, "to") || lx::is_modal(self.lower(k)))
        {
            k = k.checked_sub(1)?;
        }
        // ("Africa's elephants together number about 415,000", "troops now number 5,000".)
        if self.is_word(k)
            && matches!(self.lower(k), "together" | "combined" | "now" | "currently" | "still" | "altogether")
        {
            k = k.checked_sub(1)?;
        }
        // The head of a subject that a preposition's object ends: "Irregular crossings at the
        // EU's external borders numbered 178,000" counts crossings, "Deaths of civilians
        // numbered 300" deaths.
        // (Outermost: "Crossings of the Channel in small boats" counts crossings, "Asylum seekers
        // from Syria" seekers.)
        // ("Casualties among the militia, numbering some 300": an apposition's nearest noun.)
        let apposition = self.word_is(verb, "numbering") && verb > 0 && self.sym_is(verb - 1, ",");
        // (Past an adverb or a place after the noun: "IT workers abroad, numbering 3,000 to
        // 5,000", "workers in China, numbering 2,000".)
        if apposition && self.is_word(k) && !lx::looks_plural(self.lower(k)) && k >= 1 {
            if matches!(
                self.lower(k),
                "abroad" | "overseas" | "worldwide" | "nationwide" | "there" | "locally"
            ) {
                k -= 1;
            } else if let Some(at) = (k.saturating_sub(3)..k)
                .rev()
                .find(|&j| self.is_word(j) && matches!(self.lower(j), "in" | "at" | "across" | "inside"))
                && at >= 1
                && self.is_word(at - 1)
                && lx::looks_plural(self.lower(at - 1))
            {
                k = at - 1;
            }
        }
        if self.is_word(k) && !apposition {
            let mut j = k;
            let reach = k.saturating_sub(10);
            while j > reach.max(1) {
                j -= 1;
                // (A comma in a list of lower-case words goes on: "Victims of forced labour in
                // fishing, agriculture and construction numbered 2,109".)
                let listed =
                    self.sym_is(j, ",") && self.lowercase_word_at(j - 1) && self.lowercase_word_at(j + 1);
                if self.sym(j).is_some_and(|c| !matches!(c, '\'' | '’')) && !listed {
                    break;
                }
                let preposition = matches!(
                    self.lower(j),
                    "at" | "in"
                        | "on"
                        | "across"
                        | "along"
                        | "from"
                        | "into"
                        | "of"
                        | "to"
                        | "through"
                        | "inside"
                        | "by"
                        | "among"
                        | "against"
                        | "near"
                        | "around"
                );
                if self.is_word(j) && preposition {
                    let head = self.lower(j - 1);
                    let plural = |w: &str| lx::looks_plural(w) && !lx::is_stop(w) && !lx::is_s_verb(w);
                    if self.is_word(j - 1) && plural(head) {
                        k = j - 1;
                    } else if j >= 2
                        && self.lowercase_word_at(j - 1)
                        && head.len() > 4
                        && head.ends_with("ed")
                        && self.is_word(j - 2)
                        && plural(self.lower(j - 2))
                    {
                        // (Past a participle: "Crews arrested in these cases numbered 30" counts
                        // crews.)
                        k = j - 2;
                    }
                }
            }
        }
        let lower = self.lower(k);
        // (Groups number their members: "The armies together numbered 400,000"; but "These
        // factions now number 20" counts factions.)
        let small = (start..after).find(|&n| self.is_num(n)).is_some_and(|n| {
            self.toks[n].int_digits <= 2
                && !(self.is_word(n + 1) && lx::magnitude_spaced(self.lower(n + 1)).is_some())
        });
        let figures = matches!(lower, "numbers" | "figures" | "estimates" | "totals" | "counts" | "tallies")
            || !small
                && matches!(
                    lower,
                    "groups"
                        | "forces"
                        | "armies"
                        | "populations"
                        | "units"
                        | "factions"
                        | "militias"
                        | "brigades"
                        | "battalions"
                        | "divisions"
                        | "movements"
                        | "communities"
                        | "tribes"
                        | "clans"
                        | "offshoots"
                        | "splinters"
                        | "affiliates"
                        | "branches"
                        | "cells"
                        | "wings"
                );
        // (A word in `-s` right before the verb is its subject, not a verb: "Accounts number 1.2
        // million".)
        let subject = k + 1 == verb && !apposition;
        (self.is_word(k)
            && lx::looks_plural(lower)
            && !lx::is_stop(lower)
            && (subject || !lx::is_s_verb(lower))
            && !figures)
            .then(|| {
                // (A hyphenated compound whole: "Fact-checkers … number fewer than 200" →
                // `fact-checker`.)
                if k >= 2 && self.glued_hyphen(k - 1) && self.is_word(k - 2) {
                    Cow::Owned(format!("{}-{}", self.lower(k - 2), lx::singular(lower)))
                } else {
                    lx::singular(lower)
                }
            })
    }

    /// Whether the word at `j` is `h`, `hr` or `hrs` glued to the whole number of one or two
    /// digits before it, with no letter, digit, hyphen or apostrophe glued after: hours
    /// ("within 72h", "a 48hr truce"), not a time ("0600h", "930h", "10h00") nor a name ("3H",
    /// "the 4h-class"). Clock times written so are rejected with what stands around them.
    fn glued_hours(&self, j: usize) -> bool {
        j > 0
            && self.is_num(j - 1)
            && self.glued(j)
            && matches!(self.s(j), "h" | "hr" | "hrs")
            && !(self.glued(j + 1)
                && (self.is_word(j + 1) || self.is_num(j + 1) || self.sym_is(j + 1, "-'’")))
            && {
                let t = self.toks[j - 1];
                t.is_plain_whole() && t.int_digits <= 2
            }
            && !self.s(j - 1).starts_with('0')
    }

    /// Whether a plural noun stands at token `k`, after a space: "artillery pieces", "10 min
    /// intervals".
    fn plural_at(&self, k: usize) -> bool {
        self.is_word(k) && self.gap(k) == Gap::Space && {
            let lower = self.lower(k);
            lx::looks_plural(lower) && !lx::is_stop(lower) && !lx::is_s_verb(lower)
        }
    }

    /// One past a size written with `×` between numbers, all glued, that the number at `k`
    /// belongs to: "30×30", "8×8", "1920×1080×3"; also a power of ten written so, with its
    /// exponent ("2.48×10−5").
    fn times_size(&self, k: usize) -> Option<usize> {
        let (_, last) = self.times_chain(k)?;
        let exponent = self.sym_is(last + 1, "−-^")
            && self.glued(last + 1)
            && self.is_num(last + 2)
            && self.glued(last + 2);
        Some(if exponent { last + 3 } else { last + 1 })
    }

    /// The first and last number tokens of a chain of numbers joined by a glued `×` that the
    /// number at `k` belongs to, when it is one.
    fn times_chain(&self, k: usize) -> Option<(usize, usize)> {
        let times =
            |j: usize| self.glued(j) && self.glued(j + 1) && self.is_num(j + 1) && self.sym_is(j, "×");
        let mut start = k;
        while start >= 2 && self.is_num(start - 2) && times(start - 1) {
            start -= 2;
        }
        let mut end = k;
        while times(end + 1) {
            end += 2;
        }
        (end > start).then_some((start, end))
    }

    /// The `CI`, `UI` or `CrI` token right before token `first` (maybe past `:` or `,`), when
    /// it names an interval in brackets: "(95% CI 3.2–5.3)", "[95% UI: 10–14]", "(CI 25–35)".
    /// With it, the bracket's token.
    fn interval_label(&self, first: usize) -> Option<(usize, usize)> {
        let mut k = first.checked_sub(1)?;
        if self.sym_is(k, ":,") {
            k = k.checked_sub(1)?;
        }
        // (Also spelled out: "(95% confidence interval 3.2–5.3)", "(interquartile range
        // 148–517)".)
        if k >= 1
            && (self.word_is(k, "interval")
                && matches!(self.lower(k - 1), "confidence" | "credible" | "uncertainty")
                || self.word_is(k, "range") && self.lower(k - 1) == "interquartile")
            && self.is_word(k - 1)
        {
            k -= 1;
        } else if !self.is_word(k) || !matches!(self.s(k), "CI" | "UI" | "CrI" | "IQR") {
            return None;
        }
        let level = k >= 3 && self.sym_is(k - 1, "%") && self.is_num(k - 2);
        let open = if level { k - 3 } else { k.checked_sub(1)? };
        // (With its level also after a comma or a semicolon: "37 percentage points, 95% CI
        // 22–52".)
        (self.sym_is(open, "([") || level && self.sym_is(open, ",;")).then_some((k, open))
    }

    /// The estimate a confidence interval starting at token `first` qualifies, and whether it
    /// stands right before the bracket: the `4.1%` of "4.1% (95% CI 3.2–5.3)", the `$400` of
    /// "$400 (95% CI 350–450)"; or a few words before it (`false`). With it, a count's noun
    /// standing between the estimate and the bracket ("1,310 deaths (95% CI …)").
    fn interval_estimate(&self, first: usize) -> Option<(Qty, bool, Option<Cow<'a, str>>)> {
        let (label, mut open) = self.interval_label(first)?;
        // (Past a sample size in the same brackets: "14.2% (n=812; 95% CI 11.8–16.9)".)
        if open >= 4
            && self.sym_is(open, ";,")
            && self.is_num(open - 1)
            && self.sym_is(open - 2, "=")
            && self.word_is(open - 3, "n")
            && self.sym_is(open - 4, "(")
        {
            open -= 4;
        }
        // (A fiscal year's second part is no estimate: "17.5% in 2023–24 (95% CI 11.0–24.1)",
        // "in 2023/24".)
        let fiscal = |j: usize| {
            j >= 2
                && self.is_num(j)
                && self.glued(j)
                && self.toks[j].is_plain_whole()
                && self.toks[j].int_digits == 2
                && self.sym_is(j - 1, "-–/")
                && self.glued(j - 1)
                && self.is_year_numeral(j - 2)
        };
        // (Read whole, though it was a figure before this one: only its terms are wanted.)
        if let Some(number) = (open.saturating_sub(3)..open).rev().find(|&j| self.is_num(j))
            && !self.is_year_numeral(number)
            && !fiscal(number)
            && let Some(q) = self.quantity(number, 0)
            && q.last == open
            && !q.spelled
        {
            // (After a comma only an interval that holds the estimate: "58%, 95% CI 2.1–4.4 for
            // the odds" is another quantity's.)
            return Some((q, self.sym_is(open, "(["), None));
        }
        // A measure per a unit before the bracket, in the measure's terms: "14.2 µg/L (IQR
        // 6.8–29.5)", "3.1 mg/kg (95% CI 2.2–4.0)".
        if let Some(number) = (open.saturating_sub(5)..open).rev().find(|&j| self.is_num(j))
            && let Some(q) = self.quantity(number, 0)
            && q.unit.is_some()
            && !q.spelled
            && (q.last + 2 == open
                && self.sym_is(q.last, "/")
                && self.glued(q.last)
                && self.is_word(q.last + 1)
                && self.glued(q.last + 1)
                // (Or a concentration read whole: "µg/L".)
                || q.last == open && q.unit.is_some_and(|u| u.contains('/')))
        {
            return Some((q, true, None));
        }
        // A count with its noun before the bracket: "13.8 million DALYs (95% UI 11.2–16.7)",
        // "400,000 new cases (95% UI …)".
        if let Some(number) = (open.saturating_sub(5)..open).rev().find(|&j| self.is_num(j))
            && let Some(q) = self.quantity(number, 0)
            && q.last < open
            && q.pct.is_none()
            && q.cur.is_none()
            && q.unit.is_none()
            && !q.spelled
            && let Some(noun) = self.noun_after(q.last, false).filter(|n| n.plural && n.end == open)
        {
            return Some((q, true, Some(noun.word)));
        }
        // Or a rate with its denominator and period before the bracket: "0.71 deaths per 10,000
        // people per day (95% CI 0.58–0.86)".
        let rate_end = |mut e: usize| {
            for _ in 0..2 {
                if self.word_is(e, "per") && self.is_num(e + 1) {
                    e = self.glued_chain(e + 1).0;
                    e += usize::from(self.plural_at(e));
                } else if (self.word_is(e, "per") || self.word_is(e, "a"))
                    && self.is_word(e + 1)
                    && is_span_of_time(self.lower(e + 1))
                {
                    e += 2;
                }
            }
            e
        };
        if let Some(number) =
            (open.saturating_sub(10)..open).find(|&j| self.is_num(j) && self.word_is(j + 2, "per"))
            && let Some(q) = self.quantity(number, 0)
            && q.bare()
            && !q.spelled
            && let Some(noun) = self.noun_after(q.last, false).filter(|n| n.plural && n.end > q.last)
            && self.word_is(noun.end, "per")
            && rate_end(noun.end) == open
        {
            return Some((q, true, Some(noun.word)));
        }
        // With its confidence level ("(95% CI …)") the interval may follow a few words after
        // a percentage or a sum: "14.2% in Dagahaley (95% CI 11.8–16.9)". Only words and
        // commas stand between, and no other number.
        if label != open + 3 {
            return None;
        }
        // (Up to a dozen tokens back: "34.1% of refugee households had poor food consumption
        // scores in August (95% CI 31.2–37.0)".)
        // (Not a designation's digits: the "5" of "carried H5 antibodies".)
        let designation = |j: usize| self.glued(j) && j >= 1 && self.is_word(j - 1);
        let number = (open.saturating_sub(12)..open)
            .rev()
            .find(|&j| self.is_num(j) && !self.is_year_numeral(j) && !fiscal(j) && !designation(j))?;
        let q = self.quantity(number, 0)?;
        // (Or a count with its noun, then the words: "3,832 deaths in Spain (95% CI
        // 3,170–4,510)".)
        let noun = (q.bare() && !q.spelled)
            .then(|| self.noun_after(q.last, false))
            .flatten()
            .filter(|n| n.plural && n.end > q.last && n.end < open);
        let words_from = noun.as_ref().map_or(q.last, |n| n.end);
        let between = words_from..open;
        // (The estimate's words open with a preposition, "14.2% in Dagahaley"; a noun after it
        // makes it another quantity's: "1.8 against a 2.2% baseline (95% CI 1.3–2.5)".)
        // (Or a share before its verb in the past: "61.4% backed an increase (95% CI
        // 58.5-64.3)".)
        let place = self.is_word(words_from) && lx::is_stop(self.lower(words_from))
            || matches!(self.lower(words_from), "per" | "each" | "a" | "an" | "of" | "between")
            || q.pct.is_some()
                && self.lowercase_word_at(words_from)
                && (self.lower(words_from).ends_with("ed") || lx::is_irregular_past(self.lower(words_from)));
        // (Also a measure: "6.4 million m³ of rubble (95% CI 5.1–7.9 million)".)
        (!q.spelled
            && (q.pct.is_some() || q.cur.is_some() || q.unit.is_some() || noun.is_some())
            && place
            && !between.is_empty()
            // (A year may say when: "2.1% in 2025 (90% CI 0.4–3.8)", "in 2023–24".)
            && between.clone().all(|k| {
                self.is_word(k)
                    || self.sym_is(k, ",")
                    || self.is_year_numeral(k)
                    || fiscal(k)
                    || fiscal(k + 1) && self.sym_is(k, "-–/")
            }))
        .then(|| (q, false, noun.map(|n| n.word)))
    }

    /// Whether the token at `j` is minutes glued to a whole number of one to three digits:
    /// "40min", "90mins".
    fn glued_minutes(&self, j: usize) -> bool {
        j > 0
            && self.is_num(j - 1)
            && self.glued(j)
            && matches!(self.s(j), "min" | "mins")
            && !(self.glued(j + 1) && (self.is_word(j + 1) || self.is_num(j + 1)))
            && {
                let t = self.toks[j - 1];
                t.is_plain_whole() && t.int_digits <= 3
            }
    }

    /// Whether the token at `j`, glued to a whole number before it, is the `x` (or `×`) of an
    /// order of battle's count, before the equipment counted: a designation with digits ("4x
    /// M270", "12× T-90M tanks", "1x 96L6 radar", "2x Pantsir-S1"), a name before one ("18x
    /// Leopard 2A6") or an equipment acronym ("4x HIMARS", "6x IFVs"). Not a size
    /// ("1920x1080", "4x 500MW turbines"), a comparison or a multiple ("3x faster", "10x
    /// Ukraine's output", "20x EBITDA", "5x Telephoto"), nor a title ("3x World Champion").
    fn multiplier_sign(&self, j: usize) -> bool {
        let t = self.toks[j - 1];
        // Glued to the number, or spaced before a name ("12 × T-90M tanks", "4 x HIMARS").
        let placed = self.glued(j) || self.gap(j) == Gap::Space && self.is_word(j + 1);
        if t.frac_digits != 0 || t.dots != 0 || t.grouped || !placed || self.gap(j + 1) != Gap::Space {
            return false;
        }
        if !(self.word_is(j, "x") || self.sym_is(j, "×")) {
            return false;
        }
        self.equipment_at(j + 1)
    }

    /// Token `j` is a street's direction before its name in an address: the `W.` of "1420 W.
    /// Camelback Rd" (`N.`, `S.`, `E.`, `W.`, a capitalised name, a street's word within three).
    fn street_direction(&self, j: usize) -> bool {
        self.is_word(j)
            && (matches!(self.s(j), "N" | "S" | "E" | "W")
                && self.sym_is(j + 1, ".")
                && self.glued(j + 1)
                && self.is_word(j + 2)
                && self.s(j + 2).starts_with(|c: char| c.is_ascii_uppercase())
                && (j + 3..j + 6).any(|k| self.is_word(k) && lx::is_street(self.s(k)))
                // (Or the direction in full before a numbered or named street: "500 West 180th
                // Street", "104 East 126th Street".)
                || matches!(self.s(j), "North" | "South" | "East" | "West")
                    && self.gap(j) == Gap::Space
                    && (j + 1..j + 5).any(|k| self.is_word(k) && lx::is_street(self.s(k))))
    }

    /// `times` at token `end`, before what it multiplies or a comparative: "1.6 times the
    /// previous plan", "4 times faster", "3 to 5 times higher".
    fn times_what(&self, end: usize) -> bool {
        self.word_is(end, "times")
            && self.gap(end) == Gap::Space
            && self.is_word(end + 1)
            && matches!(
                self.lower(end + 1),
                "the"
                    | "as"
                    | "more"
                    | "less"
                    | "higher"
                    | "larger"
                    | "bigger"
                    | "greater"
                    | "faster"
                    | "that"
                    | "its"
                    | "their"
                    | "what"
                    | "pre-war"
                    | "prewar"
                    | "normal"
                    | "design"
                    | "average"
                    | "current"
                    | "previous"
            )
    }

    /// Whether the token at `j`, an `x` or `×` glued to a number before it, makes that number a
    /// multiple, as `-fold` does: before the end of a clause, a determiner or a preposition
    /// ("increased 8x.", "about 3x the price", "costs 3x what it did", "rose 5x in 2025"; not
    /// "3x faster", "2x as many", "Earn 3x points", "3x World Champion", which say no count).
    fn multiple_x(&self, j: usize) -> bool {
        let t = self.toks[j - 1];
        if t.grouped || t.int_digits > 3 || !self.glued(j) || !(self.word_is(j, "x") || self.sym_is(j, "×"))
        {
            return false;
        }
        let next = j + 1;
        // A multiple of something named after it: "3x the price", "3x what it did".
        let of_what = self.gap(next) == Gap::Space
            && self.is_word(next)
            && matches!(self.s(next), "the" | "what" | "that" | "its" | "their" | "this" | "these" | "those");
        // Or after a verb of change, before the clause's end or a preposition: "increased 8x.",
        // "grew 2.5x in 2025" (not "shelled 4x in a night", "HIMARS 4x,", a table's "4x").
        let mut v = j - 1;
        if v >= 1 && self.is_word(v - 1) && hedge_word(self.lower(v - 1)) {
            v -= 1;
        }
        let changed = v >= 1 && self.is_word(v - 1) && lx::is_change_verb(self.lower(v - 1));
        let ends = self.tok(next).is_none()
            || self.gap(next) == Gap::Break
            || self.sym_is(next, ".,;:)") && !(self.glued(next + 1) && self.is_num(next + 1))
            || self.gap(next) == Gap::Space
                && self.is_word(next)
                && matches!(
                    self.s(next),
                    "in" | "since" | "over" | "from" | "by" | "between" | "compared" | "on" | "year-on-year"
                );
        of_what || changed && ends
    }

    /// Whether the token at `last` ends the name of a piece of equipment ("HIMARS", "T-90M",
    /// "Leopard 2A6"), as [`Self::equipment_at`] reads it, or a plural noun ("Tanks").
    fn equipment_before(&self, last: usize) -> bool {
        // Back to the start of the run of glued tokens, and one name before it.
        let mut k = last;
        while k > 0 && self.glued(k) {
            k -= 1;
        }
        let name = k > 0 && self.gap(k) == Gap::Space && self.is_word(k - 1);
        // Or a plural noun: "Tanks (x12)", "launchers (×4)".
        let plural = k == last && self.is_word(k) && {
            let lower = self.lower(k);
            lx::looks_plural(lower) && !lx::is_stop(lower) && !lx::is_s_verb(lower)
        };
        self.equipment_at(k) || name && self.equipment_at(k - 1) || plural
    }

    /// Whether the token at `k` opens the name of a piece of equipment, as [`Self::multiplier_sign`]
    /// describes, not followed by a possessive.
    fn equipment_at(&self, k: usize) -> bool {
        // A run of tokens glued to `k` with a digit in it: "M270", "T-90M", "96L6", "Su-25".
        let with_digits = |k: usize| {
            let mut e = k + 1;
            let mut digit = self.is_num(k);
            while self.glued(e) && (self.is_word(e) || self.is_num(e) || self.sym_is(e, "-")) {
                digit |= self.is_num(e);
                e += 1;
            }
            (digit && e > k + 1 && !self.sym_is(e - 1, "-")).then_some(e)
        };
        let end = if self.is_num(k) {
            // Not a measure: "4x 500MW turbines", "2x 16GB" ("96L6" goes on after its letters).
            let unit = self.is_word(k + 1)
                && !(self.glued(k + 2) && (self.is_word(k + 2) || self.is_num(k + 2)))
                && self.unit_at(k + 1, true).is_some();
            if unit || !self.glued(k + 1) {
                return false;
            }
            with_digits(k)
        } else if !self.is_word(k) || !self.s(k).starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        } else if lx::is_equipment_acronym(self.s(k)) {
            Some(k + 1)
        } else if let Some(e) = with_digits(k) {
            Some(e)
        } else if self.gap(k + 1) == Gap::Space
            && self.is_num(k + 1)
            && self.glued(k + 2)
            && self.is_word(k + 2)
        {
            // A name and its version: "Leopard 2A6".
            with_digits(k + 1)
        } else {
            None
        };
        end.is_some_and(|e| !(self.sym_is(e, "'’") && self.glued(e)))
    }

    /// The digits after a decimal comma glued to the whole number at `i` ("8,8"): one or two of
    /// them, after a currency or before a magnitude word.
    fn decimal_comma(&self, i: usize, money: bool) -> Option<Tok> {
        if !(self.sym_is(i + 1, ",") && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2)) {
            return None;
        }
        let d = self.toks[i + 2];
        let plain = (1..=2).contains(&d.int_digits) && d.is_plain_whole();
        let k = i + 3;
        let magnitude = self.is_word(k) && lx::magnitude_spaced(self.s(k)).is_some();
        // "7,2 %", "8,45 m", "40,3 °C": a percent sign or a unit after it.
        let measured_at = |k: usize| {
            self.gap(k) != Gap::Break
                && (self.sym_is(k, "%٪°")
                    || self.is_word(k)
                        && (matches!(self.lower(k), "percent" | "pct")
                            || self.word_is(k, "per") && self.word_is(k + 1, "cent")
                            || lx::unit_word(self.s(k), self.glued(k)).is_some()))
        };
        // … or after the range it opens, or a magnitude or currency code after its second
        // end: "1,5 to 2 °C", "1,5–2,0 %", "between 4,5 and 5 %", "2,4 to 3 billion dollars",
        // "from 0,9 to 1,1 million", "2,5–3 Mrd. CHF".
        let second_end = |k: usize| {
            measured_at(k)
                || self.is_word(k)
                    && self.gap(k) == Gap::Space
                    && (lx::magnitude_spaced(self.s(k)).is_some() || lx::currency_code(self.s(k)).is_some())
        };
        let between = i > 0 && self.word_is(i - 1, "between");
        let ranged = || {
            (self.word_is(k, "to") || self.sym_is(k, "-–") || between && self.word_is(k, "and"))
                && self.is_num(k + 1)
                && (second_end(k + 2)
                    || self.sym_is(k + 2, ",")
                        && self.glued(k + 2)
                        && self.is_num(k + 3)
                        && second_end(k + 4))
        };
        let measured = measured_at(k) || ranged();
        // Not a list: "1,2 and 3".
        let list = self.sym_is(k, ",") && self.glued(k);
        (plain && (money || magnitude || measured) && !list).then_some(d)
    }

    /// "U.S." or "U.S" right before the `$` at token `p` (not before `floor`): its first token.
    fn us_before(&self, p: usize, floor: usize) -> Option<usize> {
        let mut k = p.checked_sub(1)?;
        if self.sym_is(k, ".") {
            k = k.checked_sub(1)?;
        }
        let u = k.checked_sub(2)?;
        let matched = self.word_is(k, "s") && self.sym_is(k - 1, ".") && self.word_is(u, "u");
        (matched && u >= floor).then_some(u)
    }

    /// Reads what follows a number and its magnitude: percent, currency, unit, a hyphenated
    /// word.
    fn suffixes(&self, q: &mut Qty) {
        let mut j = q.last;
        for _ in 0..4 {
            let Some(t) = self.tok(j) else { break };
            if t.gap == Gap::Break {
                break;
            }
            let free = q.pct.is_none() && q.unit.is_none();
            match t.kind {
                Kind::Sym => {
                    let c = t.ch;
                    // (Not a year before a share's name, as a table's header writes it: "| 2024 %
                    // GDP |".)
                    let year_header = t.gap == Gap::Space
                        && self.is_year_numeral(q.num_tok)
                        && (1900.0..=2100.0).contains(&q.raw())
                        && self.is_word(j + 1)
                        && (self.s(j + 1).starts_with(|c: char| c.is_ascii_uppercase())
                            || self.word_is(j + 1, "of"));
                    if (c == '%' || c == '٪') && free && q.cur.is_none() && !year_header {
                        q.pct = Some(Pct::Percent);
                        j += 1;
                        if self.word_is(j, "points") || self.word_is(j, "point") {
                            q.pct = Some(Pct::Point);
                            j += 1;
                        }
                        continue;
                    }
                    if let Some(code) = lx::currency_symbol(c)
                        && free
                        && q.cur.is_none()
                    {
                        q.cur = Some(code);
                        j += 1;
                        continue;
                    }
                    // "31¢ a bushel": cents, as `31 cents` reads (also apart before a slash:
                    // "650 ¢/bu").
                    if c == '¢'
                        && (t.gap == Gap::Glued
                            || t.gap == Gap::Space && self.sym_is(j + 1, "/") && self.glued(j + 1))
                        && free
                        && q.cur.is_none()
                    {
                        q.cur = Some("cent");
                        j += 1;
                        continue;
                    }
                    // "2,3 Mrd. EUR", "40 Mio. Euro": an abbreviated magnitude's full stop, then
                    // the currency.
                    if c == '.'
                        && t.gap == Gap::Glued
                        && q.has_mag
                        && free
                        && q.cur.is_none()
                        && self.is_word(j - 1)
                        && lx::magnitude_spaced(self.s(j - 1)).is_some()
                        && self.gap(j + 1) == Gap::Space
                        && (self.is_word(j + 1) && lx::is_currency_name(self.s(j + 1))
                            || self.sym(j + 1).is_some_and(|c| lx::currency_symbol(c).is_some()))
                    {
                        j += 1;
                        continue;
                    }
                    // "a 2,500+ km border": the bound, then the unit; "20+ million members":
                    // then the magnitude.
                    if c == '+'
                        && t.gap == Gap::Glued
                        && free
                        && !q.hyphen_lower
                        && self.is_word(j + 1)
                        && self.gap(j + 1) == Gap::Space
                        && (self.unit_at(j + 1, false).is_some()
                            || !q.has_mag && !q.spelled && lx::magnitude_spaced(self.lower(j + 1)).is_some())
                    {
                        q.hyphen_lower = true;
                        j += 1;
                        if !q.has_mag
                            && !q.spelled
                            && let Some(e) = lx::magnitude_spaced(self.lower(j))
                        {
                            q.exp += e;
                            q.has_mag = true;
                            j += 1;
                        }
                        continue;
                    }
                    // "40 million (USD)": the currency's code alone in parentheses.
                    if c == '('
                        && free
                        && q.cur.is_none()
                        && t.gap == Gap::Space
                        && self.glued(j + 1)
                        && self.is_word(j + 1)
                        && self.sym_is(j + 2, ")")
                        && self.glued(j + 2)
                        && self.s(j + 1).len() == 3
                        && !(self.is_word(j + 3)
                            && lx::looks_plural(self.lower(j + 3))
                            && !lx::is_stop(self.lower(j + 3)))
                        && let Some(code) = lx::currency_code(self.s(j + 1))
                    {
                        q.cur = Some(code);
                        j += 3;
                        break;
                    }
                    if c == '°' && free && q.cur.is_none() {
                        q.unit = Some("°");
                        j += 1;
                        if self.glued(j) && self.is_word(j) {
                            match self.s(j) {
                                "C" => {
                                    q.unit = Some("°C");
                                    j += 1;
                                }
                                "F" => {
                                    q.unit = Some("°F");
                                    j += 1;
                                }
                                _ => {}
                            }
                        }
                        continue;
                    }
                    if c == '-' && t.gap == Gap::Glued && self.glued(j + 1) && self.is_word(j + 1) {
                        let w = self.lower(j + 1);
                        // "a $50-million fund", "a 3-billion-dollar deal".
                        if !q.has_mag
                            && !q.spelled
                            && let Some(e) = lx::magnitude_spaced(w)
                        {
                            q.exp += e;
                            q.has_mag = true;
                            j += 2;
                            continue;
                        }
                        if free && q.cur.is_none() {
                            // "a 50-basis-point cut", "a 2-percentage-point rise", "a 150-bp hike".
                            let hyphen_point = |k: usize| {
                                self.glued_hyphen(k)
                                    && (self.word_is(k + 1, "point") || self.word_is(k + 1, "points"))
                            };
                            let hyphen_cent = |k: usize| self.glued_hyphen(k) && self.word_is(k + 1, "cent");
                            let pct = match w {
                                "basis" if hyphen_point(j + 2) => Some((Pct::Basis, 4)),
                                "percentage" if hyphen_point(j + 2) => Some((Pct::Point, 4)),
                                "bp" | "bps" => Some((Pct::Basis, 2)),
                                "pp" | "ppt" => Some((Pct::Point, 2)),
                                // "a 6-per-cent rise", "a 6-percent margin" ("a 12-pc set" has
                                // pieces).
                                "percent" | "pct" => Some((Pct::Percent, 2)),
                                "per" if hyphen_cent(j + 2) => Some((Pct::Percent, 4)),
                                _ => None,
                            };
                            if let Some((p, len)) = pct {
                                q.pct = Some(p);
                                j += len;
                                break;
                            }
                            // "a 500-pound bomb" weighs; "a $5-pound note" does not reach here.
                            if w == "pound" && !q.has_mag {
                                q.unit = Some("lb");
                                j += 2;
                                break;
                            }
                            if let Some(code) = lx::currency_word(w) {
                                // (Rupees, pesos and the others several countries share by
                                // the country their clause names: "a 2,000-rupee wage" in a
                                // report writing LKR.)
                                q.cur = Some(self.word_currency(w, code, j + 1));
                                j += 2;
                                break;
                            }
                            // Two words hyphenated: "the 6-nautical-mile zone", "a
                            // 40-square-kilometre site".
                            if self.glued_hyphen(j + 2)
                                && self.is_word(j + 3)
                                && let Some(u) = lx::unit_pair(w, self.s(j + 3))
                            {
                                q.unit = Some(u);
                                j += 4;
                                break;
                            }
                            if let Some(u) = lx::unit_word(self.s(j + 1), false) {
                                q.unit = Some(u);
                                j += 2;
                                // A period hyphenated after it: "a 40,000-barrel-a-day
                                // refinery", "a 15-kilometre-per-hour current".
                                if self.sym_is(j, "-")
                                    && self.glued(j)
                                    && (self.word_is(j + 1, "a") || self.word_is(j + 1, "per"))
                                    && self.glued(j + 1)
                                    && self.glued_hyphen(j + 2)
                                    && self.is_word(j + 3)
                                    && let Some(per) = lx::per_time(u, self.lower(j + 3))
                                {
                                    q.unit = Some(per);
                                    j += 4;
                                }
                                break;
                            }
                        }
                        match w {
                            // "1,600-odd fighters", "30-plus per cent": what follows still counts.
                            "odd" | "plus" => {
                                if w == "odd" {
                                    q.hyphen_approx = true;
                                } else {
                                    q.hyphen_lower = true;
                                }
                                j += 2;
                                continue;
                            }
                            _ => {
                                let word = self.s(j + 1);
                                if word.len() < 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
                                    break;
                                }
                                q.hyphen_word = Some(j + 1);
                            }
                        }
                        j += 2;
                        break;
                    }
                    break;
                }
                Kind::Word => {
                    let raw = self.s(j);
                    let w = self.lower(j);
                    let glued = t.gap == Gap::Glued;
                    // Salinity in parts per thousand, in a text on salt water: "river water
                    // reached 14.6 ppt" (elsewhere `ppt` is percentage points).
                    if free
                        && q.cur.is_none()
                        && q.unit.is_none()
                        && w == "ppt"
                        && ["salin", "brackish", "seawater", "sea water"].iter().any(|s| self.mentions(s))
                    {
                        q.unit = Some("ppt");
                        j += 1;
                        continue;
                    }
                    // Percent words.
                    if free && q.cur.is_none() {
                        let pct = match w {
                            "percent" | "pct" | "pc" | "percentage" | "percents" => {
                                // (Also hyphenated before a noun: "a 2 percentage-point
                                // increase".)
                                let hyphen = self.glued_hyphen(j + 1)
                                    && (self.word_is(j + 2, "point") || self.word_is(j + 2, "points"));
                                let next_point =
                                    self.word_is(j + 1, "points") || self.word_is(j + 1, "point") || hyphen;
                                if next_point && w == "percentage" {
                                    Some((Pct::Point, if hyphen { 3 } else { 2 }))
                                } else {
                                    Some((Pct::Percent, 1))
                                }
                            }
                            "per" if self.word_is(j + 1, "cent") => Some((Pct::Percent, 2)),
                            // (Not an acronym's plural in capitals: "2.02 million PPTs" are permits.)
                            "pp" | "ppt" | "ppts" if raw != "PPTs" => Some((Pct::Point, 1)),
                            // "rose 3.1 points to 58%": percentage points.
                            "points" | "point" if self.percentage_follows(j + 1) => Some((Pct::Point, 1)),
                            "bps" | "bp" => Some((Pct::Basis, 1)),
                            "basis" if self.word_is(j + 1, "points") || self.word_is(j + 1, "point") => {
                                Some((Pct::Basis, 2))
                            }
                            _ => None,
                        };
                        if let Some((p, len)) = pct {
                            q.pct = Some(p);
                            j += len;
                            continue;
                        }
                    }
                    if q.cur.is_some() && !q.has_mag && free {
                        // "75 USD million"
                        if let Some(e) = lx::magnitude_spaced(raw) {
                            q.exp += e;
                            q.has_mag = true;
                            j += 1;
                            continue;
                        }
                    }
                    // "3 Mi-8 helicopters", "3 Kilo-class submarines": a designation, not a unit.
                    // (Also with an en dash before digits: "3 Mi–8 helicopters".)
                    if raw.starts_with(|c: char| c.is_ascii_uppercase())
                        && (self.sym_is(j + 1, "-") || self.sym_is(j + 1, "–") && self.is_num(j + 2))
                        && self.glued(j + 1)
                        && self.glued(j + 2)
                        // (Not a unit written again on the range's second end: "2 GW–3 GW",
                        // "10,000 TEU–14,000 TEU".)
                        && !(self.is_num(j + 2)
                            && self.s(j + 3) == raw
                            && lx::unit_word(raw, false).is_some()
                            && self.numeral_value(j + 2) > q.raw())
                    {
                        break;
                    }
                    // Oil, as the industry writes it: "4.3 mb/d", "2 million b/d", "11.2 mbpd".
                    if free && q.cur.is_none() {
                        let per_day = self.sym_is(j + 1, "/")
                            && self.glued(j + 1)
                            && self.glued(j + 2)
                            && self.word_is(j + 2, "d");
                        let oil = match w {
                            "mb" | "mmb" if per_day => Some((6, 3)),
                            "kb" if per_day => Some((3, 3)),
                            "b" | "bbl" if per_day => Some((0, 3)),
                            "mbpd" | "mmbpd" | "mbd" => Some((6, 1)),
                            "kbpd" | "kbd" => Some((3, 1)),
                            _ => None,
                        };
                        if let Some((e, len)) = oil {
                            q.unit = Some("bbl/d");
                            if !q.has_mag {
                                q.exp += e;
                                q.has_mag = e > 0;
                            }
                            j += len;
                            continue;
                        }
                        // Stocks in thousands and millions of barrels: "730 kbbl", "1.1 MMbbl".
                        let stock = match w {
                            "kbbl" => Some(3),
                            "mmbbl" => Some(6),
                            _ => None,
                        };
                        if let Some(e) = stock
                            && !q.has_mag
                        {
                            q.unit = Some("bbl");
                            q.exp += e;
                            q.has_mag = true;
                            j += 1;
                            continue;
                        }
                        // Data rates written with a slash: "2 Mbit/s", "128 kbit/s", "2 Mb/s".
                        let per_second = self.sym_is(j + 1, "/")
                            && self.glued(j + 1)
                            && self.glued(j + 2)
                            && self.word_is(j + 2, "s");
                        let rate = match raw {
                            "kbit" | "Kbit" | "kb" | "Kb" => Some("kbit/s"),
                            "Mbit" | "mbit" | "Mb" => Some("Mbit/s"),
                            "Gbit" | "gbit" | "Gb" => Some("Gbit/s"),
                            "Tbit" | "tbit" | "Tb" => Some("Tbit/s"),
                            _ => None,
                        };
                        if let Some(unit) = rate
                            && per_second
                        {
                            q.unit = Some(unit);
                            j += 3;
                            continue;
                        }
                        // Gas, in billions and millions of cubic metres or feet: "74 bcm" is
                        // 74 billion m3, as "74 billion cubic metres" is.
                        // (Not in capitals: "Three BCM officers".)
                        // (Water in millions of cubic metres, as hydrologists write it: "450 Mm³",
                        // "3 hm³".)
                        if matches!(raw, "Mm" | "hm")
                            && !q.has_mag
                            && self.glued(j + 1)
                            && (self.sym_is(j + 1, "³") || self.is_num(j + 1) && self.s(j + 1) == "3")
                        {
                            q.unit = Some("m3");
                            q.exp += 6;
                            q.has_mag = true;
                            j += 2;
                            continue;
                        }
                        // (Gas output in millions of cubic metres, as the industry writes it: "61
                        // MMm3/d", "31 MMm3".)
                        if raw == "MMm"
                            && !q.has_mag
                            && self.glued(j + 1)
                            && (self.sym_is(j + 1, "³") || self.is_num(j + 1) && self.s(j + 1) == "3")
                        {
                            let per_day = self.sym_is(j + 2, "/")
                                && self.glued(j + 2)
                                && self.glued(j + 3)
                                && self.word_is(j + 3, "d");
                            q.unit = Some(if per_day { "m3/d" } else { "m3" });
                            q.exp += 6;
                            q.has_mag = true;
                            j += if per_day { 4 } else { 2 };
                            continue;
                        }
                        let gas = match raw {
                            "bcm" | "Bcm" => Some(("m3", 9)),
                            "mcm" | "Mcm" => Some(("m3", 6)),
                            // (In capitals only before no plural: "Three BCM officers".)
                            "BCM" if !self.plural_at(j + 1) => Some(("m3", 9)),
                            "MCM" if !self.plural_at(j + 1) => Some(("m3", 6)),
                            "tcf" | "Tcf" => Some(("ft3", 12)),
                            "bcf" | "Bcf" => Some(("ft3", 9)),
                            // (Millions of cubic feet, as the gas trade writes them: "380-400
                            // mmcf/d", "MMcfd".)
                            "mmcf" | "MMcf" | "MMCF" => Some(("ft3", 6)),
                            "mmcfd" | "MMcfd" | "MMCFD" => Some(("ft3/d", 6)),
                            // (Water supply in millions of gallons a day, as utilities write it:
                            // "550 MGD".)
                            "mgd" | "MGD" | "Mgd" => Some(("gal/d", 6)),
                            // (Grain in millions of metric tonnes, as the trade writes it:
                            // "32.9 MMT"; not before a plural, "3 MMT officials"; `KMT` is a
                            // party more often than thousands of tonnes.)
                            "MMT" | "MMTs" | "mmt" if !self.plural_at(j + 1) => Some(("t", 6)),
                            _ => None,
                        };
                        if let Some((unit, e)) = gas
                            && !q.has_mag
                        {
                            // (A flow a day or a year: "0.8 bcf/d", "40 mcm/d", "40 mcm per
                            // day", "155 bcm a year", "155 bcm/y".)
                            let k = j + 1;
                            let slash = self.sym_is(k, "/") && self.glued(k) && self.glued(k + 1);
                            let per = !slash
                                && self.is_word(k)
                                && self.gap(k) == Gap::Space
                                && matches!(self.lower(k), "per" | "a" | "an")
                                && !matches!(self.lower(k + 2), "earlier" | "ago" | "later");
                            let rate =
                                (matches!(unit, "m3" | "ft3") && (slash || per) && self.is_word(k + 1))
                                    .then(|| lx::per_time(unit, self.lower(k + 1)))
                                    .flatten();
                            q.unit = Some(rate.unwrap_or(unit));
                            q.exp += e;
                            q.has_mag = true;
                            j += if rate.is_some() { 3 } else { 1 };
                            continue;
                        }
                    }
                    // `$` alone before a currency word is that currency's sign, as Latin
                    // American usage writes pesos: "$3.2 million pesos", "$2.5 million Colombian
                    // pesos" (not "$5 dollars").
                    if q.cur == Some("USD")
                        && self.sym(q.first) == Some('$')
                        && self.gap(j) == Gap::Space
                        && let Some((code, len)) = self.currency_words(j)
                        && !matches!(code, "USD" | "cent")
                        // (The word ends the phrase: "$500 million euro bonds", "$1 billion yen
                        // loan", "$2 billion peso-denominated bonds" are dollars.)
                        && self.phrase_ends(j + len)
                    {
                        q.cur = Some(code);
                        j += len;
                        continue;
                    }
                    if free && q.cur.is_none() {
                        // (A code before another number that reads as an amount is that one's:
                        // "fined the trawler Long Hai 27 GHS 16.2 million".)
                        let prefixes_next = self.is_num(j + 1)
                            && (self.glued(j + 1)
                                || self.gap(j + 1) == Gap::Space
                                    && !q.has_mag
                                    && (self.toks[j + 1].grouped || self.magnitude_at(j + 2).is_some()));
                        // ("the 2030 SDG agenda": a year before the goals; "455 SDG" and "600
                        // SDG" are Sudanese pounds.)
                        // (The goals are numbered 1 to 17, and counted before a plural: "17 SDG",
                        // "3 SDG benchmarks".)
                        let goals = raw == "SDG"
                            && !q.has_mag
                            && !self.toks[q.num_tok].grouped
                            && (self.is_year_numeral(q.num_tok) && (1990.0..=2100.0).contains(&q.raw())
                                || q.frac == 0 && q.raw() <= 17.0
                                || self.is_word(j + 1)
                                    && self.gap(j + 1) == Gap::Space
                                    && (lx::looks_plural(self.lower(j + 1))
                                        || matches!(
                                            self.lower(j + 1),
                                            "agenda"
                                                | "target"
                                                | "indicator"
                                                | "goal"
                                                | "framework"
                                                | "report"
                                                | "summit"
                                                | "index"
                                                | "progress"
                                        )));
                        // (After the number, `CFA` is the franc: "2,000 CFA".)
                        let cfa = (raw == "CFA").then_some("XOF");
                        // ("3,000 CDF fighters": letters that are a code qualify the plural
                        // after them, as an acronym does.)
                        let qualifies = !q.has_mag
                            && raw.len() == 3
                            && self.is_word(j + 1)
                            && self.gap(j + 1) == Gap::Space
                            && {
                                let next = self.lower(j + 1);
                                lx::looks_plural(next)
                                    && !lx::is_stop(next)
                                    && !lx::is_s_verb(next)
                                    && !lx::is_money_noun(next)
                            };
                        // (Ether's code not before a name: "the 2 ETH Zurich researchers".)
                        let named = raw == "ETH"
                            && self.gap(j + 1) == Gap::Space
                            && self.is_word(j + 1)
                            && self.s(j + 1).starts_with(|c: char| c.is_ascii_uppercase());
                        if let Some(code) = lx::currency_code(raw)
                            .filter(|_| !named)
                            // (`LL` and `Bs` after the number not in a degree or before a plural:
                            // "150,000 LL per dollar"; "30 LL.M. graduates", "12 LL students".)
                            .or_else(|| {
                                lx::currency_letters(raw).filter(|code| {
                                    !matches!(*code, "LBP" | "VES")
                                        || !(self.sym_is(j + 1, ".") && self.glued(j + 1)
                                            || self.gap(j + 1) == Gap::Space && self.plural_at(j + 1))
                                })
                            })
                            .or(cfa)
                            && !prefixes_next
                            && !goals
                            && !qualifies
                        {
                            q.cur = Some(self.bolivian(code));
                            j += 1;
                            // "120,000 CFA francs": the franc's name after its code.
                            if cfa.is_some() && (self.word_is(j, "francs") || self.word_is(j, "franc")) {
                                j += 1;
                            }
                            continue;
                        }
                        if let Some((code, e)) = lx::scaled_currency_code(raw) {
                            q.cur = Some(code);
                            if !q.has_mag {
                                q.exp += e;
                                q.has_mag = true;
                            }
                            j += 1;
                            continue;
                        }
                        // (`lei` are also garlands: money only as a large sum, "1.2 million lei",
                        // "50,000 lei", or in a clause on Moldova or Romania or a report writing
                        // MDL or RON, "2.67 lei per cubic metre".)
                        if let Some((code, len)) = self.currency_words(j)
                            && (!matches!(w, "lei" | "leu" | "leva")
                                || q.has_mag
                                || self.toks[q.num_tok].grouped
                                || w != "leva" && self.shared_currency(Shared::Leu, j).is_some())
                        {
                            q.cur = Some(code);
                            j += len;
                            continue;
                        }
                        // (A mass before a chemical's formula: "14 million pounds U3O8".)
                        let formula = (w == "pound" || w == "pounds")
                            && self.is_word(j + 1)
                            && self.gap(j + 1) == Gap::Space
                            && self.s(j + 1).starts_with(|c: char| c.is_ascii_uppercase())
                            && self.glued(j + 2)
                            && self.is_num(j + 2);
                        if formula {
                            q.unit = Some("lb");
                            j += 1;
                            continue;
                        }
                        // (A mass of a material, whatever its size: "1.8 billion pounds of
                        // copper", "300 pounds of cocaine", "3.7 million pounds of U3O8", as
                        // miners weigh uranium oxide.)
                        if (w == "pound" || w == "pounds")
                            && self.word_is(j + 1, "of")
                            && self.is_word(j + 2)
                            && (lx::is_weighed_material(self.lower(j + 2))
                                || self.text[self.toks[j + 2].start..].starts_with("U3O8"))
                        {
                            q.unit = Some("lb");
                            j += 1;
                            continue;
                        }
                        // (Or of a material its sentence names before it, with no word of money
                        // between: "Copper output in the third quarter was 284 million pounds",
                        // "sales of 1.05 billion lb of copper, against a guidance of 1.7 billion
                        // pounds".)
                        let material_before = (w == "pound" || w == "pounds")
                            && !self.word_is(j + 1, "sterling")
                            && self.pound_in_a_rate(j).is_none()
                            && {
                                let mut found = false;
                                for k in (q.first.saturating_sub(24)..q.first).rev() {
                                    if self.sym_is(k, ".;!?£")
                                        || self.gap(k + 1) == Gap::Break && k + 1 < q.first
                                    {
                                        break;
                                    }
                                    if self.is_word(k)
                                        && matches!(
                                            self.lower(k),
                                            "worth"
                                                | "earned"
                                                | "revenue"
                                                | "revenues"
                                                | "paid"
                                                | "cost"
                                                | "costs"
                                                | "price"
                                                | "sterling"
                                                | "profit"
                                                | "profits"
                                                | "budget"
                                                | "rate"
                                        )
                                    {
                                        break;
                                    }
                                    if self.is_word(k)
                                        && (lx::is_weighed_material(self.lower(k))
                                            || matches!(self.s(k), "lb" | "lbs"))
                                    {
                                        found = true;
                                        break;
                                    }
                                }
                                found
                            };
                        if material_before {
                            q.unit = Some("lb");
                            j += 1;
                            continue;
                        }
                        if w == "pound" || w == "pounds" {
                            if q.has_mag || self.word_is(j + 1, "sterling") {
                                q.cur = Some("GBP");
                                j += if self.word_is(j + 1, "sterling") { 2 } else { 1 };
                            } else if let Some(code) =
                                self.pound_in_a_rate(j).or_else(|| self.pound_by_code(j))
                            {
                                q.cur = Some(code);
                                j += 1;
                            } else {
                                q.unit = Some("lb");
                                j += 1;
                            }
                            continue;
                        }
                        // Tonnes weighed wet or dry, net, deadweight or long: "31 million wet
                        // metric tonnes", "370 million net tonnes", "5 long tons"; deadweight
                        // tonnes are a ship's capacity, as `dwt` writes it ("47 million
                        // deadweight tonnes").
                        if matches!(w, "wet" | "dry" | "net" | "deadweight" | "long" | "short")
                            && !glued
                            && self.gap(j + 1) == Gap::Space
                            && self.is_word(j + 1)
                            && let Some(("t", len)) = self.unit_at(j + 1, false)
                            // ("40 short ton trucks" count trucks.)
                            && !(self.gap(j + 1 + len) == Gap::Space && self.plural_at(j + 1 + len))
                        {
                            q.unit = Some(if w == "deadweight" { "dwt" } else { "t" });
                            j += 1 + len;
                            continue;
                        }
                        if let Some((unit, len)) = self.unit_at(j, glued) {
                            // A unit word in the singular before a plural qualifies that plural:
                            // "13 barrel bombs", "20 litre jerrycans".
                            let modifier = !glued
                                && len == 1
                                && w.len() > 3
                                && q.value().abs() != 1.0
                                && !lx::looks_plural(w)
                                && self.modified_noun(j + 1, false).is_some();
                            if modifier {
                                break;
                            }
                            q.unit = Some(unit);
                            j += len;
                            continue;
                        }
                    }
                    break;
                }
                Kind::Num => break,
            }
        }
        q.last = j;
    }

    /// The currency a sign at token `k` stands for: `$`, `€`, `₵` and the others, and the cent
    /// sign glued after `GH`, as Ghana's press writes the cedi ("GH¢ 1.3 million"; the sign
    /// alone is cents).
    fn currency_sign(&self, k: usize) -> Option<&'static str> {
        let c = self.sym(k)?;
        lx::currency_symbol(c)
            .or_else(|| (c == '¢' && k >= 1 && self.glued(k) && self.word_is(k - 1, "gh")).then_some("GHS"))
    }

    /// A currency named in words at `j`, maybe after one or two country words.
    fn currency_words(&self, j: usize) -> Option<(&'static str, usize)> {
        let w0 = self.lower(j);
        // The IMF's unit of account: "203 million Special Drawing Rights".
        if w0 == "special"
            && self.word_is(j + 1, "drawing")
            && matches!(self.lower(j + 2), "rights" | "right")
            && self.gap(j + 1) == Gap::Space
            && self.gap(j + 2) == Gap::Space
        {
            return Some(("XDR", 3));
        }
        // "U.S. dollars"
        if w0 == "u"
            && self.sym_is(j + 1, ".")
            && self.word_is(j + 2, "s")
            && self.sym_is(j + 3, ".")
            && self.gap(j + 4) == Gap::Space
            && self.is_word(j + 4)
            && lx::currency_word(self.lower(j + 4)) == Some("USD")
        {
            return Some(("USD", 5));
        }
        if w0 == "won" && self.won_after_number(j) {
            // (The North's won where the sentence names it: "sold for KPW 96,000, up from 52,000
            // won", "8,000 North Korean won per dollar … 4,000 won".)
            // (Or where its text is on the North alone: "the price of rice in Pyongyang fell from
            // 7,800 won per kilogram".)
            let on_the_north = || {
                self.mentions_any(&["pyongyang", "north korea", "dprk"])
                    && !self.mentions_any(&["seoul", "south korea", "rok "])
            };
            let north = (j.saturating_sub(30)..j).rev().take_while(|&k| !self.sym_is(k, ".;!?")).any(|k| {
                self.s(k) == "KPW" || self.word_is(k, "korean") && k >= 1 && self.word_is(k - 1, "north")
            }) || on_the_north();
            return Some((if north { "KPW" } else { "KRW" }, 1));
        }
        // (Lempira with a capital is a Honduran department: "28 Lempira municipalities"; Bolívar
        // a Venezuelan state; Córdoba a city.)
        // (Nor is `RAND` in capitals the rand: "a 2016 RAND war-game" names the institute.)
        if let Some(code) = lx::currency_word(w0).filter(|_| {
            !((w0.starts_with("lempira")
                || w0.starts_with("bol")
                || w0.starts_with("córdoba")
                || w0.starts_with("cordoba"))
                && self.s(j) != w0
                || self.s(j) == "RAND")
        }) {
            // "29 euro cents" are cents.
            if code != "cent"
                && self.gap(j + 1) == Gap::Space
                && (self.word_is(j + 1, "cents") || self.word_is(j + 1, "cent"))
            {
                return Some(("cent", 2));
            }
            // (A currency's name in the singular before a plural names what is counted: "12
            // bitcoin wallets", "5 dollar stores".)
            // (Not after a magnitude: "a 10 million dollar contract" is money.)
            if j > 0
                && self.is_num(j - 1)
                && !lx::looks_plural(w0)
                && self.plural_at(j + 1)
                && lx::currency_word(self.lower(j + 1)).is_none()
                // ("50 dollar bills" are a denomination: money.)
                && !matches!(self.lower(j + 1), "bills" | "notes" | "banknotes" | "coins")
            {
                return None;
            }
            // (Pesos, rials, francs, lei, rupees and shillings by the country their clause
            // names: see `word_currency`.)
            return Some((self.word_currency(w0, code, j), 1));
        }
        // "78 per US dollar" is a rate, not dollars.
        if lx::is_stop(w0) {
            return None;
        }
        for adjectives in 1..=2 {
            let k = j + adjectives;
            if !self.is_word(k) || self.gap(k) != Gap::Space {
                return None;
            }
            // "1,350 South Korean won", "5,000 North Korean won".
            if self.word_is(k, "won") && self.word_is(k - 1, "korean") {
                let north = adjectives == 2 && self.word_is(k - 2, "north");
                return Some((if north { "KPW" } else { "KRW" }, adjectives + 1));
            }
            // "65,000 Sudanese pounds", "150,000 South Sudanese pounds".
            if matches!(self.lower(k), "pound" | "pounds") {
                let south = adjectives == 2 && self.word_is(k - 2, "south");
                return lx::pound_adjective(self.lower(k - 1), south).map(|code| (code, adjectives + 1));
            }
            if let Some(base) = lx::currency_word(self.lower(k)) {
                let adjective = self.lower(k - 1);
                if let Some(code) = lx::currency_adjective(adjective, base) {
                    return Some((code, adjectives + 1));
                }
                // An adjective attest does not know ("Finnish markka", "Liberian dollars"):
                // the currency's name, not a code that could be wrong.
                if adjectives == 1 && !lx::is_stop(adjective) && lx::number_word(adjective).is_none() {
                    return Some((lx::generic_currency(base), 2));
                }
                return None;
            }
        }
        None
    }

    /// A concentration's unit at `j`, a mass per mass or per volume written with a slash, and
    /// its length in tokens: "µg/g", "mg/kg", "µg/m³", "µg/m3", "mg/L", "g/L".
    fn concentration(&self, j: usize) -> Option<(&'static str, usize)> {
        let mass = match self.s(j) {
            // (Or radioactivity: "120 to 180 Bq/m³" of radon, "600 Bq/kg" of caesium.)
            "Bq" => "Bq",
            // (Or a stocking density: "from 17 kg/m³ to 12 kg/m³" of fish in a pen.)
            "kg" => "kg",
            "g" => "g",
            "mg" => "mg",
            "µg" | "μg" => "µg",
            "ng" => "ng",
            _ => return None,
        };
        if !(self.sym_is(j + 1, "/") && self.glued(j + 1) && self.glued(j + 2) && self.is_word(j + 2)) {
            return None;
        }
        let cubed = matches!(self.s(j + 2), "m" | "Nm")
            && self.glued(j + 3)
            && (self.sym_is(j + 3, "³") || self.is_num(j + 3) && self.s(j + 3) == "3");
        let (per, len) = match self.s(j + 2) {
            // (A normal cubic metre of flue gas: "550 mg/Nm³".)
            "Nm" if cubed => ("Nm3", 4),
            _ if cubed => ("m3", 4),
            "kg" => ("kg", 3),
            "g" => ("g", 3),
            "L" | "l" => ("l", 3),
            // (Blood levels by the decilitre: "45 µg/dL".)
            "dL" | "dl" => ("dl", 3),
            _ => return None,
        };
        Some((
            match (mass, per) {
                ("Bq", "m3") => "Bq/m3",
                ("Bq", "kg") => "Bq/kg",
                ("Bq", "l") => "Bq/l",
                ("kg", "m3") => "kg/m3",
                ("g", "kg") => "g/kg",
                ("g", "l") => "g/l",
                ("g", "m3") => "g/m3",
                ("mg", "kg") => "mg/kg",
                ("mg", "l") => "mg/l",
                ("mg", "m3") => "mg/m3",
                ("mg", "Nm3") => "mg/Nm3",
                ("µg", "g") => "µg/g",
                ("µg", "kg") => "µg/kg",
                ("µg", "l") => "µg/l",
                ("µg", "dl") => "µg/dl",
                ("mg", "dl") => "mg/dl",
                ("g", "dl") => "g/dl",
                ("µg", "m3") => "µg/m3",
                ("ng", "g") => "ng/g",
                ("ng", "l") => "ng/l",
                ("ng", "m3") => "ng/m3",
                _ => return None,
            },
            len,
        ))
    }

    /// The token after the digit groups of a phone number from token `from` on: numbers and the
    /// `marks` between them, up to a line break.
    fn past_digit_groups(&self, from: usize, marks: &str) -> usize {
        let mut j = from;
        while j < self.toks.len() && (self.is_num(j) || self.sym_is(j, marks)) && self.gap(j) != Gap::Break {
            j += 1;
        }
        j
    }

    /// The currency of a sign or word several countries share (see [`Shared`]) at token `j`:
    /// the one country its clause names or whose code it writes ("Rs 50,000 in Pakistan",
    /// "2.6 million pesos … COP 1.2 million"), else the one code of the family the report
    /// writes (see `CurrencyHints`), else `None`.
    /// The currency a word names (`code` is its [`lx::currency_word`]) at token `j`: a family's
    /// member by the country its clause names or the report's codes ("a Mexican cook can sell
    /// the base for 300,000 to 500,000 pesos" is MXN, "600,000 rials to the dollar" in a clause
    /// on Iran IRR, "2,850 francs to the dollar" in a clause writing CDF, "280 rupees to the
    /// dollar" in a clause on Pakistan PKR; "fines of 5,000 lei in Chisinau" MDL), else the
    /// word's name or code.
    fn word_currency(&self, w0: &str, code: &'static str, j: usize) -> &'static str {
        let family = match code {
            "peso" => Some(Shared::Peso),
            "IRR" if w0.starts_with("rial") => Some(Shared::Rial),
            "franc" => Some(Shared::Franc),
            "RON" if matches!(w0, "lei" | "leu") => Some(Shared::Leu),
            "INR" if matches!(w0, "rupee" | "rupees") => Some(Shared::Rupee),
            "shilling" => Some(Shared::Shilling),
            _ => None,
        };
        // (The som by the country its paragraph names: Kyrgyzstan's or Uzbekistan's.)
        if code == "som" {
            let (kyrgyz, uzbek) = (
                self.mentions_any(&["kyrgyz", "bishkek", "batken", "jalal-abad"]),
                self.mentions_any(&["uzbek", "tashkent", "karakalpak", "samarkand"]),
            );
            if kyrgyz != uzbek {
                return if kyrgyz { "KGS" } else { "UZS" };
            }
            // (Else the one som the report writes by its code, or the country its title names:
            // "8,000 som" in a report on Kyrgyz–Tajik water sharing is KGS.)
            if let Some(som) = self.currency.som {
                return som;
            }
            match self.currency.country {
                Some("KG") => return "KGS",
                Some("UZ") => return "UZS",
                _ => {}
            }
        }
        // (The manat is Azerbaijan's unless the paragraph names Turkmenistan and not
        // Azerbaijan, or the report's title names Turkmenistan: "0.05 manat per cubic metre" in
        // a report on Turkmen gas is TMT.)
        if code == "AZN" {
            let (turkmen, azeri) = (
                self.mentions_any(&["turkmen", "ashgabat"]),
                self.mentions_any(&["azerbaijan", "azeri", "baku"]),
            );
            if (turkmen || self.currency.country == Some("TM")) && !azeri {
                return "TMT";
            }
        }
        family.and_then(|f| self.shared_currency(f, j)).unwrap_or_else(|| lx::currency_alone(w0, code))
    }

    /// `Bs` (read as Venezuela's bolívar, `VES`) is Bolivia's boliviano, `BOB`, in a text that
    /// speaks of Bolivia or a report whose title names it: "Bs 6.9 billion" in a report on
    /// Bolivia's lithium.
    fn bolivian(&self, code: &'static str) -> &'static str {
        if code == "VES" && (self.currency.country == Some("BO") || self.mentions("bolivia")) {
            "BOB"
        } else {
            code
        }
    }

    fn shared_currency(&self, family: Shared, j: usize) -> Option<&'static str> {
        self.country_in_clause(j, |k| {
            self.code_at(k, family.codes()).or_else(|| family.country(self.lower(k)))
        })
        .or(match family {
            // (Or by the country the report's title names.)
            Shared::Rupee => self.currency.rupee.or(match self.currency.country {
                Some("PK") => Some("PKR"),
                Some("IN") => Some("INR"),
                Some("LK") => Some("LKR"),
                Some("MU") => Some("MUR"),
                Some("SC") => Some("SCR"),
                Some("NP") => Some("NPR"),
                _ => None,
            }),
            // (Or by the paragraph's words: "Locally, prices are quoted in Chinese yuan … A room
            // costs ¥480 a night" is CNY.)
            Shared::Yen => self
                .currency
                .yen
                .or_else(|| (self.mentions("yuan") && !self.mentions_word("yen")).then_some("CNY")),
            // (Or by the country the title names: "60 pesos to the dollar" in a report on the
            // Dominican Republic's deportations is DOP.)
            Shared::Peso => self.currency.peso.or(match self.currency.country {
                Some("MX") => Some("MXN"),
                Some("CO") => Some("COP"),
                Some("AR") => Some("ARS"),
                Some("PH") => Some("PHP"),
                Some("CL") => Some("CLP"),
                Some("CU") => Some("CUP"),
                Some("DO") => Some("DOP"),
                _ => None,
            }),
            Shared::Rial => self.currency.rial,
            // (Or by the country the title names: "from 2.20 lei to 4.04 lei per kWh" in a
            // report on Moldova's energy debt, in a clause naming Romania too, is MDL.)
            Shared::Leu => self.currency.leu.or(match self.currency.country {
                Some("MD") => Some("MDL"),
                Some("RO") => Some("RON"),
                _ => None,
            }),
            Shared::Cfa => self.currency.cfa.or(match self.currency.country {
                Some("WAEMU") => Some("XOF"),
                Some("CEMAC") => Some("XAF"),
                _ => None,
            }),
            // (The report's codes, or the country its title names: "between 900 and 1,400 dinars a
            // month" in a report on Libya's detention centres is LYD; see `figure::with_title`.)
            Shared::Dinar => self.currency.dinar,
            Shared::Shilling => self.currency.shilling.or(match self.currency.country {
                Some("KE") => Some("KES"),
                Some("UG") => Some("UGX"),
                Some("TZ") => Some("TZS"),
                _ => None,
            }),
            Shared::Franc => self.currency.franc.or(match self.currency.country {
                Some("CD") => Some("CDF"),
                Some("RW") => Some("RWF"),
                Some("BI") => Some("BIF"),
                Some("GN") => Some("GNF"),
                Some("WAEMU") => Some("XOF"),
                Some("CEMAC") => Some("XAF"),
                _ => None,
            }),
            // (`C$` in a report whose title names Nicaragua is the córdoba.)
            Shared::CDollar => (self.currency.country == Some("NI")).then_some("NIO"),
        })
    }

    /// The code of `codes` that token `k` is, written in capitals (`PKR`).
    fn code_at(&self, k: usize, codes: &[&'static str]) -> Option<&'static str> {
        let word = self.s(k);
        codes.iter().copied().find(|&c| c == word)
    }

    /// The one code that `name` gives the tokens of the clause around token `j` (up to 40 tokens
    /// each way, not past `.`, `;`, `!` or `?`), or `None` when it gives none or two: the
    /// country a currency word's clause names.
    fn country_in_clause(
        &self,
        j: usize,
        name: impl Fn(usize) -> Option<&'static str>,
    ) -> Option<&'static str> {
        let in_clause = |k: usize| !self.sym_is(k, ".;!?");
        let from = (j.saturating_sub(40)..j).rev().take_while(|&k| in_clause(k)).last().unwrap_or(j);
        let to = (j..j + 40).take_while(|&k| self.tok(k).is_some() && in_clause(k)).last().unwrap_or(j);
        let mut found = None;
        for k in from..=to {
            let Some(code) = name(k) else { continue };
            if found.is_some_and(|f| f != code) {
                return None;
            }
            found = Some(code);
        }
        found
    }

    /// The pound of an exchange rate at `j` (`pounds` before `to the dollar`, `per dollar`,
    /// `against the dollar`), named by the country the sentence speaks of: "the parallel rate
    /// of roughly 2,500 pounds to the dollar" in a sentence on Sudan is SDG. `None` where the
    /// sentence names none of the countries whose currency is a pound (then it is weight).
    fn pound_in_a_rate(&self, j: usize) -> Option<&'static str> {
        let rate = matches!(self.lower(j + 1), "to" | "against") && self.word_is(j + 2, "the")
            || self.word_is(j + 1, "per") && !self.word_is(j + 2, "the")
            || self.word_is(j + 1, "to") && self.word_is(j + 2, "one");
        let dollar = (j + 2..j + 5).any(|k| matches!(self.lower(k), "dollar" | "euro" | "greenback"));
        if !rate || !dollar {
            return None;
        }
        self.country_in_clause(j, |k| {
            // (Or the pound's code: "LBP 5.4 trillion (about $60 million at the official rate of
            // 89,500 pounds to the dollar)".)
            if let Some(code) = ["SSP", "SDG", "EGP", "LBP", "SYP"].into_iter().find(|&c| c == self.s(k)) {
                return Some(code);
            }
            let south = k >= 1 && self.word_is(k - 1, "south");
            Some(match self.lower(k) {
                "sudan" | "sudanese" if south => "SSP",
                "sudan" | "sudanese" | "khartoum" => "SDG",
                "egypt" | "egyptian" | "cairo" => "EGP",
                "lebanon" | "lebanese" | "beirut" => "LBP",
                "syria" | "syrian" | "damascus" => "SYP",
                _ => return None,
            })
        })
    }

    /// The pound at `j` of a price in a sentence that writes a pound's code and speaks of a cost
    /// or a price: "households pay SYP 10 per kWh, against a production cost the ministry puts at
    /// around 1,800 pounds" is SYP. Not before `of` (`400 pounds of cocaine` weighs).
    fn pound_by_code(&self, j: usize) -> Option<&'static str> {
        if self.word_is(j + 1, "of") {
            return None;
        }
        let priced = self.country_in_clause(j, |k| {
            (self.is_word(k)
                && matches!(
                    self.lower(k),
                    "cost"
                        | "costs"
                        | "price"
                        | "prices"
                        | "priced"
                        | "tariff"
                        | "tariffs"
                        | "fee"
                        | "fees"
                        | "wage"
                        | "wages"
                        | "salary"
                        | "salaries"
                        | "pay"
                        | "pays"
                        | "paid"
                        | "fare"
                        | "fares"
                ))
            .then_some("priced")
        });
        priced?;
        // (Nor in a sentence that weighs: "Tickets cost EGP 50, and each bag may weigh 40 pounds".)
        let weighed = self.country_in_clause(j, |k| {
            (self.is_word(k) && {
                let w = self.lower(k);
                w.starts_with("weigh")
                    || matches!(w, "heavy" | "heavier" | "lighter" | "payload" | "load" | "loads")
            })
            .then_some("weighed")
        });
        if weighed.is_some() {
            return None;
        }
        self.country_in_clause(j, |k| match self.s(k) {
            "SYP" => Some("SYP"),
            "EGP" => Some("EGP"),
            "LBP" => Some("LBP"),
            "SDG" => Some("SDG"),
            "SSP" => Some("SSP"),
            "GBP" => Some("GBP"),
            _ => None,
        })
    }

    /// Whether `won` at `j`, after a number, is the Korean currency rather than the verb ("Of the
    /// 12 candidates, 7 won"): before a rate's word ("1,350 won per dollar", "8,000 won a
    /// month") or after a price's verb or preposition, maybe with an approximator ("costs about
    /// 8,000 won", "for 3.5 million won").
    fn won_after_number(&self, j: usize) -> bool {
        let Some(mut n) = j.checked_sub(1) else { return false };
        if self.is_word(n) && lx::magnitude_word(self.lower(n)).is_some() && n > 0 {
            n -= 1;
        }
        if !self.is_num(n) || self.gap(j) != Gap::Space {
            return false;
        }
        // (A sum in thousands ends its sentence, or a sum is quoted per a unit: "a wage of
        // 15,000 to 20,000 won.", "3,100 to 3,400 won/kg"; not the verb, "Of the 40
        // candidates, 15 won.")
        if self.toks[n].int_digits >= 4
            && self.tok(j + 1).is_none_or(|t| t.kind == Kind::Sym && matches!(t.ch, '.' | ';'))
            || self.sym_is(j + 1, "/") && self.glued(j + 1) && self.glued(j + 2) && self.is_word(j + 2)
        {
            return true;
        }
        // (Not "7 won a seat": `a` before a span of time or a unit only.)
        if self.is_word(j + 1)
            && (matches!(self.lower(j + 1), "per" | "against")
                || matches!(self.lower(j + 1), "a" | "an" | "each")
                    && self.is_word(j + 2)
                    && (lx::is_time_noun(self.lower(j + 2))
                        || lx::unit_word(self.lower(j + 2), false).is_some()))
        {
            return true;
        }
        let mut b = n;
        for _ in 0..3 {
            let Some(p) = b.checked_sub(1).filter(|&p| self.is_word(p)) else { return false };
            match self.lower(p) {
                "about" | "around" | "some" | "roughly" | "nearly" | "almost" | "approximately" | "over"
                | "than" | "just" | "only" | "under" | "more" | "less" => b = p,
                // (A second sum after `and`, `or` or `to`: "fetched about 8,000 won in early 2024
                // and more than 20,000 won by mid-2025".)
                "and" | "or" | "to" => {
                    return (p.saturating_sub(8)..p).any(|k| {
                        k >= 1 && self.word_is(k, "won") && self.is_num(k - 1) && self.won_after_number(k)
                    });
                }
                // (The sum of a payment: "a private's salary of under 100 won".)
                "of" => {
                    return p >= 1
                        && matches!(
                            self.lower(p - 1),
                            "salary"
                                | "wage"
                                | "wages"
                                | "price"
                                | "cost"
                                | "fine"
                                | "income"
                                | "budget"
                                | "pension"
                                | "allowance"
                                | "bonus"
                                | "stipend"
                                | "fee"
                                | "bribe"
                                | "ransom"
                                | "payment"
                                | "rent"
                                | "fare"
                                | "value"
                                | "sum"
                                | "reward"
                                | "bounty"
                        );
                }
                w => {
                    return matches!(
                        w,
                        "cost"
                            | "costs"
                            | "costing"
                            | "paid"
                            | "pay"
                            | "pays"
                            | "priced"
                            | "worth"
                            | "fetched"
                            | "fetch"
                            | "fetches"
                            | "from"
                            | "earn"
                            | "earns"
                            | "earned"
                            | "fined"
                            | "charged"
                            | "charge"
                            | "charges"
                            | "sold"
                            | "spent"
                            | "spend"
                            | "spends"
                            | "for"
                            | "at"
                    );
                }
            }
        }
        false
    }

    /// Whether the `g` at `j`, apart from the number before it, is grams: before what it weighs
    /// ("150 g of cereal", not "5 g of the law"), before `per`, `each`, `a`, `or`, `and`, `in`
    /// and a year or `each`, `for each` or `for` and a price ("150 g a day", "0.1 g for MYR
    /// 50"), before a slash or at a clause's end ("contains 92 g."); never after a label or a
    /// capitalised word, where it is a letter ("paragraph 5 g", "Article 4 g"), nor after a
    /// verb of force or `for`, or after `to`, `at` or `reached` without a change or a rate,
    /// where it is an acceleration ("pulled 9 g,", "qualified to 16 g", "9 g in the turn").
    fn grams_apart(&self, j: usize) -> bool {
        let Some(n) = j.checked_sub(1).filter(|&n| self.is_num(n)) else { return false };
        let mut before = n.checked_sub(1).filter(|&b| self.is_word(b));
        // The second end of a range is read as its first: "3 to 5 g of gold", "Between 2 and 4
        // g a day" (no letter of a capitalised label then).
        let mut range = false;
        if let Some(b) = before
            && b >= 2
            && matches!(self.lower(b), "to" | "and" | "or")
            && self.is_num(b - 1)
        {
            before = Some(b - 2).filter(|&b| self.is_word(b));
            range = true;
        } else if n >= 3
            && self.sym_is(n - 1, "-–")
            && self.glued(n - 1)
            && self.glued(n)
            && self.is_num(n - 2)
        {
            // (Or a dash: "a bundle of 600-650 g".)
            before = Some(n - 3).filter(|&b| self.is_word(b));
            range = true;
        }
        let word_before = |words: &[&str]| before.is_some_and(|b| words.contains(&self.lower(b)));
        let label = [
            "paragraph",
            "subparagraph",
            "item",
            "items",
            "point",
            "points",
            "section",
            "annex",
            "letter",
            "clause",
        ];
        if !range && before.is_some_and(|b| self.s(b).starts_with(|c: char| c.is_ascii_uppercase()))
            || word_before(&label)
            // (The next of lettered points: "4 a to 4 g", "5 f and 5 g".)
            || word_before(&["to", "and", "or"])
                && before.is_some_and(|b| b >= 1 && self.is_word(b - 1) && self.s(b - 1).len() == 1)
        {
            return false;
        }
        // (After a verb of force or `rated for`, an acceleration: "pulled 9 g,", "rated for 7.5
        // g in turns".)
        let force = [
            "pulled",
            "pull",
            "pulls",
            "pulling",
            "withstand",
            "withstands",
            "withstood",
            "sustained",
            "sustain",
            "for",
        ];
        // (After `to`, `at` or `reached` only a level reached is weighed: "fell to 450 g";
        // "qualified to 16 g", "cleared to 9 g", "up to 50 g", "reached 9 g in the turn" are
        // accelerations.)
        // (`up to` is a bound, no change: "manoeuvre at up to 50 g".)
        let reached = || {
            before.is_some_and(|b| {
                b >= 1
                    && self.is_word(b - 1)
                    && lx::is_change_verb(self.lower(b - 1))
                    && !matches!(self.lower(b - 1), "up" | "down")
            })
        };
        // (A rate is weighed whatever comes before: "rationed at 20 g a day", "limits residues
        // to 10 g per hectare".)
        // (Nor a concentration with a slash: "at 240 g/l".)
        let rate = matches!(self.lower(j + 1), "per" | "each")
            || matches!(self.lower(j + 1), "a" | "an") && lx::is_time_noun(self.lower(j + 2))
            || self.sym_is(j + 1, "/") && self.glued(j + 1) && self.glued(j + 2) && self.is_word(j + 2);
        if word_before(&force)
            || word_before(&["to", "at", "reached", "reach", "reaching"]) && !reached() && !rate
        {
            return false;
        }
        let next = self.lower(j + 1);
        let determiner = |k: usize| lx::is_determiner(self.lower(k)) || self.word_is(k, "that");
        // (Weighed, or the size of a pack, whatever comes after: "The loaf weighs 130 g now", "a
        // bundle of 1,100 g after", "a bundle of 600-650 g cost".)
        let weighed = word_before(&["weighs", "weigh", "weighed", "weighing"])
            || word_before(&["of"])
                && before.is_some_and(|b| {
                    b >= 1
                        && matches!(
                            self.lower(b - 1),
                            "bundle"
                                | "bag"
                                | "loaf"
                                | "pack"
                                | "packet"
                                | "sachet"
                                | "portion"
                                | "ration"
                                | "serving"
                        )
                });
        if weighed {
            return true;
        }
        // (Not before `in` or `for` but a year, `each` or a price: "9 g in the turn", "6 g for
        // 15 seconds" are accelerations, "520 g in 2019", "150 g in each capsule", "400 g for
        // each adult" and "0.1 g for MYR 50" weights.)
        // (After a bound or `of`, before a verb or `to`: "every purchase above 100 g to a
        // licensed concession", "a purchase of 100 g is traced".)
        let bounded = || {
            word_before(&["above", "below", "over", "under", "than", "exceeding", "of"])
                && matches!(next, "to" | "is" | "was" | "are" | "were" | "must" | "should" | "will" | "from")
        };
        // (A pack's weight before its noun, after an article: "a 250 g baguette", "the 50 g
        // sachet".)
        // (Also past one adjective after the article: "An unsubsidised 120 g baladi loaf".)
        let pack = || {
            (word_before(&["a", "an", "the", "each", "per"])
                || before.is_some_and(|b| {
                    b >= 1
                        && self.lowercase_word_at(b)
                        && !lx::is_stop(self.lower(b))
                        && matches!(self.lower(b - 1), "a" | "an" | "the")
                }))
                && self.lowercase_word_at(j + 1)
                && !lx::is_stop(next)
                && !self.plural_at(j + 1)
        };
        if self.is_word(j + 1) {
            return bounded()
                || pack()
                || next == "of" && self.is_word(j + 2) && !determiner(j + 2)
                || matches!(next, "per" | "each" | "a" | "an" | "or" | "and")
                || next == "in"
                    && (self.is_num(j + 2) && self.is_year_numeral(j + 2)
                        || matches!(self.lower(j + 2), "each" | "every" | "total" | "all"))
                || next == "for"
                    && (matches!(self.lower(j + 2), "each" | "every" | "one")
                        // A price: "sells 0.1 g for MYR 50", "1 g for $10".
                        || self.sym(j + 2).is_some_and(|c| lx::currency_symbol(c).is_some())
                        || lx::currency_code(self.s(j + 2)).is_some());
        }
        self.tok(j + 1).is_none() || self.sym_is(j + 1, ".,;:)/")
    }

    /// A unit at `j`: one word, two words, "sq. km", with a square/cube digit and a "per
    /// hour" after it.
    fn unit_at(&self, j: usize, glued: bool) -> Option<(&'static str, usize)> {
        // Metres per second written with a negative exponent, as meteorology does: "25 ms-1",
        // "9.8 ms-2" (no milliseconds, and no range).
        if self.s(j) == "ms" && self.sym_is(j + 1, "-−^") && self.glued(j + 1) {
            let k = j + 1 + usize::from(self.sym_is(j + 1, "^") && self.sym_is(j + 2, "-−"));
            if self.glued(k + 1) && self.is_num(k + 1) {
                let len = k + 2 - j + usize::from(self.sym_is(k + 2, "^") && self.glued(k + 2));
                match self.s(k + 1) {
                    "1" => return Some(("m/s", len)),
                    "2" => return Some(("m/s2", len)),
                    _ => {}
                }
            }
        }
        // `Kilo` with a capital names a submarine class unless a mass reads on: "4 Kilo and Lada
        // boats", "1 Kilo damaged"; but "12 Kilos of methamphetamine", "150 Kilos in Rotterdam".
        if matches!(self.s(j), "Kilo" | "Kilos")
            && self.is_word(j + 1)
            && !matches!(self.lower(j + 1), "of" | "in" | "at" | "per" | "each" | "a")
            && !(matches!(self.lower(j + 1), "and" | "or")
                && self.is_num(j + 2)
                && self.is_word(j + 3)
                && lx::unit_word(self.s(j + 3), false).is_some())
        {
            return None;
        }
        // `PB` before a noun names a patrol boat: "40 PB boats", "12 PB patrol craft" (but "1.4
        // PB leaving the network", "3 PB of data").
        if self.s(j) == "PB"
            && self.is_word(j + 1)
            && self.gap(j + 1) == Gap::Space
            && (self.plural_at(j + 1)
                && !matches!(self.lower(j + 1), "records" | "files" | "documents" | "emails")
                || matches!(self.lower(j + 1), "patrol" | "craft" | "boat" | "vessel" | "class" | "team"))
        {
            return None;
        }
        // A unit in a street's name: "at 60 Meter Road", "8 Mile Road".
        if self.s(j).starts_with(|c: char| c.is_ascii_uppercase())
            && self.is_word(j + 1)
            && self.gap(j + 1) == Gap::Space
            && lx::is_street(self.s(j + 1))
            && lx::unit_word(self.lower(j), false).is_some()
        {
            return None;
        }
        // A street's direction in an address: "1420 W. Camelback Rd" (no watts).
        if self.s(j) == "W" && self.street_direction(j) {
            return None;
        }
        // `bar` before what it counts qualifies it: "the 2 bar owners" (but "6 bar in 2023").
        if self.s(j) == "bar" && self.gap(j + 1) == Gap::Space && self.plural_at(j + 1) {
            return None;
        }
        // A unit in capitals glued to a digit is a designation's: "12 TB2s", "4 TB3 drones" (not
        // terabytes; "km2" and "m3" are squares and cubes).
        if self.s(j).starts_with(|c: char| c.is_ascii_uppercase()) && self.glued(j + 1) && self.is_num(j + 1)
        {
            return None;
        }
        let first = self.lower(j);
        let mut len;
        let mut unit;
        // (Whether the text speaks of litres or water, which makes a lone `l` litres.)
        let of_water = || self.mentions_any(&["litre", "liter", "water"]);
        if self.is_word(j + 1)
            && self.gap(j + 1) == Gap::Space
            && let Some(u) = lx::unit_pair(first, self.s(j + 1))
        {
            unit = u;
            len = 2;
        } else if self.glued_hyphen(j + 1)
            && self.is_word(j + 2)
            && let Some(u) = lx::unit_pair(first, self.s(j + 2))
        {
            // (Hyphenated: "17 terawatt-hours", "40 square-kilometres".)
            unit = u;
            len = 3;
        } else if first == "standard"
            && self.word_is(j + 1, "cubic")
            && self.gap(j + 2) == Gap::Space
            && self.is_word(j + 2)
            && let Some(u) = lx::unit_pair("cubic", self.s(j + 2))
        {
            // (Gas measured at standard conditions: "210 million standard cubic feet per day".)
            unit = u;
            len = 3;
        } else if matches!(first, "parts" | "part")
            && self.word_is(j + 1, "per")
            && matches!(self.lower(j + 2), "million" | "billion")
        {
            // "28,000 to 35,000 parts per million", "5 parts per billion".
            unit = if self.word_is(j + 2, "million") { "ppm" } else { "ppb" };
            len = 3;
        } else if first == "sq"
            && self.sym_is(j + 1, ".")
            && self.is_word(j + 2)
            && let Some(u) = lx::unit_pair("sq", self.s(j + 2))
        {
            unit = u;
            len = 3;
        } else if matches!(first, "square" | "sq")
            && self.word_is(j + 1, "nautical")
            && self.is_word(j + 2)
            && lx::unit_pair("nautical", self.s(j + 2)) == Some("nmi")
        {
            // "7,000 square nautical miles"
            unit = "nmi2";
            len = 3;
        } else if let Some((u, l)) = self.concentration(j) {
            // A concentration: "2.5 µg/g", "40 mg/kg", "300 µg/m³", "12 mg/L".
            unit = u;
            len = l;
        } else if first == "g"
            && self.sym_is(j + 1, "/")
            && self.glued(j + 1)
            && self.glued(j + 2)
            && self.word_is(j + 2, "t")
        {
            // An ore grade: "4.2 g/t".
            unit = "g/t";
            len = 3;
        } else if !glued
            && matches!(self.s(j), "l" | "L")
            && (self.word_is(j + 1, "per")
                || self.sym_is(j + 1, "/")
                || self.word_is(j + 1, "of")
                    && matches!(self.lower(j + 2), "water" | "fuel" | "petrol" | "diesel" | "milk" | "oil")
                || self.word_is(j + 1, "for")
                    && self.lowercase_word_at(j + 2)
                    && self.lower(j + 2).ends_with("ing")
                // (Or a period after them: "approx. 180,000 L a week", "40 l daily".)
                || self.count_period(j + 1).is_some()
                // (Or a range's first end when the second is in litres written alike: "fell from
                // 11.2 L to 6.8 L", "between 10 l and 15 l".)
                || (self.word_is(j + 1, "to") || self.word_is(j + 1, "and") || self.sym_is(j + 1, "-–"))
                    && self.is_num(j + 2)
                    && self.s(j + 3) == self.s(j)
                    && self.gap(j + 3) == Gap::Space
                // (Or a container they size: "the 400–600 L tank", "20 L jerrycans".)
                || self.is_word(j + 1)
                    && matches!(
                        self.lower(j + 1),
                        "tank" | "tanks" | "jerrycan" | "jerrycans" | "container" | "containers" | "drum" | "drums"
                            | "bottle" | "bottles" | "bucket" | "buckets" | "bladder" | "bladders"
                    )
                || self.s(j) == "L"
                    && self.sym_is(j + 1, ".")
                    && self.glued(j + 1)
                    // (Or ending a sentence of a text that speaks of litres or water: "falls to
                    // 6 L.")
                    && (self.tok(j + 2).is_none() || of_water())
                // (Or before a comma or a semicolon in such a text: "was 11.8 l, down from 13.4
                // litres".)
                || self.sym_is(j + 1, ",;") && of_water())
        {
            // Litres written apart, before what they measure or are for: "15 l per person per
            // day", "6 L of water", "15 l for drinking", or a capital `L` ending the text, "15
            // L." (a lone `l` elsewhere is a letter).
            unit = "l";
            len = 1;
        } else if !glued && self.s(j) == "g" && self.grams_apart(j) {
            unit = "g";
            len = 1;
        } else {
            // (Meters installed are devices, not lengths: "installed 386,000 meters", "350,000
            // smart meters", "the 1.2 million meters planned".)
            if !glued
                && self.word_is(j, "meters")
                && (j >= 2
                    && self.is_word(j - 2)
                    && matches!(
                        self.lower(j - 2),
                        "installed" | "install" | "installing" | "replaced" | "fitted" | "distributed"
                    )
                    || self.word_is(j + 1, "installed")
                    || self.word_is(j + 1, "were") && self.word_is(j + 2, "installed"))
            {
                return None;
            }
            unit = lx::unit_word(self.s(j), glued)?;
            len = 1;
            // A letter on its own is no unit before a hyphen or an apostrophe ("5 t-shirts").
            if !glued && unit == "t" && self.glued(j + 1) && self.sym_is(j + 1, "-‐'’") {
                return None;
            }
            // ("70 TB facilities", "12 TB patients": tuberculosis, no terabytes.)
            if unit == "TB"
                && self.gap(j + 1) == Gap::Space
                && self.plural_at(j + 1)
                && self.lowercase_word_at(j + 1)
            {
                return None;
            }
            // ("2 GT cars": a model's letters; "5,400 GT vessels" are ships of that size.)
            if unit == "GT"
                && self.plural_at(j + 1)
                && !matches!(
                    self.lower(j + 1),
                    "vessels" | "ships" | "tankers" | "carriers" | "boats" | "trawlers" | "freighters"
                )
            {
                return None;
            }
        }
        let k = j + len;
        // km2, m², km³
        if matches!(unit, "km" | "m" | "mi" | "ft" | "cm") && self.glued(k) {
            let square = (self.is_num(k) && self.s(k) == "2") || self.sym(k) == Some('²');
            let cube = (self.is_num(k) && self.s(k) == "3") || self.sym(k) == Some('³');
            if square || cube {
                unit = match (unit, square) {
                    ("km", true) => "km2",
                    ("m", true) => "m2",
                    ("mi", true) => "mi2",
                    ("ft", true) => "ft2",
                    ("cm", true) => "cm2",
                    ("km", false) => "km3",
                    ("m", false) => "m3",
                    ("ft", false) => "ft3",
                    _ => "cm3",
                };
                len += 1;
            }
        }
        let k = j + len;
        // A volume of water: "7.4 million acre-feet".
        if unit == "acre" && self.glued_hyphen(k) && matches!(self.lower(k + 1), "feet" | "foot" | "ft") {
            unit = "acre-ft";
            len += 2;
        }
        let k = j + len;
        // Water per person a day, as the humanitarian standards write it: "86 l/c/d", "15
        // L/p/d" (per capita or per person).
        if unit == "l"
            && self.sym_is(k, "/")
            && self.glued(k)
            && matches!(self.lower(k + 1), "c" | "p")
            && self.sym_is(k + 2, "/")
            && self.word_is(k + 3, "d")
            && (k + 1..k + 4).all(|t| self.glued(t))
        {
            return Some(("l/p/d", len + 4));
        }
        // Water per person a day in words: "15 litres per person per day", "9 litres of water
        // per person a day".
        if unit == "l" {
            let mut m = k;
            if self.word_is(m, "of") && matches!(self.lower(m + 1), "water" | "drinking" | "safe" | "clean") {
                m += 2;
                while self.is_word(m) && matches!(self.lower(m), "water" | "drinking" | "safe" | "clean") {
                    m += 1;
                }
            }
            if self.word_is(m, "per")
                && matches!(self.lower(m + 1), "person" | "capita" | "head")
                && matches!(self.lower(m + 2), "per" | "a" | "each")
                && self.word_is(m + 3, "day")
            {
                return Some(("l/p/d", m + 4 - j));
            }
        }
        // (A glued `m` a day, a week or a month is more often millions than metres: "1.2m a
        // day" stays as it is read; "4 metres a day", "3 m a week" are lengths a period.)
        let per_time = |unit: &'static str, period: &str| {
            lx::per_time(unit, period).filter(|u| !(glued && matches!(*u, "m/d" | "m/wk" | "m/mo")))
        };
        // Energy per volume of water made or moved: "about 3.5 kWh per cubic metre", "4 kWh/m³".
        if unit == "kWh" {
            if self.word_is(k, "per")
                && self.word_is(k + 1, "cubic")
                && matches!(self.lower(k + 2), "metre" | "meter")
            {
                return Some(("kWh/m3", k + 3 - j));
            }
            if self.sym_is(k, "/")
                && self.glued(k)
                && self.glued(k + 1)
                && self.s(k + 1) == "m"
                && self.glued(k + 2)
                && (self.sym_is(k + 2, "³") || self.is_num(k + 2) && self.s(k + 2) == "3")
            {
                return Some(("kWh/m3", k + 3 - j));
            }
        }
        // A ration per person may go on with its period after token `next`: "15 kg per person
        // per month", "12 L/person/day".
        let per_person_period = |u: &'static str, next: usize| {
            self.count_period(next)
                .and_then(|(period, end)| lx::per_person_period(u, period).map(|u| (u, end)))
                .unwrap_or((u, next))
        };
        // The measure's rate after `per`, `a`, `an`, `every` or `each` at token `m` and a period
        // ("barrels a day"; not a time before another: "287,000 t a year earlier").
        let rate_at = |m: usize| {
            if !(self.is_word(m)
                && self.gap(m) == Gap::Space
                && matches!(self.lower(m), "per" | "a" | "an" | "every" | "each")
                && self.is_word(m + 1))
                || self.time_after(m + 2)
            {
                return None;
            }
            per_time(unit, self.lower(m + 1))
        };
        // A mass or a volume of a good a period: "14 to 18 tonnes of gold a year", "2,100 litres
        // of fuel a week", "150–200 gallons of diesel a day" (up to two words for the good).
        if self.word_is(k, "of") {
            let mut m = k + 1;
            while m <= k + 2 && self.lowercase_word_at(m) && !lx::is_stop(self.lower(m)) && !self.plural_at(m)
            {
                m += 1;
            }
            if m > k + 1
                && let Some(u) = rate_at(m)
            {
                let (u, end) = per_person_period(u, m + 2);
                return Some((u, end - j));
            }
            // ("30 to 40 tonnes of pills annually")
            if m > k + 1
                && let Some(u) = self.period_adverb(m).and_then(|period| per_time(unit, period))
            {
                return Some((u, m + 1 - j));
            }
        }
        // km/h, "miles per hour", "barrels a day"
        if self.sym_is(k, "/") && self.glued(k) && self.glued(k + 1) && self.is_word(k + 1) {
            if let Some(u) = per_time(unit, self.lower(k + 1)) {
                let (u, end) = per_person_period(u, k + 2);
                return Some((u, end - j));
            }
        } else if let Some(period) = self.period_adverb(k)
            && let Some(u) = per_time(unit, period)
        {
            return Some((u, len + 1));
        } else if let Some(u) = rate_at(k) {
            let (u, end) = per_person_period(u, k + 2);
            return Some((u, end - j));
        }
        Some((unit, len))
    }

    // ----- not-a-figure checks ---------------------------------------------------------------

    /// The end of the chain of numbers glued to `i` by `-`, `/`, `.` or `:` (e.g. a date or a
    /// phone number), and how many numbers it holds.
    fn glued_chain(&self, i: usize) -> (usize, usize) {
        let mut end = i + 1;
        let mut parts = 1;
        while self.sym_is(end, "-/.:") && self.glued(end) && self.glued(end + 1) && self.is_num(end + 1) {
            end += 2;
            parts += 1;
        }
        (end, parts)
    }

    /// The end of a list or a range of numbers that follows the figure `q` (up to `skip`) and
    /// names nothing after it, as a plural label's numbers do: "recommendations 1 and 3", "on
    /// days 1 to 6" (not "days 2 to 3 people").
    fn numbers_listed(&self, q: &Qty, skip: usize) -> Option<usize> {
        let joined =
            matches!(self.lower(q.last), "and" | "or" | "to" | "through") || self.sym_is(q.last, ",-–");
        if !(joined && self.is_num(q.last + 1)) {
            return None;
        }
        let end = self.skip_list(skip, true);
        self.noun_after(end, false).is_none().then_some(end)
    }

    /// Skips a list of numbers after a label ("Articles 3, 4 and 5", "pp. 4-6"), and the
    /// sub-paragraphs glued to a number ("Article 7(1)(k)").
    fn skip_list(&self, mut j: usize, plural: bool) -> usize {
        loop {
            // A letter glued to the number names a subdivision: "Articles 12a and 12b".
            if j > 0 && self.is_num(j - 1) && self.is_word(j) && self.glued(j) && self.s(j).len() == 1 {
                j += 1;
            }
            while self.sym_is(j, "(")
                && self.glued(j)
                && (self.is_num(j + 1) || self.is_word(j + 1) && self.s(j + 1).len() <= 4)
                && self.glued(j + 1)
                && self.sym_is(j + 2, ")")
                && self.glued(j + 2)
            {
                j += 3;
            }
            // The year of each: "resolutions 1612 (2005) and 2427 (2018)".
            if self.sym_is(j, "(")
                && self.gap(j) == Gap::Space
                && self.is_num(j + 1)
                && self.is_year_numeral(j + 1)
                && self.sym_is(j + 2, ")")
            {
                j += 3;
            }
            // A singular label before a list of its numbers: "Camp 9, 10 and 11 fires",
            // "Article 4, 5 and 6" (the last number going up may come before a noun).
            if !plural && let Some(end) = self.label_list_after(j) {
                return end;
            }
            let sep = self.sym_is(j, "-–—")
                || (plural
                    && (self.sym_is(j, ",&")
                        || self.word_is(j, "and")
                        || self.word_is(j, "to")
                        || self.word_is(j, "or")));
            // (A singular label before two numbers too: "Class 9 and 10", "Phase 2 or 3"; not
            // "Article 5 and 300 soldiers".)
            let pair = !plural
                && (self.word_is(j, "and") || self.word_is(j, "or"))
                && self.is_num(j + 1)
                && self.toks[j + 1].is_plain_whole()
                && self.toks[j + 1].int_digits <= 3
                && !self.word_is(j + 2, "of")
                && self.bare_alone(j + 1);
            if (sep || pair) && self.is_num(j + 1) && self.gap(j + 1) != Gap::Break {
                j = self.glued_chain(j + 1).0;
            } else {
                return j;
            }
        }
    }

    /// The end of a list of small whole numbers from token `j` (a comma) after a singular
    /// label's number: one or more `, N` and a last `and N` or `or N`, each number alone, the
    /// last maybe before a noun when it is larger than the one before it ("Camp 9, 10 and 11
    /// fires").
    fn label_list_after(&self, j: usize) -> Option<usize> {
        let small = |k: usize| {
            self.is_num(k)
                && self.gap(k) == Gap::Space
                && self.toks[k].is_plain_whole()
                && self.toks[k].int_digits <= 3
        };
        let value = |k: usize| self.s(k).parse::<u32>().ok();
        let mut k = j;
        let mut items = 0;
        while self.sym_is(k, ",") && self.glued(k) && small(k + 1) && self.bare_alone(k + 1) {
            k += 2;
            items += 1;
        }
        if items == 0 || !(self.word_is(k, "and") || self.word_is(k, "or")) || !small(k + 1) {
            return None;
        }
        (self.bare_alone(k + 1) || value(k + 1) > value(k - 1)).then_some(k + 2)
    }

    /// Skips a list of numbers, joined by commas, "and" or "or", for which `accept` holds.
    fn skip_numbers(&self, mut j: usize, accept: impl Fn(usize) -> bool) -> usize {
        loop {
            let joint = self.sym_is(j, ",") || self.word_is(j, "and") || self.word_is(j, "or");
            if joint && self.is_num(j + 1) && self.gap(j + 1) != Gap::Break && accept(j + 1) {
                j = self.glued_chain(j + 1).0;
            } else {
                return j;
            }
        }
    }

    /// Token `k` is a three-digit group starting with 0 after a plain space ("20 000").
    fn space_group(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.kind == Kind::Num
                && t.gap == Gap::Space
                && t.int_digits == 3
                && t.frac_digits == 0
                && !t.grouped
                && self.s(k).starts_with('0')
        })
    }

    /// Decides from the number itself and its neighbours that it is not a figure. Returns
    /// where to continue.
    fn reject_self(&self, q: &Qty) -> Option<usize> {
        if q.spelled {
            return None;
        }
        let t = self.toks[q.num_tok];
        let s = self.s(q.num_tok);
        let (chain_end, parts) = self.glued_chain(q.num_tok);
        let plain_int = t.is_plain_whole();
        if t.dots >= 2 || t.int_digits > 30 || t.frac_digits > 30 {
            return Some(chain_end);
        }
        // A year with a letter glued on names an edition: "Strait Thunder-2025A", "(2025B)"
        // (not 2,025 billion).
        if plain_int
            && t.int_digits == 4
            && (1900.0..=2100.0).contains(&q.raw())
            && q.cur.is_none()
            && self.glued(q.num_tok + 1)
            && self.is_word(q.num_tok + 1)
            && matches!(self.s(q.num_tok + 1), "A" | "B" | "C" | "D")
        {
            return Some(q.num_tok + 2);
        }
        // Months before their year, as accounts write a period: "9M 2026 output", "6M 2025"
        // (not 9 million).
        if plain_int
            && t.int_digits <= 2
            && (1.0..=12.0).contains(&q.raw())
            && q.cur.is_none()
            && self.glued(q.num_tok + 1)
            && self.s(q.num_tok + 1) == "M"
            && self.gap(q.num_tok + 2) == Gap::Space
            && self.is_num(q.num_tok + 2)
            && self.toks[q.num_tok + 2].is_plain_whole()
            && self.toks[q.num_tok + 2].int_digits == 4
            && (1900.0..=2100.0).contains(&self.numeral_value(q.num_tok + 2))
        {
            return Some(q.num_tok + 3);
        }
        // The years of a plan or a lease by their number, small and bare: "(years 1-3)", "in
        // year 4" ("in recent years 5,000 troops" and "years 2 to 3 million" count).
        if plain_int
            && t.int_digits <= 2
            && q.num_tok >= 1
            && q.bare()
            && self.gap(q.num_tok) == Gap::Space
            && matches!(self.lower(q.num_tok - 1), "year" | "years")
            && !(self.is_word(chain_end)
                && matches!(self.lower(chain_end), "to" | "and" | "or")
                && self.is_num(chain_end + 1))
            && self.noun_after(chain_end, false).is_none()
            && !self.sym_is(chain_end, "%")
            && !(self.is_word(chain_end) && lx::magnitude_spaced(self.s(chain_end)).is_some())
        {
            return Some(chain_end);
        }
        // A flight's number after its airline's code: "Conviasa flight V0 3421", "flight TK
        // 1878".
        if plain_int && q.num_tok >= 2 && self.gap(q.num_tok) == Gap::Space {
            let mut c = q.num_tok - 1;
            if c >= 1 && self.glued(c) {
                c -= 1;
            }
            // (The word `flight` first: most numbers stand after no such word.)
            if c >= 1
                && matches!(self.lower(c - 1), "flight" | "flights")
                && let code = &self.text[self.toks[c].start..self.toks[q.num_tok - 1].end]
                && (2..=3).contains(&code.len())
                && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && code.bytes().any(|b| b.is_ascii_uppercase())
            {
                return Some(q.num_tok + 1);
            }
        }
        // Dimensions: "3-D printers", "a 2-D map" (as "3D-printed", a name).
        if plain_int
            && t.int_digits == 1
            && self.glued_hyphen(q.num_tok + 1)
            && self.s(q.num_tok + 2) == "D"
            && (2.0..=4.0).contains(&q.raw())
        {
            return Some(q.num_tok + 3);
        }
        // An item's number in a list run into the prose: "Three steps follow: (1) register
        // voters, (2) count ballots and (3) publish results" (a count after a plural in
        // brackets, "assassinations (29)", is read).
        if plain_int
            && t.int_digits <= 2
            && q.raw() <= 20.0
            && q.num_tok >= 1
            && self.sym_is(q.num_tok - 1, "(")
            && self.glued(q.num_tok)
            && self.sym_is(q.num_tok + 1, ")")
            && self.glued(q.num_tok + 1)
            && self.is_word(q.num_tok + 2)
            && self.gap(q.num_tok + 2) == Gap::Space
            && (q.num_tok < 2
                || self.sym_is(q.num_tok - 2, ":,;")
                || self.is_word(q.num_tok - 2)
                    && matches!(self.lower(q.num_tok - 2), "and" | "or" | "to" | "then")
                || self.gap(q.num_tok - 1) == Gap::Break)
        {
            return Some(q.num_tok + 2);
        }
        // A chemical's name with a locant: "4-ANPP", "3-MMC", "4-AP" (a digit, a hyphen and
        // capitals that name no unit or currency: "a 5-GW plant" is a measure).
        let h = q.num_tok + 1;
        // (One digit, a hyphen and a word, all glued: a locant's shape.)
        let locant = plain_int && t.int_digits == 1 && self.glued_hyphen(h) && self.is_word(h + 1);
        if locant
            && {
                let w = self.s(h + 1);
                w.len() >= 2
                    && w.bytes().all(|b| b.is_ascii_uppercase())
                    && lx::unit_word(w, true).is_none()
                    && lx::currency_code(w).is_none()
                    // (Nor a vehicle's or a unit's acronym: "4-UAV and 6-UGV units".)
                    && !lx::is_unit_acronym(w)
            }
            // (Not before the noun it qualifies: "a 3-UAV patrol", "6-IFV platoons" count, nor
            // before another count of the same: "3-UAV or 4-UAV teams".)
            // (A verb may follow the chemical: "1,850 kg of 4-AP declared as glaze".)
            && (!self.is_word(h + 2)
                || self.gap(h + 2) == Gap::Break
                || lx::is_stop(self.lower(h + 2))
                || self.lowercase_word_at(h + 2)
                    && (self.lower(h + 2).ends_with("ed") || lx::is_s_verb(self.lower(h + 2))))
            && !(matches!(self.lower(h + 2), "or" | "and" | "to")
                && self.is_num(h + 3)
                && self.sym_is(h + 4, "-")
                && self.s(h + 5) == self.s(h + 1))
            && !(self.glued(h + 2) && self.sym_is(h + 2, "-‐"))
        {
            return Some(h + 2);
        }
        // A chemical's name in lower case with a locant: "4-piperidone", "4-anilinopiperidine"
        // (by the endings of chemical names; "a 4-engine plane", "12-machine" count).
        if locant
            && self.s(h + 1).starts_with(|c: char| c.is_ascii_lowercase())
            && ["idone", "idine", "amine", "anol", "azole", "azine", "ylene", "phenol", "oxide", "ester"]
                .iter()
                .any(|e| self.lower(h + 1).ends_with(e))
        {
            return Some(self.compound_end(h + 1));
        }
        // The inward half of a British postcode: the "6LB" of "London SW1E 6LB" (a digit and two
        // capitals after the outward half, letters and digits glued).
        if plain_int
            && t.int_digits == 1
            && self.glued(h)
            && self.is_word(h)
            && self.s(h).len() == 2
            && self.s(h).bytes().all(|b| b.is_ascii_uppercase())
            // (Not a size of data or power: "the A1 4GB model".)
            && !matches!(self.s(h), "GB" | "TB" | "GW" | "TW")
            && !(self.glued(h + 1) && (self.is_word(h + 1) || self.is_num(h + 1)))
            && self.gap(q.num_tok) == Gap::Space
            && q.num_tok >= 2
            && {
                // The outward half: two to four letters and digits, a letter first, a digit in it.
                let mut k = q.num_tok - 1;
                let mut len = self.s(k).len();
                let mut digit = self.is_num(k);
                while k >= 1 && self.glued(k) && len <= 4 {
                    k -= 1;
                    len += self.s(k).len();
                    digit |= self.is_num(k);
                }
                digit
                    && (2..=4).contains(&len)
                    && self.is_word(k)
                    && self.s(k).bytes().all(|b| b.is_ascii_uppercase())
                    && (k..q.num_tok).all(|j| self.is_num(j) || self.s(j).bytes().all(|b| b.is_ascii_uppercase()))
            }
        {
            return Some(h + 1);
        }
        // A reference code of parts joined by hyphens, capitals among them: "25-RR-TCD-59012",
        // "24-UF-SDN-12345".
        if plain_int
            && self.glued_hyphen(h)
            && self.is_word(h + 1)
            && self.s(h + 1).bytes().all(|b| b.is_ascii_uppercase())
            && self.glued_hyphen(h + 2)
            && (self.is_word(h + 3) || self.is_num(h + 3))
        {
            let mut end = h + 4;
            while self.glued_hyphen(end) && !self.sym_is(end + 1, "-") {
                end += 2;
            }
            return Some(end);
        }
        // A size with a multiplication sign: "a 30×30 cluster design", "a 4×4 vehicle" (as
        // "30x30" is one identifier).
        // With a unit on its last number, that number is read ("a 30×40 m compound" is 40 m).
        if let Some((first, last)) = self.times_chain(q.num_tok) {
            if q.num_tok < last {
                return Some(last);
            }
            // A cartridge names its calibre and case length: "7.62×39 mm", "5.56×45 mm",
            // "9×19 mm" (not a size: "a 600×600 mm panel").
            let (calibre, case) = (self.numeral_value(first), self.numeral_value(last));
            // A rifle or machine-gun calibre written with its decimals, or a pistol's or a
            // cannon's whole calibre with a case length it is made in.
            let cartridge = self.toks[first].frac_digits > 0
                && calibre < 15.0
                && (18.0..=130.0).contains(&case)
                && case > 2.0 * calibre
                || matches!(
                    (calibre as u32, case as u32),
                    (9, 17..=23)
                        | (20, 102 | 139)
                        | (23, 152)
                        | (25, 137)
                        | (30, 113 | 165 | 173)
                        | (35, 228)
                        | (40, 46 | 53)
                ) && calibre.fract() == 0.0;
            if q.unit == Some("mm") && first + 2 == last && cartridge {
                return Some(q.last);
            }
            if q.unit.is_none() {
                return self.times_size(q.num_tok);
            }
        }
        // A position in degrees and minutes: "12°35'N 043°25'E", "12° 35′ N".
        if let Some(end) = self.degrees_minutes(q.num_tok) {
            return Some(end);
        }
        // A span of military time: "from 2200 to 0600", "2300-0500", "from 0800 to 1600",
        // "between 0800 and 1600": four digits each, one with a leading zero, both clock times.
        let clock_digits = |k: usize| {
            let t = self.toks[k];
            t.is_plain_whole()
                && t.int_digits == 4
                && self.s(k).parse::<u32>().is_ok_and(|v| v < 2400 && v % 100 < 60)
        };
        let clock_joiner = |k: usize| {
            matches!(self.lower(k), "to" | "until" | "till")
                || self.sym_is(k, "-–")
                || self.word_is(k, "and") && q.first > 0 && self.word_is(q.first - 1, "between")
        };
        if q.bare() && clock_digits(q.num_tok) {
            let k = q.last;
            if clock_joiner(k)
                && self.is_num(k + 1)
                && clock_digits(k + 1)
                && (s.starts_with('0') || self.s(k + 1).starts_with('0'))
            {
                // (Not a phone number's groups, a third glued on: "0800-2255-6627".)
                let third =
                    self.sym_is(k + 2, "-") && self.glued(k + 2) && self.is_num(k + 3) && self.glued(k + 3);
                return Some(if third { self.glued_chain(k + 1).0 } else { k + 2 });
            }
        }
        // A group of a phone number: digits apart, no decimals or separators; one digit only
        // after an international prefix and before another group ("0032 2 555 01 88"; "By 0800
        // 1 500 families" is a time and 1,500).
        let international = s.starts_with("00");
        let phone_group = |k: usize| {
            self.is_num(k)
                && self.gap(k) == Gap::Space
                && self.toks[k].frac_digits == 0
                && (!self.toks[k].grouped || self.s(k).contains(' '))
                && (self.toks[k].int_digits >= 2
                    || international
                        && self.is_num(k + 1)
                        && self.gap(k + 1) == Gap::Space
                        && self.toks[k + 1].int_digits >= 2
                    // (Or right after a trunk code of three digits, before two groups of three
                    // or more: "(011 2 354 354)".)
                    || k == chain_end
                        && t.int_digits == 3
                        && s.starts_with('0')
                        && (k + 1..k + 3).all(|g| {
                            self.is_num(g) && self.gap(g) == Gap::Space && self.toks[g].int_digits >= 3
                        }))
        };
        // (Also after a lone zero before two more groups: "0 800 555 019".)
        let lone_zero = plain_int
            && s == "0"
            && phone_group(chain_end)
            && self.toks[chain_end].int_digits >= 2
            && phone_group(chain_end + 1);
        // A one-digit extension after a phone number's groups, then nothing a count could go
        // on with: "0228 99 9582 1 for details" (not "+44 20 7946 0958 2 hours before", nor a
        // frequency, "0800 123 456 3 times a day"; after a number with a leading zero not before
        // `and` or `or`: "0228 99 9582 1 or 2" lists options).
        let digit =
            |k: usize| self.is_num(k) && self.toks[k].is_plain_whole() && self.toks[k].int_digits == 1;
        let extension = |k: usize, listed: bool| {
            digit(k)
                && self.gap(k) == Gap::Space
                && (self.tok(k + 1).is_none_or(|t| t.kind == Kind::Sym || self.gap(k + 1) == Gap::Break)
                    || self.is_word(k + 1)
                        && lx::is_stop(self.lower(k + 1))
                        && self.lower(k + 1) != "times"
                        && !(listed && matches!(self.lower(k + 1), "or" | "and")))
        };
        if plain_int && (t.int_digits >= 2 && s.starts_with('0') || lone_zero) {
            // A phone number goes on in groups of digits: "0800 123 456", "020 7946 0958".
            let mut end = chain_end;
            let mut groups = 1;
            while phone_group(end) {
                end = self.glued_chain(end).0;
                groups += 1;
            }
            if groups >= 3 && extension(end, true) {
                end += 1;
            }
            return Some(end);
        }
        // The groups after a toll-free prefix, which reads as a year: "(1800 276 232)", "0800
        // 123 456".
        if plain_int
            && t.int_digits == 3
            && q.last == q.num_tok + 1
            && q.num_tok >= 1
            && self.gap(q.num_tok) == Gap::Space
            && matches!(self.s(q.num_tok - 1), "1800" | "1300" | "1900" | "0800" | "0808" | "0900")
            && self.is_num(q.num_tok + 1)
            && self.gap(q.num_tok + 1) == Gap::Space
            && self.toks[q.num_tok + 1].is_plain_whole()
            && (3..=4).contains(&self.toks[q.num_tok + 1].int_digits)
        {
            return Some(q.num_tok + 2);
        }
        // A number written in four or more groups apart, two of them of two digits: "800 00 15
        // 15", "33 889 12 34" (a phone number without its prefix).
        if plain_int && t.int_digits <= 4 && q.last == q.num_tok + 1 {
            // (Or an area code and seven or eight digits in one group, which no count writes
            // ungrouped: "607 5784949".)
            if (2..=4).contains(&t.int_digits)
                && self.is_num(q.num_tok + 1)
                && self.gap(q.num_tok + 1) == Gap::Space
                && {
                    let next = self.toks[q.num_tok + 1];
                    next.is_plain_whole() && !next.grouped && (7..=8).contains(&next.int_digits)
                }
            {
                return Some(q.num_tok + 2);
            }
            // (Or a country code of three digits and eight in two groups of four joined by a
            // hyphen: "507 6677-2300", which no range of four digits falling writes.)
            if t.int_digits == 3
                && self.is_num(q.num_tok + 1)
                && self.gap(q.num_tok + 1) == Gap::Space
                && self.toks[q.num_tok + 1].is_plain_whole()
                && self.toks[q.num_tok + 1].int_digits == 4
                && self.glued_hyphen(q.num_tok + 2)
                && self.is_num(q.num_tok + 3)
                && self.toks[q.num_tok + 3].is_plain_whole()
                && self.toks[q.num_tok + 3].int_digits == 4
                && self.noun_after(q.num_tok + 4, false).is_none()
            {
                return Some(q.num_tok + 4);
            }
            // (Also joined to them by a hyphen: "the emergency line (607-5710000)", which no
            // range writes.)
            if (2..=4).contains(&t.int_digits)
                && self.sym_is(q.num_tok + 1, "-")
                && self.glued(q.num_tok + 1)
                && self.is_num(q.num_tok + 2)
                && self.glued(q.num_tok + 2)
                && {
                    let next = self.toks[q.num_tok + 2];
                    next.is_plain_whole() && !next.grouped && (7..=8).contains(&next.int_digits)
                }
                && !(self.gap(q.num_tok + 3) == Gap::Space && self.plural_at(q.num_tok + 3))
            {
                return Some(q.num_tok + 3);
            }
            let group = |k: usize| {
                self.is_num(k)
                    && self.gap(k) == Gap::Space
                    && self.toks[k].is_plain_whole()
                    && (2..=4).contains(&self.toks[k].int_digits)
                    && !(self.is_word(k + 1) && self.glued(k + 1))
            };
            let mut end = q.num_tok + 1;
            while group(end) {
                end += 1;
            }
            let pairs = || (q.num_tok..end).filter(|&k| self.toks[k].int_digits == 2).count();
            // (Or an area code and two groups of three or four digits then four, which no
            // thousands take: "55 5346 0000", "11 3456 7890", "800 715 2000".)
            let fours = t.int_digits <= 3
                && end >= q.num_tok + 3
                && (3..=4).contains(&self.toks[q.num_tok + 1].int_digits)
                && self.toks[q.num_tok + 2].int_digits == 4
                // (Not before a plural the last counts: "It housed 12 155 1000 people".)
                && !self.plural_at(q.num_tok + 3);
            if fours {
                return Some(q.num_tok + 3);
            }
            // (Or a trunk digit before groups of three, three and four, as Russia and Kazakhstan
            // write theirs: "8 800 080 4545".)
            if t.int_digits == 1
                && end >= q.num_tok + 4
                && self.toks[q.num_tok + 1].int_digits == 3
                && self.toks[q.num_tok + 2].int_digits == 3
                && self.toks[q.num_tok + 3].int_digits == 4
            {
                return Some(q.num_tok + 4);
            }
            if end - q.num_tok >= 4 && pairs() >= 2 {
                // (With an extension of one digit, apart or after a hyphen: "+49 228 99 9582
                // 0", "99 9582-0".)
                if extension(end, false) {
                    return Some(end + 1);
                }
                if self.glued_hyphen(end) && digit(end + 1) {
                    return Some(end + 2);
                }
                return Some(end);
            }
            // (Or three groups of two or three, three and four digits: "84 500 1234", "601 287
            // 4500", with no noun or unit after.)
            let digits = |k: usize| self.toks[k].int_digits;
            if end - q.num_tok == 3
                && (2..=3).contains(&digits(q.num_tok))
                && digits(q.num_tok + 1) == 3
                && digits(q.num_tok + 2) == 4
                && !(1900.0..=2100.0).contains(&self.numeral_value(q.num_tok + 2))
                && !(self.is_word(end)
                    && self.gap(end) == Gap::Space
                    && (self.plural_at(end) || lx::unit_word(self.s(end), false).is_some()))
            {
                return Some(end);
            }
        }
        // "(202) 555-0143", "(21) 2253-1177": an area code in brackets, then digits joined by a
        // hyphen.
        let last = q.last;
        if plain_int
            && (2..=4).contains(&t.int_digits)
            && q.first == q.num_tok
            && q.first > 0
            && self.sym_is(q.first - 1, "(")
            && self.sym_is(last, ")")
            && self.glued(last)
            && self.is_num(last + 1)
            && (3..=5).contains(&self.toks[last + 1].int_digits)
            && self.toks[last + 1].is_plain_whole()
            && self.sym_is(last + 2, "-")
            && self.glued(last + 2)
            && self.is_num(last + 3)
            && self.glued(last + 3)
            && self.toks[last + 3].int_digits == 4
            // (Not a year's or an item's range: "(2024) 1500-2000 households", "(12) 3000-4000
            // families".)
            && !self.is_year_numeral(q.num_tok)
            && self.noun_after(last + 4, false).is_none()
            && self.unit_at(last + 4, false).is_none()
            // (Round hundreds are a range: "(13) 5000-7000 were not".)
            && !(self.numeral_value(last + 1) % 100.0 == 0.0 && self.numeral_value(last + 3) % 100.0 == 0.0)
        {
            return Some(last + 4);
        }
        if plain_int && t.int_digits >= 9 && q.cur.is_none() {
            return Some(chain_end);
        }
        // Dates, phone numbers, identifiers: three or more numbers glued by - / . :
        if parts >= 3 {
            return Some(chain_end);
        }
        // (A rate over its denominator is the rate, as `per` writes it: "4.1/10,000/day",
        // "12.3/100,000"; the denominator is no figure.)
        // (Not a scale, odds or a fraction: "1/1,000 scale", "a 1/10,000 chance", "3/10,000 of
        // the grain".)
        let denominator = self.sym_is(q.num_tok + 1, "/")
            && self.tok(q.num_tok + 2).is_some_and(|t| t.grouped)
            && matches!(self.s(q.num_tok + 2), "1,000" | "10,000" | "100,000" | "1,000,000")
            // (One over it only as a rate in time: "a threshold of 1/10,000/day"; not
            // "1/10,000/scale maps", "a 1/10,000/yr probability".)
            && (self.s(q.num_tok) != "1"
                || self.sym_is(q.num_tok + 3, "/")
                    && self.is_word(q.num_tok + 4)
                    && is_span_of_time(self.lower(q.num_tok + 4))
                    && !(self.lowercase_word_at(q.num_tok + 5)
                        && self.gap(q.num_tok + 5) == Gap::Space
                        && !lx::is_stop(self.lower(q.num_tok + 5))))
            && self.phrase_ends(q.num_tok + 3)
            && (!self.word_is(q.num_tok + 3, "of") || self.gap(q.num_tok + 3) == Gap::Break);
        if parts == 2 && self.sym_is(q.num_tok + 1, "/:.") && !denominator {
            return Some(chain_end);
        }
        // A group starting with 0 after more than one space or a line break ("20  000"): the
        // lexer reads one plain space as grouping, and this is too loose to be sure of; neither
        // part is read.
        if plain_int && t.int_digits <= 3 && q.bare() && self.space_group(q.last) {
            let mut end = q.last;
            while self.space_group(end) {
                end += 1;
            }
            return Some(end);
        }
        // A span of clock times written with a dot: "between 18.00 and 06.00", "from 13.00 to
        // 15.30 local time". Both are times when one has a leading zero or a time zone, `local`
        // or `hrs` follows the second.
        if self.dotted_clock(q.num_tok) && q.bare() {
            let k = q.last;
            let joined = matches!(self.lower(k), "to" | "until" | "till")
                || self.sym_is(k, "-–")
                || self.word_is(k, "and") && q.first > 0 && self.word_is(q.first - 1, "between");
            let glued_after =
                self.glued(k + 2) && (self.is_word(k + 2) || self.is_num(k + 2) || self.sym_is(k + 2, "%"));
            // ("between 12.00 and 09.50 per cent": values with a unit.)
            if joined
                && self.is_num(k + 1)
                && self.dotted_clock(k + 1)
                && !glued_after
                && self.quantity(k + 1, k).is_some_and(|q2| q2.bare())
            {
                let zero = |k: usize| self.toks[k].int_digits == 2 && self.s(k).starts_with('0');
                if let Some(end) = self.clock_zone(k + 2) {
                    return Some(end);
                }
                if zero(q.num_tok) || zero(k + 1) {
                    return Some(k + 2);
                }
            }
        }
        // A title of a code of law and its section: "31 CFR 1010", "18 U.S.C. 2339B", "88 FR
        // 1234". Neither number is a figure.
        if plain_int
            && self.is_word(q.last)
            && matches!(self.s(q.last).as_bytes(), [b'c' | b'C' | b'u' | b'U' | b'F', ..] if self.s(q.last).len() <= 3)
            && q.bare()
            && self.gap(q.last) == Gap::Space
        {
            let mut k = q.last;
            if self.word_is(k, "cfr") || self.word_is(k, "usc") || self.s(k) == "FR" {
                k += 1;
            } else if self.word_is(k, "u")
                && [".", "s", ".", "c", "."].iter().enumerate().all(|(n, w)| {
                    self.glued(k + 1 + n)
                        && (if n % 2 == 0 { self.sym_is(k + 1 + n, w) } else { self.word_is(k + 1 + n, w) })
                })
            {
                k += 6;
            }
            // The section sign: "18 U.S.C. § 2339B", "31 CFR §§ 1010.100".
            if k > q.last && self.sym_is(k, "§") && self.gap(k) == Gap::Space {
                k += 1;
                if self.sym_is(k, "§") && self.glued(k) {
                    k += 1;
                }
            }
            if k > q.last && self.is_num(k) && self.gap(k) == Gap::Space {
                let end = self.glued_chain(k).0;
                // (Also a span of parts: "22 CFR 120–130".)
                if self.sym_is(end, "-–") && self.glued(end) && self.glued(end + 1) && self.is_num(end + 1)
                {
                    return Some(self.glued_chain(end + 1).0);
                }
                return Some(end);
            }
        }
        // Ordinals, decades, "10am", "3D", "24703m212": a word or number glued after (but hours
        // abbreviated: "72h").
        let after = q.last;
        if let Some(a) = self.tok(after)
            && a.gap == Gap::Glued
        {
            if a.kind == Kind::Word || a.kind == Kind::Num {
                return Some(after + 1);
            }
            if self.sym_is(after, "'’") && self.glued(after + 1) && self.word_is(after + 1, "s") {
                return Some(after + 2);
            }
        }
        None
    }

    /// One past a position in degrees and minutes whose degrees are the number at `k`
    /// ("12°35'N", "12° 35′ 20″ N"): a number, `°`, a number and a minute sign, then more
    /// numbers with `′`/`″` signs and a compass letter.
    fn degrees_minutes(&self, k: usize) -> Option<usize> {
        let minute = |j: usize| self.is_num(j) && self.sym_is(j + 1, "'′") && self.glued(j + 1);
        if !(self.sym_is(k + 1, "°") && self.glued(k + 1) && minute(k + 2) && self.gap(k + 2) != Gap::Break)
        {
            return None;
        }
        let mut end = k + 4;
        // Seconds, then a compass letter.
        if self.is_num(end) && self.sym_is(end + 1, "\"″") && self.gap(end) != Gap::Break {
            end += 2;
            if self.sym_is(end, "'′") && self.glued(end) {
                end += 1;
            }
        }
        if self.is_word(end) && matches!(self.s(end), "N" | "S" | "E" | "W") && self.gap(end) != Gap::Break {
            end += 1;
        }
        Some(end)
    }

    /// A debt instrument named by its term, one past the term: "the 91-day Treasury bill
    /// rate", "the 10-year bond yield", "a 364-day bill", "5-year sovereign notes", also
    /// opening a table cell (`| 91-day Treasury bill |`). ("30-day notes" may be notices.)
    fn debt_term(&self, q: &Qty) -> Option<usize> {
        let h = q.num_tok + 1;
        let instrument = |k: usize, qualified: bool| {
            matches!(
                self.lower(k),
                "bill"
                    | "bills"
                    | "bond"
                    | "bonds"
                    | "yield"
                    | "yields"
                    | "treasury"
                    | "treasuries"
                    | "gilt"
                    | "gilts"
                    | "bund"
                    | "bunds"
                    | "eurobond"
                    | "eurobonds"
                    | "tenor"
                    | "maturity"
                    | "t-bill"
                    | "t-bills"
                    | "cds"
                    | "swap"
                    | "swaps"
            ) || qualified && matches!(self.lower(k), "note" | "notes" | "paper")
                // Sovereign bonds by their acronyms: "the 10-year OFZ", "the 10-year JGB",
                // "the 10-year BTP".
                || matches!(self.s(k), "OFZ" | "OFZs" | "JGB" | "JGBs" | "BTP" | "BTPs" | "OAT" | "OATs")
        };
        // A qualifier or two in lower case before the instrument: "an 11-year amortising
        // Eurobond", "7-year local-currency bonds" (not "10-year olds").
        let qualified_instrument = |k: usize| {
            let mut k = k;
            for _ in 0..2 {
                if !self.lowercase_word_at(k) || lx::is_stop(self.lower(k)) {
                    return false;
                }
                let e = self.compound_end(k);
                if self.gap(e) != Gap::Space {
                    return false;
                }
                if instrument(e, true) {
                    return true;
                }
                k = e;
            }
            false
        };
        let named = self.toks[q.num_tok].is_plain_whole()
            && q.bare()
            && q.first == q.num_tok
            && self.glued_hyphen(h)
            && matches!(self.lower(h + 1), "year" | "yr" | "month" | "week" | "day")
            && self.gap(h + 2) == Gap::Space
            && (instrument(h + 2, false)
                || matches!(self.lower(h + 2), "government" | "sovereign" | "treasury" | "benchmark")
                    && instrument(h + 3, true)
                || qualified_instrument(h + 2));
        named.then_some(h + 2)
    }

    /// One past a phone number whose area code stands in brackets at token `open`: "(02)
    /// 2311-6117", "(021) 2253-1177", "(02) 2311 6117"; without a trunk zero only in groups of
    /// three or four digits and four, "(55) 265 1400"; after one also two groups of three, "(044)
    /// 481 220", or one group of six to eight digits, "(084) 234567". Not a range of round
    /// hundreds or of a noun ("(05) 3000-4000 families").
    fn bracketed_phone(&self, open: usize) -> Option<usize> {
        let code = open + 1;
        let digits = |k: usize, d: std::ops::RangeInclusive<u16>| {
            self.is_num(k) && self.toks[k].is_plain_whole() && d.contains(&self.toks[k].int_digits)
        };
        if !(self.sym_is(open, "(")
            && self.glued(code)
            && digits(code, 2..=4)
            && self.sym_is(code + 1, ")")
            && self.glued(code + 1))
        {
            return None;
        }
        let trunk = self.s(code).starts_with('0');
        let first = code + 2;
        // (After a trunk zero, the subscriber's six to eight digits in one group, which no count
        // writes ungrouped: "(084) 234567".)
        if trunk
            && self.gap(first) == Gap::Space
            && digits(first, 6..=8)
            && !self.toks[first].grouped
            && self.noun_after(first + 1, false).is_none()
        {
            return Some(first + 1);
        }
        if !(self.gap(first) == Gap::Space && digits(first, if trunk { 3..=5 } else { 3..=4 })) {
            return None;
        }
        let end = if self.glued_hyphen(first + 1) && digits(first + 2, 4..=4) {
            first + 3
        } else if self.gap(first + 1) == Gap::Space && digits(first + 1, if trunk { 3..=4 } else { 4..=4 }) {
            // (After a trunk zero also two groups of three: "(044) 481 220".)
            first + 2
        } else {
            return None;
        };
        let round = self.numeral_value(first) % 100.0 == 0.0 && self.numeral_value(end - 1) % 100.0 == 0.0;
        (!round && self.noun_after(end, false).is_none() && self.unit_at(end, false).is_none()).then_some(end)
    }

    /// Checks what stands before the quantity: identifiers ("COVID-19", "MH17"), labels
    /// ("Article 4"), names ("Boeing 737"), dates ("Feb. 13"), formulas, phone numbers.
    fn reject_before(&self, q: &Qty, floor: usize) -> Option<usize> {
        if q.spelled {
            return None;
        }
        if let Some(end) = self.debt_term(q) {
            return Some(end);
        }
        let t = self.toks[q.num_tok];
        let plain_int = t.is_plain_whole();
        let (chain_end, _) = self.glued_chain(q.num_tok);
        let skip = chain_end.max(q.last);
        let first = q.first;
        let glued = self.glued(first);
        if first == 0 {
            return self.reject_marker(q);
        }
        let p = first - 1;
        // A local phone number of three or four digits and four joined by a hyphen, after a
        // word of calling or in brackets: "at the board on 322-2150", "(tel. 7764-1290)" (no
        // range of four digits is written so before no unit or noun).
        if plain_int
            && q.bare()
            && !t.grouped
            && (3..=4).contains(&t.int_digits)
            && q.last == q.num_tok + 1
            && self.glued_hyphen(q.last)
            && self.is_num(q.last + 1)
            && self.toks[q.last + 1].is_plain_whole()
            && !self.toks[q.last + 1].grouped
            && self.toks[q.last + 1].int_digits == 4
            && !(self.glued(q.last + 2) && (self.sym_is(q.last + 2, "-") || self.is_num(q.last + 2)))
            && (self.sym_is(p, "(")
                || self.sym_is(p, ".") && p >= 1 && self.word_is(p - 1, "tel")
                || self.is_word(p)
                    && matches!(self.lower(p), "tel" | "call" | "called" | "calling" | "phone" | "fax" | "dial" | "ring")
                // (After `at` or `on` only where the sentence speaks of reaching someone: "Queries
                // can be directed to the board at 322-2150"; "rose at 1200-1500" is a range.)
                || self.is_word(p)
                    && matches!(self.lower(p), "at" | "on")
                    && (p.saturating_sub(12)..p).any(|k| {
                        self.is_word(k)
                            && matches!(
                                self.lower(k),
                                "reached" | "contact" | "contacted" | "queries" | "enquiries" | "inquiries"
                                    | "call" | "calls" | "called" | "phone" | "telephone" | "hotline"
                                    | "helpline" | "directed"
                            )
                    }))
            && self.noun_after(q.last + 2, false).is_none()
            && self.unit_at(q.last + 2, false).is_none()
        {
            return Some(q.last + 2);
        }
        // A short number listed after a phone number: "+252 61 555 0134 and 3040, received".
        if plain_int
            && q.bare()
            && (3..=5).contains(&t.int_digits)
            && q.last == q.num_tok + 1
            && (self.word_is(p, "and") || self.word_is(p, "or"))
            && self.tok(q.last).is_none_or(|n| n.kind == Kind::Sym && matches!(n.ch, ',' | ')' | '.' | ';'))
            && p >= 3
            && (p.saturating_sub(7)..p - 1).any(|k| {
                self.sym_is(k, "+")
                    && self.is_num(k + 1)
                    && self.glued(k + 1)
                    && (k + 1..p).all(|g| self.is_num(g) && self.toks[g].is_plain_whole())
                    && p - (k + 1) >= 3
            })
        {
            return Some(skip);
        }
        // A year after a comparative of time: "claims older than 2020", "vessels built later
        // than 1990" ("children older than 5" is a bound).
        if plain_int
            && q.bare()
            && t.int_digits == 4
            && !t.grouped
            && (1800.0..=2100.0).contains(&q.raw())
            && self.word_is(p, "than")
            && p >= 1
            && matches!(self.lower(p - 1), "older" | "newer" | "earlier" | "later" | "younger")
        {
            return Some(skip);
        }
        // A number joined to an identifier by underscores: "Decision V_1472_2026".
        if glued && self.sym_is(p, "_") || self.sym_is(q.num_tok + 1, "_") && self.glued(q.num_tok + 1) {
            let mut end = q.num_tok + 1;
            while self.sym_is(end, "_") && self.glued(end) && self.glued(end + 1) {
                end += 2;
            }
            return Some(end);
        }
        // The top of a score's scale: "a score of at least 70 out of 100", "rated 3 out of 10".
        if plain_int
            && first == q.num_tok
            && q.bare()
            && matches!(t.int_digits, 1..=3)
            && p >= 2
            && self.word_is(p, "of")
            && self.word_is(p - 1, "out")
            && self.is_num(p - 2)
            && (p.saturating_sub(8)..p - 2).any(|k| {
                self.is_word(k)
                    && matches!(
                        self.lower(k),
                        "score"
                            | "scores"
                            | "scored"
                            | "scoring"
                            | "rated"
                            | "rating"
                            | "ratings"
                            | "rates"
                            | "rate"
                            | "graded"
                            | "index"
                            | "scale"
                    )
            })
            && !(self.is_word(q.num_tok + 1)
                && self.gap(q.num_tok + 1) == Gap::Space
                && self.plural_at(q.num_tok + 1))
        {
            return Some(q.num_tok + 1);
        }
        // A country's dialling code: "numbers with +58 prefixes", "the +234 code".
        if plain_int
            && first == q.num_tok
            && t.int_digits <= 3
            && self.sym_is(p, "+")
            && glued
            && self.gap(p) != Gap::Glued
            && self.is_word(q.num_tok + 1)
            && matches!(
                self.lower(q.num_tok + 1),
                "prefix" | "prefixes" | "code" | "codes" | "dialling" | "dialing" | "numbers" | "number"
            )
        {
            return Some(q.num_tok + 2);
        }
        // A number in quotation marks names something: a brand's `"999"` logo, the `"777"`
        // gang.
        if plain_int
            && first == q.num_tok
            && q.bare()
            && self.sym_is(p, "\"“")
            && self.glued(first)
            && self.sym_is(q.num_tok + 1, "\"”")
            && self.glued(q.num_tok + 1)
        {
            return Some(q.num_tok + 2);
        }
        // A phone number after an area code in brackets: "(02) 2311-6117", "(55) 265 1400"
        // (also the area code itself, which is no number read).
        if plain_int
            && first == q.num_tok
            && let Some(open) = if self.sym_is(p, "(") { Some(p) } else { p.checked_sub(2) }
            && let Some(end) = self.bracketed_phone(open)
        {
            return Some(end);
        }
        // An EU document's number after its series and year: "COM(2025) 101", "SWD(2024) 55".
        if plain_int
            && p >= 3
            && self.sym_is(p, ")")
            && self.is_num(p - 1)
            && self.is_year_numeral(p - 1)
            && self.sym_is(p - 2, "(")
            && self.glued(p - 1)
            && self.glued(p)
            && self.is_word(p - 3)
            && self.s(p - 3).len() >= 2
            && self.s(p - 3).bytes().all(|b| b.is_ascii_uppercase())
        {
            return Some(skip);
        }
        // A year of an era written with initials before it: "B.E. 2551" (the Buddhist era, as
        // "BE 2551" is), "A.D. 1453", "A.H. 1446".
        if plain_int
            && p >= 3
            && self.sym_is(p, ".")
            && self.sym_is(p - 2, ".")
            && self.glued(p)
            && self.glued(p - 1)
            && self.glued(p - 2)
            && matches!(
                (self.s(p - 3), self.s(p - 1)),
                ("B", "E") | ("A", "D") | ("A", "H") | ("B", "S") | ("C", "E")
            )
        {
            return Some(skip);
        }
        // A year written short after an apostrophe that opens a word: "August '25", "In '25
        // cases rose", "winter '24-'25" (not "Q3'24", read with its quarter).
        if plain_int
            && t.int_digits == 2
            && glued
            && self.sym_is(p, "'’")
            && self.gap(p) != Gap::Glued
            // (After a month, a season or a preposition of time: "said '40 people died'" quotes.)
            && p >= 1
            && (self.sym_is(p - 1, ".") && p >= 2 && lx::is_month(self.s(p - 2))
                || self.month_at(p - 1)
                || self.is_word(p - 1)
                    && matches!(
                    self.lower(p - 1),
                    "since" | "until" | "winter" | "summer" | "spring" | "autumn" | "fall" | "class" | "early" | "late" | "mid"
                ))
        {
            let mut end = skip;
            if self.sym_is(end, "-–/") && self.sym_is(end + 1, "'’") && self.is_num(end + 2) {
                end += 3;
            }
            return Some(end);
        }
        // The interval after `CI`: "(CI 25–35)", "[95% CI 68–76]" (no label and its number).
        if self.interval_label(first).is_some() {
            return None;
        }
        // The minutes of a duration in hours ("2h 30m") are no metres.
        if q.unit == Some("m")
            && self.gap(first) == Gap::Space
            && self.glued_hours(p)
            && t.int_digits <= 2
            && q.value() < 60.0
        {
            return Some(q.last);
        }
        // Hours glued to a number that tell the time: "at 18h", "from 22h to 5h", "3h ago",
        // "9h UTC", "open 24h/7", "40h/week".
        if q.num_tok + 1 < q.last && self.glued_hours(q.num_tok + 1) {
            let h = q.num_tok + 1;
            // (Also a time counted from an event: "T+72h", "H+48h".)
            let clock_before = self.is_word(p)
                && matches!(self.lower(p), "at" | "à" | "from" | "until" | "till" | "by" | "seat" | "de")
                || self.sym_is(p, "+")
                    && glued
                    && p > 0
                    && self.glued(p)
                    && self.is_word(p - 1)
                    && self.s(p - 1).len() == 1;
            let after = h + 1;
            let clock_after = self.sym_is(after, "/") && self.glued(after)
                || self.is_word(after)
                    && (matches!(self.lower(after), "ago" | "local" | "du" | "le") || is_zone(self.s(after)));
            if clock_before || clock_after {
                let mut end = q.last;
                // The other end of a span of clock times: "from 22h to 5h".
                if (self.word_is(end, "to") || self.sym_is(end, "-–"))
                    && self.is_num(end + 1)
                    && self.glued_hours(end + 2)
                {
                    end += 3;
                }
                return Some(end);
            }
        }
        let before = if self.is_word(p) { self.lower(p) } else { "" };
        // The number of an estimative report's judgement, finding or scenario, named with a
        // capital: "Key Judgement 1.", "Scenario 3 is the worst case" ("In this scenario 300
        // people die" counts people).
        if plain_int
            && q.bare()
            && (self.s(p).starts_with(|c: char| c.is_ascii_uppercase()) || p > 0 && self.s(p - 1) == "Key")
            && matches!(before, "judgement" | "judgment" | "scenario" | "finding" | "recommendation")
            && self.noun_after(q.last, q.raw() == 1.0).is_none_or(|n| !n.plural)
        {
            return Some(q.last);
        }
        // Numbered recommendations, findings or scenarios listed: "it accepts recommendations 1
        // and 3", "scenarios 2 to 4" (but "findings 3 and 4 people" count people).
        if plain_int
            && q.bare()
            && matches!(before, "recommendations" | "findings" | "scenarios" | "judgements" | "judgments")
            && let Some(end) = self.numbers_listed(q, skip)
        {
            return Some(end);
        }
        // A service's number in brackets after `number`: "the hotline (number 178)".
        if plain_int
            && first == q.num_tok
            && p >= 1
            && self.word_is(p, "number")
            && self.sym_is(p - 1, "(")
            && self.sym_is(q.last, ")")
        {
            return Some(q.last + 1);
        }
        // A step after a letter and a plus sign: a process `N+2`, a day `D+3` (a time after an
        // event with its unit is read above: "T+72h").
        if plain_int
            && first == q.num_tok
            && q.bare()
            && glued
            && p >= 1
            && self.sym_is(p, "+")
            && self.glued(p)
            && self.is_word(p - 1)
            && self.s(p - 1).len() == 1
            && self.s(p - 1).bytes().all(|b| b.is_ascii_uppercase())
        {
            return Some(q.last);
        }
        // A label's number after the body that issued it: "Resolution WHA 77.1", "Decision
        // EB 154.3".
        if first == q.num_tok
            && q.bare()
            && p >= 1
            && self.is_word(p)
            && (2..=5).contains(&self.s(p).len())
            && self.s(p).bytes().all(|b| b.is_ascii_uppercase())
            && self.is_word(p - 1)
            && self.s(p - 1).starts_with(|c: char| c.is_ascii_uppercase())
            && matches!(self.lower(p - 1), "resolution" | "decision" | "regulation" | "directive" | "article")
            && !self.plural_at(q.last)
        {
            return Some(q.last);
        }
        // A house number after a street's name, as Latin America and southern Europe write it:
        // "Av. Corrientes 1234", "Rua Augusta 274", "Calle Mayor 12".
        if plain_int && q.bare() && first == q.num_tok && p >= 1 {
            // (Also after a comma, as Brazil writes it: "Rua Capitão Ene Garcez, 1696".)
            let mut k = if self.sym_is(p, ",") && p >= 2 { p - 1 } else { p };
            let mut names = 0;
            while names < 3 && self.is_word(k) && self.s(k).starts_with(|c: char| c.is_uppercase()) && k >= 1
            {
                k -= 1;
                names += 1;
            }
            if self.sym_is(k, ".") && k >= 1 {
                k -= 1;
            }
            if names >= 1
                && self.is_word(k)
                && matches!(
                    self.lower(k),
                    "av" | "avenida"
                        | "avda"
                        | "calle"
                        | "rua"
                        | "rue"
                        | "via"
                        | "viale"
                        | "paseo"
                        | "jirón"
                        | "jr"
                        | "ul"
                        | "ulica"
                )
                // (Polish writes its street's word in lower case: "ul. Mechaników 9".)
                && (self.s(k).starts_with(|c: char| c.is_uppercase()) || matches!(self.s(k), "ul" | "ulica"))
                && !(self.gap(q.last) == Gap::Space && self.plural_at(q.last))
            {
                return Some(q.last);
            }
        }
        // A house number before a street named as the Low Countries and Germany write them, in
        // one word: "15 Kattendijkdok-Westkaai", "12 Damrak-straat", "4 Hauptstraße".
        if plain_int
            && q.bare()
            && q.last == q.num_tok + 1
            && self.gap(q.last) == Gap::Space
            && self.is_word(q.last)
        {
            let end = self.compound_end(q.last);
            let name = self.lower(end - 1);
            if self.s(q.last).starts_with(|c: char| c.is_uppercase())
                && (STREET_SUFFIXES
                    .iter()
                    .chain(&["dijk", "ring", "path", "marg"])
                    .any(|s| name.ends_with(s) && name.len() > s.len() + 2)
                    // (Or a street's word before its name, as Greece and France write it: "12
                    // Akti Miaouli", "5 Rue de Rivoli".)
                    || matches!(
                        self.s(q.last),
                        "Akti" | "Odos" | "Leoforos" | "Rue" | "Boulevard" | "Plateia" | "Via" | "Viale" | "Corso" | "Piazza"
                    )
                        && self.is_word(q.last + 1)
                        && self.s(q.last + 1).starts_with(|c: char| c.is_uppercase() || c == 'd'))
            {
                return Some(end);
            }
        }
        // A house number after a street named in one word, as Scandinavia, Germany and the Low
        // Countries write it: "Drammensveien 74", "Storgata 12", "Hauptstraße 4" (not before a
        // plural it counts).
        if plain_int
            && q.bare()
            && first == q.num_tok
            && t.int_digits <= 4
            && self.is_word(p)
            && self.s(p).starts_with(|c: char| c.is_uppercase())
            && {
                let name = self.lower(p);
                STREET_SUFFIXES.iter().any(|s| name.ends_with(s) && name.len() > s.len() + 2)
            }
            && !(self.gap(q.last) == Gap::Space && self.plural_at(q.last))
        {
            return Some(q.last);
        }
        // The second group of a postcode written in two, after a city: "Piraeus 185 38".
        if plain_int
            && q.bare()
            && t.int_digits == 2
            && q.num_tok >= 2
            && first == q.num_tok
            && self.is_num(q.num_tok - 1)
            && self.gap(q.num_tok) == Gap::Space
            && self.toks[q.num_tok - 1].int_digits == 3
            && self.toks[q.num_tok - 1].is_plain_whole()
            && self.is_word(q.num_tok - 2)
            && self.s(q.num_tok - 2).starts_with(|c: char| c.is_uppercase())
            && self.tok(q.last).is_none_or(|t| t.kind == Kind::Sym)
        {
            return Some(q.last);
        }
        // An identifier in brackets after `ID`, a phone number after its line: "actor ID
        // (3417)", "the emergency line (18888)", "the hotline (114)".
        if plain_int
            && first == q.num_tok
            && p >= 1
            && self.sym_is(p, "(")
            && (matches!(self.s(p - 1), "ID" | "Id" | "id")
                || q.bare()
                    && t.int_digits >= 3
                    && self.is_word(p - 1)
                    && matches!(self.lower(p - 1), "hotline" | "helpline" | "tel" | "phone" | "switchboard")
                || q.bare()
                    && t.int_digits >= 3
                    && p >= 2
                    && self.word_is(p - 1, "line")
                    && matches!(
                        self.lower(p - 2),
                        "emergency"
                            | "hotline"
                            | "help"
                            | "telephone"
                            | "phone"
                            | "toll-free"
                            | "free"
                            | "surveillance"
                            | "information"
                            | "assistance"
                            | "support"
                            | "crisis"
                            | "reporting"
                            | "tip"
                    ))
            && self.sym_is(q.last, ")")
        {
            return Some(q.last + 1);
        }
        // A ship's hull number after a coast guard's or a navy's acronym: "the CCG ship 4301".
        if plain_int
            && q.bare()
            && first == q.num_tok
            && p >= 1
            && matches!(self.lower(p), "ship" | "vessel" | "cutter")
            && self.s(p - 1).len() >= 2
            && self.s(p - 1).bytes().all(|b| b.is_ascii_uppercase())
        {
            return Some(q.last);
        }
        // An emergency number before what answers it: "the region's 911 dispatch system", "a 999
        // call", "the 112 line".
        if plain_int
            && q.bare()
            && matches!(self.s(q.num_tok), "911" | "999" | "112" | "000")
            && self.is_word(q.last)
            && matches!(
                self.lower(q.last),
                "dispatch"
                    | "call"
                    | "line"
                    | "system"
                    | "operator"
                    | "centre"
                    | "center"
                    | "service"
                    | "number"
            )
            // (Or `emergency` and no plural it counts: "the 112 emergency SMS system"; "the 112
            // emergency calls" counts calls.)
            || plain_int
                && q.bare()
                && matches!(self.s(q.num_tok), "911" | "999" | "112")
                && self.word_is(q.last, "emergency")
                && !self.noun_after(q.last, false).is_some_and(|n| n.plural && self.lowercase_word_at(n.end - 1))
        {
            return Some(q.last + 1);
        }
        // A case's or an act's number with `of` and its year: "(civil case 311 of 2025)", "Act
        // No. 12 of 2024".
        if plain_int
            && first == q.num_tok
            && q.bare()
            && (self.word_is(p, "case")
                || self.word_is(p, "no")
                || p >= 1 && self.sym_is(p, ".") && self.word_is(p - 1, "no"))
            && self.word_is(q.last, "of")
            && self.is_num(q.last + 1)
            && self.is_year_numeral(q.last + 1)
        {
            return Some(q.last + 2);
        }
        // A case's number with its year: "(case 147-2023)".
        if plain_int
            && first == q.num_tok
            && self.word_is(p, "case")
            && self.sym_is(q.last, "-/")
            && self.glued(q.last)
            && self.is_num(q.last + 1)
            && self.glued(q.last + 1)
        {
            return Some(self.glued_chain(q.num_tok).0);
        }
        // A scenario's or a position's number, with no noun after: "We judge scenario 2 the most
        // likely", "the gate of position 6-52" ("In this scenario 300 people die", "pre-position
        // 1 repair ship" count).
        if plain_int
            && q.bare()
            && first == q.num_tok
            && self.is_word(p)
            && (matches!(self.lower(p), "scenario" | "position")
                // (A sea state: "turned back in sea state 4".)
                || self.word_is(p, "state") && p >= 1 && self.word_is(p - 1, "sea"))
            && !(p >= 1 && self.sym_is(p - 1, "-") && self.glued(p))
            && t.int_digits <= 2
            && !(self.gap(q.last) == Gap::Space
                && self.is_word(q.last)
                && self.noun_after(q.last, q.value() == 1.0).is_some())
        {
            return Some(self.skip_list(q.last, false));
        }
        // A patient numbered in a case series, with no noun after: "(patient 14)", "patient 3,
        // a nurse," ("each patient 3 doses" counts doses).
        if plain_int
            && q.bare()
            && first == q.num_tok
            && matches!(self.lower(p), "patient" | "patients")
            && self.is_word(p)
            && self.tok(q.last).is_none_or(|t| t.kind == Kind::Sym && matches!(t.ch, ')' | ',' | ';' | '.'))
        {
            return Some(q.last);
        }
        // A number in brackets glued to the name before it: "NoName057(16)", "Article 5(2)".
        if plain_int
            && first == q.num_tok
            && glued
            && self.sym_is(p, "(")
            && self.glued(p)
            && p >= 1
            && (self.is_word(p - 1) || self.is_num(p - 1))
            && self.sym_is(q.last, ")")
            && self.glued(q.last)
        {
            return Some(q.last + 1);
        }
        // The last part of a defanged address: "185.220.101[.]145".
        if glued && p >= 2 && self.sym_is(p, "]") && self.sym_is(p - 1, ".") && self.sym_is(p - 2, "[") {
            return Some(skip);
        }
        // Digits grouped with dots after a label are a number of it, not thousands: "§
        // 1.100.200", "serial 123.456.789", "account 123.456.789".
        if t.grouped
            && self.s(q.num_tok).contains('.')
            && (self.sym_is(p, "§")
                || lx::label(before).is_some()
                || matches!(
                    before,
                    "serial"
                        | "account"
                        | "number"
                        | "iban"
                        | "firmware"
                        | "build"
                        | "version"
                        | "grid"
                        | "id"
                        | "ref"
                        | "code"
                        | "tel"
                        | "phone"
                        | "fax"
                ))
        {
            return Some(skip);
        }
        // A reference period: "in the past 24 hours", "over the last 12 months", "during the
        // next 2 to 3 years", a table's "Past 24h". (A duration claimed is a figure: "detained
        // for the past 3 years", "expected to last 3 days", "following 6 months of talks".)
        let period_word = |k: usize| {
            matches!(
                self.lower(k),
                "past" | "last" | "previous" | "next" | "coming" | "preceding" | "following"
            )
        };
        // ("The homicide rate for the last 12 months": `for` after a measured noun, not after a
        // verb as in "detained for the past 3 years".)
        let within = |k: usize| {
            matches!(self.lower(k), "in" | "over" | "during" | "within" | "throughout" | "across")
                || self.word_is(k, "for")
                    && k > 0
                    && matches!(
                        self.lower(k - 1),
                        "rate"
                            | "rates"
                            | "total"
                            | "totals"
                            | "average"
                            | "figure"
                            | "figures"
                            | "data"
                            | "tally"
                            | "count"
                            | "statistics"
                            | "share"
                            | "median"
                    )
        };
        // (Also the first months of a year or of something's life: "landed in the first 9
        // months of 2024", "In its first 6 months it flew".)
        let determiner = |k: usize| matches!(self.lower(k), "the" | "its" | "their" | "his" | "her" | "our");
        if plain_int
            && q.bare()
            && (period_word(p) || self.word_is(p, "first"))
            && (p >= 2 && self.is_word(p - 1) && determiner(p - 1) && within(p - 2)
                || matches!(self.s(p), "Past" | "Last" | "Next") && self.sentence_initial(p))
        {
            let mut j = q.last;
            if (self.word_is(j, "to") || self.sym_is(j, "-–"))
                && self.is_num(j + 1)
                && self.gap(j + 1) != Gap::Break
            {
                j = self.quantity(j + 1, j).map_or(j, |q2| if q2.bare() { q2.last } else { j });
            }
            if let Some(noun) = self.noun_after(j, q.raw() == 1.0)
                && lx::is_time_noun(&noun.word)
            {
                return Some(noun.end);
            }
        }
        // (Or named by when it ends: "In the 12 months to September", "covering the 24 hours to
        // 6 a.m.", "over the 4 weeks ending 3 May"; "the 12 months to come" is no period.)
        if plain_int
            && q.bare()
            && self.word_is(p, "the")
            && p >= 1
            && (within(p - 1) || matches!(self.lower(p - 1), "covering" | "cover" | "covers" | "covered"))
            && let Some(noun) = self.noun_after(q.last, q.raw() == 1.0)
            && lx::is_time_noun(&noun.word)
            && self.is_word(noun.end)
            && matches!(self.lower(noun.end), "to" | "ending" | "through" | "until" | "till")
            && (self.month_at(noun.end + 1)
                || self.is_num(noun.end + 1)
                    && self.toks[noun.end + 1].is_plain_whole()
                    && (self.toks[noun.end + 1].int_digits <= 2 || self.is_year_numeral(noun.end + 1))
                || self.is_word(noun.end + 1) && lx::is_weekday(self.lower(noun.end + 1))
                || matches!(self.lower(noun.end + 1), "end" | "mid" | "the" | "midnight" | "noon"))
        {
            return Some(noun.end);
        }
        // A climate scenario: "SSP 2-4.5", "SSP5-8.5".
        if plain_int && self.s(p) == "SSP" && self.climate_scenario(q.num_tok) {
            return Some(q.num_tok + 3);
        }
        // A baseline named by its period: "8% below the 5-year average", "vs 5-yr avg".
        let h = q.num_tok + 1;
        if plain_int
            && q.bare()
            && self.glued_hyphen(h)
            && matches!(self.lower(h + 1), "year" | "yr" | "month" | "week" | "day" | "hour" | "hr")
            && self.gap(h + 2) == Gap::Space
            && matches!(
                self.lower(h + 2),
                "average" | "averages" | "avg" | "mean" | "means" | "median" | "baseline" | "norm"
            )
            // (An average of hours is the hours' when a noun follows: "a 36-hour average wait",
            // "a 4-hour average of electricity"; the period of a pollutant's mean is not: "the
            // 24-hour average AQI", "the 8-hour mean reached".)
            && (!matches!(self.lower(h + 1), "hour" | "hr")
                || matches!(self.lower(h + 2), "averages" | "means")
                || self.tok(h + 3).is_none_or(|t| t.kind == Kind::Sym && t.ch != '-')
                || self.is_word(h + 3)
                    && (self.s(h + 3).starts_with(|c: char| c.is_ascii_uppercase())
                        || matches!(
                            self.lower(h + 3),
                            "ozone"
                                | "concentration"
                                | "concentrations"
                                | "level"
                                | "levels"
                                | "exposure"
                                | "value"
                                | "values"
                                | "reading"
                                | "readings"
                                | "limit"
                                | "guideline"
                                | "standard"
                                | "is"
                                | "was"
                                | "stood"
                                | "remained"
                        )
                        || self.lower(h + 3).ends_with("ed")))
        {
            return Some(h + 3);
        }
        // A military grid reference: a square of two capitals, then easting and northing in as
        // many digits ("37U DQ 1234 5678", "DQ 12345 67890").
        let square = |k: usize| {
            self.is_word(k) && self.s(k).len() == 2 && self.s(k).bytes().all(|b| b.is_ascii_uppercase())
        };
        let same_digits = |a: usize, b: usize| {
            self.is_num(a)
                && self.is_num(b)
                && self.gap(b) == Gap::Space
                && self.toks[a].int_digits == self.toks[b].int_digits
                && (2..=5).contains(&self.toks[a].int_digits)
                && [a, b].iter().all(|&k| {
                    let t = self.toks[k];
                    t.is_plain_whole()
                })
        };
        // (With its zone before it, whose letter may read as a magnitude: "37T DK 4512 8870",
        // "36K XA 123 456".)
        let z = q.num_tok;
        if plain_int
            && t.int_digits <= 2
            && self.glued(z + 1)
            && self.is_word(z + 1)
            && self.s(z + 1).len() == 1
            && self.s(z + 1).bytes().all(|b| b.is_ascii_uppercase())
            && self.gap(z + 2) == Gap::Space
            && square(z + 2)
            && self.gap(z + 3) == Gap::Space
            && same_digits(z + 3, z + 4)
        {
            return Some(z + 5);
        }
        if first == q.num_tok && q.last == q.num_tok + 1 {
            // (Nothing but punctuation or a small word after it: "the US 300 400 troops" counts
            // troops; "37U DQ 1234 5678 on 7 February" is a place.)
            let ends = |k: usize| self.phrase_ends(k) || self.sym_is(k, "-");
            if square(p) && self.gap(first) == Gap::Space && same_digits(first, first + 1) && ends(first + 2)
            {
                return Some(first + 2);
            }
            if p > 0 && square(p - 1) && same_digits(p, first) && ends(first + 1) {
                return Some(first + 1);
            }
        }
        // The base year of prices: "in constant 2023 US dollars", "in 2024 dollars".
        if plain_int
            && self.is_year_numeral(q.num_tok)
            && q.first == q.num_tok
            && q.cur.is_some()
            && !q.has_mag
            && (1900.0..=2100.0).contains(&q.raw())
            && matches!(before, "constant" | "real" | "in")
            // ("paid in 2000 dollars and 500 euros": an amount.)
            && (before == "constant"
                || !self.is_word(q.last)
                || matches!(self.lower(q.last), "terms" | "prices" | "value" | "values"))
        {
            return Some(q.last);
        }
        // A designation with a capital letter glued to a number after a capitalised word:
        // "Phase 1B", "Annex 2B", "Tranche 1B" (not 1 billion).
        if plain_int
            && t.int_digits <= 3
            && q.has_mag
            && q.cur.is_none()
            && self.glued(q.num_tok + 1)
            && matches!(self.s(q.num_tok + 1), "B" | "M" | "K")
            && (matches!(
                before,
                "phase"
                    | "project"
                    | "annex"
                    | "table"
                    | "section"
                    | "tranche"
                    | "block"
                    | "lot"
                    | "room"
                    | "office"
                    | "suite"
                    | "floor"
                    | "flat"
                    | "apartment"
                    | "stage"
                    | "part"
                    | "chapter"
                    | "appendix"
                    | "figure"
                    | "item"
                    | "article"
                    | "batch"
                    | "increment"
                    | "step"
                    | "tier"
                    | "level"
                    | "type"
                    | "model"
                    | "version"
                    | "variant"
                    | "unit"
                    | "building"
                    | "gate"
                    | "terminal"
                    | "platform"
                    | "zone"
                    | "sector"
            ) || self.is_word(p)
                && self.s(p).starts_with(|c: char| c.is_ascii_uppercase())
                && !self.sentence_initial(p)
                // (A name of a thing after a determiner or another capitalised word, "the Long
                // March 5B", "a Falcon 9B"; not "pledged Odesa 2B", "By June 3M".)
                && p >= 1
                // (Not an acronym: "The EU 5B package".)
                && !self.s(p).bytes().all(|b| b.is_ascii_uppercase())
                && self.is_word(p - 1)
                && (self.s(p - 1).starts_with(|c: char| c.is_ascii_uppercase()) && !self.sentence_initial(p - 1)
                    || matches!(self.lower(p - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our")
                    // (Or a maker's possessive: "Huawei's Ascend 910B".)
                    || self.word_is(p - 1, "s") && p >= 2 && self.sym_is(p - 2, "'’"))
                // (No approximator or bound, "About 3M people", nor a country, "paid Uganda 5M";
                // and no plural after: "In Kenya 3M people".)
                && prefixes_ending_with(before).is_empty()
                && !lx::is_country(self.s(p))
                && !self.plural_at(q.last))
        {
            return Some(q.last);
        }
        // A company or an alliance named by a digit and `M`, after `the` or `at`, before no
        // plural: "The 2M alliance", "Sales at 3M fell", "The 3M company" ("the 2M people"
        // counts).
        if plain_int
            && t.int_digits == 1
            && q.has_mag
            && q.cur.is_none()
            && q.last == q.num_tok + 2
            && self.glued(q.num_tok + 1)
            && self.s(q.num_tok + 1) == "M"
            && matches!(before, "the" | "at")
            && self.is_word(q.last)
            && self.gap(q.last) == Gap::Space
            && !self.plural_at(q.last)
            && lx::unit_word(self.s(q.last), false).is_none()
            // ("The 1M mark was passed")
            && !matches!(
                self.lower(q.last),
                "mark" | "threshold" | "level" | "milestone" | "barrier" | "line" | "resolution"
            )
        {
            return Some(q.last);
        }
        // A document's number after its capitalised name, written as two numbers joined by a
        // hyphen going down, where a range would go up: "(Report 117-45, p. 3)", "Report
        // 117-45 counts" ("Some 1,200-900 fighters" stays an inverted range to report).
        // (Also after a number sign: "Loi no 2023-703", "Loi n° 2023-703".)
        // (The token tests first: every number comes here, few before a hyphen.)
        let capitalised =
            |k: usize| self.is_word(k) && self.s(k).starts_with(|c: char| c.is_ascii_uppercase());
        if plain_int
            && self.glued_hyphen(q.num_tok + 1)
            && self.is_num(q.num_tok + 2)
            && first == q.num_tok
            && (capitalised(p)
                && !lx::is_stop(self.lower(p))
                && prefixes_ending_with(before).is_empty()
                && !lx::is_month(self.s(p))
                && lx::currency_code(self.s(p)).is_none()
                || p >= 1 && capitalised(p - 1) && (self.word_is(p, "no") || matches!(self.s(p), "n°" | "nº"))
                || p >= 2
                    && capitalised(p - 2)
                    && self.sym_is(p, "°º")
                    && self.glued(p)
                    && self.word_is(p - 1, "n"))
            && self.toks[q.num_tok + 2].is_plain_whole()
            && self.numeral_value(q.num_tok + 2) < q.raw()
            // ("In Mosul 120-90 fighters", "Turnout 65-60%", "Depth 40-30 km": a range before
            // what it counts or measures.)
            && !(self.gap(q.num_tok + 3) == Gap::Space && self.plural_at(q.num_tok + 3))
            && !self.sym_is(q.num_tok + 3, "%")
            && !(self.is_word(q.num_tok + 3)
                && (lx::unit_word(self.s(q.num_tok + 3), false).is_some()
                    || matches!(self.lower(q.num_tok + 3), "percent" | "per" | "pct")))
        {
            return Some(q.num_tok + 3);
        }
        // The second year of a fiscal year after an en dash: "FY2033–34" (after a hyphen the
        // chain is read whole).
        if self.sym_is(p, "–")
            && glued
            && p >= 2
            && self.glued(p)
            && self.is_num(p - 1)
            && self.glued(p - 1)
            && self.s(p - 2) == "FY"
        {
            return Some(skip);
        }
        // A quarter and its year: "Q3'24", "H1'25".
        if self.sym_is(p, "'’")
            && glued
            && p >= 2
            && self.glued(p)
            && self.is_num(p - 1)
            && self.glued(p - 1)
            && matches!(self.s(p - 2), "Q" | "H" | "q" | "h" | "FY")
        {
            return Some(skip);
        }
        // The points of a rating scale: "rated on a scale of 1 to 10" (not a size: "on the
        // scale of 400 drones", "a scale of $2 billion").
        // (Nor a range whose other end says what it measures: "a scale of 200 to 400 francs".)
        if before == "of"
            && p > 0
            && self.word_is(p - 1, "scale")
            && q.bare()
            && !self.noun_after(q.last, q.value() == 1.0).is_some_and(|n| n.plural)
        {
            let to = (self.word_is(skip, "to") || self.sym_is(skip, "-–")) && self.is_num(skip + 1);
            if !(to && self.quantity(skip + 1, skip).is_some_and(|r| !r.bare())) {
                return Some(if to { skip + 2 } else { skip });
            }
        }
        // The size of a scale after a score: the 10 of "scores 6.45 out of 10", "rated 4.5 out
        // of 5" (the score is read).
        if plain_int
            && q.bare()
            && before == "of"
            && p >= 2
            && self.word_is(p - 1, "out")
            && self.is_num(p - 2)
            // (A whole score after a word of scoring: "a score of 96 out of 100", "scored 8 out
            // of 10".)
            && (self.toks[p - 2].frac_digits > 0
                || p >= 3
                    && (matches!(self.lower(p - 3), "scored" | "scores" | "rated" | "rates")
                        || p >= 4
                            && self.word_is(p - 3, "of")
                            && matches!(self.lower(p - 4), "score" | "rating" | "mark" | "grade")))
            && q.raw() <= 100.0
            && numeral(self.s(p - 2)).0 / pow10(numeral(self.s(p - 2)).1) < q.raw()
        {
            return Some(skip);
        }
        // The whole of a ratio whose part is spelled out: "Seven out of 10 voters", "Nine in 10
        // Afghans" (the part alone is no figure, nor is the whole).
        if plain_int && q.bare() && !self.glued(first) {
            let part = match p.checked_sub(1) {
                Some(k) if before == "in" => Some(k),
                // ("One in every 8 people")
                Some(k) if before == "every" && k > 0 && self.word_is(k, "in") => Some(k - 1),
                Some(k) if k > 0 && before == "of" && self.word_is(k, "out") => Some(k - 1),
                _ => None,
            };
            // ("two in 10 days" is a span of time.)
            if let Some(k) = part
                && self.is_word(k)
                && lx::number_word(self.lower(k)).is_some_and(|n| n >= 1 && f64::from(n) < q.raw())
                && q.raw() <= 1000.0
            {
                let noun = self.noun_after(q.last, false);
                if !noun.as_ref().is_some_and(|n| lx::is_time_noun(&n.word)) {
                    return Some(noun.map_or(q.last, |n| n.end));
                }
            }
        }
        // An index's base after its year, written apart, in brackets: "(2015 = 100)",
        // "(2014-2016 = 100)" ("2022 = 980; 2023 = 1,204" count).
        if self.sym_is(p, "=")
            && p >= 1
            && self.is_num(p - 1)
            && self.is_year_numeral(p - 1)
            && q.raw() == 100.0
            && self.sym_is(q.last, ")")
        {
            return Some(skip);
        }
        if glued {
            if self.is_word(p) || self.is_num(p) {
                return Some(skip);
            }
            // (A sample size is a count: "n=1,012", "(n=812)".)
            let sample = self.sym_is(p, "=")
                && p > 0
                && self.glued(p)
                && self.is_word(p - 1)
                && self.lower(p - 1) == "n"
                && (p < 2 || !self.glued(p - 1) || self.sym_is(p - 2, "([,;"));
            if self.sym_is(p, "#§№=") && !sample {
                return Some(skip);
            }
            if self.sym_is(p, "<>") && p > 0 && self.glued(p) && self.sym_is(p - 1, "=<") {
                return Some(skip);
            }
            // A time zone's offset: "UTC+3", "GMT+5:30".
            if self.sym_is(p, "+") && p > 0 && self.glued(p) && lx::is_time_zone(self.s(p - 1)) {
                return Some(self.glued_chain(q.num_tok).0.max(skip));
            }
            // A name with a number, plus one: "the P5+1", "a G7+1 format".
            if self.sym_is(p, "+")
                && p > 1
                && self.glued(p)
                && self.is_num(p - 1)
                && self.glued(p - 1)
                && self.is_word(p - 2)
            {
                return Some(skip);
            }
            if self.sym_is(p, "-–") && p > 0 && self.glued(p) && self.is_word(p - 1) {
                return Some(self.skip_list(skip, false));
            }
            if self.sym_is(p, "/:") && p > 0 && self.glued(p) && self.is_num(p - 1) {
                return Some(skip);
            }
            // A rate's denominator after a slash: "(/10,000/day)", "cases /100,000".
            if self.sym_is(p, "/")
                && self.glued(p)
                && t.grouped
                && matches!(self.s(q.num_tok), "1,000" | "10,000" | "100,000" | "1,000,000")
                && (p == 0 || !self.glued(p) || self.sym_is(p - 1, "("))
            {
                return Some(skip);
            }
            // A document symbol: "S/RES/2334".
            if self.sym_is(p, "/") && p > 0 && self.glued(p) && self.is_word(p - 1) {
                return Some(skip);
            }
            if self.sym_is(p, ".")
                && p > 0
                && self.glued(p)
                && self.is_word(p - 1)
                && !matches!(self.lower(p - 1), "c" | "ca" | "approx" | "est")
            {
                return Some(skip);
            }
            // (Also in brackets, with a group of other than three digits or ten digits or more:
            // "the hotline (+216 71 555 019)"; "(+1 200 000 tonnes)" is an increase.)
            let bracketed = || {
                if !(p > 0 && self.sym_is(p - 1, "(") && self.glued(p)) {
                    return false;
                }
                // The digit groups as written (the reader may have joined "71 555 019" into one).
                let (mut groups, mut digits, mut odd) = (0, 0, false);
                let mut k = q.num_tok;
                while k == q.num_tok || self.is_num(k) && self.gap(k) == Gap::Space {
                    for g in self.s(k).split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()) {
                        odd |= groups > 0 && g.len() != 3;
                        groups += 1;
                        digits += g.len();
                    }
                    // (A local number's groups glued by hyphens: "(+507 507-1800)", "(+1
                    // 520-882-5595)".)
                    while k > q.num_tok
                        && self.sym_is(k + 1, "-")
                        && self.glued(k + 1)
                        && self.is_num(k + 2)
                        && self.glued(k + 2)
                    {
                        groups += 1;
                        digits += usize::from(self.toks[k + 2].int_digits);
                        k += 2;
                    }
                    k += 1;
                }
                groups > 1 && (digits >= 10 || odd)
            };
            if self.sym_is(p, "+") && (p == 0 || !self.glued(p) || bracketed()) {
                let phone = self.sym_is(q.num_tok + 1, "-") && self.glued(q.num_tok + 1)
                    || self.is_num(q.last) && self.gap(q.last) == Gap::Space
                    // ("+1 (202) 473-1000"; "+12 (18%)" is a change and its share)
                    || self.sym_is(q.last, "(")
                        && self.gap(q.last) == Gap::Space
                        && self.is_num(q.last + 1)
                        && self.toks[q.last + 1].is_plain_whole()
                        && self.sym_is(q.last + 2, ")")
                        && self.is_num(q.last + 3)
                    || t.int_digits >= 7;
                if phone {
                    return Some(self.past_digit_groups(q.num_tok + 1, "-.()"));
                }
            }
        }
        // (Within a paragraph only `1.` or `1)` opens a list, which the paragraph would no
        // longer hold: "had peaks above⏎400. The total" is prose. A text of list items read
        // without its Markdown still has its markers: "1. a⏎2. b".)
        let in_paragraph = self.marked_items_absent(first);
        if self.line_start(first) && !in_paragraph {
            if let Some(end) = self.reject_marker(q) {
                return Some(end);
            }
        }
        // A paragraph number in parentheses opening a line after a sentence, before a
        // capitalised word: "(24) The group pays recruits …", also where it continues a
        // paragraph ("… were included\n(4) Iranians" counts Iranians).
        if plain_int
            && first == q.num_tok
            && t.int_digits <= 3
            && self.sym_is(p, "(")
            && self.line_start(p)
            && p > 0
            && self.sym_is(p - 1, ".!?:;")
            && glued
            && self.sym_is(q.num_tok + 1, ")")
            && self.glued(q.num_tok + 1)
            && self.gap(q.num_tok + 2) == Gap::Space
            && self.s(q.num_tok + 2).starts_with(char::is_uppercase)
        {
            return Some(q.num_tok + 2);
        }
        if self.gap(first) == Gap::Break || p < floor {
            return None;
        }
        // A service's number to call, named around it: "the hotline number 16263", "the
        // hotline (1115)", "Call centre 1166", "the 333 government helpline"; a road's marker:
        // "kilometre post 148", "mile marker 12".
        // (Digits as a number is written, with no plural or span of time after them: "gave the
        // phone number 3 times", "the 1,200 daily hotline calls" count; "a 24-hour hotline" is
        // round the clock, see `reject_after`.)
        let called = |k: u16| {
            let t = self.toks[q.num_tok];
            t.is_plain_whole()
                && t.int_digits >= k
                && q.last == q.num_tok + 1
                && !(self.is_word(q.last)
                    && self.gap(q.last) == Gap::Space
                    && !lx::is_stop(self.lower(q.last))
                    && (self.plural_at(q.last) || lx::is_time_noun(self.lower(q.last))))
        };
        // Camps named by a number and a compass point, and the camps listed after: "Camps 8W,
        // 13 and 18" (Cox's Bazar numbers its camps so; "8W" is no power).
        if before == "camps"
            && q.unit == Some("W")
            && t.is_plain_whole()
            && self.glued(q.num_tok + 1)
            && self.s(q.num_tok + 1) == "W"
        {
            let listed = self.skip_list(skip, true);
            if !self.plural_at(listed) {
                return Some(listed);
            }
        }
        // (The token tests first: every bare number comes here, few near a service.)
        if q.bare() {
            // (Also a free or emergency number: "the toll-free number, 1313,".)
            let service = |k: usize| {
                self.is_word(k)
                    && (matches!(
                        self.lower(k),
                        "hotline" | "helpline" | "hotlines" | "helplines" | "phone" | "telephone" | "whatsapp"
                    )
                        // ("Emergency call number 999", "its emergency line, 937,")
                        || matches!(self.lower(k), "call" | "line")
                            && k >= 1
                            && (self.word_is(k - 1, "emergency") || self.lower(k) == "line" && self.word_is(k - 1, "health"))
                        || self.lower(k) == "number"
                            && k >= 1
                            && (matches!(self.lower(k - 1), "free" | "emergency" | "hotline" | "helpline")
                                // ("Set up a helpline (the current number, 1070, covers …)")
                                || matches!(self.lower(k - 1), "current" | "new" | "old")
                                    && (k.saturating_sub(10)..k - 1).any(|h| {
                                        self.is_word(h) && matches!(self.lower(h), "hotline" | "helpline")
                                    }))
                        // ("IHEC's call centre (5050)")
                        || matches!(self.lower(k), "centre" | "center") && k >= 1 && self.word_is(k - 1, "call"))
            };
            // (A service, or a line named by what it takes: "The complaint line, 1339, logged",
            // "The ZESCO customer line, 5555, received".)
            let named_line = |k: usize| {
                service(k)
                    || k >= 1
                        && self.word_is(k, "line")
                        && matches!(
                            self.lower(k - 1),
                            "complaint"
                                | "complaints"
                                | "customer"
                                | "help"
                                | "support"
                                | "information"
                                | "service"
                                | "toll-free"
                                | "free"
                                | "report"
                                | "reporting"
                                | "tip"
                                | "crisis"
                        )
            };
            let named_before = p > 0
                && (matches!(before, "number" | "no") && service(p - 1)
                    // ("a hotline on 8924", "the helpline on 116"; "a hotline, reachable on 141",
                    // "The Military Crisis Line, reachable at 988", "The call centre set up for
                    // returnees, reachable on 1552")
                    || before == "on" && t.int_digits >= 3 && service(p - 1)
                    || matches!(before, "on" | "at")
                        && t.int_digits >= 3
                        && p >= 2
                        && matches!(self.lower(p - 1), "reachable" | "available")
                        && (p.saturating_sub(9)..p - 1).any(named_line)
                    || self.sym_is(p, "(") && service(p - 1) && self.sym_is(q.last, ")")
                    || matches!(before, "centre" | "center") && self.word_is(p - 1, "call")
                    // (Between commas after it, four digits or more: "The Authority's call
                    // centre, 5971, handled", "The hotline, 1551, took 300 calls"; "Calls to the
                    // helpline, 950, were" count.)
                    || self.sym_is(p, ",")
                        && self.sym_is(q.last, ",")
                        && (called(4)
                            // (Three digits after a possessive's service: "its hotline, 910, still
                            // receives".)
                            || called(3) && p >= 2 && matches!(self.lower(p - 2), "its" | "their" | "whose")
                            // (Three digits when the service opens the sentence: "The helpline,
                            // 116, received".)
                            || called(3)
                                && self.starts_sentence_within(p - 1, 8, |k| {
                                    self.is_word(k) && !matches!(self.lower(k), "to" | "of" | "at" | "from" | "by" | "with")
                                        || self.sym_is(k, "'’")
                                }))
                        && p >= 2
                        && (named_line(p - 1)
                            // (Also a few words after it: "The ministry's hotline for farmers,
                            // 5500, has logged", "A tip line set up by the ministry, 1288,
                            // received", "The ministry's hotline for relatives, 130, received".)
                            || (p.saturating_sub(7)..p - 1)
                                .rev()
                                .take_while(|&k| self.is_word(k) || self.sym_is(k, "'’"))
                                .any(named_line))
                    // (Two listed between commas after a plural service: "Agency hotlines, 112
                    // and 767, logged".)
                    || t.int_digits >= 3
                        && q.last == q.num_tok + 1
                        && {
                            let plural_service = |k: usize| {
                                self.is_word(k) && matches!(self.lower(k), "hotlines" | "helplines")
                            };
                            let first = self.sym_is(p, ",")
                                && p >= 1
                                && plural_service(p - 1)
                                && matches!(self.lower(q.last), "and" | "or")
                                && self.is_num(q.last + 1)
                                && self.sym_is(q.last + 2, ",");
                            let second = matches!(before, "and" | "or")
                                && p >= 3
                                && self.is_num(p - 1)
                                && self.sym_is(p - 2, ",")
                                && plural_service(p - 3)
                                && self.sym_is(q.last, ",");
                            first || second
                        }
                    || matches!(before, "post" | "marker")
                        && self.is_word(p - 1)
                        && matches!(self.lower(p - 1), "kilometre" | "kilometer" | "km" | "mile")
                    // (A catalogue's or a register's number: "the NORAD catalogue number 39186".)
                    || matches!(before, "number" | "no")
                        && self.is_word(p - 1)
                        && matches!(
                            self.lower(p - 1),
                            "catalogue" | "catalog" | "serial" | "registration" | "tracking" | "case" | "file"
                        )
                    // (A toll-free number: "or toll-free 8294".)
                    || before == "free"
                        && p >= 2
                        && self.sym_is(p - 1, "-")
                        && self.word_is(p - 2, "toll")
                        && self.toks[q.num_tok].int_digits >= 3)
                && called(2);
            // (The service named after one word that is no span of time, and not before a noun:
            // "the 40 regional hotline operators", "a 7 day helpline pilot" count.)
            let service_word = |k: usize| {
                self.is_word(k)
                    && self.gap(k) == Gap::Space
                    && matches!(self.lower(k), "hotline" | "helpline")
            };
            let named = || {
                if service_word(q.last) {
                    Some(q.last)
                } else {
                    (self.is_word(q.last)
                        && !is_span_of_time(self.lower(q.last))
                        && !matches!(self.lower(q.last), "daily" | "weekly" | "monthly")
                        && service_word(q.last + 1))
                    .then_some(q.last + 1)
                }
            };
            let named_after = matches!(before, "the" | "a")
                && named().is_some_and(|h| {
                    !(self.is_word(h + 1) && self.gap(h + 1) == Gap::Space && {
                        let w = self.lower(h + 1);
                        lx::looks_plural(w) && !lx::is_s_verb(w)
                            || matches!(w, "pilot" | "contract" | "number" | "operator" | "service" | "budget")
                    })
                })
                && called(3)
                // ("on 1551, the city hotline", "call 1122, the rescue helpline")
                || matches!(before, "on" | "at" | "call" | "dial" | "via")
                    && self.sym_is(q.last, ",")
                    && self.word_is(q.last + 1, "the")
                    && (q.last + 2..q.last + 4).any(service_word)
                    && called(2)
                // ("told to call the tourist police on 171": a number to call, after a verb of
                // calling in the clause, at the end of the phrase.)
                || before == "on"
                    && !t.grouped
                    && t.int_digits >= 3
                    && q.last == q.num_tok + 1
                    && self.phrase_ends(q.last)
                    && self.word_shortly_before(p, 6, |k| {
                        matches!(self.lower(k), "call" | "dial" | "phone" | "ring" | "text" | "called" | "dialled" | "dialed")
                    })
                // ("the 112 service between June and September": a number of three digits or
                // more before the service's singular noun, which ends the phrase.)
                || before == "the"
                    && !t.grouped
                    && t.int_digits >= 3
                    && q.last == q.num_tok + 1
                    && self.gap(q.last) == Gap::Space
                    && matches!(self.lower(q.last), "service" | "hotline" | "helpline")
                    && self.phrase_ends(q.last + 1)
                // ("the 112 emergency service sent", "Call the 911 emergency line": an emergency
                // number before the service's singular noun; "the 112 emergency calls" count.)
                // (Or the police's, the fire service's or an ambulance's, maybe after one
                // adjective: "the overloaded 105 police number".)
                || (before == "the" || p >= 1 && self.word_is(p - 1, "the") && self.lowercase_word_at(p))
                    && self.is_word(q.last)
                    && matches!(self.lower(q.last), "emergency" | "police" | "ambulance" | "fire")
                    && self.gap(q.last + 1) == Gap::Space
                    && self.is_word(q.last + 1)
                    && (matches!(
                        self.lower(q.last + 1),
                        "service" | "number" | "line" | "hotline" | "helpline" | "operator" | "centre" | "center"
                    ) && self.word_is(q.last, "emergency")
                        // (Only a number or a hotline after the others: "The 40 police line the
                        // road" counts.)
                        || matches!(self.lower(q.last + 1), "number" | "hotline" | "helpline"))
                    // (Not before what the service has: "The 24 emergency service vehicles", "the
                    // 30 emergency centre staff".)
                    && !(self.is_word(q.last + 2)
                        && self.gap(q.last + 2) == Gap::Space
                        && (self.plural_at(q.last + 2) || lx::is_invariant_noun(self.lower(q.last + 2))))
                    // (`police` reads as a plural of people: the number is whole and alone.)
                    && (called(2)
                        || self.word_is(q.last, "police")
                            && t.is_plain_whole()
                            && t.int_digits >= 2
                            && q.last == q.num_tok + 1);
            if named_before || named_after {
                return Some(skip);
            }
            // (Four digits or more after a service and `on`, whatever follows: "a hotline on
            // 1313 handles complaints"; a short code with its star, "call the municipal hotline
            // on *6290"; a number texted to, "or by SMS to 8118".)
            let whole = t.is_plain_whole() && q.last == q.num_tok + 1;
            let star = self.sym_is(p, "*")
                && self.glued(q.num_tok)
                && p >= 1
                && matches!(self.lower(p - 1), "on" | "call" | "dial" | "dialling" | "dialing")
                && (p.saturating_sub(6)..p - 1).any(&service);
            let texted = matches!(before, "to" | "on")
                && p >= 1
                && (self.s(p - 1) == "SMS" || self.word_is(p - 1, "text") || self.word_is(p - 1, "texting"));
            if whole
                && t.int_digits >= 3
                && (before == "on" && t.int_digits >= 4 && p >= 1 && service(p - 1) || star || texted)
            {
                return Some(skip);
            }
            // (A road's marker of one digit too: "from kilometre post 0 at Morébaya".)
            if whole
                && matches!(before, "post" | "marker")
                && p >= 1
                && matches!(self.lower(p - 1), "kilometre" | "kilometer" | "km" | "mile")
            {
                return Some(skip);
            }
            // A number after a service's label and a colon, with its other digit groups:
            // "Victims' hotline: 800 008 5400", "Helpline: 1717" ("Hotline: 1,200 calls a day"
            // and "Helpline: 24 hours" count).
            if self.sym_is(p, ":")
                && p >= 1
                && service(p - 1)
                && t.frac_digits == 0
                && t.dots == 0
                && !(self.is_word(q.last)
                    && self.gap(q.last) == Gap::Space
                    && (self.plural_at(q.last) || lx::is_time_noun(self.lower(q.last))))
            {
                return Some(self.past_digit_groups(q.num_tok + 1, "-"));
            }
            // A service's number or a code given with `is`: "the DIFE hotline is 16357", "The
            // hotline number is 16357", "The catalogue number is 4501.22", "item code is
            // 4501.22" ("The hotline is 24 hours a day", "The death toll is 300" count).
            // (The service or code is the subject, a few words opening the sentence: not "The
            // fine under the customs code is 5000", "The number of staff answering the helpline
            // was 120"; past a short lead-in: "For contact, the Panamanian humanitarian hotline
            // is 311".)
            let subject = |label: usize| {
                // (A possessive too: "The city's emergency number is 166".)
                let ok = |k: usize| {
                    self.is_word(k)
                        && !matches!(
                            self.lower(k),
                            "of" | "under" | "in" | "by" | "with" | "to" | "for" | "answering"
                        )
                        || self.sym_is(k, "'’")
                };
                self.starts_sentence_within(label, 7, ok)
                    || (label.saturating_sub(5)..label).rev().find(|&k| self.sym_is(k, ",")).is_some_and(
                        |c| {
                            c >= 1
                                && (c + 1..=label).all(ok)
                                && self.starts_sentence_within(c - 1, 3, |k| self.is_word(k))
                        },
                    )
            };
            if matches!(before, "is" | "was")
                && p >= 2
                && self.is_word(p - 1)
                && q.last == q.num_tok + 1
                && !t.grouped
                && subject(p - 1)
                && self.tok(q.last).is_none_or(|t| t.kind == Kind::Sym || self.gap(q.last) == Gap::Break)
                && {
                    let named = self.lower(p - 1);
                    let digits = self.toks[q.num_tok].int_digits;
                    matches!(named, "hotline" | "helpline") && digits >= 3
                        || matches!(named, "code" | "codes") && digits >= 4
                        || named == "number"
                            && digits >= 3
                            && self.is_word(p - 2)
                            && matches!(
                                self.lower(p - 2),
                                "hotline"
                                    | "helpline"
                                    | "phone"
                                    | "telephone"
                                    | "catalogue"
                                    | "catalog"
                                    | "serial"
                                    | "reference"
                                    | "emergency"
                            )
                }
            {
                return Some(skip);
            }
            // Also past what the number is for or of: "The call centre number for reporting
            // suspected cases in Aden is 8003000", "the NORAD catalogue number of the object is
            // 39186", "The hotline for Thai screening referrals is 1300" (words only between the
            // number's name and `is`).
            if matches!(before, "is" | "was")
                && p >= 3
                && q.last == q.num_tok + 1
                && !t.grouped
                && t.int_digits >= 3
                && self.tok(q.last).is_none_or(|t| t.kind == Kind::Sym || self.gap(q.last) == Gap::Break)
                && let Some(k) =
                    (p.saturating_sub(12)..p - 1).rev().take_while(|&k| self.is_word(k)).find(|&k| {
                        matches!(self.lower(k), "hotline" | "helpline")
                            || self.word_is(k, "number")
                                && k >= 1
                                && matches!(
                                    self.lower(k - 1),
                                    "hotline"
                                        | "helpline"
                                        | "phone"
                                        | "telephone"
                                        | "centre"
                                        | "center"
                                        | "emergency"
                                        | "contact"
                                        | "catalogue"
                                        | "catalog"
                                        | "serial"
                                )
                    })
                && (self.word_is(k + 1, "for") || self.word_is(k + 1, "of"))
                && subject(k)
            {
                return Some(skip);
            }
            // A number to call after `reached on` or `reached at`, standing alone: "the fire
            // service can be reached on 199" ("reached on 12 occasions" counts).
            if matches!(before, "on" | "at") && p >= 1 && self.word_is(p - 1, "reached") && called(3) {
                return Some(skip);
            }
            // A telephone's extension, after its number or a verb of calling: "+961 1 750 000,
            // extension 2204", "dial extension 1204", "on +66 2 123 4567 or via extension 2204"
            // ("the extension 30 days later",
            // "Through extension 2,000 farmers" count).
            if before == "extension"
                && p >= 1
                && (self.is_num(p - 1)
                    || self.sym_is(p - 1, ",") && p >= 2 && self.is_num(p - 2)
                    || self.is_word(p - 1) && matches!(self.lower(p - 1), "dial" | "call" | "on" | "at")
                    // ("on +66 2 123 4567 or via extension 2204")
                    || self.is_word(p - 1)
                        && matches!(self.lower(p - 1), "via" | "or")
                        && (p.saturating_sub(4)..p - 1).any(|k| self.is_num(k))
                    || self.sym_is(p - 1, "("))
                && called(2)
            {
                return Some(skip);
            }
            // A central bank's circular, with its capital: "Circular 166", "Circulars 158 and
            // 166" ("the circular 2 days later" counts).
            if matches!(self.s(p), "Circular" | "Circulars") && t.is_plain_whole() && q.last == q.num_tok + 1
            {
                return Some(self.skip_list(skip, self.s(p).ends_with('s')));
            }
            // A ship's or weapon's design, with its capital and three digits or more: "Project
            // 22220 icebreakers", "(Project 10510)" ("the project 300 families joined" counts).
            if self.s(p) == "Project" && t.is_plain_whole() && t.int_digits >= 3 && !t.grouped {
                return Some(skip);
            }
            // Routes or highways named by a list of numbers: "routes 1 and 2", "Highways 1, 2
            // and 5", "Regions 1, 7, 8 and 9", "pumping stations 2, 4 and 7" ("closed the routes 3
            // times", "Of the routes 3 were closed", "In zones 2 and 5 people fled" count).
            if matches!(
                before,
                "routes" | "highways" | "camps" | "stations" | "berths" | "platforms" | "terminals" | "piers"
            ) && called(1)
                && (self.word_is(skip, "and") || self.word_is(skip, "or") || self.sym_is(skip, ","))
            {
                let listed = self.skip_list(skip, true);
                // (Not before a unit or a percent sign: "stations 2 and 4 km apart".)
                let unit = self.is_word(listed) && lx::unit_word(self.s(listed), false).is_some()
                    || self.sym_is(listed, "%");
                if listed > skip && !self.plural_at(listed) && !unit {
                    return Some(listed);
                }
            }
            // Berths, stations, platforms and updates named by a span of numbers, with no plural
            // after: "berths 1 through 5", "for stations 1 to 5", "flash updates 18–31" ("the
            // stations 1 to 5 staff" and "stations 3 to 5 km apart" count).
            let numbered = matches!(before, "berths" | "stations" | "platforms" | "terminals" | "piers")
                || before == "updates" && p >= 1 && self.word_is(p - 1, "flash");
            if numbered
                && called(1)
                && (self.word_is(skip, "to") || self.word_is(skip, "through") || self.sym_is(skip, "-–"))
                && self.is_num(skip + 1)
                && self.toks[skip + 1].is_plain_whole()
                && self.quantity(skip + 1, skip).is_some_and(|q2| q2.bare() && q2.last == skip + 2)
                && !(self.is_word(skip + 2) && self.gap(skip + 2) == Gap::Space && self.plural_at(skip + 2))
            {
                return Some(skip + 2);
            }
            // (Regions, provinces, zones, sectors and wards too, a list that ends at its `and`
            // or `or` and before no unit, magnitude or percentage: "Regions 1, 7, 8 and 9"; not
            // "In regions 2 and 3, 40% of children", "zones 4 and 5 km wide".)
            if matches!(before, "regions" | "provinces" | "zones" | "sectors" | "wards")
                && called(1)
                && (self.word_is(skip, "and") || self.word_is(skip, "or") || self.sym_is(skip, ","))
            {
                let mut k = skip;
                let mut closed = false;
                while !closed {
                    if self.sym_is(k, ",") && self.is_num(k + 1) && self.toks[k + 1].is_plain_whole() {
                        k += 2;
                    } else if (self.word_is(k, "and") || self.word_is(k, "or"))
                        && self.is_num(k + 1)
                        && self.toks[k + 1].is_plain_whole()
                    {
                        k += 2;
                        closed = true;
                    } else {
                        break;
                    }
                }
                let measured = self.sym_is(k, "%")
                    || self.is_word(k)
                        && self.gap(k) == Gap::Space
                        && (self.plural_at(k)
                            || matches!(self.lower(k), "percent" | "per" | "pc")
                            || lx::magnitude_spaced(self.s(k)).is_some()
                            || lx::unit_word(self.s(k), false).is_some());
                if closed && !measured {
                    return Some(k);
                }
            }
        }
        // Labels: "Article 4", "No. 5", "pp. 4-6".
        let (label_tok, dotted) =
            if self.sym_is(p, ".") && p > 0 && self.is_word(p - 1) { (p - 1, true) } else { (p, false) };
        // An executive order or instrument: "E.O. 13224", "Executive Instrument E.I. 47".
        if dotted
            && q.bare()
            && label_tok >= 2
            && matches!(self.s(label_tok), "O" | "I")
            && self.sym_is(label_tok - 1, ".")
            && self.s(label_tok - 2) == "E"
            && self.glued(label_tok)
            && self.glued(label_tok - 1)
        {
            return Some(self.skip_list(skip, false));
        }
        // A bill of the US Congress: "S. 4697", "H.R. 815" (not the "U.S." of "the U.S. 4,000
        // troops").
        if dotted
            && q.bare()
            && t.is_plain_whole()
            && match self.s(label_tok) {
                "S" => label_tok == 0 || !(self.sym_is(label_tok - 1, ".") && self.glued(label_tok)),
                "R" => {
                    label_tok >= 2
                        && self.sym_is(label_tok - 1, ".")
                        && self.glued(label_tok)
                        && self.s(label_tok - 2) == "H"
                        && self.glued(label_tok - 1)
                }
                _ => false,
            }
        {
            return Some(self.skip_list(skip, false));
        }
        // A customs code's subheading: "HS code 0507.10", "codes 8471.30 and 8517.62", "HS
        // 3801.10".
        if !dotted
            && q.bare()
            && t.int_digits == 4
            && t.frac_digits > 0
            && self.is_word(label_tok)
            && (matches!(self.lower(label_tok), "code" | "codes") || self.s(label_tok) == "HS")
        {
            // ("HS 2836.91 and 2846.10")
            return Some(self.skip_list(skip, !self.word_is(label_tok, "code")));
        }
        // Executive orders and general licences named by their numbers: "executive orders 14024
        // and 14114", "General License 8L", "GL 25" (a letter glued to the number is no unit).
        if !dotted
            && plain_int
            && q.cur.is_none()
            && q.pct.is_none()
            && label_tok >= 1
            && self.is_word(label_tok)
        {
            let named = match self.lower(label_tok) {
                "order" | "orders" => self.word_is(label_tok - 1, "executive"),
                "license" | "licenses" | "licence" | "licences" => self.word_is(label_tok - 1, "general"),
                _ => self.s(label_tok) == "GL",
            };
            let lettered = q.bare() || self.glued_letter(q);
            // ("Executive orders 30 agencies must implement": a count.)
            let counting = || q.bare() && self.noun_after(q.last, false).is_some_and(|n| n.plural);
            if named && lettered && t.int_digits <= 5 && !counting() {
                return Some(self.skip_list(skip, self.lower(label_tok).ends_with('s')));
            }
        }
        // (A letter glued to the number names a subdivision, not a magnitude or a unit:
        // "section 129b", "Article 5m", "Section 3.2b", "Article 12g".)
        let lettered = || {
            (plain_int || t.dots == 1 && t.frac_digits > 0 && !t.grouped)
                && q.cur.is_none()
                && q.pct.is_none()
                && (matches!(q.unit, None | Some("m" | "g" | "t" | "h" | "l"))
                    // (A compass point after a camp's or a sector's label: "Camp 8W".)
                    || q.unit == Some("W") && self.is_word(label_tok) && matches!(self.lower(label_tok), "camp" | "camps" | "sector" | "zone" | "block"))
                && self.glued_letter(q)
        };
        // The next of lettered subdivisions: the "12b" of "Articles 12a and 12b".
        if p >= 2
            && self.s(p - 1).len() == 1
            && self.is_word(p - 1)
            && self.glued(p - 1)
            && (self.word_is(p, "and") || self.word_is(p, "or") || self.word_is(p, "to") || self.sym_is(p, ",-–"))
            // (Not a magnitude or unit: "3m and 5m".)
            && !matches!(self.s(p - 1), "m" | "b" | "k" | "M" | "B" | "K" | "T" | "g" | "t" | "h" | "l" | "L")
            && self.is_num(p - 2)
            && lettered()
        {
            return Some(skip);
        }
        // (A point along an embankment or a canal by its distance, with its unit: "the breach at
        // chainage 12.9 km".)
        if self.word_is(label_tok, "chainage") && matches!(q.unit, Some("km" | "m")) && q.cur.is_none() {
            return Some(skip);
        }
        if self.is_word(label_tok)
            && (q.bare() || lettered())
            && let Some(needs_dot) = lx::label(self.lower(label_tok)).or_else(|| {
                // ("situation report 41", "flash update 12": a numbered issue.)
                (matches!(self.lower(label_tok), "report" | "update")
                    && label_tok >= 1
                    && matches!(self.lower(label_tok - 1), "situation" | "flash")
                    // ("Base 101", "airbase 201": a base's number, not before a plural: "At
                    // the base 300 soldiers waited".)
                    || (self.s(label_tok) == "Base" || self.lower(label_tok) == "airbase")
                        && !self.plural_at(q.last)
                    // ("Bill 214 of 2025", "DoD Instruction 1010.16": a bill or a directive by
                    // its number, with a capital.)
                    || matches!(self.s(label_tok), "Bill" | "Instruction" | "Directive") && !self.plural_at(q.last)
                    // ("the H2Global tender, lot 2,": a tender's lot, after a comma or a
                    // bracket; "a lot 40% cheaper" is no label.)
                    || self.lower(label_tok) == "lot" && label_tok >= 1 && self.sym_is(label_tok - 1, ",(")
                    // ("tariff heading 2933.39": a customs code.)
                    || matches!(self.lower(label_tok), "heading" | "subheading") && t.dots >= 1
                    // ("Operation 1027": an operation's name by its number, with a capital; also
                    // after the operation's name: "Operation Lusitania 2", "Op. Canal 19".)
                    || self.s(label_tok) == "Operation" && !self.plural_at(q.last)
                    || self.s(label_tok).starts_with(|c: char| c.is_ascii_uppercase())
                        && label_tok >= 2
                        && (self.s(label_tok - 1) == "Operation"
                            || self.sym_is(label_tok - 1, ".") && self.s(label_tok - 2) == "Op")
                        && !self.plural_at(q.last)
                    // ("Branch 235", a facility's name; "Panzerbrigade 45", "Brigade 45", a
                    // unit's; "Watertorenstraat 33", a house number after its street, as
                    // Dutch, German, Nordic and Slavic addresses write it.)
                    || self.s(label_tok).starts_with(|c: char| c.is_ascii_uppercase())
                        && !self.plural_at(q.last)
                        && {
                            let w = self.lower(label_tok);
                            let compound = |suffix: &str| w.len() > suffix.len() + 2 && w.ends_with(suffix);
                            matches!(
                                w,
                                "branch" | "brigade" | "battalion" | "regiment" | "brigades" | "battalions" | "regiments"
                            )
                                || ["brigade", "bataillon", "battalion", "regiment", "geschwader"]
                                    .iter()
                                    .any(|s| compound(s))
                                || ["straat", "straße", "strasse", "gasse", "laan", "vej", "gatan", "katu", "utca", "ulica"]
                                    .iter()
                                    .any(|s| compound(s))
                        })
                .then_some(false)
            })
            && (dotted || !needs_dot)
        {
            let w = self.lower(label_tok);
            let plural = w.ends_with('s') || w == "pp";
            // A label after `the` (or `the` and one lowercase word) with `times` after its
            // number is a plain noun, and the number counts occasions: "crossed the median line
            // 72 times", "redrew the line 3 times".
            let the = |k: usize| self.word_is(k, "the");
            if q.bare()
                && self.word_is(skip, "times")
                && self.gap(skip) == Gap::Space
                && label_tok >= 1
                && (the(label_tok - 1)
                    || label_tok >= 2
                        && the(label_tok - 2)
                        && self.s(label_tok - 1).starts_with(|c: char| c.is_ascii_lowercase()))
            {
                return None;
            }
            // ("Under the revised penal code 40 offences carry", after a lowercase word and
            // before a plural: a count; "HS code 8703 vehicles", "Code 3.1" are labels.)
            if self.s(label_tok) == "code"
                && label_tok >= 1
                && self.lowercase_word_at(label_tok - 1)
                && self.noun_after(q.last, false).is_some_and(|n| n.plural)
            {
                return None;
            }
            // ("Laws 12 states passed", "the decrees 200 officers signed": a count after these.)
            if matches!(
                w,
                "decrees"
                    | "laws"
                    | "directives"
                    | "regulations"
                    | "rounds"
                    | "berths"
                    | "routes"
                    | "highways"
            ) && self.noun_after(q.last, false).is_some_and(|n| n.plural)
            {
                return None;
            }
            // Labels that are also verbs, in lower case before a plural: "will release 300
            // prisoners", "issue 5,000 visas", "question 40 suspects" (but "Issue 5 of the
            // bulletin", "map 2 shows").
            // (In a verb's place: after a modal, `to`, `not`, an adverb of time or a pronoun, or
            // `and`/`or` for the words that are verbs more often than labels; "In question 12
            // respondents", "grade 3 pupils", "and grade 5 officers earn" keep the label.)
            let verb = matches!(
                w,
                "release"
                    | "issue"
                    | "question"
                    | "map"
                    | "schedule"
                    | "model"
                    | "grade"
                    | "block"
                    | "stage"
                    | "building"
            ) && self.s(label_tok).starts_with(|c: char| c.is_ascii_lowercase())
                && label_tok > 0
                && self.is_word(label_tok - 1)
                && {
                    let before = self.lower(label_tok - 1);
                    lx::is_modal(before)
                        || matches!(
                            before,
                            "to" | "not" | "also" | "then" | "later" | "again" | "they" | "we" | "who" | "did" | "does" | "do"
                        )
                        || matches!(before, "and" | "or") && matches!(w, "release" | "issue" | "question" | "block")
                        // ("Brazil is building 3 submarines")
                        || w == "building" && matches!(before, "is" | "are" | "was" | "were" | "be" | "been" | "now" | "still")
                        // A plural subject: "Police block 4 highways", "Courts issue 5,000 warrants".
                        || lx::looks_plural(before) && !lx::is_stop(before) && !lx::is_s_verb(before)
                };
            if verb {
                let mut after = skip;
                // ("release 3-4 months' worth", "will stage 1 or 2 exercises": past the range's
                // other end.)
                if (self.sym_is(after, "-–") || self.word_is(after, "or") || self.word_is(after, "to"))
                    && self.is_num(after + 1)
                {
                    after = self.glued_chain(after + 1).0;
                }
                // ("will release 12 of them", "will block 10 accounts": the label is the verb; not
                // "and issue 4 of the gazette".)
                let of_them = self.word_is(after, "of")
                    && matches!(
                        self.lower(after + 1),
                        "them" | "these" | "those" | "its" | "their" | "his" | "her" | "our"
                    );
                if of_them
                    || self.is_word(after) && lx::looks_plural(self.lower(after))
                    || self.noun_after(after, q.raw() == 1.0).is_some_and(|n| n.plural)
                {
                    return None;
                }
            }
            // "the front line 20 to 30 km": a range with a unit or a plural noun after a singular
            // label is a figure ("Chapter 3 to 5" is a label's range).
            let or = self.word_is(skip, "or");
            if !plural
                && (self.word_is(skip, "to") || or)
                && self.is_num(skip + 1)
                && self.gap(skip + 1) == Gap::Space
            {
                let after = self.glued_chain(skip + 1).0;
                let lower = self.lower(after);
                let measured = self.is_word(after)
                    && self.gap(after) == Gap::Space
                    && (lx::unit_word(self.s(after), false).is_some()
                        || lx::looks_plural(lower) && !lx::is_stop(lower) && !lx::is_s_verb(lower));
                let (a, b) = (self.toks[q.num_tok], self.toks[skip + 1]);
                let whole = |t: Tok| t.is_plain_whole();
                if or {
                    let spaced = self.is_word(after) && self.gap(after) == Gap::Space;
                    // A second number with a unit or magnitude of its own is a figure: "route 7
                    // or 40 km", "Phase 1 or 2 million doses".
                    if spaced
                        && (lx::unit_word(self.s(after), false).is_some()
                            || lx::magnitude_spaced(lower).is_some())
                    {
                        return Some(skip);
                    }
                    // In a phrase that opens the clause, a preposition and a determiner make the
                    // label a plain noun, and the numbers count what follows: "At every
                    // checkpoint 3 or 4 soldiers", "In the first phase 300 or 400 households",
                    // "Per round 5 or 6 shells"; so does a determiner before times or a span of
                    // time: "repeated the question 2 or 3 times". ("The Tier 1 or 2 suppliers",
                    // "held the Article 4 or 5 consultations": the label's numbers.)
                    let timed = spaced && (lower == "times" || lx::is_time_noun(lower));
                    let determiner = |k: usize| {
                        self.is_word(k)
                            && matches!(
                                self.lower(k),
                                "the"
                                    | "a"
                                    | "an"
                                    | "each"
                                    | "every"
                                    | "per"
                                    | "that"
                                    | "this"
                                    | "any"
                                    | "first"
                                    | "second"
                                    | "third"
                                    | "final"
                                    | "last"
                                    | "next"
                                    | "its"
                                    | "their"
                            )
                    };
                    let mut k = label_tok;
                    while k > 0 && determiner(k - 1) {
                        k -= 1;
                    }
                    let opens = |k: usize| k == 0 || self.sentence_initial(k) || self.sym_is(k - 1, ",");
                    let preposition = k > 0
                        && self.is_word(k - 1)
                        && matches!(
                            self.lower(k - 1),
                            "in" | "at"
                                | "on"
                                | "by"
                                | "for"
                                | "during"
                                | "after"
                                | "before"
                                | "across"
                                | "within"
                        )
                        && opens(k - 1);
                    let distributive = matches!(self.lower(k), "each" | "every" | "per") && opens(k);
                    let determined = k < label_tok && (preposition || distributive || timed);
                    // (What follows is read only where the words before allow a count.)
                    let counted = determined
                        && (timed
                            || spaced
                                && (measured
                                    || lower == "percent"
                                    || lower == "per" && self.word_is(after + 1, "cent")
                                    || self.noun_after(after, false).is_some_and(|n| n.plural))
                            || self.sym_is(after, "%"));
                    if counted {
                        return None;
                    }
                    // Otherwise the label's other numbers, also before a noun: "Article 4 or 5 of
                    // the treaty", "Section 3.2 or 4.1", "Category 4 or 5 hurricanes", "dial 112
                    // or 911 or 999".
                    if whole(a) && whole(b) || a.frac_digits > 0 && b.frac_digits > 0 {
                        let alike =
                            |k: usize| self.toks[k].is_plain_whole() == whole(b) && self.bare_alone(k);
                        return Some(self.skip_numbers(after, alike));
                    }
                }
                if measured {
                    return None;
                }
                // A label's range: two whole numbers going up ("Chapter 3 to 5"); otherwise only
                // the label's number is skipped ("session 10 to 346.8 M" goes on to a figure).
                let up = self.s(skip + 1).parse::<u64>().ok() > self.s(q.num_tok).parse::<u64>().ok();
                if whole(a) && whole(b) && up {
                    return Some(after);
                }
                return Some(skip);
            }
            let end = self.skip_list(skip, plural);
            // The size of the scale or series a singular label's number counts in: "Level 2 of
            // 4", "Phase 3 of 5" (not "Article 5 of 300 pages").
            if !plural && self.word_is(end, "of") && self.is_num(end + 1) && self.bare_alone(end + 1) {
                return Some(end + 2);
            }
            return Some(end);
        }
        // Ports, precincts and versions, with a list after them: "TCP 443 and 8443",
        // "precinct 1045", "versions 9.16 and 9.18". A count after such a word stays a count
        // ("In each precinct 300 ballots", "in earlier versions 12 bugs", "TCP 443 and 20
        // other ports").
        if !dotted && q.bare() && self.is_word(label_tok) {
            // A version has a point, or is a whole number in a list ("Versions 2 and 3 of the
            // malware"; "Of the releases 3 were patched" counts).
            let versioned = |k: usize| {
                let next = self.glued_chain(k).0;
                self.toks[k].frac_digits > 0
                    || self.toks[k].dots > 0
                    || (self.sym_is(next, ",.;)") || matches!(self.lower(next), "and" | "or" | "of"))
                        && self.noun_after(next, false).is_none()
            };
            let port = |k: usize| {
                let t = self.toks[k];
                t.frac_digits == 0
                    && t.dots == 0
                    && !t.grouped
                    && t.int_digits <= 5
                    && self.noun_after(self.glued_chain(k).0, false).is_none()
                    && !matches!(self.lower(k + 1), "other" | "more" | "additional" | "further" | "new")
            };
            match self.lower(label_tok) {
                "versions" | "releases" if versioned(q.num_tok) => {
                    return Some(self.skip_numbers(skip, versioned));
                }
                "tcp" | "udp" | "precinct" | "precincts" if q.last == q.num_tok + 1 && port(q.num_tok) => {
                    return Some(self.skip_numbers(skip, port));
                }
                // A service's or a syndicate's number: "the helpline 1373 received", "Lloyd's
                // syndicate 2987" ("Through the helpline 300 survivors" counts).
                "helpline" | "helplines" | "hotlines" | "syndicate" if called(3) => {
                    return Some(q.last);
                }
                // A procedure's number: "Procedure 4.2" ("repeated the procedure 3 times" counts).
                "procedure" | "procedures" if versioned(q.num_tok) => {
                    return Some(self.skip_numbers(skip, versioned));
                }
                // School classes and grades, listed or as a range, with no noun after them:
                // "classes 1 to 5", "grades 3 and 4", "class 9 or 10" ("In some classes 12
                // pupils", "attend classes 5 days a week" count).
                // (So are a programme's years: "front-loaded in years 1-3".)
                "class" | "classes" | "grades" | "years" if q.last == q.num_tok + 1 => {
                    let grade = |k: usize| {
                        let t = self.toks[k];
                        t.is_plain_whole() && t.int_digits <= 2 && self.numeral_value(k) <= 13.0
                    };
                    let mut end = q.last;
                    while grade(end - 1)
                        && (self.word_is(end, "to")
                            || self.word_is(end, "and")
                            || self.word_is(end, "or")
                            || self.sym_is(end, ",-–"))
                        && self.is_num(end + 1)
                        && grade(end + 1)
                    {
                        end = self.glued_chain(end + 1).0;
                    }
                    // (Nothing that measures after the last: "In recent years 3 to 5%", "Over the
                    // years 2 to 3 million people".)
                    let measured = self.sym_is(end, "%")
                        || self.is_word(end)
                            && (lx::magnitude_spaced(self.s(end)).is_some()
                                || self.unit_at(end, false).is_some()
                                || lx::currency_word(self.lower(end)).is_some()
                                || matches!(self.lower(end), "percent" | "per" | "pc"));
                    let years_label = self.lower(label_tok) != "years"
                        || label_tok > 0
                            && self.is_word(label_tok - 1)
                            && matches!(self.lower(label_tok - 1), "in" | "during" | "of" | "between");
                    if grade(q.num_tok)
                        && years_label
                        && !measured
                        && self.noun_after(end, false).is_none()
                        && !self.word_is(end, "of")
                    {
                        return Some(end);
                    }
                }
                // Ships' numbers: "IMO numbers 9329760 and 9364722", "MMSI number 273456789".
                "numbers" | "number"
                    if label_tok > 0
                        && matches!(self.s(label_tok - 1), "IMO" | "MMSI")
                        && self.toks[q.num_tok].int_digits >= 7 =>
                {
                    let long = |k: usize| {
                        let t = self.toks[k];
                        t.is_plain_whole() && t.int_digits >= 7
                    };
                    return Some(self.skip_numbers(skip, long));
                }
                // Hull, pennant, tail, catalogue, serial, case and reference numbers, and the
                // numbers of registers and papers: "hull numbers 927 and 928", "pennant number
                // 533", "catalogue number 58115", "company number 314159-3301".
                "numbers" | "number"
                    if label_tok > 0
                        && matches!(
                            self.lower(label_tok - 1),
                            "hull"
                                | "pennant"
                                | "tail"
                                | "bort"
                                | "catalogue"
                                | "catalog"
                                | "serial"
                                | "case"
                                | "reference"
                                | "company"
                                | "registration"
                                | "licence"
                                | "license"
                                | "permit"
                                | "account"
                                | "passport"
                                | "tracking"
                                | "invoice"
                                | "docket"
                                | "file"
                                | "policy"
                        )
                        && self.toks[q.num_tok].is_plain_whole() =>
                {
                    let whole = |k: usize| self.toks[k].is_plain_whole() && self.bare_alone(k);
                    let mut end = self.skip_numbers(skip, whole);
                    // (And a span of them: "serial numbers 3301 to 3304", "hull numbers 927-930".)
                    if (self.word_is(end, "to") || self.word_is(end, "through") || self.sym_is(end, "-–"))
                        && self.is_num(end + 1)
                        && self.toks[end + 1].is_plain_whole()
                    {
                        end = self.glued_chain(end + 1).0;
                    }
                    return Some(end);
                }
                _ => {}
            }
        }
        // The denominator of a rate: "2.4 deaths per 10,000 people", "620 per 100,000 live
        // births". (`per cent` is read with the number before it.)
        // Also after "for every": "one latrine for every 68 people".
        // (Also after a slash apart, after a price: "32,500 FCFA / 100 kg".)
        let slash_basis = self.sym_is(label_tok, "/")
            && self.gap(label_tok) == Gap::Space
            && self.gap(label_tok + 1) == Gap::Space
            && q.unit.is_some()
            && label_tok >= 1
            && (self.is_word(label_tok - 1) && lx::currency_code(self.s(label_tok - 1)).is_some()
                || self.is_word(label_tok - 1) && lx::currency_word(self.lower(label_tok - 1)).is_some()
                || self.is_num(label_tok - 1)
                    && label_tok >= 2
                    && self.sym(label_tok - 2).is_some_and(|c| lx::currency_symbol(c).is_some()));
        if !dotted
            && (self.word_is(label_tok, "per")
                || label_tok >= 1 && self.word_is(label_tok, "every") && self.word_is(label_tok - 1, "for")
                || slash_basis)
        {
            return Some(skip);
        }
        // A body named by its number ("the Group of 77") and a day counted from an event ("on
        // day 400 of the war", but "every day 400 people").
        if !dotted && q.bare() && plain_int && label_tok > 0 {
            let before = self.lower(label_tok - 1);
            let group = self.word_is(label_tok, "of") && self.s(label_tok - 1) == "Group";
            // (Or a day a case passes or reaches: "a file that passes day 90 should trigger a
            // hearing"; not before a noun, "passed day 3 patients".)
            let day = self.word_is(label_tok, "day")
                && (matches!(
                    before,
                    "on" | "by" | "since" | "until" | "till" | "after" | "before" | "from" | "to"
                ) || matches!(before, "passes" | "passed" | "reaches" | "reached" | "past" | "beyond")
                    && self.noun_after(q.last, false).is_none());
            if group || day {
                return Some(skip);
            }
            // Days of a campaign counted from its start, listed or as a range: "on days 1 to 6",
            // "during days 3 and 4" (but "on days 2 to 3 people died" counts people).
            if self.word_is(label_tok, "days")
                && matches!(before, "on" | "during" | "for")
                && let Some(end) = self.numbers_listed(q, skip)
            {
                return Some(end);
            }
        }
        if !dotted && q.bare() && plain_int && self.is_word(label_tok) {
            let label = self.lower(label_tok);
            let no_noun = || self.noun_after(q.last, q.raw() == 1.0).is_none();
            // A week of the year, with no noun after it: "in epidemiological week 34",
            // "compared with week 33", "Week 12 saw", but not a stretch of time ("the first
            // week 15 died", "each week 40 arrive", "last week 40 people").
            let weeks = label == "weeks" || label == "wks";
            let week = (label == "week" || label == "wk" || weeks)
                && q.raw() <= 53.0
                && (label_tok == 0
                    || self.sentence_initial(label_tok)
                    // "its week 14 count", "ACLED's week 14 data", a header's "Fatalities wk 14".
                    || self.word_is(label_tok - 1, "s") && label_tok >= 2 && self.sym_is(label_tok - 2, "'’")
                    || self.is_word(label_tok - 1) && {
                        let before = self.lower(label_tok - 1);
                        lx::looks_plural(before) && !lx::is_stop(before) && !lx::is_s_verb(before)
                    }
                    // ("data for week 33"; "queued for weeks 3 or 4 hours" is a span of time.)
                    || self.word_is(label_tok - 1, "for")
                        && (!weeks
                            || (matches!(self.lower(q.last), "and" | "to" | "through" | "or")
                                || self.sym_is(q.last, ",-–"))
                                && self.noun_after(self.skip_list(skip, true), false).is_none())
                    || matches!(
                        self.lower(label_tok - 1),
                        "in" | "on"
                            | ","
                            | "between"
                            | "the"
                            | "epidemiological"
                            | "epi"
                            | "reporting"
                            | "calendar"
                            | "iso"
                            | "surveillance"
                            | "since"
                            | "from"
                            | "until"
                            | "till"
                            | "to"
                            // ("between January and week 43")
                            | "and"
                            | "by"
                            | "of"
                            | "with"
                            | "during"
                            | "after"
                            | "before"
                            | "through"
                            | "its"
                            | "their"
                            | "our"
                            | "his"
                            | "her"
                    ));
            // (What a week's number may name: "its week 14 count", "week 14 data".)
            let week_report = week
                && matches!(
                    self.lower(q.last),
                    "count"
                        | "data"
                        | "total"
                        | "figures"
                        | "report"
                        | "update"
                        | "tally"
                        | "numbers"
                        | "estimate"
                );
            // A number to call, standing alone: "Call 112 in an emergency", "dial 999.", but not
            // "call 200 a day", "called 12 to testify" or "called 300 reservists".
            // ("call 112 to report" has a number of three digits or more before a verb.)
            let call = matches!(label, "call" | "calling" | "called" | "phone" | "ring")
                && (2..=4).contains(&t.int_digits)
                && (q.last >= self.toks.len()
                    || self.sym_is(q.last, ".,;:)")
                    // (Before a note on the call in brackets: "Call 1090 (toll-free)".)
                    || self.sym_is(q.last, "(")
                        && self.is_word(q.last + 1)
                        && matches!(self.lower(q.last + 1), "toll" | "free" | "24" | "landline" | "mobile")
                    || matches!(
                        self.lower(q.last),
                        "in" | "for" | "or" | "and" | "if" | "from" | "now" | "with"
                    )
                    || t.int_digits >= 3
                        && self.word_is(q.last, "to")
                        && self.is_word(q.last + 1)
                        && !lx::is_stop(self.lower(q.last + 1)));
            // Calls made to a number: "Calls to 112 rose", "a call to 911" (but "calls to 300
            // families" counts families).
            let call = call
                || label == "to"
                    && label_tok > 0
                    && matches!(self.lower(label_tok - 1), "call" | "calls" | "calling" | "called")
                    && (2..=3).contains(&t.int_digits)
                    && !self.word_is(q.last, "of")
                    && !(self.word_is(q.last, "to") && t.int_digits < 3);
            // A survey's wave, with no noun after it: "In wave 7 the panel", "Ipsos wave 7"
            // (but "a wave 300 people strong", "each wave 1,500 adults").
            let wave = label == "wave" && t.int_digits <= 2;
            // A code: "HS code 8471", "code 8703 vehicles"; a short one before a plural counts
            // ("the penal code 40 offences").
            let code = matches!(label, "code" | "codes")
                && (t.int_digits >= 4 || self.noun_after(q.last, false).is_none_or(|n| !n.plural));
            // A radio or television channel: "VHF channel 16", "on Channel 4" (but "across the
            // channel 450 arrived").
            let channel = t.int_digits <= 3
                && (label == "ch"
                    || label == "channel"
                        && label_tok > 0
                        && matches!(
                            self.lower(label_tok - 1),
                            "vhf"
                                | "uhf"
                                | "hf"
                                | "tv"
                                | "television"
                                | "radio"
                                | "marine"
                                | "on"
                                | "emergency"
                        ));
            // Weeks of the year as a range or a pair: "in weeks 1-11", "between weeks 8 and 11",
            // "the week 36–40 growth rate" (both up to 53, with no noun after: "after weeks 50
            // bodies" counts bodies).
            if week && (weeks || self.sym_is(q.last, "-–") && self.glued(q.last) && self.glued(q.last + 1))
            {
                let joined = self.sym_is(q.last, "-–") && self.glued(q.last) && self.glued(q.last + 1)
                    || matches!(self.lower(q.last), "to" | "and" | "through");
                let second = q.last + 1;
                let small = |k: usize| {
                    self.tok(k).is_some_and(|t| {
                        t.kind == Kind::Num
                            && !t.grouped
                            && t.dots == 0
                            && self.s(k).parse::<u32>().is_ok_and(|n| n <= 53)
                    })
                };
                if joined && small(second) && self.noun_after(second + 1, false).is_none() {
                    return Some(second + 1);
                }
                // A list: "for weeks 33, 34 and 35", "for weeks 3 or 4 of the term".
                let listed = self.skip_list(skip, true);
                if listed > skip && self.noun_after(listed, false).is_none() {
                    return Some(listed);
                }
                if no_noun() {
                    return Some(skip);
                }
            }
            // ("Calls to 112 and 911", "call 17 or 15": the other numbers called too, each bare
            // and counting nothing; "called 200 or 300 reservists" calls none.)
            let listed_number = |k: usize| {
                self.is_num(k)
                    && self.toks[k].is_plain_whole()
                    && (2..=4).contains(&self.toks[k].int_digits)
                    && self.bare_alone(k)
            };
            let joined_at = |k: usize| {
                let mut n = k;
                if self.sym_is(n, ",") {
                    n += 1;
                }
                if self.word_is(n, "or") || self.word_is(n, "and") {
                    n += 1;
                }
                (n > k).then_some(n)
            };
            if call && no_noun() {
                // ("called 200 or 300 reservists" is a range; "Call 112 or 5 people will die" calls.)
                let imperative =
                    matches!(label, "call" | "phone" | "ring") && self.sentence_initial(label_tok);
                if !imperative
                    && self.word_is(skip, "or")
                    && self.is_num(skip + 1)
                    && !listed_number(skip + 1)
                {
                    return None;
                }
                let mut end = skip;
                while let Some(n) = joined_at(end).filter(|&n| listed_number(n)) {
                    end = n + 1;
                }
                return Some(end);
            }
            // ("In week 12 Lampedusa processed 1,140 people": a name after a week's number is no
            // noun it counts.)
            let named_after = || {
                let name = self.s(q.last);
                name.starts_with(|c: char| c.is_ascii_uppercase())
                    && !name.ends_with('s')
                    && !lx::is_people_word(self.lower(q.last))
                    && self.noun_after(q.last, false).is_some_and(|n| !n.plural)
            };
            if week && named_after() || (week || channel || wave) && no_noun() || week_report {
                return Some(skip);
            }
            if code {
                return Some(self.skip_list(skip, label == "codes"));
            }
        }
        // Dates: "Feb. 13", "February 13", "Monday 13"; a month's year also before a currency
        // in brackets, as a table header writes it ("Cost, Mar 2026 (YER)").
        let year_before_code = || {
            q.cur.is_some()
                && q.first == q.num_tok
                && !q.has_mag
                && q.pct.is_none()
                && q.unit.is_none()
                && self.is_year_numeral(q.num_tok)
                && self.sym_is(q.num_tok + 1, "([")
                && lx::is_month(self.s(label_tok))
        };
        if self.is_word(label_tok) && plain_int && (q.bare() || year_before_code()) {
            let w = self.s(label_tok);
            // A day is 1 to 31 ("On Monday 40 drones" counts drones); a month also takes a year.
            let day = t.int_digits <= 2 && (1.0..=31.0).contains(&q.raw());
            // (Also a month of the Nepali, Persian or Islamic calendar: "Falgun 21", "Mehr 5".)
            let month = lx::is_month(w) || lx::is_calendar_month(w);
            // After a week day, a plural noun makes it a count ("On Monday 13 people died");
            // a date goes on with a month ("Monday 13 March").
            let weekday = !month && lx::is_weekday(self.lower(label_tok));
            if (month || weekday)
                && (day || month && t.int_digits == 4)
                && !(weekday && self.noun_after(skip, false).is_some_and(|n| n.plural))
            {
                let mut end = skip;
                // ", 2026"
                if self.sym_is(end, ",") && self.is_num(end + 1) && self.is_year_numeral(end + 1) {
                    end += 2;
                }
                return Some(end);
            }
        }
        // An identifier after an all-capitals label and a colon: "IMO: 9332810", "MMSI:
        // 273456789" (five digits or more, not grouped: "NOTE: 5 people" counts).
        if self.sym_is(p, ":")
            && p > 0
            && self.glued(p)
            && self.is_word(p - 1)
            && self.s(p - 1).len() >= 2
            && self.s(p - 1).bytes().all(|b| b.is_ascii_uppercase())
            && lx::currency_code(self.s(p - 1)).is_none()
            && plain_int
            && t.int_digits >= 5
            && q.bare()
        {
            return Some(skip);
        }
        // Names and acronyms: "Boeing 737", "ISO 3166", "SDG 16"; versions after a name with
        // a capital inside, also opening a sentence: "LockBit 3.0", "ESXi 8.0" (not a surname:
        // "DeSantis 15.2", "McCarthy 4.1").
        let version = t.dots == 1 && t.frac_digits > 0 && !t.grouped && self.gap(first) == Gap::Space;
        // ("Project 636.3": a design's number.)
        if version && q.bare() && self.s(p) == "Project" {
            return Some(skip);
        }
        if version && self.is_word(p) && q.bare() && !q.negative {
            let w = self.s(p);
            let b = w.as_bytes();
            let surname =
                ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O"].iter().any(|prefix| {
                    w.starts_with(prefix) && b.get(prefix.len()).is_some_and(u8::is_ascii_uppercase)
                });
            let inner_capital = b.len() >= 3
                && b[0].is_ascii_uppercase()
                && b[1..].iter().any(u8::is_ascii_uppercase)
                && b.iter().any(u8::is_ascii_lowercase)
                && !surname;
            // A product named by two words in capitals joined by a hyphen: "PAN-OS 10.2", "NX-OS
            // 9.3".
            let caps = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
            let hyphenated_caps = p >= 2
                && caps(w)
                && self.sym_is(p - 1, "-")
                && self.glued(p)
                && self.glued(p - 1)
                && self.is_word(p - 2)
                && caps(self.s(p - 2));
            if (inner_capital || hyphenated_caps) && !self.gapped(p, skip, floor) {
                // The other versions listed, bare: "FortiOS 7.0 and 7.2" (not "LockBit 3.0 and
                // 2.5 million records").
                let other_version = |k: usize| {
                    let t = self.toks[k];
                    t.dots == 1 && t.frac_digits > 0 && !t.grouped && self.bare_alone(k)
                };
                return Some(self.skip_numbers(skip, other_version));
            }
        }
        // (A number with a point only after a standard's series, with no noun after it: "3GPP TS
        // 33.126", "ETSI EN 303.645"; "SNP 45.2", "WTI 71.235", "the ADIZ 7.4 vessels" count.)
        let pointed = t.dots == 1
            && t.frac_digits > 0
            && !t.grouped
            && matches!(self.s(p), "TS" | "TR" | "EN" | "ES" | "SP" | "RFC" | "STANAG")
            && (self.noun_after(q.last, false).is_none() || self.word_is(q.last, "rev"));
        if self.is_word(p) && !glued && (plain_int || pointed) && q.bare() && !q.negative {
            let w = self.s(p);
            let caps = w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
            let capitalised = w.chars().next().is_some_and(char::is_uppercase);
            let known = || {
                lx::currency_code(w).is_some() && !(p > 0 && self.word_is(p - 1, "flight")) && w != "LE"
                    || lx::magnitude_spaced(w).is_some()
                    || lx::is_month(w)
                    || lx::is_weekday(self.lower(p))
                    || w == "I"
            };
            // (A name of two capitalised words joined by a hyphen: "the Sea-Watch 5", "the
            // Louise-Michel 2".)
            let compound = || {
                p >= 2
                    && self.sym_is(p - 1, "-")
                    && self.glued(p)
                    && self.glued(p - 1)
                    && self.is_word(p - 2)
                    && self.s(p - 2).starts_with(|c: char| c.is_ascii_uppercase())
                    && !self.sentence_initial(p - 2)
                    // (Nor the last of a list, ending its clause: "412 attacks in 2024 and ISIS-Somalia
                    // 37", "and the Centre-Est 28"; "and the Louise-Michel 2 was detained" names.)
                    && {
                        let b = if p >= 4 && self.word_is(p - 3, "the") { p - 4 } else { p - 3 };
                        let listed = self.word_is(b, "and") || self.word_is(b, "or") || self.sym_is(b, ",");
                        !(listed && self.tok(q.last).is_none_or(|t| t.kind == Kind::Sym))
                    }
                    // ("In the North-West 40 people died", "The Iraq-Turkey 2 pipelines", "the
                    // Indo-Pacific 14 partner countries")
                    && !self.noun_after(q.last, false).is_some_and(|n| n.plural)
            };
            // (Not a range after a country whose other end says what it measures: "Romania and
            // Bulgaria 3 to 5% each"; "cut Nord Stream 1 to 40%", "revised Kenya 5 to 5.3%" are
            // changes.)
            let measured_range = || {
                (self.word_is(q.last, "to") || self.sym_is(q.last, "-–"))
                    && self.is_num(q.last + 1)
                    && (lx::is_country(w)
                        || p >= 1 && matches!(self.lower(p - 1), "in" | "across" | "throughout" | "inside"))
                    && !(p.saturating_sub(4)..p).any(|k| self.is_word(k) && lx::is_change_verb(self.lower(k)))
                    && self
                        .quantity(q.last + 1, q.last)
                        .is_some_and(|r| (r.pct.is_some() || r.unit.is_some()) && r.raw() > q.raw())
            };
            // (Opening a sentence too when a verb in the past follows: "; Falcon 9 flew 165
            // times", "Boeing 737 crashed"; not after a country or a plural: "Kenya 5 died",
            // "Militants 40 killed" are no names.)
            // (Or a modal or a singular verb: "Estlink 2 will be out of service", "Hornsea 2 is
            // the largest".)
            // (A verb in the present before its own number: "Estlink 2 carries 658 MW".)
            let s_verb = || {
                lx::is_s_verb(self.lower(q.last))
                    && self.is_num(q.last + 1)
                    && self.gap(q.last + 1) == Gap::Space
            };
            let verb_after = || {
                self.lowercase_word_at(q.last)
                    && ((lx::is_irregular_past(self.lower(q.last))
                        || self.lower(q.last).ends_with("ed")
                        || matches!(self.lower(q.last), "is" | "was" | "has" | "remains" | "lies")
                        || lx::is_modal(self.lower(q.last)))
                        && !lx::looks_plural(self.lower(q.last))
                        || s_verb())
                    && !lx::is_country(w)
                    && !lx::looks_plural(self.lower(p))
                    // (A name, not a function word, a determiner or an approximator: "Some 40
                    // concerned residents", "The 12 brought charges", "Only 7 qualified teachers",
                    // "These 12 crashed".)
                    && !lx::is_stop(self.lower(p))
                    && prefixes_ending_with(self.lower(p)).is_empty()
                    && !lx::is_person_noun(self.lower(q.last))
            };
            // (A dash glued between two names opens no clause: "the Iridium 33–Cosmos 2251
            // collision"; nor does a quotation mark around a name and its number: `The C-130Q
            // "Bomber 390" drops`.)
            // (Read only for a capitalised word opening a clause, most candidates being none.)
            let opening = || {
                let marked_name = p >= 2
                    && self.sym_is(p - 1, "–—")
                    && self.glued(p)
                    && self.glued(p - 1)
                    && (self.is_num(p - 2) || self.is_word(p - 2))
                    || p >= 1
                        && self.sym_is(p - 1, "\"“")
                        && self.glued(p)
                        && self.sym_is(q.last, "\"”")
                        && self.glued(q.last);
                let plain_word =
                    || prefixes_ending_with(self.lower(p)).is_empty() && !lx::is_stop(self.lower(p));
                self.sentence_initial(p) && !(marked_name && plain_word())
            };
            // (A country's value in a list of them or a rate: "highest in Lebanon 160, Montenegro
            // 51 and Jordan 61", "in Montenegro 51 per 1,000".)
            let country_value = || {
                lx::is_country(w)
                    && (self.word_is(q.last, "per") && self.is_num(q.last + 1)
                        || [p.checked_sub(2), Some(q.last + 1)]
                            .into_iter()
                            .flatten()
                            .any(|k| self.is_word(k) && lx::is_country(self.s(k)) && self.is_num(k + 1)))
            };
            // (Alone in brackets, a singular name and its number, of one or two digits: "the
            // programme (Horizon 3)", "(Pillar 3)"; not "(Total 45)", "(Killed 3)", "(Women
            // 45)", "the casualties (Kabul 300)".)
            // (A word that may name one thing with its number: no plural, participle, function
            // word, country or summary.)
            let name_like = || {
                let lower = self.lower(p);
                !lx::looks_plural(lower)
                    && !lower.ends_with("ed")
                    && !lx::is_stop(lower)
                    && !lx::is_country(w)
                    && prefixes_ending_with(lower).is_empty()
                    && !matches!(
                        lower,
                        "total"
                            | "average"
                            | "mean"
                            | "median"
                            | "sum"
                            | "max"
                            | "min"
                            | "maximum"
                            | "minimum"
                            | "est"
                            | "estimate"
                            | "approx"
                            | "ca"
                            | "circa"
                            | "about"
                            | "n"
                            | "population"
                    )
            };
            let bracketed_name = || {
                p >= 1
                    && t.int_digits <= 2
                    && self.sym_is(p - 1, "([")
                    && self.glued(p)
                    && self.sym_is(q.last, ")]")
                    && self.glued(q.last)
                    && name_like()
            };
            // (Or a line's label, maybe in bold, ending at its colon: "- **Humanity 1**: detained
            // twice", "- **Sea-Watch 5**:".)
            let line_label_name = || {
                let first = if p >= 2 && self.sym_is(p - 1, "-") && self.glued(p) && self.glued(p - 1) {
                    p - 2
                } else {
                    p
                };
                t.int_digits <= 3 && self.line_start(first) && self.sym_is(q.last, ":") && name_like()
            };
            // (A pennant number alone in brackets: "ITS Margottini (F 592)".)
            let pennant = w.len() == 1
                && capitalised
                && plain_int
                && t.int_digits <= 4
                && p >= 1
                && self.sym_is(p - 1, "(")
                && self.sym_is(q.last, ")")
                && self.glued(q.last);
            // (Only a word in capitals or capitalised names: most words before a number are
            // neither, and the tests below are for those that are.)
            if (caps || capitalised)
                && !known()
                && (caps
                    || pennant
                    || plain_int
                        && capitalised
                        && (!opening() || compound() || verb_after() || bracketed_name() || line_label_name()))
                && !measured_range()
                && !country_value()
                // (Nor a span given to a country: "gives Ethiopia 7 days of free storage",
                // "granted Ukraine 30 days".)
                && !(lx::is_country(w)
                    && self.lowercase_word_at(q.last)
                    && matches!(self.lower(q.last), "days" | "weeks" | "months" | "years" | "hours"))
                // (Nor a vote's tally after a body's name: "passed the General Assembly 165 to 2".)
                && !((self.word_is(q.last, "to") || self.sym_is(q.last, "-–"))
                    && self.is_num(q.last + 1)
                    && self.vote_verb_near(p))
                && !self.gapped(p, skip, floor)
                && !self.place_then_people(p, q)
                && !self.part_of_group(p, q)
            {
                return Some(self.skip_list(skip, false));
            }
        }
        None
    }

    /// Whether the capitalised plural at `p` names a group and the number after it is a part
    /// of a whole: "leave Democrats 47 or 48 of the 100 seats", "gave Republicans 53 of the
    /// seats" ("Windows 10 of the PCs" stays a name).
    fn part_of_group(&self, p: usize, q: &Qty) -> bool {
        let lower = self.lower(p);
        if !(lx::looks_plural(lower) && lower.len() > 4 && !lx::is_numbered_name(lower)) {
            return false;
        }
        let mut k = q.last;
        if (self.word_is(k, "or") || self.word_is(k, "to") || self.sym_is(k, "-–")) && self.is_num(k + 1) {
            k += 2;
        }
        self.word_is(k, "of") && self.whole_after_of(k).is_some()
    }

    /// Whether the capitalised word at `p` names the place a clause opens with and the number
    /// after it counts people: "In Kabul 300 people were detained", "Across North Darfur 400
    /// children died", "In Mali 60 soldiers died". One or two capitalised words after `In`,
    /// `Across`, `Throughout` or `Inside` opening the sentence or following a comma, and a
    /// plural for people right after the number (a name with a number before other plurals
    /// stays a name: "In Leopard 2 tanks").
    fn place_then_people(&self, p: usize, q: &Qty) -> bool {
        let opener = |k: usize| {
            self.is_word(k)
                && matches!(self.lower(k), "in" | "across" | "throughout" | "inside")
                && (self.sentence_initial(k) || self.sym_is(k - 1, ","))
        };
        let capitalised =
            |k: usize| self.is_word(k) && self.s(k).starts_with(|c: char| c.is_ascii_uppercase());
        let one_word = p >= 1 && opener(p - 1);
        let opened = one_word || p >= 2 && capitalised(p - 1) && opener(p - 2);
        // The plural right after the number, or after the other end of a range: "In Kabul 300
        // to 400 people", "In Mali 60-80 soldiers".
        let mut noun = q.last;
        if q.last == q.num_tok + 1
            && (self.word_is(noun, "to") || self.word_is(noun, "or") || self.sym_is(noun, "-–"))
            && self.is_num(noun + 1)
        {
            noun += 2;
        }
        // (Past one word that qualifies them, after a country: "In Sudan 40 aid workers"; "In
        // Boeing 787 cabin crew", "In Branch 215 female detainees" name things.)
        if !opened {
            return false;
        }
        let name = if one_word { self.s(p) } else { &self.text[self.toks[p - 1].start..self.toks[p].end] };
        if lx::is_country(name)
            && self.is_word(noun)
            && !lx::is_people_plural(self.lower(noun))
            && self.s(noun).starts_with(|c: char| c.is_ascii_lowercase())
            && !lx::is_stop(self.lower(noun))
            && self.gap(noun + 1) == Gap::Space
            && self.is_word(noun + 1)
            && lx::is_people_plural(self.lower(noun + 1))
        {
            noun += 1;
        }
        if !(opened
            && q.last == q.num_tok + 1
            && self.is_word(noun)
            && lx::is_people_plural(self.lower(noun)))
        {
            return false;
        }
        // A country takes any number ("In Mali 6 soldiers"); another name only 20 or more (a
        // version or a label takes small numbers), and not a word that labels or names a
        // product: "In Year 11 students", "In Cohort 2 workers", "In Office 365 users", "In Area
        // 51 soldiers" hold no count.
        lx::is_country(name) || q.raw() >= 20.0 && !lx::is_numbered_name(self.lower(p))
    }

    /// Whether a percentage reached or left follows "points" at `k`: "rose 3.1 points to
    /// 58%", "fell 6 points, from 52% to 46%", "by 5 points to about 41 per cent".
    fn percentage_follows(&self, mut k: usize) -> bool {
        // Past a time between: "fell 6 points since June, from 50%", "rose 3 points in a
        // month to 45%".
        if matches!(self.lower(k), "since" | "in" | "over" | "during") && self.is_word(k) {
            let words =
                (k + 1..k + 4).take_while(|&w| self.is_word(w) && !matches!(self.lower(w), "to" | "from"));
            let after = k + 1 + words.count();
            if after > k + 1 && (self.sym_is(after, ",") || matches!(self.lower(after), "to" | "from")) {
                k = after;
            }
        }
        if self.sym_is(k, ",") {
            k += 1;
        }
        if !(self.word_is(k, "to") || self.word_is(k, "from")) {
            return false;
        }
        k += 1;
        if self.is_word(k)
            && matches!(self.lower(k), "about" | "around" | "nearly" | "almost" | "roughly" | "just")
        {
            k += 1;
        }
        self.is_num(k)
            && (self.sym_is(k + 1, "%")
                || self.word_is(k + 1, "percent")
                || self.word_is(k + 1, "pct")
                || self.word_is(k + 1, "per") && self.word_is(k + 2, "cent"))
    }

    /// Whether the number after the name at `p` (its figure ending at token `end`) is one of a
    /// list of names and numbers whose verb and noun an earlier figure of the sentence gives:
    /// "Burkina Faso recorded 1,532 deaths and Mali 604", "Denmark 19, Norway 6 and Belgium
    /// 4". The name follows `and`, `or` or a comma after a count, and the clause ends after
    /// the number. (After a percentage or a sum the number would be one too: "24% and France
    /// 2" is left alone.)
    fn gapped(&self, p: usize, end: usize, floor: usize) -> bool {
        let Some(previous) = self.last_figure_end.get().filter(|&e| e <= floor) else { return false };
        if p < 2 {
            return false;
        }
        // The name is a country or territory of up to three words ("and Burkina Faso 604"):
        // other names take numbers ("Sentinel 2 and Landsat 9", "the FTSE 100").
        let name_from = |first: usize| self.names_country(first, p);
        let Some(first) = (p.saturating_sub(2).max(floor + 1)..=p).find(|&f| self.is_word(f) && name_from(f))
        else {
            return false;
        };
        // ("the UK 300", "the Netherlands 3")
        let k = if self.word_is(first - 1, "the") && first >= 2 { first - 2 } else { first - 1 };
        let after_joint =
            self.word_is(k, "and") || self.word_is(k, "or") || self.sym_is(k, ",") && self.glued(k);
        let clause_ends = self.tok(end).is_none_or(|t| t.gap == Gap::Break)
            || self.sym_is(end, ",.;)")
            || self.word_is(end, "and")
            || self.word_is(end, "or");
        // Between the earlier count and the joint, no sentence ends and no other number stands
        // but a year ("1,532 deaths in 2023 and Mali 604"; in "3,000 refugees moved to Jordan 1
        // and Jordan 2" the names number camps).
        let plain = (previous..k).all(|m| {
            let t = self.toks[m];
            !self.sym_is(m, ".;!?:")
                && (t.kind != Kind::Num
                    || self.is_year_numeral(m)
                        && (1800..=2100).contains(&self.s(m).parse::<u32>().unwrap_or(0)))
        });
        after_joint && clause_ends && plain
    }

    /// List markers and heading numbers at the start of the text or of a line: "1. ",
    /// "2) ", "3.2 Findings".
    fn reject_marker(&self, q: &Qty) -> Option<usize> {
        // (A number the author marks as a quantity numbers nothing.)
        if q.first != q.num_tok || q.spelled || self.marked {
            return None;
        }
        let t = self.toks[q.num_tok];
        let i = q.num_tok;
        let next_free = |k: usize| self.tok(k).is_some_and(|t| t.gap != Gap::Glued);
        if t.frac_digits == 0
            && !t.grouped
            && t.int_digits <= 3
            && self.sym_is(i + 1, ".)")
            && self.glued(i + 1)
            && next_free(i + 2)
        {
            return Some(i + 2);
        }
        if i != 0 {
            return None;
        }
        let s = self.s(i);
        let short_parts = s.split('.').all(|p| !p.is_empty() && p.len() <= 2);
        let mut k = i + 1;
        if self.sym_is(k, ".") && self.glued(k) {
            k += 1;
        }
        let capital_next = self.is_word(k)
            && self.gap(k) == Gap::Space
            && self.s(k).chars().next().is_some_and(char::is_uppercase);
        if !capital_next || t.grouped || q.last != i + 1 {
            return None;
        }
        if t.dots >= 1 && short_parts {
            return Some(k);
        }
        // (An item of a series ending with a semicolon is a sentence when it is one: five words
        // or more, and a plural noun in lower case after the number: "- 15 Hamas commanders
        // killed in Khan Younis;", not "- 3 Commando Brigade;" or "- 1 Russia will not seek a
        // ceasefire;".)
        let terminated = self.text.trim_end().ends_with(['.', '!', '?'])
            || self.text.trim_end().ends_with(';')
                && self.text.split_whitespace().count() >= 5
                && (self.noun_after(i + 1, false).is_some_and(|n| {
                    let last = self.s(n.end - 1);
                    n.plural && (last.starts_with(|c: char| c.is_lowercase()) || lx::is_acronym_plural(last))
                })
                    // A model's plural: "- 2 F-16s lost in training accidents;".
                    || self.sym_is(i + 2, "-") && self.glued(i + 2) && {
                        let mut e = i + 2;
                        while self.tok(e + 1).is_some_and(|t| t.gap == Gap::Glued) {
                            e += 1;
                        }
                        e > i + 2 && self.is_word(e) && self.s(e).ends_with('s')
                    });
        // "40 Russian instructors", "4 Mi-24P helicopters": a nationality or a designation qualifies
        // a plural noun in lower case, which the number counts ("3 Key Findings" and "2
        // Regional dynamics" number sections).
        // (Also a name before a designation, "8 Bayraktar TB2 UAVs".)
        let designation_at = |d: usize| {
            self.is_word(d)
                && self.gap(d) == Gap::Space
                && self.s(d).starts_with(|c: char| c.is_ascii_uppercase())
                && (self.s(d).bytes().any(|b| b.is_ascii_digit()) || self.glued(d + 1) && self.is_num(d + 1))
        };
        // ("10 Iskander-M TELs": a capital after the hyphen.)
        let hyphen_model = self.glued_hyphen(k + 1)
            && (self.is_num(k + 2)
                || self.is_word(k + 2)
                    && self.s(k + 2).len() <= 2
                    && self.s(k + 2).bytes().all(|b| b.is_ascii_uppercase()));
        let qualifier = lx::is_people_word(self.lower(k))
            || nationality_shaped(self.lower(k))
            || self.s(k).bytes().any(|b| b.is_ascii_digit())
            || hyphen_model
            || designation_at(k + 1);
        // (An acronym's plural counts too: "6 KN-23 class SRBMs".)
        // Equipment named by its acronym is counted: "- 2 HIMARS", "- 3 ATACMS".
        let counts = lx::is_equipment_acronym(self.s(k))
            && !(self.is_word(k + 1) && self.s(k + 1).starts_with(|c: char| c.is_ascii_uppercase()))
            || qualifier
                && self.noun_after(i + 1, false).is_some_and(|n| {
                    let last = self.s(n.end - 1);
                    n.plural && (last.starts_with(|c: char| c.is_lowercase()) || lx::is_acronym_plural(last))
                });
        if t.dots == 0
            && t.int_digits <= 2
            && !terminated
            && self.text.len() < 120
            && (self.heading || !counts)
        {
            return Some(k);
        }
        None
    }

    /// Checks what follows the quantity: times ("10 am"), eras ("500 BC"), day-month dates
    /// ("13 February"), ratios ("1 in 5").
    fn reject_after(&self, q: &Qty) -> Option<usize> {
        if q.spelled {
            return None;
        }
        let t = self.toks[q.num_tok];
        let plain_int = t.is_plain_whole() && !q.negative;
        // A radio station's frequency: "broadcasting on 94.5 FM", "on 88 FM".
        if q.bare()
            && !q.negative
            && matches!(self.s(q.last), "FM" | "AM")
            && self.gap(q.last) == Gap::Space
            && q.value() <= 2000.0
        {
            return Some(q.last + 1);
        }
        // Rice's grade by its broken grains: "5% broken white rice", "| VN 5% broken (USD/t) |"
        // ("prices rose 5%, broken by" is no grade: the word follows the sign at once).
        if q.pct == Some(Pct::Percent)
            && q.cur.is_none()
            && q.unit.is_none()
            && self.word_is(q.last, "broken")
            && self.gap(q.last) == Gap::Space
            && q.value() <= 100.0
            // (Not broken things counted: "About 5% broken windows".)
            && !(self.gap(q.last + 1) == Gap::Space
                && self.plural_at(q.last + 1)
                && !matches!(self.lower(q.last + 1), "grains" | "kernels"))
        {
            return Some(q.last + 1);
        }
        // Gold's purity in carats: "a gram of 22-carat dust", "18-carat gold" (a stone's weight
        // in carats is a measure: "a 2-carat diamond").
        if q.unit == Some("ct")
            && plain_int
            && matches!(q.raw(), 9.0 | 10.0 | 14.0 | 18.0 | 21.0 | 22.0 | 23.0 | 24.0)
            && q.last == q.num_tok + 3
            && self.sym_is(q.num_tok + 1, "-")
            && self.is_word(q.last)
            && matches!(
                self.lower(q.last),
                "gold" | "dust" | "jewellery" | "jewelry" | "bars" | "bar" | "ingots"
            )
        {
            return Some(q.last);
        }
        // A shipping container's size names its kind: "a 20-foot container", "a 40-foot box",
        // "the effective 20-foot rate".
        if q.unit == Some("ft")
            && plain_int
            && matches!(q.raw(), 20.0 | 40.0 | 45.0)
            && q.last == q.num_tok + 3
            && self.sym_is(q.num_tok + 1, "-")
            && self.is_word(q.last)
            && matches!(
                self.lower(q.last),
                "container"
                    | "containers"
                    | "box"
                    | "boxes"
                    | "equivalent"
                    | "equivalents"
                    | "rate"
                    | "rates"
                    | "tariff"
            )
        {
            return Some(q.last);
        }
        // A fuel's grade: "92-octane petrol", "95 octane".
        if plain_int && q.bare() && (80.0..=110.0).contains(&q.raw()) {
            let k = q.hyphen_word.unwrap_or(q.last);
            if self.word_is(k, "octane") {
                return Some(k + 1);
            }
        }
        // An hour of the day: "they call at 5 in the morning", "at 11 at night".
        if plain_int
            && q.bare()
            && q.first == q.num_tok
            && q.first >= 1
            && self.word_is(q.first - 1, "at")
            && (1.0..=12.0).contains(&q.raw())
            && (self.word_is(q.last, "in")
                && self.word_is(q.last + 1, "the")
                && matches!(self.lower(q.last + 2), "morning" | "afternoon" | "evening")
                || self.word_is(q.last, "at") && self.word_is(q.last + 1, "night"))
        {
            return Some(q.last);
        }
        // A bus route's number: "a driver on the 201 route".
        if plain_int
            && q.bare()
            && q.first == q.num_tok
            && q.first >= 1
            && self.word_is(q.first - 1, "the")
            && self.gap(q.last) == Gap::Space
            && self.lowercase_word_at(q.last)
            && matches!(self.lower(q.last), "route" | "bus")
        {
            return Some(q.last + 1);
        }
        // A case number of parts joined by slashes, letters among them: "case
        // 147/Pid.Sus/2024/PN Bna".
        if plain_int
            && q.bare()
            && q.last == q.num_tok + 1
            && self.sym_is(q.last, "/")
            && self.glued(q.last)
            && self.is_word(q.last + 1)
            && self.glued(q.last + 1)
            && self.s(q.last + 1).starts_with(|c: char| c.is_ascii_uppercase())
            && self.sym_is(q.last + 2, "./")
            && self.glued(q.last + 2)
            && self.tok(q.last + 3).is_some_and(|t| t.gap == Gap::Glued)
        {
            return Some(q.last + 2);
        }
        // A phone number with its note: "and 133 (toll-free, 24/7)".
        if plain_int
            && q.bare()
            && t.int_digits >= 3
            && self.sym_is(q.last, "(")
            && self.word_is(q.last + 1, "toll")
            && self.sym_is(q.last + 2, "-")
            && self.word_is(q.last + 3, "free")
        {
            return Some(q.last);
        }
        // Rounding's note: "Percentages may not sum to 100 due to rounding", "Shares add up to
        // 100 per cent, allowing for rounding".
        if q.value() == 100.0
            && q.cur.is_none()
            && q.unit.is_none()
            && q.first >= 2
            && self.word_is(q.first - 1, "to")
            && matches!(self.lower(q.first - 2), "sum" | "sums" | "add" | "adds" | "up" | "total")
            && (q.last..q.last + 6).any(|k| self.word_is(k, "rounding"))
        {
            return Some(q.last);
        }
        // A score on a scale of points: "(7 on a 10-point scale)", "rated 4 on a 5-point scale".
        if q.bare()
            && self.word_is(q.last, "on")
            && self.word_is(q.last + 1, "a")
            && self.is_num(q.last + 2)
            && self.sym_is(q.last + 3, "-")
            && self.word_is(q.last + 4, "point")
            && self.word_is(q.last + 5, "scale")
        {
            return Some(q.last + 6);
        }
        // A rice grade by its share of broken grains: "Thai 5% broken", "the Thai 5% benchmark"
        // (a grade after a capitalised origin).
        let origin = q.first >= 1
            && self.is_word(q.first - 1)
            && self.s(q.first - 1).starts_with(|c: char| c.is_ascii_uppercase())
            && !self.sentence_initial(q.first - 1);
        if q.pct.is_some()
            && (self.word_is(q.last, "broken") && (origin || self.word_is(q.last + 1, "rice"))
                || matches!(self.lower(q.last), "benchmark" | "grade") && origin)
        {
            return Some(q.last + 1);
        }
        // A Dutch postcode in an address, after a comma and before its city: "Eisenhouwerlaan
        // 73, 2517 KK The Hague".
        if plain_int
            && q.bare()
            && !t.grouped
            && t.int_digits == 4
            && q.value() >= 1000.0
            && q.last == q.num_tok + 1
            && q.first >= 1
            && self.sym_is(q.first - 1, ",")
            && self.gap(q.last) == Gap::Space
            && self.is_word(q.last)
            && self.s(q.last).len() == 2
            && self.s(q.last).bytes().all(|b| b.is_ascii_uppercase())
            && self.gap(q.last + 1) == Gap::Space
            && self.is_word(q.last + 1)
            && self.s(q.last + 1).starts_with(|c: char| c.is_uppercase())
        {
            return Some(q.last + 1);
        }
        // A service's number before its singular `line`: "Panama's 311 line", "the 911 line"
        // (grouped thousands count: "the 1,000 line").
        if plain_int
            && q.bare()
            && !t.grouped
            && (3..=4).contains(&t.int_digits)
            && q.last == q.num_tok + 1
            && self.word_is(q.last, "line")
            && self.gap(q.last) == Gap::Space
            && !self.plural_at(q.last + 1)
        {
            return Some(q.last + 1);
        }
        // A cartridge named by its calibre in inches or millimetres before what fires or holds
        // it: "5.56 ammunition", "7.62 rifles" (no unit, two decimals, under 15).
        if q.bare()
            && !q.negative
            && t.frac_digits == 2
            && q.value() < 15.0
            && q.last == q.num_tok + 1
            && self.gap(q.last) == Gap::Space
            && self.is_word(q.last)
            && lx::is_calibre_noun(self.lower(q.last))
        {
            return Some(q.last + 1);
        }
        // A bore named by its number: ".50-calibre rifles", "a 7.62-calibre rifle", "12-gauge
        // shotguns", ".50-cal guns" (a kind of weapon, no count of calibres).
        if let Some(h) = q.hyphen_word
            && matches!(self.lower(h), "calibre" | "caliber" | "cal" | "gauge")
        {
            return Some(q.last);
        }
        // Round the clock, before a service that is open all day: "a 24-hour emergency line",
        // "a 24-hour hotline", "24-hour pharmacies" (a span of time only before an event: "a
        // 24-hour curfew", "a 72-hour ceasefire").
        if let Some(h) = q.hyphen_word
            && self.word_is(h, "hour")
            && q.value() == 24.0
            && q.cur.is_none()
            && {
                let service = |k: usize| {
                    self.lowercase_word_at(k)
                        && matches!(
                            self.lower(k),
                            "line"
                                | "lines"
                                | "hotline"
                                | "hotlines"
                                | "helpline"
                                | "helplines"
                                | "service"
                                | "services"
                                | "pharmacy"
                                | "pharmacies"
                                | "clinic"
                                | "clinics"
                                | "desk"
                                | "desks"
                                | "access"
                                | "coverage"
                                | "switchboard"
                                | "call"
                                | "centre"
                                | "center"
                        )
                };
                service(h + 1)
                    || self.lowercase_word_at(h + 1) && self.gap(h + 1) == Gap::Space && service(h + 2)
            }
        {
            return Some(q.last);
        }
        // An hour of the day before its time zone: "the 15 UTC slot", "at 18 GMT" (but "4 EST
        // flights" may count flights).
        if plain_int
            && q.bare()
            && t.int_digits <= 2
            && q.value() <= 24.0
            && q.last == q.num_tok + 1
            && self.gap(q.last) == Gap::Space
            && self.is_word(q.last)
            && lx::is_time_zone(self.s(q.last))
            && !self.plural_at(q.last + 1)
        {
            return Some(q.last + 1);
        }
        // One unit of a currency a rate equals: "EGP 48.6 = US$1".
        if q.cur.is_some() && q.value() == 1.0 && q.first >= 1 && self.sym_is(q.first - 1, "=") {
            return Some(q.last);
        }
        // A point of a scale in its legend: "(1 = none, 5 = extreme)", "on a scale of 1 to 5,
        // where 5 is catastrophic" (but "In 12 districts, 3 is the norm" counts).
        if plain_int && q.bare() && t.int_digits <= 2 && q.last == q.num_tok + 1 {
            let defined = self.sym_is(q.last, "=") && self.is_word(q.last + 1)
                || q.first > 0
                    && self.word_is(q.first - 1, "where")
                    && matches!(
                        self.lower(q.last),
                        "is" | "means" | "indicates" | "denotes" | "represents" | "stands"
                    );
            if defined {
                return Some(q.last);
            }
        }
        // A clock time written with a dot, as British usage has it: "10.30", "6.45".
        let value = q.raw();
        let dotted_clock = !q.negative && self.dotted_clock(q.num_tok);
        // (A house number with a letter, read as a magnitude, goes on to the street below: "a shop
        // at 14B Agboyi Road" is no 14 billion.)
        let lettered = plain_int
            && t.int_digits <= 4
            && !t.grouped
            && q.cur.is_none()
            && q.first == q.num_tok
            && q.last == q.num_tok + 2
            && self.is_word(q.num_tok + 1)
            && self.glued(q.num_tok + 1)
            && matches!(self.s(q.num_tok + 1), "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "K" | "M")
            && self.is_word(q.last)
            && self.s(q.last).starts_with(|c: char| c.is_ascii_uppercase());
        if !(plain_int || dotted_clock) || !(q.bare() || lettered) {
            return None;
        }
        let j = q.last;
        // (The second of a span of house numbers: "at 36-38 Sardar Patel Marg".)
        let lead = if q.first >= 3
            && self.sym_is(q.first - 1, "-")
            && self.glued(q.first)
            && self.glued(q.first - 1)
            && self.is_num(q.first - 2)
            && self.toks[q.first - 2].is_plain_whole()
            && self.toks[q.first - 2].int_digits <= 4
        {
            q.first - 2
        } else {
            q.first
        };
        // A house number before its street: "12 Bogyoke Road", "221 Baker Street", "1600
        // Pennsylvania Avenue", "11500 County Road 27" (but "12 Bogyoke Road clinics" counts
        // clinics).
        if plain_int
            && t.int_digits <= 5
            && !t.grouped
            && q.first == q.num_tok
            && self.gap(j) == Gap::Space
            && lead >= 1
            // (Or after a comma, in an address with no number before it in the sentence: "the
            // South Asia desk, 1400 K Street NW"; "900 at Liberty Hall, 600 Freedom Hall and
            // 400 in the square" counts; an ordinal is no number: "3rd floor, 12 Buckingham
            // Gate".)
            && (self.sym_is(lead - 1, ",")
                && !(lead.saturating_sub(16)..lead - 1)
                    .rev()
                    .take_while(|&k| !self.sym_is(k, ".;:!?"))
                    .any(|k| {
                        self.is_num(k)
                            && !self.is_year_numeral(k)
                            && !(self.glued(k + 1) && matches!(self.lower(k + 1), "st" | "nd" | "rd" | "th"))
                            // (Nor a day of a month: "on 30 September at UN headquarters, 405 East
                            // 42nd Street".)
                            && !(self.month_at(k + 1) || k >= 1 && self.month_at(k - 1))
                            // (Nor the number of a room or an office in the address: "Office 4B,
                            // 14 Riverside Drive", "Room 2.14, Block C, 300 Hospital Road".)
                            && !(k >= 1
                                && matches!(
                                    self.lower(k - 1),
                                    "office" | "room" | "suite" | "floor" | "unit" | "block" | "building" | "extension" | "ext" | "apartment" | "flat" | "box"
                                ))
                    })
                // (Or alone in brackets: "talks in Washington (700 19th Street NW)"; or after a
                // colon: "Exporters' association: 14 Independence Avenue, Hargeisa".)
                || self.sym_is(lead - 1, "(:")
                || self.is_word(lead - 1)
                    && matches!(
                        self.lower(lead - 1),
                        "at" | "on"
                            | "to"
                            | "visit"
                            | "from"
                            | "near"
                            | "outside"
                            | "opposite"
                            | "behind"
                            | "beside"
                            | "into"
                            | "off"
                            | "of"
                    ))
        {
            let capital = |k: usize| self.is_word(k) && self.s(k).starts_with(char::is_uppercase);
            let mut k = j;
            // (Or a building's name: "at 402 Ford House Office Building".)
            let street = |k: usize| lx::is_street(self.s(k)) || lx::is_building(self.s(k));
            // (A name may be hyphenated: "at 14 Al-Hasaba Street"; or an ordinal, after a quadrant
            // or not: "from 4800 NW 7th Avenue", "(700 19th Street NW)".)
            let ordinal = |k: usize| {
                self.is_num(k)
                    && self.toks[k].is_plain_whole()
                    && self.glued(k + 1)
                    && self.is_word(k + 1)
                    && matches!(self.lower(k + 1), "st" | "nd" | "rd" | "th")
            };
            let mut limit = j + 3;
            while k < limit && self.gap(k) == Gap::Space && !street(k) {
                if capital(k) {
                    k = self.compound_end(k);
                } else if k > j
                    && limit == j + 3
                    && self.is_word(k)
                    && matches!(self.s(k), "bin" | "ibn" | "bint" | "al" | "el" | "abu" | "de" | "del" | "da" | "van" | "von")
                    && capital(k + 1)
                {
                    // (A particle between the names of the person a street is named after:
                    // "86 Prince Shaker bin Zeid Street".)
                    k += 1;
                    limit += 2;
                } else if ordinal(k) {
                    // (Also right after the house number: "700 19th Street NW".)
                    k += 2;
                } else if k == j
                    && self.is_num(k)
                    && self.toks[k].is_plain_whole()
                    && self.gap(k + 1) == Gap::Space
                    && street(k + 1)
                {
                    // (A street numbered without a suffix, as western Canada writes it: "at 8870
                    // 128 Street in Surrey".)
                    k += 1;
                } else {
                    break;
                }
            }
            // (The street ends the phrase: "12 King Fahd Road construction workers", "40 Wall
            // Street Journal reporters" count.)
            let ends_at = |e: usize| {
                self.phrase_ends(e)
                    || self.lowercase_word_at(e)
                        && (self.lower(e).ends_with("ed")
                            || lx::is_s_verb(self.lower(e))
                            || lx::is_irregular_past(self.lower(e))
                            || matches!(self.lower(e), "was" | "were" | "is" | "are" | "has" | "had"))
                    // (A quadrant: "1201 Eye Street NW".)
                    || matches!(self.s(e), "NW" | "NE" | "SW" | "SE")
            };
            // (Also past a road's number: "at 11500 County Road 27 lost".)
            let ends = |e: usize| {
                ends_at(e)
                    || self.is_num(e)
                        && self.toks[e].is_plain_whole()
                        && self.gap(e) == Gap::Space
                        && ends_at(e + 1)
            };
            if k > j && self.gap(k) == Gap::Space && street(k) && ends(k + 1) {
                return Some(if ends_at(k + 1) { k + 1 } else { k + 2 });
            }
            // (A numbered road right after the house number: "at 5762 Highway 7", "office at 14
            // Street 61, Amarat", "at 14 Rue 212"; Cotonou numbers its streets by district, "at
            // 14 Rue 2.112, Cadjehoun".)
            if self.gap(j) == Gap::Space
                && matches!(self.s(j), "Highway" | "Route" | "Road" | "Street" | "Rue")
                && self.is_num(j + 1)
                && (self.toks[j + 1].is_plain_whole()
                    || self.s(j) == "Rue" && self.toks[j + 1].int_digits <= 2 && self.toks[j + 1].frac_digits == 3)
                && ends_at(j + 2)
            {
                return Some(j + 2);
            }
            // (A building's word inside the street's name: "at 2450 Otay Center Drive".)
            if k > j
                && self.gap(k) == Gap::Space
                && street(k)
                && self.gap(k + 1) == Gap::Space
                && lx::is_street(self.s(k + 1))
                && ends(k + 2)
            {
                return Some(k + 2);
            }
            // (A street's word may come first, as Spanish, Portuguese and French write it: "at
            // 1000 Avenida Constituyentes", "at 14 rue du Gouverneur", "at 19 Avenue Charles
            // Sumner"; "40 Calle Ocho bars" count.)
            if self.is_word(j)
                && self.gap(j) == Gap::Space
                && matches!(
                    self.s(j),
                    "Avenida"
                        | "Calle"
                        | "Calzada"
                        | "Carrera"
                        | "Paseo"
                        | "Rua"
                        | "Rue"
                        | "rue"
                        | "Avenue"
                        | "avenue"
                        | "Boulevard"
                        | "boulevard"
                )
            {
                let mut name = j + 1;
                while name < j + 4
                    && self.is_word(name)
                    && matches!(self.s(name), "du" | "de" | "des" | "la" | "d")
                {
                    name += 1;
                }
                if self.sym_is(name, "'’") {
                    name += 1;
                }
                // (The name may be of up to three capitalised words, with the particles between:
                // "Charles Sumner", "Charles de Gaulle".)
                let mut end = name;
                while end < name + 4 && capital(end) && (end == name || self.gap(end) == Gap::Space) {
                    end = self.compound_end(end);
                    if ends(end) {
                        return Some(end);
                    }
                    if self.is_word(end) && matches!(self.s(end), "de" | "du" | "des" | "la" | "le") {
                        end += 1;
                    }
                }
            }
        }
        if lettered {
            return None;
        }
        // A postcode after a street, before its town: "Rue du Rhône 65, 1204 Genève", "Wilhelmstraße
        // 97, 10117 Berlin." ("In 2024, 1204 Afghans" counts Afghans.)
        // (A town in -s after a street's name or before its country: "Boulevard Léopold III,
        // 1110 Brussels", "NATO, 1110 Brussels, Belgium".)
        if plain_int
            && (4..=5).contains(&t.int_digits)
            && !t.grouped
            && q.first == q.num_tok
            && q.first >= 2
            && self.sym_is(q.first - 1, ",")
            && self.is_word(j)
            && self.gap(j) == Gap::Space
            && self.s(j).starts_with(char::is_uppercase)
            && (j + 1 >= self.toks.len() || self.sym_is(j + 1, ".,;:)") || self.gap(j + 1) == Gap::Break)
            && {
                let street = (q.first.saturating_sub(5)..q.first - 1)
                    .any(|k| self.is_word(k) && lx::is_street(self.s(k)));
                let country = self.sym_is(j + 1, ",")
                    && (j + 2..j + 5).any(|e| {
                        self.names_country(j + 2, e) && (self.phrase_ends(e + 1) || self.word_is(e + 1, "or"))
                    });
                self.is_num(q.first - 2) && !self.s(j).ends_with('s') || street || country
            }
        {
            return Some(j + 1);
        }
        // A house number before a street's direction: "1420 W. Camelback Rd", "200 N. Main
        // Street".
        if plain_int && self.street_direction(j) {
            return Some(j + 2);
        }
        // A house number after its street, ending the phrase, as much of the world writes it:
        // "Abu Rummaneh St. 14", "Krilov Street 15," ("on Haifa Street 3 people died" counts).
        if plain_int && q.first == q.num_tok && t.int_digits <= 4 && q.first >= 2 && self.phrase_ends(j) && {
            let named = |k: usize| {
                lx::is_street(self.s(k))
                    && self.is_word(k - 1)
                    && self.s(k - 1).starts_with(char::is_uppercase)
            };
            named(q.first - 1)
                || q.first >= 3
                    && self.sym_is(q.first - 1, ".")
                    && self.glued(q.first - 1)
                    && named(q.first - 2)
        } {
            return Some(j);
        }
        // A name that spells its number again after a hyphen, with a capital: "a 7-Eleven".
        if plain_int
            && self.glued_hyphen(j)
            && self.is_word(j + 1)
            && self.s(j + 1).starts_with(|c: char| c.is_ascii_uppercase())
            && lx::number_word(self.lower(j + 1)).is_some()
        {
            return Some(j + 2);
        }
        // A name of numbers joined by a plus sign: "the 5+5 Joint Military Commission", "the
        // 2+4 talks" ("5+ years" is at least 5).
        if plain_int && self.sym_is(j, "+") && self.glued(j) && self.is_num(j + 1) && self.glued(j + 1) {
            return Some(j + 2);
        }
        // A postcode of three and two digits after a house number or a street and a comma,
        // before its town: "Signalistgatan 9, 169 72 Solna" (Sweden), "Vodičkova 20, 110 00
        // Praha" (Czechia), "Vasilissis Sofias 5, 106 71 Athens" (Greece).
        if plain_int
            && t.int_digits == 3
            && !t.grouped
            && q.first == q.num_tok
            && q.first >= 2
            && self.sym_is(q.first - 1, ",")
            && self.gap(j) == Gap::Space
            && self
                .tok(j)
                .is_some_and(|n| n.kind == Kind::Num && n.is_plain_whole() && !n.grouped && n.int_digits == 2)
            && self.is_word(j + 1)
            && self.gap(j + 1) == Gap::Space
            && self.s(j + 1).starts_with(char::is_uppercase)
            && (j + 2 >= self.toks.len() || self.sym_is(j + 2, ".,;:)") || self.gap(j + 2) == Gap::Break)
            && (self.is_num(q.first - 2)
                || (q.first.saturating_sub(5)..q.first - 1)
                    .any(|k| self.is_word(k) && lx::is_street(self.s(k))))
        {
            return Some(j + 2);
        }
        // A postcode written with a hyphen, after a street and a comma, before its town (read
        // at its second part): "Praça Europa 1, 1249-289 Lisbon" (Portugal), "Hoża 1, 54-950
        // Wrocław" (Poland). ("In 2024, 1249-289 Lisbon residents" is not one.)
        if plain_int
            && t.int_digits == 3
            && q.first == q.num_tok
            && q.first >= 4
            && self.glued_hyphen(q.first - 1)
            && self.tok(q.first - 2).is_some_and(|n| {
                n.kind == Kind::Num && n.is_plain_whole() && !n.grouped && matches!(n.int_digits, 2 | 4)
            })
            && self.sym_is(q.first - 3, ",")
            && self.is_word(j)
            && self.gap(j) == Gap::Space
            && self.s(j).starts_with(char::is_uppercase)
            && (j + 1 >= self.toks.len() || self.sym_is(j + 1, ".,;:)") || self.gap(j + 1) == Gap::Break)
            && (self.is_num(q.first - 4)
                || (q.first.saturating_sub(7)..q.first - 3)
                    .any(|k| self.is_word(k) && lx::is_street(self.s(k))))
        {
            return Some(j + 1);
        }
        if plain_int && let Some(end) = self.clock_time(q, j) {
            return Some(end);
        }
        // An identifier with a letter after a slash: "Prisoner 4417/B", "file 12/A".
        if plain_int
            && self.sym_is(j, "/")
            && self.glued(j)
            && self.glued(j + 1)
            && self.is_word(j + 1)
            && self.s(j + 1).len() <= 2
            && self.s(j + 1).bytes().all(|b| b.is_ascii_uppercase())
        {
            return Some(j + 2);
        }
        // The first of two clock times joined: "cut from 6 to 10 p.m.", "between 7 and 9 am".
        if plain_int
            && value.trunc() <= 12.0
            && (matches!(self.lower(j), "to" | "and" | "until" | "till") && self.is_word(j)
                || self.sym_is(j, "-–"))
            && self.is_num(j + 1)
            && self.toks[j + 1].is_plain_whole()
            && self.toks[j + 1].int_digits <= 2
            && let Some(end) = self.meridiem(j + 2)
        {
            return Some(end);
        }
        if !self.is_word(j) || self.gap(j) != Gap::Space {
            return None;
        }
        let raw = self.s(j);
        let w = self.lower(j);
        if value.trunc() <= 12.0
            && let Some(end) = self.meridiem(j)
        {
            return Some(end);
        }
        // A zone or "hrs" after a clock time: "18.30 GMT", "0400 hrs".
        let zone = is_zone(raw);
        // "at 23.15 local time", "18.30 GMT", "19.30 Tehran time".
        if dotted_clock
            && value < 24.0
            && let Some(end) = self.clock_zone(j)
        {
            return Some(end);
        }
        if !plain_int {
            return None;
        }
        if (zone || raw == "hours") && t.int_digits == 4 {
            return Some(j + 1);
        }
        // Eras, the solar and lunar Hijri calendars among them ("1403 SH").
        // ("96 AH-64E helicopters", "12 SH-60B Seahawks": a designation, not an era.)
        if matches!(raw, "BC" | "AD" | "BCE" | "CE" | "SH" | "AH")
            && !(self.sym_is(j + 1, "-") && self.glued(j + 1))
        {
            return Some(j + 1);
        }
        if let Some(end) = self.formation_name(j) {
            return Some(end);
        }
        if w == "o" && self.sym_is(j + 1, "'’") {
            return Some(j + 3);
        }
        // "14 and 15 February"
        if matches!(w, "and" | "or")
            && value <= 31.0
            && self.is_num(j + 1)
            && self.toks[j + 1].int_digits <= 2
            && self.is_word(j + 2)
            && self.gap(j + 2) == Gap::Space
            && (lx::is_month(self.s(j + 2)) || lx::is_calendar_month(self.s(j + 2)))
        {
            return Some(j + 3);
        }
        // A day before a month named in French, Spanish, Portuguese or German: "du 23 mars",
        // "15 de marzo de 2024"; capitalised too, as a street named after a date writes it
        // ("Boulevard du 28 Novembre"; not `Mars` and `Mai`, which are names in English).
        let foreign = if lx::is_foreign_month(raw) || !matches!(w, "mars" | "mai") && lx::is_foreign_month(w)
        {
            Some(j + 1)
        } else if raw == "de"
            && self.is_word(j + 1)
            // (Capitalised too, as a street or a holiday named by its date: "Av. 6 de Marzo".)
            && (lx::is_foreign_month(self.s(j + 1)) || lx::is_foreign_month(self.lower(j + 1)))
        {
            Some(j + 2)
        } else {
            None
        };
        if let Some(mut end) = foreign.filter(|_| t.int_digits <= 2 && (1.0..=31.0).contains(&value)) {
            if self.word_is(end, "de") && self.is_num(end + 1) && self.is_year_numeral(end + 1) {
                end += 1;
            }
            if self.is_num(end) && self.is_year_numeral(end) && self.gap(end) != Gap::Break {
                end += 1;
            }
            return Some(end);
        }
        // (Also a month of the Islamic, Persian or Nepali calendar after its day: "between 8 and
        // 13 Dhu al-Hijjah", "1 Shawwal", "10 Muharram".)
        if (lx::is_month(raw) || lx::is_calendar_month(raw)) && t.int_digits <= 2 && value <= 31.0 {
            let mut end = j + 1;
            if self.sym_is(end, ".") {
                end += 1;
            }
            if self.is_num(end) && self.is_year_numeral(end) && self.gap(end) != Gap::Break {
                end += 1;
            }
            return Some(end);
        }
        // Ratios: "1 in 5", "1 in every 150", "3 out of 10", "3 of every 4 ships".
        let ratio_at = if w == "in" {
            Some(if self.word_is(j + 1, "every") { j + 2 } else { j + 1 })
        } else if w == "out" && self.word_is(j + 1, "of") {
            // ("5 out of every 10 counterfeit pills")
            Some(if self.word_is(j + 2, "every") { j + 3 } else { j + 2 })
        } else if w == "of" && self.word_is(j + 1, "every") {
            Some(j + 2)
        } else {
            None
        };
        if let Some(k) = ratio_at
            && (1.0..=10.0).contains(&value)
            && self.is_num(k)
            && self.gap(k) == Gap::Space
        {
            let m = self.toks[k];
            let (mm, mf) = numeral(self.s(k));
            let mv = mm / pow10(mf);
            // (A chance of one in a large number too: "a probability of 1 in 10,000".)
            let large_one = value == 1.0 && mv <= 1e9;
            // (Not glued to a letter or a digit: "1 in 5km"; a full stop may end it.)
            let glued_on =
                self.glued(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1) || self.sym_is(k + 1, "%"));
            if mf == 0 && (!m.grouped && mv <= 1000.0 || large_one) && mv > value && !glued_on {
                let mut end = k + 1;
                if let Some(n) = self.noun_after(end, false) {
                    end = n.end;
                }
                return Some(end);
            }
        }
        None
    }

    /// A geographic coordinate: degrees before a compass point ("34.5553° N", "69°E"), or
    /// two decimals of four or more places joined by a comma ("33.3152, 44.3661"). One past it.
    fn coordinate(&self, q: &Qty) -> Option<usize> {
        if q.unit == Some("°") {
            let j = q.last;
            let compass = self.is_word(j)
                && self.gap(j) != Gap::Break
                && (matches!(self.s(j), "N" | "S" | "E" | "W" | "NE" | "NW" | "SE" | "SW")
                    || matches!(
                        self.lower(j),
                        "north" | "south" | "east" | "west" | "latitude" | "longitude"
                    ));
            return compass.then_some(j + 1);
        }
        let t = self.toks[q.num_tok];
        if !q.bare() || t.frac_digits < 4 {
            return None;
        }
        let j = q.last;
        // (The second may be signed: "4.8913, -1.7502".)
        let signed = self.sym_is(j + 1, "-−") && self.glued(j + 2);
        let k = if signed { j + 2 } else { j + 1 };
        // (A third number makes a list: "Yields at 4.2500, 4.3125 and 4.3750".)
        let listed = (self.sym_is(k + 1, ",") || self.word_is(k + 1, "and") || self.word_is(k + 1, "or"))
            && self.is_num(k + 2);
        let pair = self.sym_is(j, ",")
            && self.glued(j)
            && self.is_num(k)
            && self.gap(j + 1) != Gap::Break
            && self.toks[k].frac_digits >= 4
            && !listed
            && q.raw() <= 90.0
            && numeral(self.s(k)).0 / pow10(numeral(self.s(k)).1) <= 180.0;
        // A place: "at 33.3152, 44.3661", "(33.3152, 44.3661)", "coordinates 33.3152, 44.3661";
        // not a list of rates ("yields were 4.2500, 4.3125"), nor a rate and its change ("closed
        // at 5.1250, -0.0625 lower", "at 4.2500, -0.1250 on the day").
        let place = q.first > 0
            && (self.sym_is(q.first - 1, "(")
                || self.is_word(q.first - 1)
                    && match self.lower(q.first - 1) {
                        "at" => !signed || q.negative || !self.change_after(k + 1),
                        w => {
                            matches!(w, "near" | "coordinates" | "position" | "location" | "located" | "grid")
                        }
                    });
        (pair && place).then_some(k + 1)
    }

    /// Whether the word at `k` is the magnitude of a sum of money: glued ("760mn", also a
    /// glued `m`: "N5m", "R60m") or apart ("N2.57 billion").
    fn money_magnitude_at(&self, k: usize) -> bool {
        self.magnitude_exp_at(k).is_some()
    }

    /// The power of ten of a magnitude at `k`: a word apart ("million"), or glued to the number
    /// before it ("bn", "k", and `m` as millions).
    fn magnitude_exp_at(&self, k: usize) -> Option<i32> {
        if !self.is_word(k) {
            None
        } else if self.glued(k) {
            if self.s(k) == "m" { Some(6) } else { lx::magnitude_glued(self.s(k)) }
        } else {
            lx::magnitude_spaced(self.s(k))
        }
    }

    /// Whether the word at `k` is a word in lower case standing apart from the one before it:
    /// what may qualify a noun ("newly", "amortising", "dual-use").
    fn lowercase_word_at(&self, k: usize) -> bool {
        self.is_word(k)
            && self.gap(k) == Gap::Space
            && self.s(k).starts_with(|c: char| c.is_ascii_lowercase())
    }

    /// Whether one letter glued to the number ends the quantity: "8L", "129b", "5m" (read as a
    /// magnitude or a unit, or not at all).
    fn glued_letter(&self, q: &Qty) -> bool {
        q.last == q.num_tok + 2 && self.glued(q.num_tok + 1) && self.s(q.num_tok + 1).len() == 1
    }

    /// Whether the word at `k` says that the number before it was a change: "lower",
    /// "higher", "on the day", "bps".
    fn change_after(&self, k: usize) -> bool {
        self.is_word(k)
            && self.gap(k) != Gap::Break
            && matches!(
                self.lower(k),
                "lower"
                    | "higher"
                    | "weaker"
                    | "stronger"
                    | "firmer"
                    | "softer"
                    | "up"
                    | "down"
                    | "on"
                    | "change"
                    | "unchanged"
                    | "bp"
                    | "bps"
                    | "points"
                    | "percent"
            )
    }

    /// A person's age in apposition, as news style writes it: "The suspect, 27, was
    /// arrested", "Abu Bakr al-Baghdadi, 48, a former cleric". A whole number up to 120
    /// between commas, after a capitalised name or a word for a person. One past it.
    fn age_apposition(&self, q: &Qty) -> Option<usize> {
        let t = self.toks[q.num_tok];
        let (first, last) = (q.first, q.last);
        if !q.bare() || q.spelled || t.frac_digits > 0 || t.grouped || q.raw() > 120.0 || first < 2 {
            return None;
        }
        // (The comma after the name glued to it, or after emphasis markers, which the text
        // read here has masked: "**Giorgi Akhobadze**, 28, a photographer".)
        let between_commas = self.sym_is(first - 1, ",")
            && self.gap(first - 1) != Gap::Break
            && self.gap(first) == Gap::Space
            && self.sym_is(last, ",")
            && self.glued(last);
        // The name or word before the comma, maybe in quotes: `commander "Sedoy", 52, has`.
        let mut n = first - 2;
        if n >= 1 && self.sym_is(n, "\"”’'") && self.glued(n) && self.is_word(n - 1) {
            n -= 1;
        }
        // (Past the emphasis markers themselves where they are not masked.)
        while n >= 1 && self.sym_is(n, "*_") && self.glued(n) {
            n -= 1;
        }
        // (Not the first of a list: "The volunteer, 100, 200 and 300 km from".)
        if !between_commas || !self.is_word(n) || self.is_num(last + 1) {
            return None;
        }
        // (Not a person named as a unit of a ratio: "patients per medic, 40, was", "For each
        // rescuer, 30, 40 or even 50 survivors".)
        if lx::is_person_noun(self.lower(n))
            && !(n >= 1 && self.is_word(n - 1) && matches!(self.lower(n - 1), "per" | "each" | "every"))
        {
            return Some(last);
        }
        // A person's name: a capitalised word after another ("Abu Bakr al-Baghdadi", "John
        // Smith"), or one followed by what is said of a person ("Smith, 45, a former …").
        let capitalised =
            |k: usize| self.is_word(k) && self.s(k).starts_with(|c: char| c.is_ascii_uppercase());
        if !capitalised(n) {
            return None;
        }
        let mut k = n;
        while k >= 2 && self.sym_is(k - 1, "-") && self.glued(k) && self.glued(k - 1) {
            k -= 2;
        }
        // ("President Ruto, 57," opens a sentence with a title and a name.)
        let full_name =
            k > 0 && capitalised(k - 1) && !lx::is_stop(self.lower(k - 1)) && !self.sentence_initial(k - 1)
                || k > 0 && self.is_word(k - 1) && self.glued(k) && self.sym_is(k, "-")
                || k > 0 && capitalised(k - 1) && lx::is_person_noun(self.lower(k - 1))
                || k >= 2
                    && self.sym_is(k - 1, ".")
                    && self.glued(k - 1)
                    && matches!(
                        self.lower(k - 2),
                        "mr" | "mrs"
                            | "ms"
                            | "dr"
                            | "prof"
                            | "gen"
                            | "col"
                            | "lt"
                            | "maj"
                            | "capt"
                            | "sgt"
                            | "sen"
                            | "rep"
                            | "gov"
                            | "pres"
                            | "amb"
                            | "rev"
                    );
        let said_of_person = self.is_word(last + 1)
            && matches!(
                self.lower(last + 1),
                "a" | "an" | "who" | "was" | "is" | "has" | "had" | "said" | "died"
            );
        // A name opening the sentence, when a verb follows ("Mohammad Eslami, 66, pledged",
        // "Dr. Ahmed Babiker, 58, directs"; not a list: "North Darfur, 45, and South Darfur").
        let initial_name = k > 0
            && capitalised(k - 1)
            && !lx::is_stop(self.lower(k - 1))
            && self.is_word(last + 1)
            && lx::is_person_verb(self.s(last + 1));
        (full_name || said_of_person || initial_name).then_some(last)
    }

    /// An age, an age bracket or an age limit, which is no figure: "aged 15 to 49", "aged 6–59
    /// months", "aged between 18 and 25", "35 years old", "children under 5", "voters over 65".
    /// One past its last token.
    fn age(&self, q1: &Qty, tail: Option<&Qty>, pre: &Prefix) -> Option<usize> {
        let small = |q: &Qty| {
            q.bare()
                && !q.spelled
                && self.toks[q.num_tok].frac_digits == 0
                && !self.toks[q.num_tok].grouped
                && q.raw() <= 120.0
        };
        if !small(q1) || tail.is_some_and(|q2| !small(q2)) {
            return None;
        }
        let mut end = tail.map_or(q1.last, |q2| q2.last);
        // Ages are counted in years, months, weeks or days ("lx::is_time_noun" also holds
        // minutes and hours: "those over 30 minutes" is a duration).
        let years = |k: usize| {
            self.is_word(k)
                && matches!(self.lower(k), "years" | "year" | "months" | "month" | "weeks" | "days")
        };
        // "12-23-month-olds": an age group.
        if let Some(h) = tail.and_then(|q2| q2.hyphen_word)
            && matches!(self.lower(h), "year" | "month" | "week" | "day")
            && self.glued_hyphen(h + 1)
            && (self.word_is(h + 2, "old") || self.word_is(h + 2, "olds"))
        {
            return Some(h + 3);
        }
        // "from 6 months of age", "6 to 59 months of age".
        if years(end) && self.word_is(end + 1, "of") && self.word_is(end + 2, "age") {
            return Some(end + 3);
        }
        // "14 to 17 years old", "between 14 and 17 years old".
        if tail.is_some() && years(end) && self.word_is(end + 1, "old") {
            return Some(end + 2);
        }
        // "the 5–14 age group", "the 18-24 age bracket".
        if self.word_is(end, "age")
            && matches!(self.lower(end + 1), "group" | "groups" | "bracket" | "brackets" | "range" | "cohort")
        {
            return Some(end + 2);
        }
        let lead = pre.between.or(pre.from).unwrap_or(pre.start);
        let before = lead.checked_sub(1).filter(|&k| self.is_word(k)).map_or("", |k| self.lower(k));
        // "under the age of 15", "set the minimum age at 18", "raised the age to 18".
        // (Also past what the age is for or of: "the minimum age for hazardous work at 18",
        // "the age of criminal responsibility to 14", "the age of criminal responsibility for
        // gang offences to 12".)
        let age_for = || {
            matches!(before, "at" | "to")
                && (lead.saturating_sub(10)..lead - 2).rev().find(|&a| self.word_is(a, "age")).is_some_and(
                    |a| {
                        matches!(self.lower(a + 1), "for" | "of")
                            && (a + 2..lead - 1).all(|w| self.lowercase_word_at(w))
                    },
                )
        };
        // "until they turn 45", "when he turned 18": a person turning an age.
        if tail.is_none()
            && pre.bound.is_none()
            && matches!(before, "turn" | "turns" | "turned" | "turning")
            && lead >= 2
            && self.is_word(lead - 2)
            && matches!(self.lower(lead - 2), "they" | "he" | "she" | "you" | "who" | "i" | "we")
            && self.noun_after(end, false).is_none()
        {
            return Some(if years(end) { end + 1 } else { end });
        }
        if matches!(before, "of" | "at" | "to")
            && lead >= 2
            && (self.word_is(lead - 2, "age") || age_for())
            && self.noun_after(end, false).is_none_or(|n| lx::is_time_noun(&n.word))
        {
            return Some(if years(end) { end + 1 } else { end });
        }
        // "between the ages of 18 and 35", "ages of 15 to 24": both ends.
        if before == "of" && lead >= 2 && self.word_is(lead - 2, "ages") {
            let mut end = end;
            if matches!(self.lower(end), "and" | "to" | "or") && self.is_num(end + 1) {
                end += 2;
            }
            return Some(if years(end) { end + 1 } else { end });
        }
        // People with their ages in brackets: "children (0–17)", "adults (18+)", "children
        // (under 18)".
        // (Also youth and the rates named for them: "youth (15-29)", "youth unemployment
        // (15-29 years)", "the NEET rate (15-24)".)
        let youth = |k: usize| self.is_word(k) && matches!(self.lower(k), "youth" | "youths" | "neet");
        if lead >= 2
            && self.sym_is(lead - 1, "(")
            && self.is_word(lead - 2)
            && (is_person_group(self.lower(lead - 2))
                || youth(lead - 2)
                || lead >= 3
                    && matches!(self.lower(lead - 2), "unemployment" | "employment" | "rate" | "rates")
                    && youth(lead - 3))
        {
            let close = if self.sym_is(end, "+") || years(end) { end + 1 } else { end };
            if self.sym_is(close, ")") {
                return Some(close + 1);
            }
        }
        // "children as young as 6", "recruits as old as 60": an age with no noun of its own.
        if tail.is_none()
            && before == "as"
            && lead >= 3
            && matches!(self.lower(lead - 2), "young" | "old")
            && self.word_is(lead - 3, "as")
            && (self.noun_after(end, false).is_none_or(|n| lx::is_time_noun(&n.word))
                // "children as young as 11 manning checkpoints"
                || self.is_word(end) && self.gap(end) == Gap::Space && self.lower(end).ends_with("ing"))
        {
            return Some(if years(end) { end + 1 } else { end });
        }
        if matches!(before, "aged" | "ages") {
            let mut end = if years(end) { end + 1 } else { end };
            // A list of ages: "aged 6 and 8", "aged 4, 6 or 9".
            let age_at = |k: usize| {
                self.is_num(k)
                    && self.gap(k) == Gap::Space
                    && self.toks[k].int_digits <= 3
                    && self.toks[k].frac_digits == 0
                    && !self.toks[k].grouped
            };
            let joint = |k: usize| self.word_is(k, "and") || self.word_is(k, "or");
            while tail.is_none()
                && age_at(end + 1)
                && (joint(end) || self.sym_is(end, ",") && (joint(end + 2) || self.sym_is(end + 2, ",")))
                && self.age_ends(end + 2)
            {
                end += 2;
            }
            // "aged 9 months to 14 years": a second end with a unit of its own.
            if tail.is_none()
                && (self.word_is(end, "to") || self.word_is(end, "and") || self.sym_is(end, "-–"))
                && self.is_num(end + 1)
                && self.toks[end + 1].int_digits <= 3
                && years(end + 2)
            {
                end += 3;
            }
            return Some(end);
        }
        // "at least 35 years old", "a man 40 years old".
        if tail.is_none() && years(end) && self.word_is(end + 1, "old") {
            return Some(end + 2);
        }
        // "Tankers older than 20 years": an age limit, whatever it qualifies.
        // (In days it may be a retention period: "logs older than 30 days".)
        // (Only qualifying a plural: "the fleet is older than 20 years" reports an age.)
        let qualified = pre.start > 0 && self.is_word(pre.start - 1) && {
            let w = self.lower(pre.start - 1);
            (lx::looks_plural(w) || lx::is_invariant_noun(w)) && !lx::is_stop(w) && !lx::is_s_verb(w)
                // "any vessel older than 20 years", "ships that are older than 20 years".
                || pre.start >= 2 && matches!(self.lower(pre.start - 2), "any" | "every" | "each" | "no")
                || pre.start >= 2
                    && matches!(w, "are" | "is" | "were" | "was")
                    && matches!(self.lower(pre.start - 2), "that" | "which" | "who")
        };
        if tail.is_none()
            && pre.age_bound
            && qualified
            && matches!(self.lower(end), "years" | "year")
            && self.noun_after(end + 1, false).is_none()
        {
            return Some(end + 1);
        }
        // "children under 5", "voters over 65": a bound after people, with no noun of its own.
        // (Detainees, patients and the like "over 30 days" are held that long.)
        let timed = years(end) && !matches!(self.lower(end), "years" | "year");
        // (Also after a form of `be`, the age ending the clause: "more of the victims were under
        // 20."; "were under 30 per village", "under 20 in the smaller camps, against 300" count.)
        let people = |w: &str| is_person_group(w) && !(is_held_group(w) && timed);
        let clause_ends = years(end)
            || self.tok(end).is_none_or(|t| t.gap == Gap::Break)
            || self.sym_is(end, ".;:)")
            || self.sym_is(end, ",")
                && !(self.is_word(end + 1)
                    && matches!(
                        self.lower(end + 1),
                        "against" | "compared" | "up" | "down" | "versus" | "vs"
                    ));
        // ("at least 40 of them were under 18.")
        let of_them =
            |k: usize| self.word_is(k, "them") && k >= 2 && self.word_is(k - 1, "of") && self.is_num(k - 2);
        // (Also after a share of people, an age of majority or retirement ending the clause:
        // "44 per cent are under 18.", "18% are over 65."; "Losses are under 100." counts.)
        let share = |k: usize| {
            self.sym_is(k, "%")
                || self.is_word(k)
                    && matches!(
                        self.lower(k),
                        "cent" | "percent" | "half" | "third" | "quarter" | "majority" | "most"
                    )
        };
        let age_limit =
            tail.is_none() && matches!(q1.raw(), 5.0 | 12.0 | 14.0 | 15.0 | 16.0 | 18.0 | 21.0 | 60.0 | 65.0);
        let subject = matches!(before, "were" | "are" | "was" | "is")
            && lead >= 2
            && (self.is_word(lead - 2) && (people(self.lower(lead - 2)) || of_them(lead - 2))
                // (Or a count of people: "of whom 30,000 were children and more than 18,000
                // were over 65.")
                || age_limit && (share(lead - 2) || self.is_num(lead - 2)))
            && clause_ends;
        // (One person: "a Louisiana resident over 65", "a man under 30".)
        let person = lx::is_person_noun(before)
            && lead >= 3
            && (lead.saturating_sub(4)..lead - 1).any(|k| matches!(self.lower(k), "a" | "an" | "one"));
        // (A span of time after a count of people is no age: "killed 34 people over 4 days".)
        let counted_people = people(before)
            && lead >= 2
            && self.is_num(lead - 2)
            && self.is_word(end)
            && is_span_of_time(self.lower(end));
        if tail.is_none()
            && !counted_people
            && (pre.loose_bound || pre.age_bound)
            && (people(before)
                || person
                || subject
                || before == "those"
                // ("30 men, 12 of them under 18", "of whom 40 over 60")
                || before == "them"
                    && pre.start >= 3
                    && self.word_is(pre.start - 2, "of")
                    && self.is_num(pre.start - 3))
        {
            let noun_follows = self.is_word(end)
                && self.gap(end) == Gap::Space
                && lx::looks_plural(self.lower(end))
                && !lx::is_s_verb(self.lower(end))
                && !years(end);
            if !noun_follows {
                end = if years(end) { end + 1 } else { end };
                return Some(end);
            }
        }
        None
    }

    /// Token `k`, after a number in a list of ages, lets the number be an age: the clause or
    /// the list goes on, or a verb or time noun follows ("aged 6 and 8 died"), not a noun,
    /// unit, magnitude, percentage or "of" ("aged 12 and 300 boys", "aged 5 and 10% of
    /// adults", "aged 34 and 5 of her relatives").
    fn age_ends(&self, k: usize) -> bool {
        if self.gap(k) == Gap::Break {
            return true;
        }
        if self.sym(k).is_some() {
            return self.sym_is(k, ".,;:!?)");
        }
        let lower = self.lower(k);
        self.is_word(k)
            && (matches!(lower, "years" | "months" | "and" | "or")
                || (lx::is_s_verb(lower) || !lx::looks_plural(lower))
                    && lx::unit_word(self.s(k), false).is_none()
                    && lx::magnitude_spaced(self.s(k)).is_none()
                    && !matches!(lower, "of" | "per" | "percent" | "pc" | "in"))
    }

    /// A time on the 24-hour clock written without a colon, as military and incident
    /// reports write it: "at 2145", "1430 local", "2330 Moscow time", "the 2200 curfew".
    /// Token `j` follows the number; one past the time.
    /// Token `k` is a time written with a dot: one or two digits for the hour, up to 23, and
    /// two for the minutes, below 60 ("18.00", "06.30").
    fn dotted_clock(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else { return false };
        t.kind == Kind::Num
            && t.dots == 1
            && t.frac_digits == 2
            && (1..=2).contains(&t.int_digits)
            && !t.grouped
            && self.s(k).split_once('.').is_some_and(|(h, m)| {
                h.parse::<u32>().is_ok_and(|h| h < 24) && m.parse::<u32>().is_ok_and(|m| m < 60)
            })
    }

    /// One past what says that the number before token `j` is a time of day: `local` (and
    /// `time`), a time zone or `hrs` ("18.30 GMT"), or a capitalised word and `time` ("19.30
    /// Tehran time").
    /// `am`, `pm`, `a.m.` or `p.m.` at token `j`, after a space: one past it.
    fn meridiem(&self, j: usize) -> Option<usize> {
        if !self.is_word(j) || self.gap(j) != Gap::Space {
            return None;
        }
        let w = self.lower(j);
        if matches!(w, "am" | "pm") {
            return Some(j + 1);
        }
        ((w == "a" || w == "p") && self.sym_is(j + 1, ".") && self.glued(j + 1) && self.word_is(j + 2, "m"))
            .then(|| if self.sym_is(j + 3, ".") { j + 4 } else { j + 3 })
    }

    fn clock_zone(&self, j: usize) -> Option<usize> {
        if !self.is_word(j) || self.gap(j) != Gap::Space {
            return None;
        }
        // "13.00 local time", "13.00 local." ("15.30 local dinars" is money).
        if self.word_is(j, "local")
            && (!self.is_word(j + 1) || self.gap(j + 1) != Gap::Space || self.word_is(j + 1, "time"))
        {
            return Some(j + 1 + usize::from(self.word_is(j + 1, "time")));
        }
        if is_zone(self.s(j)) {
            return Some(j + 1);
        }
        let capitalised = self.s(j).starts_with(|c: char| c.is_ascii_uppercase());
        (capitalised && self.word_is(j + 1, "time")).then_some(j + 2)
    }

    fn clock_time(&self, q: &Qty, j: usize) -> Option<usize> {
        let t = self.toks[q.num_tok];
        let v = q.raw() as u32;
        if t.int_digits != 4 || t.grouped || v / 100 > 23 || v % 100 > 59 || q.first != q.num_tok {
            return None;
        }
        let word_after = self.is_word(j) && self.gap(j) == Gap::Space;
        let w = if word_after { self.lower(j) } else { "" };
        // "1430 local", "1430 local time" ("1200 local staff" counts staff), "2330 Moscow
        // time", "0400 GMT".
        if let Some(end) = self.clock_zone(j) {
            return Some(end);
        }
        let before_at =
            q.first.checked_sub(1).filter(|&p| self.is_word(p) && self.gap(q.first) == Gap::Space);
        let before = before_at.map_or("", |p| self.lower(p));
        // "estimated at 1800", "the toll stood at 1450": a quantity put at a value, not a time.
        let valued = before == "at"
            && before_at.and_then(|p| p.checked_sub(1)).is_some_and(|v| {
                self.is_word(v)
                    && matches!(
                        self.lower(v),
                        "estimated"
                            | "estimate"
                            | "estimates"
                            | "stood"
                            | "stands"
                            | "stand"
                            | "put"
                            | "puts"
                            | "set"
                            | "peaked"
                            | "capped"
                            | "was"
                            | "were"
                            | "is"
                            | "are"
                            | "remained"
                            | "remains"
                            | "totalled"
                            | "totaled"
                            | "valued"
                            | "priced"
                            | "pegged"
                            | "fixed"
                            | "count"
                            | "toll"
                            | "number"
                            | "losses"
                            | "level"
                            | "figure"
                            | "total"
                            | "held"
                            | "holds"
                            | "traded"
                            | "trades"
                            | "closed"
                            | "opened"
                            | "hovered"
                            | "settled"
                            | "sold"
                            | "bought"
                            | "limited"
                            | "kept"
                    )
            });
        // "traded at 2150 an ounce": a price.
        let rate = self.word_is(j, "a") || self.word_is(j, "an") || self.word_is(j, "per");
        if matches!(before, "at" | "until" | "till")
            && !valued
            && !rate
            && self.noun_after(j, false).is_none_or(|n| !n.plural)
        {
            return Some(j);
        }
        // "the 2200 curfew", "the 1600 briefing"
        if before == "the"
            && matches!(
                w,
                "curfew"
                    | "briefing"
                    | "deadline"
                    | "bulletin"
                    | "meeting"
                    | "call"
                    | "news"
                    | "flight"
                    | "shift"
                    | "update"
            )
        {
            return Some(j);
        }
        None
    }

    /// Token `k` is written like a year: four digits, no separator, no decimals ("7 October
    /// 1,200 people" is a date and a count).
    fn is_year_numeral(&self, k: usize) -> bool {
        let t = self.toks[k];
        t.int_digits == 4 && t.is_plain_whole()
    }

    /// A military formation named by a number, as British, Indian and Pakistani usage writes
    /// it: "11 Corps", "3 Commando Brigade", "16 Air Assault Brigade", "1 Para". Token `j`
    /// follows the number; up to three capitalised words end in a formation word, and no
    /// lowercase plural follows ("5 Wagner Group fighters" counts fighters). One past the name.
    fn formation_name(&self, j: usize) -> Option<usize> {
        let capitalised = |k: usize| {
            self.is_word(k)
                && self.gap(k) == Gap::Space
                && self.s(k).starts_with(|c: char| c.is_ascii_uppercase())
        };
        // The run of capitalised words after the number ends in the formation word
        // ("120 Battalion Tactical Groups" counts groups).
        let (mut k, mut last) = (j, None);
        for _ in 0..4 {
            if !capitalised(k) {
                break;
            }
            last = Some(k);
            k = self.compound_end(k);
        }
        let last = last?;
        // A plural before a number is a verb: "the 1267 Committee lists 255 individuals".
        // ("the 5 Wagner Group fighters 3 were killed" counts fighters).
        // ("14 Northern Fleet submarine deployments": a plural past a word that qualifies it,
        // after a fleet or a group, which their names do not number; "3 Commando Brigade
        // landing craft", "11 Corps artillery units" are the formation's.)
        let noun_after = self.modified_noun(k, false).is_some_and(|(_, end, _)| {
            !(end == k + 1
                && self.is_num(k + 1)
                && self.gap(k + 1) == Gap::Space
                && self.noun_after(k + 2, false).is_some_and(|n| n.plural))
        }) || matches!(self.s(last), "Fleet" | "Group")
            // (With its name: "2 Group maritime patrol aircraft" is the RAF's group.)
            && last > j
            && self.lowercase_word_at(k)
            && !lx::is_s_verb(self.lower(k))
            && !lx::is_stop(self.lower(k))
            && self.noun_after(k, false).is_some_and(|n| n.plural && !self.is_num(n.end));
        // (A regiment named for its soldiers, after its own name: "22 Garhwal Rifles", "1 Royal
        // Fusiliers"; "12 Rifles" alone may count them.)
        let regiment = last > j
            && matches!(
                self.s(last),
                "Rifles"
                    | "Infantry"
                    | "Fusiliers"
                    | "Guards"
                    | "Lancers"
                    | "Hussars"
                    | "Dragoons"
                    | "Grenadiers"
            )
            // (An Indian battalion by its regiment's name alone: "16 Bihar", "3 Punjab".)
            || last == j
                && matches!(
                    self.s(last),
                    "Bihar" | "Punjab" | "Sikh" | "Dogra" | "Jat" | "Rajput" | "Kumaon" | "Mahar" | "Madras" | "Maratha"
                        | "Garhwal" | "Naga" | "Assam" | "Gorkha" | "Rajputana"
                );
        ((lx::is_formation(self.s(last)) || regiment) && !capitalised(k) && !noun_after).then_some(k)
    }

    // ----- prefixes, ranges, bounds after, nouns ----------------------------------------------

    /// Reads approximators, bounds, `between` and `from` before token `end`, not before
    /// `floor`.
    fn prefix(&self, end: usize, floor: usize) -> Prefix {
        let mut p = Prefix { start: end, ..Prefix::default() };
        let mut at = end;
        // A magnitude named between a bound and its number: "above magnitude 5", "exceeded
        // magnitude 6"; also a wind's force: "sea states above force 4".
        if at >= floor + 2
            && at >= 2
            // (Or an age: "workers under age 50", "liable up to age 45".)
            && matches!(self.lower(at - 1), "magnitude" | "force" | "age")
            && self.toks.get(end).is_some_and(|t| t.int_digits <= 2)
            && self.gap(at) == Gap::Space
            && self.gap(at - 1) == Gap::Space
            && self.is_word(at - 2)
            && !prefixes_ending_with(self.lower(at - 2)).is_empty()
        {
            at -= 1;
        }
        'outer: for _ in 0..5 {
            // (Not across a long blank: text left out of the prose, such as math between two
            // dollar signs, "worth some $3.8–4.2 billion … US$ 12".)
            if self.gap(at) == Gap::Break || self.wide_gap(at) {
                break;
            }
            if at == 0 || at <= floor {
                break;
            }
            let last = self.lower(at - 1);
            for &(_, index) in prefixes_ending_with(last) {
                let (words, effect, quantity_only) = &PREFIXES[index];
                let n = words.len();
                if at < floor + n {
                    continue;
                }
                let s = at - n;
                if !(0..n).all(|k| self.matches(s + k, words[k]) && (k == 0 || self.gap(s + k) != Gap::Break))
                {
                    continue;
                }
                // (A threshold an adjective names, not a bound: "against a strategic minimum of
                // 18 bcm", "the legal maximum of 48 hours"; "a minimum of 18" and "the minimum of
                // 15" are bounds.)
                // (A level a change reached, not a bound: "the rent went up to $300 a month".)
                // (Nor the end of a noun: "a ramp-up to 90–100 Mt", "the run-up to 40 seats".)
                // (Nor a sum: "it adds up to an estimated LKR 1.6 billion".)
                if matches!(words, ["up", "to"])
                    && s > 0
                    && (matches!(self.lower(s - 1), "went" | "gone" | "add" | "adds" | "added" | "adding")
                        || self.sym_is(s - 1, "-") && self.glued(s))
                {
                    continue;
                }
                if matches!(words, ["minimum", "of"] | ["maximum", "of"])
                    && s > 0
                    && self.lowercase_word_at(s - 1)
                    && !lx::is_stop(self.lower(s - 1))
                {
                    continue;
                }
                match effect {
                    Effect::Approx
                        if !p.approx && p.between.is_none() && p.from.is_none() && p.bound.is_none() =>
                    {
                        p.approx = true;
                    }
                    // An estimate of a range: "support is estimated at between 60 and 70 per
                    // cent", "is estimated between 990 and 1,200 tons", "roughly between 4,000
                    // and 5,000" (the span stays the range's).
                    Effect::Approx
                        if !p.approx
                            && p.between == Some(at)
                            && p.from.is_none()
                            && p.bound.is_none()
                            && matches!(
                                words,
                                ["estimated", "at"] | ["estimated"] | ["roughly"] | ["approximately"]
                            ) =>
                    {
                        p.approx = true;
                        break 'outer;
                    }
                    // "handed over 47 children", "turned over 30 detainees": the particle of a
                    // verb; "over some 187,000 hectares": a preposition before an approximation.
                    Effect::Bound(_)
                        if n == 1
                            && matches!(words[0], "over" | "under")
                            && (p.approx
                                || words[0] == "over"
                                    && s > 0
                                    && matches!(
                                        self.lower(s - 1),
                                        "handed"
                                            | "rolled"
                                            | "roll"
                                            | "rolls"
                                            | "rolling"
                                            | "hand"
                                            | "hands"
                                            | "handing"
                                            | "turned"
                                            | "turn"
                                            | "turns"
                                            | "turning"
                                    )
                                    // ("Ukraine was handed over 300 tanks": more than 300.)
                                    && !(s > 1
                                        && matches!(
                                            self.lower(s - 2),
                                            "was" | "were" | "been" | "be" | "is" | "are" | "being" | "get" | "got"
                                        ))
                                // A noun or a verb of extent that takes `over`: "exerts influence
                                // over 40-60% of the territory", "extended over 1,600 km²".
                                || words[0] == "over" && s > 0 && lx::takes_over(self.lower(s - 1))
                                // "are spread over 86 sites", "is divided over 12 provinces":
                                // across them, in the passive ("distributed over 200,000
                                // parcels" hands out more than 200,000).
                                || words[0] == "over"
                                    && s > 1
                                    && matches!(
                                        self.lower(s - 1),
                                        "spread"
                                            | "scattered"
                                            | "distributed"
                                            | "dispersed"
                                            | "divided"
                                            | "split"
                                    )
                                    && {
                                        let copula = |k: usize| {
                                            matches!(
                                                self.lower(k),
                                                "is" | "are" | "was" | "were" | "be" | "been" | "being" | "remain" | "remains"
                                            )
                                        };
                                        let adverb = self.lower(s - 2).ends_with("ly");
                                        // ("the rest spread over 14 other countries": what
                                        // spreads, scatters or disperses never counts more.)
                                        copula(s - 2)
                                            || adverb && s > 2 && copula(s - 3)
                                            || matches!(self.lower(s - 1), "spread" | "scattered" | "dispersed")
                                                // (A yield spread over 250 basis points is wider.)
                                                && !matches!(self.lower(end + 1), "bp" | "bps" | "basis")
                                                // (A spread as a noun: "traded at a spread over 9
                                                // percentage points".)
                                                && !(s > 1
                                                    && matches!(
                                                        self.lower(s - 2),
                                                        "a" | "the" | "any" | "its" | "their" | "yield" | "bond"
                                                    ))
                                    }) =>
                    {
                        break 'outer;
                    }
                    // "revised up to 9,064": the particle of a verb of revision or growth, not a
                    // bound ("ramped up to 437,061 t", "plans to ramp up to 40 launches", "were
                    // scaled up to 2 million tonnes"; but "moved up to 40,000 troops", "rounded up
                    // to 300 men" are as many as, and so are a scale and steps, "Fines are scaled
                    // up to €10,000", and a ramp's size, "an access ramp up to 6 metres wide").
                    // (Also "scaled up to a further 96,000"; and small rises: "edged up to 9.3%".)
                    Effect::Bound(_)
                        if words.starts_with(&["up", "to"])
                            && s > 0
                            && match self.lower(s - 1) {
                                "revised" | "revise" | "revises" | "ratcheted" | "ramped" | "ramping" => true,
                                // ("edged up to 9.3%", "inched up to 4%", "ticked up to 3.1%")
                                "edged" | "edging" | "inched" | "inching" | "ticked" | "ticking"
                                | "crept" | "creeping" => true,
                                // ("inflation picks up to 3-4% a month")
                                "picks" | "picked" | "picking" | "pick" => true,
                                "scaled" | "stepped" => {
                                    !(s > 1 && matches!(self.lower(s - 2), "is" | "are" | "be"))
                                }
                                "ramp" | "ramps" => self.quantity(end, end).is_none_or(|q| {
                                    !(self.is_word(q.last)
                                        && matches!(
                                            self.lower(q.last),
                                            "wide" | "long" | "high" | "deep" | "tall"
                                        ))
                                }),
                                _ => false,
                            } =>
                    {
                        break 'outer;
                    }
                    // "hidden under 22 t of peat", "buried under 3 m of rubble": beneath, not
                    // fewer than.
                    Effect::Bound(_)
                        if words == &["under"]
                            && s > 0
                            && matches!(
                                self.lower(s - 1),
                                "hidden"
                                    | "concealed"
                                    | "buried"
                                    | "stashed"
                                    | "tucked"
                                    | "trapped"
                                    | "hid"
                                    | "hiding"
                            )
                            // (A measure of what covers it: not "hiding under 400 m from the
                            // fence", "buried under 50 bodies".)
                            && self.quantity_after(end)
                                .is_some_and(|q| q.unit.is_some() && self.word_is(q.last, "of")) =>
                    {
                        break 'outer;
                    }
                    // "buried the plant under 4–5 m of debris": a depth of what covers
                    // something, also with the verb further back.
                    Effect::Bound(_)
                        if words == &["under"]
                            && (end..end + 6).any(|j| {
                                matches!(self.lower(j), "m" | "cm" | "ft" | "metres" | "meters" | "feet")
                                    && self.word_is(j + 1, "of")
                                    && [j + 2, j + 3].iter().any(|&k| {
                                        matches!(
                                            self.lower(k),
                                            "debris"
                                                | "rubble"
                                                | "snow"
                                                | "mud"
                                                | "silt"
                                                | "sand"
                                                | "ash"
                                                | "ice"
                                                | "earth"
                                                | "soil"
                                                | "water"
                                                | "sediment"
                                                | "gravel"
                                                | "rock"
                                        )
                                    })
                            }) =>
                    {
                        break 'outer;
                    }
                    // "passed €100 million", "topped 40%", "passed 1,016,000 ha", "deaths passed
                    // 10,000 in May": a bound on money, a share, a measure or a count whose noun
                    // went before; "passed 12 bills", "topped 3 charts" count what was passed.
                    // (The present in a verb's place only: after a modal, `to`, `not`, an adverb
                    // of time or a noun; "the top 10 donors", "a pass 2 km long", "bus passes
                    // 40" are no bounds; "will not pass 80,000" is at most 80,000.)
                    Effect::Bound(_)
                        if n == 1
                            && matches!(words[0], "top" | "tops" | "pass" | "passes")
                            && !(s > 0 && self.lowercase_word_at(s) && self.is_word(s - 1) && {
                                let before = self.lower(s - 1);
                                lx::is_modal(before)
                                    || matches!(
                                        before,
                                        "to" | "not"
                                            | "now"
                                            | "already"
                                            | "soon"
                                            | "easily"
                                            | "likely"
                                            | "still"
                                            | "again"
                                            | "probably"
                                            | "comfortably"
                                    )
                                    || words[0].ends_with('s')
                                        && (lx::looks_plural(before)
                                            || self.s(s - 1).starts_with(|c: char| c.is_ascii_uppercase()))
                                        && !lx::is_stop(before)
                                        && !lx::is_determiner(before)
                            }) =>
                    {
                        break 'outer;
                    }
                    Effect::Bound(_)
                        if n == 1
                            && matches!(
                                words[0],
                                "passed" | "topped" | "topping" | "top" | "tops" | "pass" | "passes" | "crossed"
                            )
                            // (A legislature passing a sum, a vote passing with a share: "The
                            // House passed $61 billion for Ukraine", "The proposal passed 54.6%";
                            // a bill that tops a sum is more: "the salary bill topping $3.2bn".)
                            && ((matches!(words[0], "passed" | "pass" | "passes")
                                && (s.saturating_sub(8)..s).any(|k| {
                                self.is_word(k)
                                    && matches!(
                                        self.lower(k),
                                        "house" | "senate" | "congress" | "parliament" | "legislature" | "assembly" | "rada"
                                            | "knesset" | "duma" | "bundestag" | "majlis" | "diet" | "parliamentary"
                                            | "lawmakers" | "legislators" | "mps" | "council" | "cabinet"
                                            | "committee" | "proposal" | "referendum" | "motion" | "bill"
                                            | "amendment" | "resolution" | "initiative" | "budget" | "law" | "voted"
                                            | "vote" | "votes"
                                    )
                            })) || self.quantity_after(end)
                                .is_none_or(|q| {
                                    // (A vote's tally: "The resolution passed 153-10", "passed
                                    // 52% to 48%".)
                                    let tally = |k: usize| {
                                        (self.sym_is(k, "-–/") || self.word_is(k, "to")) && self.is_num(k + 1)
                                    };
                                    // (Not a distance passed at, what was passed on or over, a
                                    // part passed, a sum voted for: "passed 40 km north of the
                                    // port", "passed 200 metres from", "passed 40% of the cost on
                                    // to consumers", "passed 4 of her 6 exams", "passed $95
                                    // billion in aid".)
                                    let k = q.last;
                                    let w = if self.is_word(k) { self.lower(k) } else { "" };
                                    // (Not a temperature: "maxima passed 44 °C across much of
                                    // Andalusia".)
                                    let spatial = !matches!(q.unit, Some("°C" | "°F"))
                                        && matches!(
                                        w,
                                        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast"
                                            | "southwest" | "downwind" | "upwind" | "off" | "from" | "away" | "inside"
                                            | "outside" | "above" | "below" | "beyond" | "past" | "short" | "onto"
                                            | "behind" | "ahead" | "over" | "through" | "across"
                                    );
                                    let part = w == "of"
                                        && (self.is_num(k + 1)
                                            || self.is_word(k + 1)
                                                && (matches!(
                                                    self.lower(k + 1),
                                                    "her" | "his" | "their" | "its" | "our" | "my" | "your"
                                                ) || matches!(self.lower(k + 1), "the" | "a")
                                                    && self.is_num(k + 2)));
                                    let voted = w == "in"
                                        && self.is_word(k + 1)
                                        && matches!(
                                            self.lower(k + 1),
                                            "aid" | "funding" | "spending" | "cuts" | "loans" | "grants" | "support"
                                                | "assistance" | "relief" | "subsidies" | "tax" | "taxes" | "new"
                                                | "additional" | "emergency" | "military" | "defence" | "defense"
                                                | "clearance"
                                        );
                                    // ("passed 40% of the cost on to consumers", "passed 25% of the
                                    // rate rise to borrowers", "passed 500 kg of cocaine through
                                    // the port"; not "up to", "close to")
                                    // ("passed 300 kg of banknotes over the Serbian border")
                                    let border =
                                        |b: usize| matches!(self.lower(b), "border" | "borders" | "frontier" | "line");
                                    let handed = self.word_shortly_after(k, 8, |j| {
                                        self.word_is(j, "onto")
                                            || self.word_is(j, "through")
                                            || matches!(self.lower(j), "over" | "across")
                                                && (j + 1..j + 4).any(|b| self.is_word(b) && border(b))
                                            || self.word_is(j, "to")
                                                && !(j > 0
                                                    && matches!(
                                                        self.lower(j - 1),
                                                        "up" | "close" | "compared" | "next" | "due" | "according"
                                                    ))
                                    });
                                    // ("passed 12 bills", "topped 12 other bidders": what was
                                    // passed, counted.)
                                    let counted = self.counts_plural(&q);
                                    // (A length passed is a distance passed at: "The hurricane
                                    // passed 90 km offshore", "passed 2 miles astern of".)
                                    // (But a level or a height passed is a bound: "Water levels
                                    // passed 6.5 metres at the gauge".)
                                    let distance = matches!(words[0], "passed" | "crossed")
                                        && matches!(q.unit, Some("km" | "m" | "mi" | "nmi" | "ft" | "yd" | "cm"))
                                        && !(s.saturating_sub(3)..s).any(|b| {
                                            self.is_word(b)
                                                && matches!(
                                                    self.lower(b),
                                                    "level" | "levels" | "height" | "depth" | "water" | "river"
                                                )
                                        });
                                    tally(q.num_tok + 1)
                                        || tally(k)
                                        || spatial
                                        || part
                                        || voted
                                        || handed
                                        || counted
                                        || distance
                                })) =>
                    {
                        break 'outer;
                    }
                    // "as deep as 1.2 m", "as long as 3 days": sizes of a measure or a time only
                    // ("as long as 3 conditions are met" is a condition).
                    Effect::Bound(_)
                        if n == 3
                            && words[0] == "as"
                            && !matches!(words[1], "many" | "much" | "high" | "few" | "little" | "low")
                            && !(end..end + 2).find(|&n| self.is_num(n)).is_some_and(|n| {
                                self.distance_or_time(n)
                                    || self
                                        .quantity(n, end)
                                        .is_some_and(|q| q.unit.is_some() || q.cur.is_some())
                            }) =>
                    {
                        break 'outer;
                    }
                    Effect::Bound(_)
                        if matches!(words[0], "past" | "beyond") && !self.past_is_bound(s, end) =>
                    {
                        break 'outer;
                    }
                    // "fell as low as 28", "rose as high as 40%": the level a change reached.
                    Effect::Bound(_)
                        if n == 3
                            && words[0] == "as"
                            && matches!(words[1], "low" | "high")
                            && s >= 1
                            && self.lowercase_word_at(s - 1)
                            && (lx::is_change_verb(self.lower(s - 1))
                                || matches!(
                                    self.lower(s - 1),
                                    "sank"
                                        | "dipped"
                                        | "plunged"
                                        | "peaked"
                                        | "climbed"
                                        | "soared"
                                        | "reached"
                                )) =>
                    {
                        break 'outer;
                    }
                    // "within 150 km", "within 24 hours": a bound on a distance or a time only
                    // ("within 5 of the 7 regions", "within 40% of households" say where).
                    Effect::Bound(_) if words == &["within"] && !self.distance_or_time(end) => {
                        break 'outer;
                    }
                    // "the Sphere minimum of 15 litres", "the legal maximum of 48 hours": the value
                    // of a named standard, not a bound ("a minimum of 15" is at least 15).
                    Effect::Bound(_)
                        if n == 2
                            && matches!(words[0], "minimum" | "maximum")
                            && s > 0
                            && (self.word_is(s - 1, "the")
                                    // ("the minimum of 15 recorded deaths" is at least 15.)
                                    && (self.quantity_after(end).is_some_and(|q| {
                                        q.unit.is_some()
                                            || q.pct.is_some()
                                            || q.cur.is_some()
                                            || self.is_word(q.last) && lx::is_time_noun(self.lower(q.last))
                                    }))
                                || s > 1 && self.word_is(s - 2, "the") && self.is_word(s - 1)
                                // ("a record-low winter maximum of 14.33 million km²": a season's value)
                                || self.is_word(s - 1)
                                    && matches!(
                                        self.lower(s - 1),
                                        "winter" | "summer" | "spring" | "autumn" | "seasonal" | "annual"
                                    )
                                // ("its 2025 minimum of 4.57 million km²": a year's value)
                                || s > 2
                                    && self.is_num(s - 1)
                                    && self.is_year_numeral(s - 1)
                                    && matches!(self.lower(s - 2), "its" | "their" | "the")
                                // ("the Sphere emergency minimum of 15 litres")
                                || s > 2
                                    && self.word_is(s - 3, "the")
                                    && self.is_word(s - 2)
                                    && self.is_word(s - 1)
                                // ("the Sphere-derived minimum of 3.4 m²")
                                || s > 3
                                    && self.word_is(s - 4, "the")
                                    && self.is_word(s - 3)
                                    && self.glued_hyphen(s - 2)
                                    && self.is_word(s - 1)
                                || self.is_word(s - 1)
                                    && self.s(s - 1).starts_with(|c: char| c.is_ascii_uppercase())
                                    && !self.sentence_initial(s - 1)
                                || self.is_word(s - 1)
                                    && matches!(
                                        self.lower(s - 1),
                                        "its" | "their" | "his" | "her" | "our"
                                    )
                                || self.word_is(s - 1, "s") && s > 1 && self.sym_is(s - 2, "'’")
                                || s > 2
                                    && self.word_is(s - 2, "s")
                                    && self.sym_is(s - 3, "'’")
                                    && self.is_word(s - 1)) =>
                    {
                        break 'outer;
                    }
                    Effect::Bound(b) if p.bound.is_none() && p.between.is_none() && p.from.is_none() => {
                        // "never exceeded 1,000", "did not surpass 1,000": at most 1,000.
                        // Also with a word between: "has not yet exceeded", "did not quite exceed",
                        // "cannot exceed".
                        // (Not a hedge: "30%, if not over 40%", "whether or not under 5".)
                        let negation = |k: usize| {
                            (self.is_word(k)
                                && matches!(self.lower(k), "never" | "not" | "cannot" | "rarely" | "seldom")
                                || k >= 1 && self.word_is(k, "t") && self.sym_is(k - 1, "'’"))
                                && !(k >= 1
                                    && self.is_word(k - 1)
                                    && matches!(self.lower(k - 1), "if" | "or"))
                        };
                        // ("never fewer than 4" is at least 4, "never more than 4" at most 4.)
                        let turned = match words {
                            [w] if w.starts_with("exceed")
                                || w.starts_with("surpass")
                                || matches!(*w, "top" | "pass" | "passed" | "topped") =>
                            {
                                Some(Bound::Upper)
                            }
                            ["more", "than"] | ["over" | "above"] => Some(Bound::Upper),
                            ["fewer" | "less", "than"] | ["below" | "under"] => Some(Bound::Lower),
                            _ => None,
                        };
                        let negated = turned.is_some()
                            && s > 0
                            && (negation(s - 1)
                                || s >= 2
                                    && matches!(
                                        self.lower(s - 1),
                                        "yet" | "quite" | "even" | "ever" | "once"
                                    )
                                    && negation(s - 2)
                                // (A verb after a negated or failed `to`: "is unlikely to exceed
                                // 40%", "failed to pass 50", "is not expected to top 300".)
                                || s >= 3
                                    && self.word_is(s - 1, "to")
                                    && (matches!(self.lower(s - 2), "unlikely" | "failed" | "fail" | "fails")
                                        || matches!(self.lower(s - 2), "expected" | "likely" | "set" | "due")
                                            && negation(s - 3))
                                // (A verb of moving between: "never fell below 3,000", "did not
                                // rise above 40%".)
                                || matches!(words, ["below" | "under" | "above" | "over"])
                                    && s >= 2
                                    && matches!(
                                        self.lower(s - 1),
                                        "fell" | "fall" | "fallen" | "dropped" | "drop" | "dipped" | "dip" | "sank"
                                            | "sink" | "sunk" | "rose" | "rise" | "risen" | "went" | "go" | "gone"
                                            | "climbed" | "climb" | "recover" | "recovered" | "return" | "returned"
                                    )
                                    && negation(s - 2)
                                    // (Not a condition: "Had reserves not dropped below $5
                                    // billion", "if arrivals do not fall below 1,000".)
                                    && !(s.saturating_sub(8)..s - 2).any(|k| {
                                        self.is_word(k)
                                            && (matches!(self.lower(k), "if" | "unless" | "whether")
                                                || matches!(self.lower(k), "had" | "were" | "should")
                                                    && self.sentence_initial(k))
                                    }));
                        p.bound = Some(if negated { turned.unwrap_or(*b) } else { *b });
                        // ("in under 10 minutes", "for over 3 years", "the first time in over a
                        // decade": a bound after a preposition of time; also after `with` or
                        // `have`, "announced with under 24 hours' notice", "had under 24 hours
                        // to leave".)
                        p.loose_bound = n == 1
                            && matches!(words[0], "over" | "under")
                            && !(s > 0
                                && self.is_word(s - 1)
                                && matches!(
                                    self.lower(s - 1),
                                    "in" | "for" | "within" | "with" | "had" | "has" | "have" | "having"
                                ));
                        p.age_bound = n >= 2 && matches!(words[n - 2], "older" | "younger");
                    }
                    Effect::Modifier if p.bound.is_some() && p.start == at => {}
                    // (Two values compared, no range: "the difference between 52 and 40
                    // meticais a kilogram", "the gap between 900 and 600"; nor two parts of a
                    // whole: "the rest is split between 20% and 5% product".)
                    Effect::Between
                        if s >= 1
                            && matches!(
                                self.lower(s - 1),
                                "difference"
                                    | "differences"
                                    | "gap"
                                    | "spread"
                                    | "differential"
                                    | "split"
                                    | "divided"
                            ) =>
                    {
                        break 'outer;
                    }
                    Effect::Between if p.between.is_none() && p.from.is_none() && p.bound.is_none() => {
                        p.between = Some(s);
                        at = s;
                        continue 'outer;
                    }
                    // (Not the level a change came from: "down from 4-5" is the range 4-5.)
                    Effect::From
                        if p.between.is_none()
                            && p.from.is_none()
                            && p.bound.is_none()
                            // (Only after a comma or bracket: "went up from 40 to 55 dollars" is a
                            // change.)
                            && !(s >= 2
                                && (self.word_is(s - 1, "up") || self.word_is(s - 1, "down"))
                                && self.sym_is(s - 2, ",(")) =>
                    {
                        p.from = Some(s);
                        at = s;
                        continue 'outer;
                    }
                    _ => break 'outer,
                }
                p.quantity_only |= *quantity_only;
                at = s;
                if p.between.is_none() && p.from.is_none() {
                    p.start = at;
                }
                continue 'outer;
            }
            break;
        }
        // An estimate named before its number: "an estimated need of 120 DTCs", "an estimated
        // capex of US$ 30 billion" are approximate (the span stays the number's).
        if p.start == end
            && !p.approx
            && p.bound.is_none()
            && p.between.is_none()
            && p.from.is_none()
            && end >= floor + 4
            && self.word_is(end - 1, "of")
            && self.word_is(end - 3, "estimated")
            && (self.word_is(end - 4, "an") || self.word_is(end - 4, "the"))
            && self.is_word(end - 2)
            && self.s(end - 2).bytes().all(|b| b.is_ascii_lowercase())
        {
            p.approx = true;
        }
        p
    }

    /// The span of `q`'s numeral with a sign glued before it ("-10" in "-5 to -10 °C"), so
    /// that the ends of a range read as written.
    fn signed_num(&self, q: &Qty) -> Span {
        let sign = q.num_tok.checked_sub(1).filter(|&s| {
            q.negative && !q.spelled && s >= q.first && self.glued(q.num_tok) && self.sym_is(s, "-−")
        });
        match sign {
            Some(s) => Span::new(self.toks[s].start, q.num.end),
            None => q.num,
        }
    }

    /// Two numbers joined by "to" are a change, not a range, after a change verb ("fell from
    /// 900 to 600", "rose 5% to 7%", "rose by 40 to 60,000", "rose 30-fold to 58,000"), unless
    /// a bare first end stands before a marked second one without "from" ("could rise 20 to 30
    /// per cent", "grew 3 to 4 million"). Without a change verb, two shares that each carry
    /// their percent sign and go down are two figures ("won 54% to 46%"). A range going down
    /// otherwise stays a range, for `inverted-range` to report.
    fn change(&self, q1: &Qty, q2: &Qty, pre: &Prefix) -> bool {
        let down = q2.value() < q1.value();
        if down && self.split_of_whole(q1, q2, pre) {
            return true;
        }
        let up_to = self.word_is(q1.last, "up") && self.word_is(q1.last + 1, "to");
        if !(self.word_is(q1.last, "to") || self.word_is(q1.last, "through") || up_to)
            || pre.between.is_some()
        {
            return false;
        }
        // "forecasts range from -0.5% to -1.5%": the ends of a range, however they run.
        if let Some(from) = pre.from
            && from > 0
            && matches!(
                self.lower(from - 1),
                "range" | "ranges" | "ranged" | "ranging" | "vary" | "varies" | "varied" | "varying"
            )
        {
            return false;
        }
        if down && q1.pct.is_some() && q2.pct.is_some() {
            return true;
        }
        // "subsided to 10 to 15 a week": the level reached is a range.
        if pre.from.is_none() && pre.start > 0 && self.word_is(pre.start - 1, "to") {
            return false;
        }
        // So is a span of time or a number of places after a preposition: "a doubling of cases
        // within 4 to 6 weeks", "a rise for 2 to 3 months", "prices rose in 2 to 3 provinces"
        // (no level a change reaches).
        if pre.from.is_none()
            && pre.start > 0
            && matches!(
                self.lower(pre.start - 1),
                "within" | "for" | "after" | "every" | "in" | "across" | "among"
            )
            && q1.bare()
            && q2.bare()
            && self.noun_after(q2.last, false).is_some_and(|n| n.plural)
        {
            return false;
        }
        // So is a range in a noun phrase after a determiner: "reduce the 30 to 40 extortion
        // calls a day".
        if pre.from.is_none()
            && pre.start > 0
            && matches!(self.lower(pre.start - 1), "the" | "its" | "their" | "these" | "those")
            && q1.bare()
            && q2.bare()
            && self.noun_after(q2.last, false).is_some_and(|n| n.plural)
        {
            return false;
        }
        // (Also a part of a whole: "moved 20 to 30 of its 60 staff".)
        let counted = q2.bare()
            && (self.noun_after(q2.last, false).is_some_and(|n| n.plural)
                || self.whole_after_of(q2.last).is_some());
        // (A bound may stand after `from`: "grew 500-fold, from under €200,000 to €97 million".)
        let from = pre.from.or_else(|| {
            (pre.bound.is_some() && pre.start > 0 && self.word_is(pre.start - 1, "from"))
                .then(|| pre.start - 1)
        });
        if !self.change_verb_before(from.unwrap_or(pre.start), from.is_some(), down, counted) {
            return false;
        }
        // "rose by 40 to 60,000" is a change, but "declined by 3 to 5 per cent" and "rose by 2 to
        // 3 m" give the size of the change: a bare first end going up to a percentage or a
        // measure, at most three times larger, is a range's low end ("approval fell by 3 to 41
        // per cent" reached 41%: a change).
        // (A magnitude on the second end is the first's too: "fell by 3 to 5 million litres".)
        let second = if q2.has_mag { q2.raw() } else { q2.value() };
        let size = q1.bare()
            && (q2.pct.is_some() || q2.unit.is_some())
            && !down
            && second >= q1.value()
            && second <= 3.0 * q1.value();
        // So does a change named as a noun with its size after `of`, in one unit and going up to
        // at most five times the first: "a further fall of 9% to 17%", as "a reduction of 1,500
        // to 2,000 posts" ("a rise of 2% to 45%" reached 45%).
        let sized = q1.first >= 3
            && self.word_is(q1.first - 1, "of")
            && self.is_word(q1.first - 2)
            && lx::is_change_verb(self.lower(q1.first - 2))
            && matches!(
                self.lower(q1.first - 3),
                "a" | "an" | "the" | "this" | "that" | "another" | "further" | "projected" | "expected"
            );
        // (Not a share of a whole reached: "a rise of 9% to 17% of GDP".)
        if sized
            && pre.from.is_none()
            && !down
            && (q1.pct == q2.pct && q1.cur == q2.cur && q1.unit == q2.unit || q1.bare())
            && q2.value() <= 5.0 * q1.value()
            && !self.word_is(q2.last, "of")
        {
            return false;
        }
        // So do two percentages after "by", going up to at most three times the first
        // ("declined by 5% to 8%"), also past an approximator ("rise by roughly 20% to 25%") or
        // `a further`, `another` ("fall by a further 10% to 15%").
        let more = |k: usize| {
            k >= 3 && self.word_is(k - 1, "further") && self.word_is(k - 2, "a") && self.word_is(k - 3, "by")
                || k >= 2 && self.word_is(k - 1, "another") && self.word_is(k - 2, "by")
        };
        if (q1.first > 0 && self.word_is(q1.first - 1, "by")
            || pre.start > 0 && self.word_is(pre.start - 1, "by")
            || more(pre.start))
            && q1.pct.is_some()
            && q1.pct == q2.pct
            && !down
            && q2.value() <= 3.0 * q1.value()
            && pre.from.is_none()
        {
            return false;
        }
        // So do two bare counts after "by" going up to at most three times the first, before a
        // rate's period: "grows by an estimated 3,000 to 4,000 a year".
        let after_by = pre.start > 0 && self.word_is(pre.start - 1, "by")
            || q1.first > 0 && self.word_is(q1.first - 1, "by");
        let rate = self.is_word(q2.last)
            && (matches!(self.lower(q2.last), "a" | "per" | "each")
                && self.is_word(q2.last + 1)
                && is_span_of_time(self.lower(q2.last + 1))
                || matches!(self.lower(q2.last), "annually" | "daily" | "monthly" | "weekly" | "yearly"));
        if after_by
            && q1.bare()
            && q2.bare()
            && rate
            && !down
            && q2.value() <= 3.0 * q1.value()
            && pre.from.is_none()
        {
            return false;
        }
        let by = q1.first > 0 && self.word_is(q1.first - 1, "by") && !size;
        from.is_some() || !q1.bare() || q1.hyphen_word.is_some() || by || down || q2.bare()
    }

    /// Two shares of one whole after a word of a contest, going down: an election result or
    /// a vote ("won 54 to 46 per cent", "passed 52-48 per cent", "beat her rival 61–39%"; the
    /// two add up to at most 100, the first may borrow the second's percent sign), or two counts
    /// of a plural noun ("won 54 to 46 seats").
    fn split_of_whole(&self, q1: &Qty, q2: &Qty, pre: &Prefix) -> bool {
        let joined = self.word_is(q1.last, "to") || self.sym_is(q1.last, "-–") && self.glued(q1.last);
        let shares = q2.pct.is_some() && (q1.pct == q2.pct || q1.bare()) && q1.value() + q2.value() <= 100.5;
        // "won 54 to 46 seats": the winner's count, then the loser's.
        let counts = q1.bare() && q2.bare() && self.is_word(q2.last) && lx::looks_plural(self.lower(q2.last));
        joined
            && q2.first == q1.last + 1
            && pre.between.is_none()
            && pre.from.is_none()
            && q2.value() >= 0.0
            && (shares || counts)
            && (self.contest_word_before(pre.start)
                // "back the pact by 71 to 22 per cent", "endorsed it 61-30%": a vote's verb a
                // little further back, the shares going down (as a range they would be
                // inverted).
                || shares
                    && q1.value() > q2.value()
                    && self.word_shortly_before(pre.start, 6, |k| {
                        let w = self.lower(k);
                        // (Not in the passive: "the militia backed by Iran controls 40 to 30 per
                        // cent" stays a range, and an inverted one.)
                        (lx::is_vote_verb(w) || lx::is_stance_verb(w))
                            && !self.word_is(k + 1, "by")
                    }))
    }

    /// A word of a contest or a vote shortly before token `at` in the same sentence ("won",
    /// "beat her rival", "a lead of", "passed").
    fn contest_word_before(&self, at: usize) -> bool {
        self.word_shortly_before(at, 4, |k| lx::is_contest_word(self.lower(k)) || self.ratio_word_at(k))
    }

    /// A change verb shortly before token `at` in the same sentence ("fell from 900 to 600"),
    /// or with `from` a change noun ("a reduction from 10,000 to 2,500").
    ///
    /// Without "from", a verb in a clause that a comma closes and a subordinator opens is not
    /// the number's ("After the town fell, 3,000 to 2,000 civilians fled"; but "Attacks fell by
    /// half, 40 to 20 a week" is a change); "up" or "down" after another verb is a change only
    /// when the numbers go its way and count no noun ("set up 30 to 20 checkpoints" and
    /// "called up 5,000 to 8,000 reservists" are ranges, "rounded down 3,040 to 3,000" a
    /// change); "cut off" and a part of a hyphenated word ("build-up", "a pick-up") are no
    /// change.
    fn change_verb_before(&self, at: usize, from: bool, down: bool, counted: bool) -> bool {
        let mut k = at;
        // "cut the budget by £2.1bn, from £14.1bn to £12.0bn": the size of the change stands
        // between the verb and "from", and counts for nothing.
        if from && k > 0 && self.sym_is(k - 1, ",") {
            let by = (k.saturating_sub(8)..k - 1).rev().find(|&b| self.word_is(b, "by"));
            if let Some(b) = by
                && (b + 1..k - 1).any(|j| self.is_num(j))
                && (b + 1..k - 1).all(|j| !self.sym_is(j, ".;:!?,"))
            {
                k = b;
            } else if let Some(b) = (k.saturating_sub(10)..k - 1).rev().find(|&b| {
                self.is_word(b) && {
                    let w = self.lower(b);
                    lx::is_change_verb(w) || lx::is_from_change_verb(w)
                }
            }) && (b + 1..k - 1).any(|j| self.glued_fold(j))
                && (b + 1..k - 1).all(|j| !self.sym_is(j, ".;:!?,"))
            {
                // (Or a multiple: "grew roughly 500-fold between 2021 and 2023, from under
                // €200,000 to €97 million".)
                k = b + 1;
            }
        }
        let mut comma = false;
        // "from" may stand further from a change noun with what changes after it, in words
        // that are no verbs: "a decline in cash-in-transit robberies from 88 to 59".
        // (Going down after "from", a change verb anywhere before in the sentence: "Revenue
        // fell from $10 billion to $4 billion, and transits from 26,434 to 13,213" — a range
        // does not go down.)
        // (Going up too when the change is gapped: "rose from 29% to 43%, and the average
        // patrol length from 61 to 78 days": a `from` before `, and` before this one.)
        let (mut comma_and, mut gapped, mut verb_after_and) = (false, false, false);
        // A finite verb, or a participle (`w.len() > 4` keeps "red", "bed" out).
        let finite = |w: &str| {
            w.len() > 4 && w.ends_with("ed")
                || lx::is_past_only(w)
                || lx::is_modal(w)
                || matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
        };
        // (Nor when a verb follows in the clause: "…, and families from 3 to 5 provinces fled",
        // "…, and from 3 to 5 people were injured". Read only for a gapped change.)
        let verb_after =
            || self.word_shortly_after(at + 1, 16, |j| self.lowercase_word_at(j) && finite(self.lower(j)));
        for step in 0..if from { 40 } else { 6 } {
            if k == 0 || self.gap(k) == Gap::Break {
                return false;
            }
            k -= 1;
            // (A colon right before `from` introduces the change its verb names: "the voucher
            // was cut twice: from $12 to $10".)
            if self.sym_is(k, ".;:!?") && !(from && k + 1 == at && self.sym_is(k, ":")) {
                return false;
            }
            comma |= self.sym_is(k, ",");
            // (Not when the clause after `and` has a verb of its own: "…, and the militia now
            // numbers from 3,000 to 5,000", "…, and the port handled shipments from 40 to 60
            // countries", "…, and the ceasefire held from 6 to 9 May".)
            // (A participle right before `from` qualifies the noun after `of`: "and the list of
            // goods covered from 300 to 1,100 lines"; "and teachers earned from $200 to $350" is a
            // verb.)
            if !comma_and && self.lowercase_word_at(k) && {
                let w = self.lower(k);
                finite(w)
                    && !(w.len() > 4
                        && w.ends_with("ed")
                        && k + 1 == at
                        && (k.saturating_sub(3)..k).any(|o| self.word_is(o, "of")))
                    || matches!(
                        w,
                        "now"
                            | "held"
                            | "numbers"
                            | "ranges"
                            | "range"
                            | "ran"
                            | "runs"
                            | "varies"
                            | "vary"
                            | "remains"
                            | "stood"
                            | "stands"
                            | "lasted"
                            | "lasts"
                            | "spans"
                            | "spanned"
                            | "holds"
                            | "expect"
                            | "expects"
                            | "put"
                            | "puts"
                            | "see"
                            | "sees"
                            | "saw"
                            | "forecast"
                            | "project"
                            | "projects"
                            | "pay"
                            | "pays"
                            | "paid"
                            | "give"
                            | "gives"
                            | "gave"
                            | "set"
                            | "sets"
                            | "keep"
                            | "keeps"
                            | "kept"
                            | "take"
                            | "takes"
                            | "took"
                            | "make"
                            | "makes"
                            | "made"
                            | "cost"
                            | "costs"
                            | "charge"
                            | "charges"
                            | "earn"
                            | "earns"
                    )
            } {
                verb_after_and = true;
            }
            comma_and |= self.sym_is(k, ",") && self.word_is(k + 1, "and");
            gapped |= comma_and && !verb_after_and && self.word_is(k, "from");
            if from && !down && step >= 10 && !comma_and {
                return false;
            }
            if !self.is_word(k) {
                continue;
            }
            let word = self.lower(k);
            let weak = lx::is_weak_change_verb(word) && k + 1 != at;
            if from {
                // ("will shift from 10% to 25%": `shift` right before `from`; "each shift lasts
                // from 8 to 12 hours" is a noun.)
                let shift = word == "shift" && k + 1 == at;
                // ("extended the window from 3 to 5 days": with its object; "the zone extends
                // from 5 to 10 km" is a reach.)
                let extended = word == "extended"
                    && matches!(
                        self.lower(k + 1),
                        "the" | "its" | "their" | "his" | "her" | "a" | "an" | "this" | "that"
                    );
                // ("took the birr from 57 to more than 130", "brought the toll from 40 to 52",
                // "moving the rate from ARS 366.5 to ARS 800": a verb that carries its object
                // from one level to another; "the trip took from 3 to 5 days" is a range.)
                let carried = matches!(
                    word,
                    "took"
                        | "take"
                        | "takes"
                        | "taking"
                        | "pushed"
                        | "push"
                        | "pushes"
                        | "pushing"
                        | "drove"
                        | "drive"
                        | "drives"
                        | "driving"
                        | "brought"
                        | "bring"
                        | "brings"
                        | "bringing"
                        | "moving"
                        | "moved"
                        | "move"
                        | "moves"
                ) && matches!(
                    self.lower(k + 1),
                    "the" | "its" | "their" | "his" | "her" | "this" | "that"
                );
                if (lx::is_change_verb(word)
                    || lx::is_from_change_verb(word)
                    || shift
                    || extended
                    || carried
                    || lx::is_change_noun(word))
                    && !weak
                    && (step < 6
                        // (A longer object after the verb: "quadrupling the price of a
                        // subsidised loaf from 5 piastres to 20 piastres".)
                        || step < 8
                            && lx::is_change_verb(word)
                            && matches!(self.lower(k + 1), "the" | "its" | "their" | "a" | "an")
                            && (k + 1..at).all(|j| self.is_word(j))
                        || (down || step < 10) && self.change_noun_phrase(k, at)
                        || (down || gapped && !verb_after()) && lx::is_change_verb(word))
                {
                    return true;
                }
                continue;
            }
            // Part of a hyphenated word: a hyphen glued on both sides before or after it.
            let hyphen = |d: usize| self.glued_hyphen(d);
            let compound = k > 0 && hyphen(k - 1) || hyphen(k + 1) && self.is_word(k + 2);
            let against = if down { "up" } else { "down" };
            // ("food takes up 48% to 52% of spending", "women make up 40 to 45 per cent": a
            // verb whose `up` says no direction.)
            let occupies = word == "up"
                && k > 0
                && matches!(
                    self.lower(k - 1),
                    "take" | "takes" | "took" | "taking" | "taken" | "make" | "makes" | "made" | "making"
                );
            let particle = occupies
                || (word == against || counted && matches!(word, "up" | "down"))
                    && k > 0
                    && lx::takes_particle(self.lower(k - 1));
            // ("cut off", "cut out"; a cut named as a noun: "A 50% cut would avert roughly 600k to
            // 700k deaths".)
            let cut_off = word == "cut" && matches!(self.lower(k + 1), "off" | "out")
                || matches!(word, "cut" | "cuts")
                    && k > 0
                    && (self.sym_is(k - 1, "%")
                        || matches!(self.lower(k - 1), "a" | "the" | "this" | "that"));
            // "cut some 2,500 to 3,000 jobs", "shed 200 to 300 staff", "moved 20 to 30 of its
            // staff": going up before what is counted, the number removed or moved (a cut from
            // 3,000 to 2,500 goes down).
            if counted
                && !down
                && matches!(
                    word,
                    "cut"
                        | "cuts"
                        | "cutting"
                        | "shed"
                        | "sheds"
                        | "shedding"
                        | "slashed"
                        | "slashing"
                        | "axed"
                        | "axing"
                        | "moved"
                        | "moving"
                        | "lowering"
                        | "reducing"
                )
            {
                return false;
            }
            // ("a sack changed hands for US$18 to US$25": sold, not changed.)
            // ("bags went for MWK 55,000 to 60,000": sold, not moved.)
            let hands = matches!(word, "changed" | "change" | "changes" | "changing")
                && self.word_is(k + 1, "hands")
                || matches!(word, "went" | "go" | "goes" | "going" | "gone") && self.word_is(k + 1, "for");
            // ("A fall that pushed many of the 115,000 to 120,000 households into debt": after
            // a determiner, a noun, which without "from" names no change.)
            // (Also past an adjective of size after "a": "a modest fall in homicides, perhaps
            // 1,000 to 1,500 fewer killings".)
            let determiner =
                |d: usize| matches!(self.lower(d), "a" | "an" | "the" | "this" | "that" | "its" | "their");
            let noun_use = k > 0
                && (determiner(k - 1)
                    || k > 1
                        && matches!(self.lower(k - 2), "a" | "an")
                        && matches!(
                            self.lower(k - 1),
                            "modest" | "sharp" | "steep" | "slight" | "small" | "large" | "significant" | "dramatic"
                                | "marked" | "gradual" | "rapid" | "steady" | "major" | "further" | "sudden"
                        ))
                // ("a rise of 2% to 45%" rises to 45%.)
                && !self.word_is(k + 1, "by")
                && !self.word_is(k + 1, "of");
            if lx::is_change_verb(word) && !compound && !particle && !cut_off && !weak && !hands && !noun_use
            {
                return !(comma && self.in_subordinate_clause(k));
            }
        }
        false
    }

    /// Token `k` is a change ("a decline", "declined") followed by "in", "of", "against",
    /// "over" or "across" and a phrase up to token `at` ("from") with no comma, no word in -ed
    /// or -ing and at most seven tokens: "a decline in cash-in-transit robberies from 88 to
    /// 59", "weakened against the dollar in the parallel market from 600 to 1,200".
    fn change_noun_phrase(&self, k: usize, at: usize) -> bool {
        matches!(self.lower(k + 1), "in" | "of" | "against" | "over" | "across")
            && at - (k + 2) <= 7
            && (k + 2..at).all(|j| {
                !self.sym_is(j, ",;:")
                    && !(self.is_word(j) && (self.lower(j).ends_with("ed") || self.lower(j).ends_with("ing")))
            })
    }

    /// Token `k` stands in a clause opened by a subordinator ("after", "as", "when", …) at the
    /// start of its sentence or after a comma.
    fn in_subordinate_clause(&self, k: usize) -> bool {
        let mut j = k;
        for _ in 0..12 {
            if j == 0 || self.gap(j) == Gap::Break || self.sym_is(j - 1, ".;:!?,") {
                return self.is_word(j) && lx::is_subordinator(self.lower(j));
            }
            j -= 1;
        }
        false
    }

    /// A word for which `found` holds among the `reach` tokens before token `at`, in the same
    /// sentence and paragraph.
    fn word_shortly_before(&self, at: usize, reach: usize, found: impl Fn(usize) -> bool) -> bool {
        let mut k = at;
        for _ in 0..reach {
            if k == 0 || self.gap(k) == Gap::Break {
                return false;
            }
            k -= 1;
            // (An initial's full stop ends nothing: "passed H.R. 2 by 219–213"; tested only at a
            // stop, as this runs for every token it walks.)
            if self.sym_is(k, ".;:!?") {
                let initial = k >= 1
                    && self.sym_is(k, ".")
                    && self.glued(k)
                    && self.is_word(k - 1)
                    && self.s(k - 1).len() == 1
                    && self.s(k - 1).starts_with(|c: char| c.is_ascii_uppercase());
                if !initial {
                    return false;
                }
                continue;
            }
            if self.is_word(k) && found(k) {
                return true;
            }
        }
        false
    }

    /// Whether the number at token `first`, opening a line after the first, stands in a
    /// paragraph rather than in a list read without its Markdown: the text does not open with
    /// a marker (`1.`, `2)`), and the number is not `1`, which would open a list.
    fn marked_items_absent(&self, first: usize) -> bool {
        let marker_at = |k: usize| self.is_num(k) && self.sym_is(k + 1, ".)") && self.glued(k + 1);
        first != 0 && self.s(first) != "1" && !marker_at(0)
    }

    /// A word for which `found` holds among the `reach` tokens from token `from` on, in the same
    /// clause: before a punctuation mark that ends one (a comma too) or a paragraph break.
    fn word_shortly_after(&self, from: usize, reach: usize, found: impl Fn(usize) -> bool) -> bool {
        for k in from..from + reach {
            if self.tok(k).is_none() || self.gap(k) == Gap::Break || self.sym_is(k, ".,;:!?") {
                return false;
            }
            if self.is_word(k) && found(k) {
                return true;
            }
        }
        false
    }

    /// The bound of a phrase of [`PREFIXES`] that starts at token `from` and ends right before
    /// token `at` ("more than" in "between 40 and more than 100"), read as [`Parser::prefix`]
    /// reads the words before a number.
    fn bound_from(&self, from: usize, at: usize) -> Option<Bound> {
        // (No number can follow the last token: "a 1,200-- quick force" ends there.)
        if at >= self.toks.len() {
            return None;
        }
        let p = self.prefix(at, from.checked_sub(1)?);
        if p.start == from && p.between.is_none() && p.from.is_none() { p.bound } else { None }
    }

    /// The second end of a range after `q1`: "to 7,000", "–5,000", "and 23,000".
    /// The second end of a change after `to`, behind an approximator or a bound: "to about
    /// 15,000 staff", "to under 600", "to more than $2 billion".
    fn hedged_second_end(&self, q1: &Qty) -> Option<Qty> {
        let to = q1.last;
        if !self.word_is(to, "to") || self.gap(to + 1) == Gap::Break {
            return None;
        }
        let n = (to + 2..to + 6).find(|&k| self.is_num(k))?;
        let q2 = self.quantity(n, to + 1)?;
        let p = self.prefix(q2.first, to + 1);
        (p.start == to + 1 && (p.approx || p.bound.is_some()) && p.between.is_none() && p.from.is_none())
            .then_some(q2)
    }

    /// Token `m` is an approximator on a range's second end after a verb of a range and
    /// `from`: "estimates range from 6,500 to nearly 17,000" (a rough range, not a change), or
    /// after `range of`.
    fn rough_second_end(&self, m: usize, pre: &Prefix) -> bool {
        // (Or after a range named as a noun: "ranges of 600 km to roughly 2,500 km".)
        let range_noun = pre.from.is_none()
            && pre.between.is_none()
            && pre.start >= 2
            && self.word_is(pre.start - 1, "of")
            && matches!(self.lower(pre.start - 2), "range" | "ranges");
        (self.range_verb_before(pre) || range_noun)
            && self.is_word(m)
            && matches!(
                self.lower(m),
                "nearly" | "almost" | "about" | "around" | "roughly" | "approximately" | "some"
            )
            && self.is_num(m + 1)
    }

    /// The currency a capital letter stands for before an amount where the text (the unit the
    /// parser reads) names that currency or its country: `K` the kwacha (Zambia), else the kyat
    /// (Myanmar), else the kina (Papua New Guinea), `N` the naira (Nigeria), `Q` the quetzal (Guatemala), `L` the lempira
    /// (Honduras), `ALL` the lek (Albania).
    fn letter_currency_named(&self, letter: &str) -> Option<&'static str> {
        let named = |names: &[&str]| self.mentions_any(names);
        match letter {
            // (Malawi's kwacha before Zambia's: "K950 per kilogram" in a text on Malawi.)
            "K" if named(&["malawi", "lilongwe", "blantyre"]) && !named(&["zambia", "lusaka"]) => Some("MWK"),
            "K" if named(&["kwacha", "zambia", "lusaka", "copperbelt", "ndola", "kitwe"]) => Some("ZMW"),
            "K" if named(&["kyat", "myanmar", "burma"]) => Some("MMK"),
            // (Laos' kip: "K1,020 per kWh", "about K9,000 to the dollar".)
            "K" if named(&["kip", "laos", "vientiane"]) || self.mentions_word("lao") => Some("LAK"),
            "K" if named(&["kina", "papua", "moresby", "porgera", "enga", "bougainville"])
                || self.mentions_word("png") =>
            {
                Some("PGK")
            }
            "N" if named(&["naira", "nigeria"]) => Some("NGN"),
            "Q" if named(&["quetzal", "guatemal"]) => Some("GTQ"),
            "L" if named(&["lempira", "hondura"]) => Some("HNL"),
            // (Sierra Leone's leone: "Le 5 to Le 10", "Le 2.4 million"; Botswana's pula: "P
            // 18.7 million".)
            "Le" if named(&["leone", "freetown", "kambia", "makeni", "kenema", "koidu"])
                || self.currency.leone.is_some() =>
            {
                Some("SLE")
            }
            "P" if named(&["pula", "botswana", "gaborone"]) => Some("BWP"),
            // (The Gambia's dalasi: "D60,000–D90,000 per seat", "D70 to the dollar".)
            "D" if named(&["gambia", "banjul", "dalasi", "serekunda"]) => Some("GMD"),
            // (South Africa's rand: "R3,000 to R8,000 per week".)
            "R" if named(&[
                "rand",
                "south africa",
                "johannesburg",
                "pretoria",
                "cape town",
                "durban",
                "gauteng",
                "soweto",
                "stilfontein",
            ]) =>
            {
                Some("ZAR")
            }
            // (Yemen's rial as its press writes it: "YR 28,000–35,000 a month".)
            "YR" if named(&[
                "yemen",
                "aden",
                "sanaa",
                "sana'a",
                "houthi",
                "hadramawt",
                "hadramout",
                "taiz",
                "marib",
                "hodeidah",
            ]) =>
            {
                Some("YER")
            }
            // (Lesotho's loti: "M2,850", "M1.9 billion".)
            "M" if named(&["loti", "maloti", "lesotho", "maseru", "basotho"]) => Some("LSL"),
            // (Eswatini's lilangeni: "E5,000", "E612 million".)
            "E" if named(&["lilangeni", "emalangeni", "eswatini", "swaziland", "mbabane", "manzini"]) => {
                Some("SZL")
            }
            // (Madagascar's ariary: "Ar 650", "Ar 2.4 million"; also where the report writes
            // `MGA`.)
            "Ar" if named(&["ariary", "madagascar", "malagasy"]) || self.currency.ariary.is_some() => {
                Some("MGA")
            }
            // (Albania's lek by its code, also an English word in capitals: "ALL 98 billion".)
            "ALL" if named(&["albania", " lek"]) => Some("ALL"),
            // (Tonga's paʻanga by its code, also an English word in capitals: "TOP 45 million".)
            "TOP" if named(&["tonga", "nuku", "pa'anga", "paʻanga", "pa’anga"]) => Some("TOP"),
            // (Else by the country the report's title names: "K38 million" in a report on
            // Papua New Guinea.)
            _ => match (letter, self.currency.country?) {
                ("K", "ZM") => Some("ZMW"),
                ("K", "MW") => Some("MWK"),
                ("K", "MM") => Some("MMK"),
                ("K", "PG") => Some("PGK"),
                ("K", "LA") => Some("LAK"),
                ("TOP", "TO") => Some("TOP"),
                ("N", "NG") => Some("NGN"),
                ("Q", "GT") => Some("GTQ"),
                ("L", "HN") => Some("HNL"),
                ("Le", "SL") => Some("SLE"),
                ("P", "BW") => Some("BWP"),
                ("E", "SZ") => Some("SZL"),
                ("M", "LS") => Some("LSL"),
                ("R", "ZA") => Some("ZAR"),
                ("D", "GM") => Some("GMD"),
                ("Ar", "MG") => Some("MGA"),
                _ => None,
            },
        }
    }

    /// A verb of a range stands right before the `from` of `pre`: "estimates range from".
    fn range_verb_before(&self, pre: &Prefix) -> bool {
        pre.from.is_some_and(|f| {
            f >= 1
                && self.lowercase_word_at(f - 1)
                && matches!(
                    self.lower(f - 1),
                    "range" | "ranges" | "ranged" | "ranging" | "vary" | "varies" | "varied"
                )
        })
    }

    fn range_tail(&self, q1: &Qty, pre: &Prefix) -> Option<Qty> {
        let mut j = q1.last;
        // A suspended hyphen: "a 20- to 30-minute drive", "between 5- and 10-year terms".
        if self.sym_is(j, "-")
            && self.glued(j)
            && self.gap(j + 1) == Gap::Space
            && (self.word_is(j + 1, "to") || self.word_is(j + 1, "and"))
        {
            j += 1;
        }
        // "from $1 million up to $10.8 million", "range from 600 up to 1,000 vessels".
        if pre.from.is_some()
            && self.word_is(j, "up")
            && self.word_is(j + 1, "to")
            && self.gap(j + 1) == Gap::Space
        {
            j += 1;
        }
        let t = self.tok(j)?;
        if t.gap == Gap::Break {
            return None;
        }
        let next_gap = self.gap(j + 1);
        // (A range the text wraps after its dash, both ends written with separators: "UAH
        // 15,000-⏎20,000".)
        let wrapped = next_gap != Gap::Glued
            && self.tok(j + 1).is_some_and(|n| self.text[t.end..n.start].contains('\n'))
            && t.kind == Kind::Sym
            && matches!(t.ch, '-' | '–')
            && t.gap == Gap::Glued
            && self.is_num(j + 1)
            && self.toks[q1.num_tok].grouped
            && self.toks[j + 1].grouped;
        if next_gap == Gap::Break && !wrapped {
            return None;
        }
        let ok = match t.kind {
            Kind::Sym => match t.ch {
                '-' => (t.gap == Gap::Glued) == (next_gap == Gap::Glued) || wrapped,
                '–' | '‒' | '~' | '〜' => true,
                '—' => t.gap == Gap::Glued && next_gap == Gap::Glued,
                _ => false,
            },
            Kind::Word => {
                let w = self.lower(j);
                match w {
                    "to" | "through" | "thru" => true,
                    "and" => pre.between.is_some(),
                    // "5 or 6 people", "2 or 3 more hospitals", "1 or 2 per cent": two whole
                    // numbers close together, going up, the second counting or measuring (see
                    // below), also after a bound, which opens the range ("up to 16 or 17 knots").
                    // (Money too, with its currency before the first: "USD 2 or 3 billion".)
                    "or" => {
                        pre.between.is_none()
                            && pre.from.is_none()
                            && (q1.bare()
                                || q1.cur.is_some() && q1.pct.is_none() && q1.unit.is_none() && !q1.has_mag)
                    }
                    _ => false,
                }
            }
            Kind::Num => false,
        };
        if !ok {
            return None;
        }
        // The number after the separator, maybe behind a bound ("from as few as 200 to as many
        // as 400"), a currency or a sign.
        let mut m = j + 1;
        if self.word_is(m, "as")
            && self.word_is(m + 2, "as")
            && matches!(self.lower(m + 1), "many" | "much" | "high")
            && pre.bound == Some(Bound::Lower)
        {
            m += 3;
        } else if pre.bound.is_none() && self.is_word(m) {
            // A second end open above: "between 40 and more than 100 people".
            if let Some(end) = (m + 1..m + 4).find(|&e| self.bound_from(m, e) == Some(Bound::Lower)) {
                m = end;
            } else if self.rough_second_end(m, pre) {
                m += 1;
            } else if self.range_verb_before(pre)
                && self.word_is(m, "as")
                && matches!(self.lower(m + 1), "much" | "many" | "high")
                && self.word_is(m + 2, "as")
            {
                // ("range from $500m to as much as $1.3 billion": the high end, named as such.)
                m += 3;
            }
        }
        let first = m;
        let limit = (j + 6).min(self.toks.len());
        while m < limit && !self.is_num(m) && !(self.is_word(m) && self.spelled_start(m)) {
            let currency_like = self.currency_sign(m).is_some()
                || self.sym(m).is_some_and(|c| {
                    c == '-'
                        || c == '−'
                        || c == '.'
                        // ("+2 to +8 °C": a plus sign.)
                        || c == '+' && self.glued(m + 1) && self.is_num(m + 1)
                        // A class's upper end, short of it: "a MUAC of 115 to <125 mm", "10
                        // to <15%".
                        || matches!(c, '<' | '≤') && m == j + 1 && self.glued(m + 1) && self.is_num(m + 1)
                        // (The sol's or the balboa's slash again: "S/ 9,000 to S/ 12,000".)
                        || c == '/' && m > first && matches!(self.s(m - 1), "S" | "B") && self.glued(m)
                })
                || self.is_word(m)
                    && (lx::currency_code(self.s(m)).is_some()
                    || matches!(self.s(m), "CFA" | "RM" | "Rp" | "TL" | "Bs")
                    // (Malawi's kwacha or Bosnia's mark again: "between MK95,000 and MK110,000",
                    // "KM 150 million to KM 200 million".)
                    || self.s(m) == "MK" && q1.cur == Some("MWK")
                    || self.s(m) == "KM" && q1.cur == Some("BAM")
                    || matches!(self.s(m), "N" | "R" | "K") && self.glued(m + 1) && self.is_num(m + 1)
                    || matches!(self.s(m), "S" | "B")
                        && self.sym_is(m + 1, "/")
                        && self.glued(m + 1)
                        && matches!(q1.cur, Some("PEN" | "PAB"))
                    // (A letter for the first end's currency again: "Q 300 to Q 1,500", "Le 5 to Le
                    // 10".)
                    || LETTER_CURRENCIES.contains(&self.s(m))
                        && self.is_num(m + 1)
                        && q1.cur.is_some()
                        && self.letter_currency_named(self.s(m)) == q1.cur
                    || lx::dollar_prefix(self.s(m), true).is_some()
                    // (The letters before a sign: "GH¢ 500", "GH₵ 500", "E£500".)
                    || self.word_is(m, "gh") && self.glued(m + 1) && self.sym_is(m + 1, "¢₵")
                    || matches!(self.s(m), "E" | "L" | "S") && self.glued(m + 1) && self.sym_is(m + 1, "£")
                    || lx::scaled_currency_code(self.s(m)).is_some()
                    || self.word_is(m, "u")
                    || self.word_is(m, "s")
                    || self.sign_word(m)
                    || self.word_is(m, "plus"));
            if !currency_like {
                return None;
            }
            m += 1;
        }
        let mut q2 = self.quantity(m, first)?;
        if self.word_is(j, "or") {
            let whole = |q: &Qty| {
                let t = self.toks[q.num_tok];
                !q.spelled && t.is_plain_whole() && q.raw() >= 1.0
            };
            // (The second end may repeat the first's currency sign: "$25 or $30 million".)
            let same_sign = m == j + 2 && q2.first == j + 1 && q1.cur.is_some() && q2.cur == q1.cur;
            let close = q2.raw() > q1.raw()
                && q2.raw() <= 2.0 * q1.raw()
                && (q2.first == m && m == j + 1 || same_sign);
            let counted = q2.pct.is_some()
                || q2.unit.is_some()
                || q2.has_mag
                || self.noun_after(q2.last, false).is_some_and(|n| n.plural)
                // A part: "operated 4 or 5 of them".
                || self.word_is(q2.last, "of") && matches!(self.lower(q2.last + 1), "them" | "these" | "those")
                // Of a whole with its number: "47 or 48 of the 52 seats".
                || self.word_is(q2.last, "of")
                    && (self.whole_after_of(q2.last).is_some() || self.whole_without_number(q2.last).is_some())
                // A multiplier: "3 or 4 times higher".
                || self.word_is(q2.last, "times") && self.gap(q2.last) == Gap::Space
                // A part of a whole the sentence opens with: "Of the 11 boats assigned to the
                // fleet, only 6 or 7 are operational".
                || self.whole_before(q1.first, q2.last).is_some()
                // A rate: "6 or 7 a day", "2 or 3 per week".
                || matches!(self.lower(q2.last), "a" | "per" | "each")
                    && self.is_word(q2.last)
                    && self.gap(q2.last) == Gap::Space
                    && self.is_word(q2.last + 1)
                    && lx::is_time_noun(self.lower(q2.last + 1));
            // (A sum on the second end only with a magnitude, and after a sum only a magnitude or
            // the same currency: "2 or 3 billion dollars", "USD 2 or 3 billion"; not "$5 or 6
            // people".)
            let sum = match q1.cur {
                Some(c) => {
                    q2.cur == Some(c)
                        || q2.cur.is_none() && q2.has_mag && q2.pct.is_none() && q2.unit.is_none()
                }
                None => q2.cur.is_none() || q2.has_mag,
            };
            if !(whole(q1) && whole(&q2) && close && counted && sum && !self.year_like(&q2)) {
                return None;
            }
        }
        // "enriching to 60% through 2026", "registered 12,000 through 2025", "$400 million to
        // 2028": a year ends a time, not a range, after a number written unlike a year: one
        // grouped with commas, larger, with a magnitude or a percent sign, or (after
        // `through`) with a currency or unit. "$1500 to 2000" is a range.
        if t.kind == Kind::Word && q2.explicit_kind().is_none() && self.year_like(&q2) {
            let unlike =
                self.toks[q1.num_tok].grouped || q1.raw() > q2.raw() || q1.has_mag || q1.pct.is_some();
            let through = matches!(self.lower(j), "through" | "thru");
            if unlike || through && q1.explicit_kind().is_some() {
                return None;
            }
        }
        // ("from minus 3 to plus 4 degrees", "+2 to +8 °C": a plus is a sign the number does not
        // take.)
        let plus = self.word_is(first, "plus") || self.sym_is(first, "+<≤");
        if q2.first != first && !(plus && q2.first == first + 1) {
            return None;
        }
        // "£40-50m", "$40m-50m": after money, a glued `m` is millions, not metres (also before
        // a period, read again as the sum's: "about $4–5m a year").
        if q1.cur.is_some()
            && q2.cur.is_none()
            && q2.unit.is_some_and(|u| u == "m" || u.starts_with("m/"))
            && q2.last > q2.num_tok + 1
            && self.s(q2.num_tok + 1) == "m"
            && self.glued(q2.num_tok + 1)
        {
            q2.unit = None;
            q2.exp += 6;
            q2.has_mag = true;
            q2.last = q2.num_tok + 2;
        }
        // Kinds must agree when both are written.
        // (A glued `m` read as metres on the first end is millions when the second end's glued
        // `m` was read as millions of what follows: "3.5m–4m TEU", "2m–3m tonnes".)
        // (A period after the second end is the first's too: "2,700 t to 3,000 t a year".)
        if let (Some(a), Some(b)) = (q1.explicit_kind(), q2.explicit_kind())
            && a != b
            && !(q1.unit == Some("m") && self.glued_m(q1) && self.glued_m(&q2) && q2.has_mag && q2.exp == 6)
            && !period_of(q1.unit, q2.unit)
        {
            return None;
        }
        Some(q2)
    }

    /// A bound written after the number: "500 or more", "20+", "200 or greater", "1,000 or so".
    fn postfix(&self, j: usize) -> Option<(Option<Bound>, bool, usize)> {
        if self.sym_is(j, "+") && self.glued(j) && !(self.is_num(j + 1) && self.glued(j + 1)) {
            return Some((Some(Bound::Lower), false, j + 1));
        }
        // "4,000-tonne-plus cargo ships": `-plus` after a hyphenated unit.
        if self.glued_hyphen(j)
            && self.word_is(j + 1, "plus")
            && j >= 2
            && self.sym_is(j - 2, "-")
            && self.glued(j - 1)
        {
            return Some((Some(Bound::Lower), false, j + 2));
        }
        // ("upwards of inflation" introduces what follows.)
        let upwards = |k: usize| {
            self.is_word(k)
                && matches!(self.lower(k), "upwards" | "upward" | "onwards")
                && !self.word_is(k + 1, "of")
        };
        // "from 5,000 upwards", "5,000 and upwards".
        if self.gap(j) == Gap::Space && upwards(j) {
            return Some((Some(Bound::Lower), false, j + 1));
        }
        // "5,000 fighters at most", "5,000, at the very least": at the end of the clause only
        // ("30 villages at least twice" is no bound).
        let at = if self.sym_is(j, ",") && self.glued(j) { j + 1 } else { j };
        if self.word_is(at, "at") && self.gap(at) == Gap::Space {
            let mut m = at + 1;
            if self.word_is(m, "the") {
                m += 1;
                if self.word_is(m, "very") {
                    m += 1;
                }
            }
            let bound = if self.word_is(m, "least") {
                Some(Bound::Lower)
            } else if self.word_is(m, "most") {
                Some(Bound::Upper)
            } else {
                None
            };
            let clause_end =
                self.tok(m + 1).is_none_or(|t| t.gap == Gap::Break) || self.sym_is(m + 1, ".,;:)!?");
            if bound.is_some() && clause_end {
                return Some((bound, false, m + 1));
            }
        }
        let joiner = self.word_is(j, "or") || self.word_is(j, "and");
        if joiner && self.gap(j + 1) == Gap::Space && upwards(j + 1) {
            return Some((Some(Bound::Lower), false, j + 2));
        }
        if !joiner || self.gap(j) == Gap::Break || !self.is_word(j + 1) {
            return None;
        }
        let w = self.lower(j + 1);
        let (bound, approx) = match w {
            "more" | "greater" | "higher" | "above" | "over" | "larger" | "bigger" | "longer" | "warmer"
            | "hotter" => (Some(Bound::Lower), false),
            // ("stored at -20 °C or colder")
            "less" | "fewer" | "lower" | "below" | "under" | "smaller" | "shorter" | "colder" | "cooler" => {
                (Some(Bound::Upper), false)
            }
            "so" | "thereabouts" if self.word_is(j, "or") => (None, true),
            _ => return None,
        };
        let mut end = j + 2;
        if self.word_is(end, "than") {
            end += 1;
        }
        if self.starts_number(end) {
            return None;
        }
        // (Nor a comparison that opens another phrase: "USD 5.97 billion and above their 2019
        // level".)
        if self.word_is(j, "and")
            && end == j + 2
            && self.is_word(end)
            && matches!(
                self.lower(end),
                "the"
                    | "their"
                    | "its"
                    | "his"
                    | "her"
                    | "our"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
            )
        {
            return None;
        }
        // "22 per cent and more aid by 40 per cent": `and` and a comparative before a word that
        // is no plural open another phrase ("500 and more people" is at least 500).
        if self.word_is(j, "and")
            && end == j + 2
            && self.is_word(end)
            && self.gap(end) == Gap::Space
            && !lx::is_stop(self.lower(end))
            && !lx::looks_plural(self.lower(end))
            && self.s(end).starts_with(|c: char| c.is_ascii_lowercase())
        {
            return None;
        }
        // A comparative of size before a plural opens another phrase ("90,376 stETH and smaller
        // tokens", "50 tonnes and larger quantities"); a quantity word bounds ("500 and more
        // people").
        if self.word_is(j, "and")
            && end == j + 2
            && !matches!(w, "more" | "less" | "fewer" | "over" | "under" | "above" | "below")
            && self.plural_at(end)
        {
            return None;
        }
        Some((bound, approx, end))
    }

    /// Token `k` starts a number (maybe behind a currency symbol).
    fn starts_number(&self, k: usize) -> bool {
        self.is_num(k)
            || (self.is_word(k) && self.spelled_start(k))
            || self.sym(k).is_some_and(|c| lx::currency_symbol(c).is_some()) && self.is_num(k + 1)
    }

    /// "or equal", "or equal to" after a bound, when no number follows.
    fn or_equal(&self, j: usize) -> Option<usize> {
        if !(self.word_is(j, "or") && self.word_is(j + 1, "equal")) {
            return None;
        }
        let mut end = j + 2;
        if self.word_is(end, "to") {
            end += 1;
        }
        (!self.starts_number(end)).then_some(end)
    }

    /// More than three bytes of whitespace before token `k`: in normal prose words are one or
    /// two spaces apart, so a wide gap is a blanked construct (`]{qty=…}`, a citation). Over a
    /// line break only the end of the line counts: the next line's indentation (a list item's,
    /// a note's) is no construct.
    fn wide_gap(&self, k: usize) -> bool {
        match (k.checked_sub(1).and_then(|p| self.tok(p)), self.tok(k)) {
            (Some(a), Some(b)) if b.start - a.end > 3 => {
                let gap = &self.text.as_bytes()[a.end..b.start];
                memchr::memchr(b'\n', gap).is_none_or(|n| n > 3)
            }
            _ => false,
        }
    }

    /// The counted noun after token `j`: the first plural in up to three words
    /// ("700 contract workers"), else the first word ("20,000 people"). A lowercase word
    /// without a plural ending counts only one thing (`one`: "1 fighter"), unless it is a
    /// noun that has no plural ending ("5,000 militia"): after any other number it is a verb
    /// or an adverb ("12 remain", "300 left").
    ///
    /// Designations and capitalised words before the noun are passed over and do not count
    /// among the three words ("14 T-72 tanks", "900 U.S. soldiers", "2 Patriot air defence
    /// batteries"), and a capitalised or invariant word followed by a plural is a modifier of
    /// that plural ("31 Abrams tanks", "6 police officers").
    fn noun_after(&self, j: usize, one: bool) -> Option<Noun<'a>> {
        // `remains` before what stays so is a verb: "a population of some 450,000 remains
        // dependent on the road" ("200 remains were exhumed" are bodies).
        // (Nor after a verb of finding the dead: "Teams recovered 40 remains from the grave".)
        let found_dead = |k: usize| {
            self.is_word(k)
                && matches!(
                    self.lower(k),
                    "recovered"
                        | "exhumed"
                        | "found"
                        | "identified"
                        | "buried"
                        | "returned"
                        | "repatriated"
                        | "handed"
                        | "collected"
                        | "retrieved"
                )
        };
        if self.word_is(j, "remains")
            && self.lowercase_word_at(j + 1)
            && !(j >= 2 && (found_dead(j - 2) || j >= 3 && found_dead(j - 3)))
            && !matches!(
                self.lower(j + 1),
                "were"
                    | "was"
                    | "are"
                    | "have"
                    | "had"
                    | "of"
                    | "found"
                    | "recovered"
                    | "exhumed"
                    | "identified"
            )
        {
            return None;
        }
        // A verb in the past that qualifies no noun starts a predicate: "a further 800,000 held
        // Afghan Citizen Cards", "some 2,000 fled their homes".
        if self.is_word(j)
            && matches!(
                self.lower(j),
                "held"
                    | "took"
                    | "went"
                    | "came"
                    | "saw"
                    | "got"
                    | "ran"
                    | "fled"
                    | "fought"
                    | "gave"
                    | "kept"
                    | "found"
                    | "made"
                    | "won"
                    | "sought"
                    | "brought"
                    | "bought"
                    | "met"
                    | "sent"
            )
        {
            return None;
        }
        // (So does a verb in -ed before a determiner or another word in -ed: "fewer than 200
        // cited improved conditions", "2,000 signed the petition"; "40 armed men", "300
        // displaced families", "120 trained and equipped soldiers" count.)
        let ed =
            |k: usize| self.lowercase_word_at(k) && self.lower(k).len() > 4 && self.lower(k).ends_with("ed");
        if ed(j)
            && (ed(j + 1)
                || matches!(self.lower(j + 1), "the" | "a" | "an" | "their" | "its" | "his" | "her"))
        {
            return None;
        }
        // A nationality of two words is no noun when none follows it: "61 South Korean and the
        // remaining 22" ("5 North Korean soldiers" counts soldiers, "2,900 South African,
        // Malawian and Tanzanian troops" troops).
        if matches!(self.s(j), "North" | "South" | "East" | "West")
            && self.gap(j + 1) == Gap::Space
            && self.is_word(j + 1)
            && {
                let w = self.s(j + 1);
                w.starts_with(|c: char| c.is_ascii_uppercase()) && (w.ends_with("an") || w.ends_with("ese"))
            }
            && (self.word_is(j + 2, "and")
                && (self.is_num(j + 3) || matches!(self.lower(j + 3), "the" | "a" | "an"))
                || self.tok(j + 2).is_none_or(|t| t.kind == Kind::Sym && matches!(t.ch, '.' | ';' | ')')))
        {
            return None;
        }
        // `nearby` before a plural qualifies it: "2 nearby tailings dams", "12 nearby villages"
        // ("3 nearby" alone is no noun).
        if self.word_is(j, "nearby") && self.gap(j) == Gap::Space && self.lowercase_word_at(j + 1) {
            return self.noun_after(j + 1, one).filter(|n| n.plural);
        }
        // A plural of people in the possessive qualifies the plural after it: "50 women's
        // seats", "12 children's hospitals" count seats and hospitals.
        if self.is_word(j)
            && self.gap(j) == Gap::Space
            && self.sym_is(j + 1, "'’")
            && self.glued(j + 1)
            && self.word_is(j + 2, "s")
            && self.glued(j + 2)
            && matches!(self.lower(j), "women" | "men" | "children" | "people")
            && self.gap(j + 3) == Gap::Space
            && self.plural_at(j + 3)
            && self.s(j + 3).starts_with(|c: char| c.is_ascii_lowercase())
        {
            return Some(Noun { word: lx::singular(self.lower(j + 3)), end: j + 4, plural: true });
        }
        // (Also girls' and boys', which name a kind: "15 girls' schools" counts schools; an
        // owner's possessive does not, "40 brigades' positions" counts brigades.)
        if self.is_word(j)
            && self.gap(j) == Gap::Space
            && matches!(self.lower(j), "girls" | "boys")
            && self.sym_is(j + 1, "'’")
            && self.glued(j + 1)
            && self.gap(j + 2) == Gap::Space
            && self.plural_at(j + 2)
            && self.s(j + 2).starts_with(|c: char| c.is_ascii_lowercase())
        {
            return Some(Noun { word: lx::singular(self.lower(j + 2)), end: j + 3, plural: true });
        }
        // Hours glued to the number, read with it ("72h").
        if j > 0 && self.glued_hours(j - 1) {
            return Some(Noun { word: Cow::Borrowed("hour"), end: j, plural: true });
        }
        if j > 0 && self.glued_minutes(j - 1) {
            return Some(Noun { word: Cow::Borrowed("minute"), end: j, plural: true });
        }
        // Hours written apart, before the minutes of a duration: "3 h 40 min".
        if j > 0
            && self.word_is(j, "h")
            && self.gap(j) == Gap::Space
            && self.is_num(j + 1)
            && self.gap(j + 1) == Gap::Space
            && matches!(self.lower(j + 2), "min" | "mins" | "minutes")
            && {
                let t = self.toks[j - 1];
                t.is_plain_whole() && t.int_digits <= 2
            }
        {
            return Some(Noun { word: Cow::Borrowed("hour"), end: j + 1, plural: true });
        }
        // Hours written apart at the end of a clause or a cell: "| 27 h |", "> 24 h", "for 48
        // h." (not a letter in a list: "items 3 h and 4 b").
        if j > 0
            && self.word_is(j, "h")
            && self.gap(j) == Gap::Space
            && self
                .tok(j + 1)
                .is_none_or(|t| t.kind == Kind::Sym && matches!(t.ch, '|' | '.' | ',' | ';' | ')'))
            && self.is_num(j - 1)
            && {
                let t = self.toks[j - 1];
                t.int_digits <= 3 && t.dots <= 1
            }
        {
            return Some(Noun { word: Cow::Borrowed("hour"), end: j + 1, plural: true });
        }
        // Seconds after the minutes of a duration: "11 min 40 s", "2 min 5 sec".
        if j >= 3
            && self.gap(j) == Gap::Space
            && matches!(self.s(j), "s" | "sec" | "secs")
            && !(self.is_word(j + 1) && self.glued(j + 1))
            && matches!(self.lower(j - 2), "min" | "mins")
            && self.is_num(j - 3)
            && self.toks[j - 1].is_plain_whole()
            && self.toks[j - 1].int_digits <= 2
        {
            return Some(Noun { word: Cow::Borrowed("second"), end: j + 1, plural: true });
        }
        // Two states of people joined: "1,452 dead and missing", "300 killed or injured" count
        // people, not the dead alone.
        if self.lowercase_word_at(j)
            && self.gap(j) == Gap::Space
            && matches!(self.lower(j), "dead" | "missing" | "injured" | "wounded" | "killed")
            && (self.word_is(j + 1, "and") || self.word_is(j + 1, "or"))
            && self.lowercase_word_at(j + 2)
            && matches!(self.lower(j + 2), "dead" | "missing" | "injured" | "wounded" | "killed")
            // (Not before the plural they qualify: "35 killed and injured civilians"; a verb in
            // -s before its object is none: "160 to 230 dead or missing combines 74 recovered
            // bodies".)
            && !(self.gap(j + 3) == Gap::Space
                && self.plural_at(j + 3)
                && !(self.is_num(j + 4) || matches!(self.lower(j + 4), "the" | "a" | "an" | "its" | "their")))
        {
            return Some(Noun { word: Cow::Borrowed("person"), end: j + 3, plural: true });
        }
        // A verb of what people face or need, right after the count: "17.1 million face crisis
        // or worse levels", "2 million need food aid" ("2 million face masks" counts masks).
        // (After people counted in thousands or millions only, and not in a compound: "100 face
        // recognition cameras", "450 face-to-face interviews", "12 need assessments".)
        if self.lowercase_word_at(j)
            && matches!(self.lower(j), "face" | "need" | "lack" | "require" | "suffer")
            && j >= 1
            && self.is_word(j - 1)
            && (lx::magnitude_spaced(self.s(j - 1)).is_some() || self.glued(j - 1) && self.s(j - 1) == "m")
            && !self.sym_is(j + 1, "-")
            && !(self.is_word(j + 1)
                && matches!(
                    self.lower(j + 1),
                    "mask" | "masks" | "shield" | "shields" | "covering" | "coverings" | "value"
                ))
        {
            return None;
        }
        // A verb after a part counted of a whole: "126 arrests, of which 29 involved fires"
        // counts arrests (see `whole_before`).
        // (Also past an approximator: "of which roughly 350 involved confirmed or likely acts",
        // "of which some 73,838 involved synthetic opioids".)
        let hedged = j >= 4 && self.is_word(j - 2) && !prefixes_ending_with(self.lower(j - 2)).is_empty();
        let which = if hedged { j.saturating_sub(3) } else { j.saturating_sub(2) };
        // (Also a part after the comma of a sentence opening with its whole: "Of the 2,614
        // events recorded, 412 involved IEDs", "Among the 56 children tested, 25 showed signs".)
        let opened = || {
            self.sym_is(which, ",")
                && (which.saturating_sub(16)..which).any(|k| {
                    self.is_word(k) && matches!(self.lower(k), "of" | "among") && self.sentence_initial(k)
                })
        };
        if j >= 3
            && self.lowercase_word_at(j)
            && (self.lower(j).ends_with("ed") || lx::is_past_only(self.lower(j)))
            && self.is_num(j - 1)
            && which >= 1
            && (matches!(self.lower(which), "which" | "whom") && self.word_is(which - 1, "of") || opened())
            // ("of which 12 armed skiffs fled", "of which 120 used vehicles came from Japan": a
            // participle that is an adjective, before the part's own noun and its verb; "of
            // which 29 involved fires started deliberately", "12 carried weapons and 28" are
            // verbs.)
            && !(self.plural_at(j + 1)
                && (matches!(
                    self.lower(j),
                    "armed" | "unarmed" | "injured" | "wounded" | "displaced" | "detained" | "registered"
                        | "unregistered" | "trained" | "abandoned" | "damaged" | "destroyed" | "suspected"
                        | "confirmed" | "licensed" | "unlicensed" | "undocumented" | "unaccompanied" | "disabled"
                        | "sanctioned" | "used" | "guided" | "unmanned" | "skilled" | "converted" | "listed" | "reported" | "recorded" | "documented" | "verified"
                ) || self.lowercase_word_at(j + 2) && {
                    // (A participle in -ing after the plural is no verb of its: "Of the 317
                    // operations, 94 targeted containers arriving from Shanghai" counts
                    // operations.)
                    let w = self.lower(j + 2);
                    !(lx::is_stop(w) || w.ends_with("ly") || w.len() > 4 && w.ends_with("ed") || w.ends_with("ing"))
                }))
        {
            return None;
        }
        // A figure quoted without its noun: `had dispatched "more than 12 million" shells` (a
        // closing quotation mark after an opening one shortly before; `a 12" gun` is inches).
        if j >= 1
            && self.sym_is(j, "\"”")
            && self.glued(j)
            && self.gap(j + 1) == Gap::Space
            && self.plural_at(j + 1)
            && (j.saturating_sub(8)..j - 1).any(|k| {
                (self.sym_is(k, "“") || self.sym_is(k, "\"") && self.gap(k) != Gap::Glued)
                    && self.glued(k + 1)
                    // (Only the figure between the marks, with a word of its own: not `"40
                    // centres out of 223" gives`, `"3,252" gets`.)
                    && (k + 1..j).any(|w| self.is_word(w))
                    && (k + 1..j).all(|w| {
                        self.is_num(w)
                            || self.sym_is(w, ",.-–")
                            || self.is_word(w)
                                && (lx::magnitude_spaced(self.s(w)).is_some()
                                    || matches!(
                                        self.lower(w),
                                        "more" | "than" | "less" | "fewer" | "about" | "around" | "some" | "over"
                                            | "under" | "up" | "to" | "at" | "least" | "most" | "nearly" | "almost"
                                            | "roughly" | "approximately" | "an" | "estimated"
                                    ))
                    })
            })
        {
            return self.noun_after(j + 1, false);
        }
        // A nationality before the next count of a list, which names what both count: "31
        // Turkish and 9 Chinese armed UAVs", "400 Kenyan, 300 Ugandan and 200 Tanzanian troops".
        if self.is_word(j)
            && self.gap(j) == Gap::Space
            && self.s(j).starts_with(|c: char| c.is_ascii_uppercase())
            && nationality_shaped(self.lower(j))
            && (self.sym_is(j + 1, ",") && self.glued(j + 1) || matches!(self.lower(j + 1), "and" | "or"))
            && self.is_num(j + 2)
            && let Some(next) = self.noun_after(self.glued_chain(j + 2).0, false).filter(|n| n.plural)
        {
            return Some(Noun { end: j + 1, ..next });
        }
        let mut k = j;
        let mut first: Option<(usize, usize)> = None;
        let mut found = None;
        let mut lowercase_words = 0_u32;
        let mut after_capital = false;
        // A designation in the plural after a name: the "Type 055s" of "10 Type 055s".
        let mut plural_designation = false;
        // What was passed over last was a designation or a modifier, which `and` or `or` may
        // join to another ("120 BMP-2 and BMP-3 vehicles", "1,300 new and modernised tanks").
        let mut joinable = false;
        for _ in 0..7 {
            // Nationalities listed with commas before the plural: "2,900 South African,
            // Malawian and Tanzanian troops".
            if k > j
                && self.sym_is(k, ",")
                && self.glued(k)
                && self.gap(k + 1) == Gap::Space
                && [k - 1, k + 1].iter().all(|&w| {
                    self.is_word(w)
                        && self.s(w).starts_with(|c: char| c.is_ascii_uppercase())
                        && nationality_shaped(self.lower(w))
                })
            {
                k += 1;
                continue;
            }
            if self.gap(k) != Gap::Space || (k > j && self.wide_gap(k)) {
                break;
            }
            // "human rights" before the noun it qualifies: "1,214 human rights violations", "300
            // human rights defenders" (a plural that is no noun of its own there).
            if self.word_is(k, "human")
                && self.word_is(k + 1, "rights")
                && self.gap(k + 1) == Gap::Space
                && self.plural_at(k + 2)
                && lowercase_words < 2
            {
                k += 2;
                lowercase_words += 1;
                continue;
            }
            // So are the plurals that qualify as they are: "1,667,153 apparent sanctions
            // violations", "40 arms shipments", "12 drugs seizures".
            if self.is_word(k)
                && matches!(
                    self.lower(k),
                    "sanctions" | "arms" | "narcotics" | "drugs" | "customs" | "fisheries"
                )
                && self.plural_at(k + 1)
                && lowercase_words < 3
            {
                k += 1;
                lowercase_words += 1;
                continue;
            }
            // A total before the plural: "500,000–600,000 total casualties", "40 combined
            // deaths".
            if k == j
                && self.is_word(k)
                && matches!(self.lower(k), "total" | "combined" | "cumulative")
                && self.plural_at(k + 1)
            {
                k += 1;
                continue;
            }
            // A superlative written with `most` or `least` right after the number, before a
            // plural within three words: "the 50 most visited websites", "the 5 least developed
            // countries" (not "the 12 most at risk", "3 most of all").
            if k == j
                && self.is_word(k)
                && matches!(self.lower(k), "most" | "least")
                && self.lowercase_word_at(k + 1)
                && !lx::is_stop(self.lower(k + 1))
                && (k + 1..k + 4).any(|w| self.plural_at(w))
            {
                k += 1;
                continue;
            }
            // A size written with `×` is passed over like a designation: "120 Boxer 8×8 APCs";
            // so is a calibre written apart: "60 towed 105 mm guns" (as "105mm").
            if let Some(e) = self.is_num(k).then(|| self.times_size(k)).flatten() {
                k = e;
                continue;
            }
            if self.is_num(k)
                && self.word_is(k + 1, "mm")
                && self.gap(k + 1) == Gap::Space
                && self.is_word(k + 2)
                && self.gap(k + 2) == Gap::Space
            {
                k += 2;
                continue;
            }
            // A company named with `&` before the noun: "400 million Johnson & Johnson doses".
            let capital =
                |k: usize| self.is_word(k) && self.s(k).starts_with(|c: char| c.is_ascii_uppercase());
            if self.sym_is(k + 1, "&") && self.gap(k + 1) == Gap::Space && capital(k) && capital(k + 2) {
                k += 3;
                after_capital = true;
                continue;
            }
            if let Some(e) = self.designation(k, after_capital) {
                // ("055s", "052Ds")
                let last = e - 1;
                plural_designation = first.is_some()
                    && last > k
                    && self.is_word(last)
                    && self
                        .s(last)
                        .strip_suffix('s')
                        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_uppercase()));
                k = e;
                after_capital = false;
                joinable = true;
                continue;
            }
            // An acronym in parentheses between the qualifiers and the noun is passed over:
            // "412 ship-to-ship (STS) transfers"; right after the number only before a plural or
            // an invariant noun ("30 (UN) staff").
            if (k > j || self.plural_at(k + 3) || lx::is_invariant_noun(self.lower(k + 3)))
                && self.sym_is(k, "(")
                && self.glued(k + 1)
                && self.is_word(k + 1)
                && self.s(k + 1).len() >= 2
                && self.s(k + 1).bytes().all(|b| b.is_ascii_uppercase())
                && self.sym_is(k + 2, ")")
                && self.glued(k + 2)
                && self.is_word(k + 3)
            {
                k += 3;
                continue;
            }
            // A design's name in brackets after a class, before the plural: "3 Yasen-class
            // (Project 885M) boats".
            if k > j
                && self.sym_is(k, "(")
                && k >= 2
                && self.word_is(k - 1, "class")
                && self.glued(k - 1)
                && let Some(close) = (k + 2..k + 6).find(|&c| self.sym_is(c, ")"))
                && (k + 1..close).all(|w| {
                    self.is_num(w)
                        || self.is_word(w) && self.s(w).starts_with(|c: char| c.is_ascii_uppercase())
                })
                && self.is_word(close + 1)
                && self.plural_at(close + 1)
            {
                k = close + 1;
                continue;
            }
            // A qualifier in quotation marks before a plural: `2,300 "extraction" workers`, `the
            // 50 "common high priority" items` (up to three words, none a small word).
            let quoted_close = || {
                let mut w = k + 1;
                for _ in 0..3 {
                    if !self.is_word(w) || lx::is_stop(self.lower(w)) {
                        return None;
                    }
                    w = self.compound_end(w);
                    if self.sym_is(w, "\"”") && self.glued(w) {
                        return Some(w);
                    }
                }
                None
            };
            if self.sym_is(k, "\"“")
                && lowercase_words < 3
                && self.is_word(k + 1)
                && self.glued(k + 1)
                && let Some(close) = quoted_close()
                && self.plural_at(close + 1)
            {
                k = close + 1;
                lowercase_words += 1;
                continue;
            }
            // The noun itself in quotation marks: `1,200 local "activists"`.
            if self.sym_is(k, "\"“'‘")
                && self.is_word(k + 1)
                && self.glued(k + 1)
                && let close = self.compound_end(k + 1)
                && self.sym_is(close, "\"”'’")
                && self.glued(close)
                && self.s(k + 1).starts_with(|c: char| c.is_ascii_lowercase())
                && lx::looks_plural(self.lower(close - 1))
                && !lx::is_stop(self.lower(close - 1))
            {
                found = Some((self.compound_head(k + 1, close), close + 1, true));
                break;
            }
            // Words in quotation marks ending on the noun: `4 "official ships"`, `23 "joint
            // combat readiness patrols"`.
            if self.sym_is(k, "\"“")
                && self.is_word(k + 1)
                && self.glued(k + 1)
                && self.s(k + 1).starts_with(|c: char| c.is_ascii_lowercase())
                && let Some(close) = (k + 3..k + 7).find(|&c| self.sym_is(c, "\"”") && self.glued(c))
                // (Words that name a kind, no small word: not `2,000 "were treated for burns"`.)
                && (k + 1..close).all(|w| self.is_word(w) && !lx::is_stop(self.lower(w)) || self.sym_is(w, "-"))
                && lx::looks_plural(self.lower(close - 1))
                && !lx::is_stop(self.lower(close - 1))
                && !lx::is_s_verb(self.lower(close - 1))
            {
                found = Some((self.compound_head(close - 1, close), close + 1, true));
                break;
            }
            // (A fourth word when it is the plural and the three before it only name its kind:
            // "8,049 apparent opioid toxicity deaths", "380 unmanned aerial vehicle sorties".)
            let fourth = || {
                lowercase_words == 3
                    && self.is_word(k)
                    // (A word that may be a verb is the noun when no object follows it, as
                    // `verb_at` reads it: "8.1 million active social media accounts." but not
                    // "… accounts for".)
                    && (self.plural_at(k)
                        || self.gap(k) == Gap::Space
                            && lx::is_s_verb(self.lower(k))
                            && !lx::is_verb_only(self.lower(k))
                            && (!self.is_word(k + 1) && !self.is_num(k + 1)
                                || matches!(
                                    self.lower(k + 1),
                                    "in" | "on" | "at" | "from" | "across" | "and" | "or" | "were" | "are" | "had" | "have"
                                )))
                    && (j..k).all(|w| {
                        self.is_word(w) && {
                            let lower = self.lower(w);
                            self.s(w).starts_with(|c: char| c.is_ascii_lowercase())
                                && !lx::is_stop(lower)
                                && !lower.ends_with("ing")
                                && !lx::looks_plural(lower)
                        } || self.sym_is(w, "-") && self.glued(w)
                    })
            };
            // (One participle at most: "380 unmanned aerial vehicle sorties", "8,000 non-state
            // armed group registrations"; not "The 12 killed included local police officers".)
            let participles =
                || (j..k).filter(|&w| self.is_word(w) && self.lower(w).ends_with("ed")).count() <= 1;
            if !self.is_word(k) || lowercase_words == 3 && !(fourth() && participles()) {
                break;
            }
            // (The joined word must lead on to a noun: "killed 12 more and wounded 30" counts
            // no one wounded.)
            // (Not to a quantity of its own: "1 Su-24 and several Orion drones".)
            if joinable
                && (self.word_is(k, "and") || self.word_is(k, "or"))
                && self.gap(k + 1) == Gap::Space
                && !(self.is_word(k + 1)
                    && matches!(
                        self.lower(k + 1),
                        "several"
                            | "many"
                            | "some"
                            | "few"
                            | "numerous"
                            | "dozens"
                            | "hundreds"
                            | "thousands"
                    ))
                && (self.is_word(k + 1) && self.is_word(self.compound_end(k + 1))
                    || self.designation(k + 1, false).is_some()
                    // A name and its designation before the noun: "52 Kh-101 and Kalibr 3M-14
                    // missiles".
                    || self.is_word(k + 1)
                        && self.s(k + 1).starts_with(|c: char| c.is_ascii_uppercase())
                        && self.gap(k + 2) == Gap::Space
                        && self.designation(k + 2, true).is_some_and(|e| {
                            self.is_word(e)
                                && self.s(e).starts_with(|c: char| c.is_ascii_lowercase())
                                && self.noun_after(e, false).is_some_and(|n| n.plural)
                        }))
            {
                k += 1;
                joinable = false;
                // (Two qualifiers joined count as one of the three words: "12 light and heavy
                // rare earths".)
                lowercase_words = lowercase_words.saturating_sub(1);
                continue;
            }
            joinable = false;
            // An acronym right before a plural noun names its kind ("4 ATACMS missiles", "5,000
            // US troops", "300 UN staff"); before anything else it may be what is counted ("8
            // HIMARS firing rockets").
            let word = self.s(k);
            let caps = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
            // (Two acronyms joined by a slash: "14 VOR/DME stations", "12 GPS/INS kits".)
            if caps(word)
                && self.sym_is(k + 1, "/")
                && self.glued(k + 1)
                && self.glued(k + 2)
                && self.is_word(k + 2)
                && caps(self.s(k + 2))
                && self.gap(k + 3) == Gap::Space
                && self.lowercase_word_at(k + 3)
                && self.plural_at(k + 3)
            {
                k += 3;
                continue;
            }
            if word.len() >= 2
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && self.is_word(k + 1)
                && self.gap(k + 1) == Gap::Space
                && !self.wide_gap(k + 1)
                && self.s(k + 1).starts_with(|c: char| c.is_ascii_lowercase())
                && {
                    let next = self.lower(k + 1);
                    // (Or before a word qualifying the plural: "15 ECOWAS member states".)
                    (lx::looks_plural(next) && !lx::is_s_verb(next)
                        || lx::is_invariant_noun(next)
                        // (One thing, its kind before it: "1 PLAN corvette", "1 NATO frigate".)
                        || one
                            && !lx::looks_plural(next)
                            && !next.ends_with("ing")
                            && !next.ends_with("ed")
                            && lx::singular(next) == next
                        || !lx::looks_plural(next)
                            && !next.ends_with("ing")
                            && !next.ends_with("ed")
                            && self.s(k + 2).starts_with(|c: char| c.is_ascii_lowercase())
                            && self.plural_at(k + 2)
                            && !lx::is_s_verb(self.lower(k + 2)))
                        && !lx::is_stop(next)
                }
            {
                k += 1;
                continue;
            }
            // Hyphenated compounds: "pro-government".
            let end = self.compound_end(k);
            let lower = self.lower(k);
            // "3 USD50": money, not a noun; nor "Block 14 GHS 2,500,000", a currency's code
            // before the amount it names.
            let identifier = self.glued(end) && self.is_num(end)
                || end == k + 1
                    && lx::currency_code(word).is_some()
                    && self.gap(end) == Gap::Space
                    && self.is_num(end);
            // Passed over: "internally displaced people", "12,000 new cases", "300 more deaths",
            // and before a singular noun after one a hyphenated adjective ("1 long-range
            // missile", "1 Kilo-class submarine").
            let compound_adjective = one
                && end > k + 1
                && first.is_none()
                && matches!(
                    self.lower(end - 1),
                    "range"
                        | "class"
                        | "scale"
                        | "level"
                        | "term"
                        | "based"
                        | "led"
                        | "grade"
                        | "type"
                        | "sized"
                        | "yield"
                        | "capable"
                        | "made"
                        | "built"
                        | "owned"
                        | "born"
                        | "run"
                        | "backed"
                        | "armed"
                        | "guided"
                        | "launched"
                        | "propelled"
                )
                && self.is_word(end)
                && self.s(end).starts_with(|c: char| c.is_ascii_lowercase())
                && !lx::is_stop(self.lower(end));
            // ("1 ballistic missile", "1 tactical nuclear weapon": an adjective before it.)
            let adjective = one
                && end == k + 1
                && first.is_none()
                && (listed_adjective(lower)
                    // ("1 repair ship", "1 patrol boat", "1 cargo plane": a noun qualifying a
                    // noun that ends the phrase.)
                    || self.noun_word(k)
                        && !lx::is_time_noun(lower)
                        && self.noun_word(end)
                        && self.compound_end(end) == end + 1
                        && self.phrase_ends(end + 1)
                    // ("1 Russian satellite", "1 Turkish drone", "1 Russian nuclear submarine": a
                    // nationality, before a noun that ends the phrase or a listed adjective; "1
                    // Chinese fishing vessel" keeps `chinese`.)
                    || word.starts_with(|c: char| c.is_ascii_uppercase())
                        && nationality_shaped(lower)
                        && (listed_adjective(self.lower(end))
                            || !(self.gap(end + 1) == Gap::Space && self.noun_word(end + 1))))
                && self.is_word(end)
                && self.gap(end) == Gap::Space
                && self.s(end).starts_with(|c: char| c.is_ascii_lowercase())
                && {
                    let next = self.lower(end);
                    !lx::is_stop(next)
                        && !next.ends_with("ed")
                        && !lx::is_s_verb(next)
                        // (A singular noun after `1`: "1 Russian remains missing" is no noun.)
                        && !lx::looks_plural(next)
                        && !lx::is_irregular_past(next)
                };
            let passed = compound_adjective
                || adjective
                || (lower.ends_with("ly")
                    && lower.len() > 4
                    && !lx::looks_plural(lower)
                    // (A noun in -ly qualifies a noun after it: "1 supply route", "1 family
                    // member"; "1 Syrian family in Idlib", "1 family received" end on it.)
                    && (!lx::is_ly_noun(lower) || self.noun_word(end)))
                || lx::adds_to_count(lower)
                // "2,100 reported deaths", "61 reported breaches" (but "300, reported the ministry").
                || lower == "reported"
                    && self.is_word(end)
                    && (lx::is_incident_noun(self.lower(end)) || lx::is_counted_event(self.lower(end)));
            if passed && self.is_word(end) && self.gap(end) == Gap::Space {
                joinable = true;
                // (An adverb in -ly is not among the three words: "5,812 newly identified
                // illicit entities", nor is a word that adds to a count: "4 additional maritime
                // patrol aircraft", "4 new maritime patrol aircraft".)
                let adverb = lower.ends_with("ly") && end == k + 1 && !adjective && !compound_adjective
                    || lx::adds_to_count(lower);
                if !adverb {
                    lowercase_words += 1;
                }
                k = end;
                continue;
            }
            // (A function word opening a hyphenated compound qualifies: "142,000 first-time
            // applications", "40 on-site inspections".)
            let opens_compound = end > k + 2 && self.sym_is(k + 1, "-") && self.glued(k + 1);
            // ("300 on-premises servers": a qualifier before the noun; "30 by-elections were
            // held": the noun.)
            if opens_compound
                && lx::is_stop(lower)
                && self.is_word(end)
                && self.gap(end) == Gap::Space
                && (self.plural_at(end) || self.noun_word(end))
            {
                lowercase_words += 1;
                k = end;
                continue;
            }
            if lower.is_empty()
                || identifier
                // (Letters of any alphabet: "3 Scorpène-class submarines", "12 café owners".)
                || !word.chars().all(char::is_alphabetic)
                || lx::is_stop(lower) && !opens_compound
                || lx::is_month(word)
                // ("arrested 12 early Sunday"; "3 Friday prayers" counts prayers)
                || lx::is_weekday(lower) && !self.plural_at(end)
                // ("2.9 million held bank details": a verb in the past; "12 lost children" are
                // children)
                || k == j
                    && end == k + 1
                    && !lower.ends_with("ed")
                    && lx::is_irregular_past(lower)
                    && self.is_word(end)
                    && self.s(end).starts_with(|c: char| c.is_ascii_lowercase())
                    && self.compound_end(end) == end + 1
                    && (!self.plural_at(end) || lx::is_past_only(lower))
                // (A copula right after the number: "of which 8-13 become hurricanes".)
                || k == j && matches!(lower, "become" | "became" | "remain" | "remained" | "seem" | "seemed")
                // (A number word opening a compound qualifies: "3 zero-day flaws".)
                || lx::number_word(lower).is_some()
                    && (end == k + 1 || !self.is_word(end) || lx::is_stop(self.lower(end)))
                || lx::magnitude_word(lower).is_some()
                || (lower.ends_with("ly") && lower.len() > 4 && !lx::is_ly_noun(lower))
            {
                break;
            }
            let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase());
            let head = self.lower(end - 1);
            // ("12 aircraft remains likely": after a noun that counts many without a plural
            // ending, a verb that may be a noun is the verb.)
            if lower.ends_with('s')
                && (self.verb_at(k, end)
                    || end == k + 1
                        && lx::is_s_verb(lower)
                        && first.is_some_and(|(_, fe)| lx::is_invariant_noun(self.lower(fe - 1)))
                        && self.adjective_after(end))
            {
                break;
            }
            // Minutes, written "min" right after the number ("40 min"; but "10 min intervals"
            // counts intervals, and "3 Min Aung Hlaing loyalists" loyalists).
            if k == j
                && word == "min"
                && !self.plural_at(end)
                && !(self.is_word(end) && self.plural_at(end + 1))
            {
                found = Some((head, end, true));
                break;
            }
            if lx::looks_plural(head) && !lx::is_stop(head) {
                // Work counted in time: "150 person-days", "2,000 man-hours", "1,102 ship-days",
                // "4,000 bed-days", "480 inspector-days", "1,600 truck-days".
                let head = if end == k + 3
                    && matches!(
                        lower,
                        "person"
                            | "man"
                            | "staff"
                            | "worker"
                            | "ship"
                            | "vessel"
                            | "boat"
                            | "patrol"
                            | "bed"
                            | "patient"
                            | "inspector"
                            | "officer"
                            | "soldier"
                            | "troop"
                            | "observer"
                            | "expert"
                            | "truck"
                            | "vehicle"
                            | "driver"
                            | "machine"
                            | "engine"
                            | "aircraft"
                            | "teacher"
                            | "student"
                            | "volunteer"
                    )
                    && lx::is_time_noun(head)
                {
                    &self.lowered[self.toks[k].start..self.toks[end - 1].end]
                } else {
                    self.compound_head(k, end)
                };
                let invariant = capitalised || lx::is_invariant_noun(head);
                // ("12 weapons caches", but "12 weapons days after": a time noun after a plural
                // modifier says when.)
                // (A hyphenated compound in the plural before another plural qualifies it:
                // "181 human-rights defenders".)
                let hyphenated =
                    end > k + 1 && self.is_word(end) && self.gap(end) == Gap::Space && self.plural_at(end);
                let modifier = invariant || lx::is_plural_modifier(head) || hyphenated;
                let next = modifier.then(|| self.modified_noun(end, one)).flatten();
                let next = next.filter(|&(h, _, _)| invariant || !lx::is_time_noun(h));
                // (A longer name ends on the plural after it: "1,200 National Police Reserve
                // officers".)
                let next = next.or_else(|| capitalised.then(|| self.name_before_plural(end)).flatten());
                found = match next {
                    Some(next) => Some(next),
                    None => Some((head, end, true)),
                };
                break;
            }
            // A noun without a plural ending after the words that qualify it: "2,000 repair
            // crew", "17 fast interceptor craft", "3 Cessna Citation surveillance aircraft".
            // (Not one that qualifies a plural after it: "48 self-propelled artillery pieces".)
            if first.is_some()
                && !capitalised
                && lx::is_invariant_noun(head)
                && !lx::is_counting_adjective(head)
                && head != "head"
                && !self.plural_at(end)
            {
                found = Some((head, end, true));
                break;
            }
            // "2,000 Houthis attacked positions": a verb after a name ends the search.
            // (But a participle between a nationality and a plural qualifies it: "9 Turkish armed
            // drones".)
            // (So does a name that is no plural, a model's: "10 MaxxPro armoured vehicles".)
            if first.is_some_and(|(f, _)| {
                self.s(f).starts_with(|c: char| c.is_ascii_uppercase())
                    && !((nationality_shaped(self.lower(f)) || !self.lower(f).ends_with('s'))
                        && end == k + 1
                        && self.plural_at(end))
            }) && !capitalised
                && lower.ends_with("ed")
            {
                break;
            }
            if first.is_none() {
                first = Some((k, end));
            }
            if !capitalised {
                lowercase_words += 1;
            }
            after_capital = capitalised;
            // (A name may be joined to another before the noun: "8 Kilo and Lada boats", "12
            // Hamas and Hezbollah fighters"; so may a qualifier in lower case, when a second and
            // the plural they qualify follow: "24,870 primary and secondary schools", "12
            // police and army posts", not "12 police and soldiers".)
            joinable = capitalised
                || (end == k + 1
                    // (Not after a noun counted as it stands, "12 aircraft and ground crews",
                    // unless it reads as an adjective: "40 wounded and sick prisoners".)
                    && (!lx::is_invariant_noun(lower)
                        || lower.ends_with("ed")
                        || matches!(lower, "dead" | "missing" | "sick" | "elderly" | "homeless" | "poor"))
                    // (The first may be hyphenated too: "46 ground-launched and sea-launched
                    // missiles".)
                    || end > k + 1 && !lx::looks_plural(head))
                    && (self.word_is(end, "and") || self.word_is(end, "or"))
                    && self.gap(end + 1) == Gap::Space
                    && self.is_word(end + 1)
                    && self.s(end + 1).starts_with(|c: char| c.is_ascii_lowercase())
                    && {
                        let second = self.lower(end + 1);
                        !lx::looks_plural(second)
                            && !lx::is_stop(second)
                            // ("90,376 stETH and smaller tokens": other things, after a name or a unit;
                            // "30 old and smaller vessels" are vessels.)
                            && !(matches!(
                                second,
                                "smaller" | "larger" | "bigger" | "greater" | "higher" | "lower" | "other" | "older" | "newer"
                            ) && (word.bytes().any(|b| b.is_ascii_uppercase()) || lx::unit_word(lower, false).is_some()))
                    }
                    // (The second may be hyphenated, or qualify a noun with another word: "1,000
                    // military and dual-use satellites", "12 medium and heavy rare earths".)
                    && {
                        let after = self.compound_end(end + 1);
                        self.plural_at(after)
                            || self.lowercase_word_at(after)
                                && !lx::is_stop(self.lower(after))
                                && !lx::looks_plural(self.lower(after))
                                && self.plural_at(after + 1)
                    };
            k = end;
        }
        let (head, end, plural) = match found {
            Some(f) => f,
            None => {
                let (k, end) = first?;
                // ("10 Type 055s", "3 Russian Su-35s": the designation counted, as in "2 F-16s".)
                if plural_designation {
                    return None;
                }
                // (A name with `of` in it before the plural: "12 Ministry of Public Security
                // officers".)
                if let Some(noun) = self.name_before_plural(k) {
                    return Some(Noun { word: lx::singular(noun.0), end: noun.1, plural: true });
                }
                let head = self.compound_head(k, end);
                let invariant = lx::is_invariant_noun(head);
                let verbish = (head.ends_with("ed") || head.ends_with("ing")) && !invariant;
                if verbish || head.len() < 2 || !self.s(k).is_ascii() {
                    return None;
                }
                let capitalised = self.s(k).starts_with(|c: char| c.is_ascii_uppercase());
                if !one && !capitalised && !invariant {
                    return None;
                }
                (head, end, false)
            }
        };
        // Heads of livestock count the animals: "200 head of cattle".
        let (head, end) = if head == "head"
            && self.word_is(end, "of")
            && self.gap(end) == Gap::Space
            && self.is_word(end + 1)
            && self.gap(end + 1) == Gap::Space
            && self.s(end + 1).starts_with(|c: char| c.is_ascii_lowercase())
            && !lx::is_stop(self.lower(end + 1))
            && (lx::is_invariant_noun(self.lower(end + 1)) || lx::looks_plural(self.lower(end + 1)))
        {
            (self.lower(end + 1), end + 2)
        } else {
            (head, end)
        };
        // An acronym in capitals ending in S names its plural itself ("40 HIMARS", "20 MLRS",
        // "MANPADS"); a lowercase s makes one ("50 UAVs").
        let raw = self.s(end - 1);
        // Across a blanked construct ("[5,000]{qty=x} fighters") the noun names the unit but the
        // span stays inside the brackets the writer drew.
        let end = if self.wide_gap(j) { j } else { end };
        let acronym = raw.len() >= 3 && raw.ends_with('S') && raw.bytes().all(|b| b.is_ascii_uppercase());
        // ("950m MAUs": an acronym's plural in s is its singular and the s, whatever the
        // letters before.)
        let acronym_plural = lx::is_acronym_plural(raw) && head.len() == raw.len();
        let word = if acronym {
            Cow::Borrowed(head)
        } else if acronym_plural {
            Cow::Borrowed(&head[..head.len() - 1])
        } else {
            lx::singular(head)
        };
        Some(Noun { word, end, plural })
    }

    /// The plural right after a name of capitalised words that starts at token `k`, which may
    /// hold `of`, `the` or `and` between its words ("Ministry of Public Security officers",
    /// "Police Reserve officers"), with one past its end.
    fn name_before_plural(&self, k: usize) -> Option<(&'a str, usize, bool)> {
        let capital = |w: usize| {
            self.is_word(w)
                && self.gap(w) == Gap::Space
                && !self.wide_gap(w)
                && self.s(w).starts_with(|c: char| c.is_ascii_uppercase())
                && self.s(w).bytes().all(|b| b.is_ascii_alphabetic())
                && !lx::is_month(self.s(w))
        };
        let mut w = k;
        let mut words = 0;
        while words < 6 {
            let joiner = self.is_word(w)
                && matches!(self.s(w), "of" | "the" | "and")
                && w > k
                && (capital(w + 1) || self.word_is(w + 1, "the") && capital(w + 2));
            if !(capital(w) || joiner) {
                break;
            }
            w += 1;
            words += 1;
        }
        if w <= k + 1 && !capital(k) {
            return None;
        }
        self.modified_noun(w, false).filter(|&(_, _, plural)| plural)
    }

    /// Token `k` is a word in lower case that may go on a noun phrase: no function word, no
    /// verb in -ed, -ing, -s or an irregular past ("supply route", not "family received").
    fn noun_word(&self, k: usize) -> bool {
        self.is_word(k) && self.s(k).starts_with(|c: char| c.is_ascii_lowercase()) && {
            let w = self.lower(k);
            !lx::is_stop(w)
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !lx::is_s_verb(w)
                && !lx::is_irregular_past(w)
        }
    }

    /// The last of up to three lowercase words from token `k` (each maybe hyphenated) before a
    /// function word, a verb in -ed, -ing or -s, an adverb or anything else, with one past
    /// its end: the head of a noun phrase after "a 1,200-strong" ("quick reaction force" →
    /// "force").
    fn head_of_run(&self, k: usize) -> Option<(&'a str, usize)> {
        // (A unit's capitalised name before `of` and another name: "the 1,500-strong
        // Operational Group of Russian Forces" → `group`.)
        let capital = |w: usize| {
            self.is_word(w)
                && self.gap(w) == Gap::Space
                && !self.wide_gap(w)
                && self.s(w).starts_with(|c: char| c.is_ascii_uppercase())
                && self.s(w).bytes().skip(1).all(|b| b.is_ascii_lowercase())
        };
        if let Some(last) = (k..k + 3).take_while(|&w| capital(w)).last()
            && self.word_is(last + 1, "of")
            && capital(last + 2)
            && !lx::is_people_plural(self.lower(last))
        {
            return Some((self.lower(last), last + 1));
        }
        let mut at = k;
        let mut head = None;
        for _ in 0..3 {
            if !self.is_word(at) || self.gap(at) != Gap::Space || self.wide_gap(at) {
                break;
            }
            let lower = self.lower(at);
            // (A verb in the past without -ed ends it too: "a 300-strong delegation left", "a
            // 500-strong mob set fire"; so does an adverb, and a word in -s after the first:
            // "force fights".)
            // (Past a people's name and an adjective of kind before a noun: "a 3,000-strong
            // Egyptian bilateral contingent".)
            let capitalised = at == k && self.s(at).starts_with(|c: char| c.is_ascii_uppercase());
            if !self.noun_word(at)
                && (capitalised || ["al", "ic", "ary", "ive"].iter().any(|s| lower.ends_with(s)))
                && self.is_word(at + 1)
                && self.gap(at + 1) == Gap::Space
                && (self.noun_word(at + 1) || capitalised && !self.wide_gap(at + 1))
            {
                at += 1;
                continue;
            }
            if !self.noun_word(at) || lower.ends_with("ly") || head.is_some() && lower.ends_with('s') {
                break;
            }
            let end = self.compound_end(at);
            head = Some((self.lower(end - 1), end));
            at = end;
        }
        head
    }

    /// The number at token `k` stands alone: no magnitude, unit, percent or currency with it
    /// and no noun after it ("call 112 or 911", "FortiOS 7.0 and 7.2").
    fn bare_alone(&self, k: usize) -> bool {
        self.quantity(k, k).is_some_and(|q| q.bare() && q.last == k + 1)
            && self.noun_after(k + 1, false).is_none()
    }

    /// A word at `k` that may complete a verb as its adjective ("remains possible", "remains
    /// small"): no function word, participle or plural ("accounts linked to", "accounts were").
    fn adjective_after(&self, k: usize) -> bool {
        self.is_word(k)
            && matches!(
                self.lower(k),
                "possible"
                    | "likely"
                    | "unlikely"
                    | "uncertain"
                    | "unclear"
                    | "small"
                    | "large"
                    | "low"
                    | "high"
                    | "stable"
                    | "intact"
                    | "available"
                    | "operational"
                    | "unknown"
                    | "sufficient"
                    | "insufficient"
                    | "modest"
                    | "significant"
                    | "unchanged"
                    | "grounded"
                    | "airworthy"
                    | "combat-ready"
            )
    }

    /// Two whole numbers written with as many digits before the point: "5,500" and "7,500".
    fn same_int_digits(&self, q1: &Qty, q2: &Qty) -> bool {
        let (a, b) = (self.toks[q1.num_tok], self.toks[q2.num_tok]);
        !q1.spelled && !q2.spelled && a.int_digits == b.int_digits && a.frac_digits == 0 && b.frac_digits == 0
    }

    /// The head of the compound at `k..end`: its last word, or the whole compound when that
    /// ends in a particle ("12 pick-ups", "30 break-ins", "5 lay-offs") or names people by
    /// their birthplace ("1.1 million Ghanaian-born").
    fn compound_head(&self, k: usize, end: usize) -> &'a str {
        let head = self.lower(end - 1);
        let particle = matches!(
            head,
            "ups" | "ins" | "offs" | "outs" | "downs" | "overs" | "ons" | "aways" | "bys" | "throughs"
        );
        // (People named by where they were born: "1.1 million Ghanaian-born".)
        let birthplace = head == "born" && self.s(k).starts_with(|c: char| c.is_ascii_uppercase());
        // (A prefix that makes another thing stays: "31 semi-submersibles", "12 non-combatants",
        // "40 ex-soldiers".)
        let prefix = matches!(self.lower(k), "semi" | "non" | "ex" | "co" | "sub" | "self");
        // (Children named by the age they are under: "11,300 under-fives".)
        let under_age =
            self.lower(k) == "under" && lx::number_word(head.strip_suffix('s').unwrap_or(head)).is_some();
        if end == k + 3 && (particle || birthplace || prefix || under_age) {
            &self.lowered[self.toks[k].start..self.toks[end - 1].end]
        } else {
            head
        }
    }

    /// One past the last token of the word at `k` and the words hyphenated to it.
    fn compound_end(&self, k: usize) -> usize {
        let mut end = k + 1;
        while self.glued(end) && self.glued(end + 1) && self.is_word(end + 1) {
            if self.sym_is(end, "-") || self.sym_is(end, "–") && self.en_dash_joins(end) {
                end += 2;
            } else {
                break;
            }
        }
        end
    }

    /// Whether the en dash at `d` joins the words around it into one ("farmer–herder
    /// clashes", "Israel–Hezbollah strikes", "30,000 asylum–seekers") rather than setting off
    /// a remark ("40 fighters–half its strength", "300 troops–mostly conscripts–to the
    /// north").
    fn en_dash_joins(&self, d: usize) -> bool {
        let (before, after) = (self.lower(d - 1), self.lower(d + 1));
        // A function word joins only inside a longer compound: "cash–for–work", "hit–and–run",
        // "surface–to–air".
        let remark_word = lx::is_stop(after)
            || after.ends_with("ly")
            || lx::number_word(after).is_some()
            || matches!(after, "half" | "including" | "many" | "most" | "mainly" | "mostly" | "some" | "all");
        if remark_word {
            return self.sym_is(d + 2, "–") && self.glued(d + 2) && self.glued(d + 3) && self.is_word(d + 3);
        }
        // After a plural the dash sets off a remark ("30 protesters–students and teachers–"),
        // unless a participle follows ("women–headed households", "drugs–trafficking
        // networks"); a noun that counts many without a plural ending may lead a compound
        // ("police–army patrols", "sheep–goat herds").
        !lx::looks_plural(before)
            || lx::is_invariant_noun(before)
            // ("arms–control talks": arms as a modifier.)
            || before == "arms"
            || after.ends_with("ed") && after.len() > 3
            || after.ends_with("ing") && after.len() > 4
            || matches!(after, "led" | "held" | "run" | "built" | "made" | "born" | "based" | "owned")
    }

    /// The noun a modifier at the token before `k` qualifies: a plural ("Abrams tanks",
    /// "personnel carriers"), or after one any noun ("1 aircraft carrier"). Its last word, one
    /// past its end, and whether it is plural.
    fn modified_noun(&self, k: usize, one: bool) -> Option<(&'a str, usize, bool)> {
        if !self.is_word(k) || self.gap(k) != Gap::Space || self.wide_gap(k) {
            return None;
        }
        let word = self.s(k);
        if !word.starts_with(|c: char| c.is_ascii_lowercase()) || !word.is_ascii() {
            return None;
        }
        let end = self.compound_end(k);
        let head = self.lower(end - 1);
        // (A verb that may be a noun is one after such a modifier before a word that is no
        // function word: "12 aircraft remains likely"; "40 staff accounts were hacked" counts
        // accounts.)
        if lx::is_stop(head)
            || lx::is_stop(self.lower(k))
            || lx::number_word(head).is_some()
            || head.ends_with('s')
                && (self.verb_at(k, end) || end == k + 1 && lx::is_s_verb(head) && self.adjective_after(end))
        {
            return None;
        }
        if lx::looks_plural(head) {
            return Some((head, end, true));
        }
        let verbish = head.ends_with("ed") || head.ends_with("ing") || head.ends_with("ly");
        (one && !verbish && head.len() >= 3).then_some((head, end, false))
    }

    /// The word from `k` to `end` is a verb, not a noun: a third-person verb that looks plural
    /// and is never counted ("23.7 million needs assistance"), or one that can be a noun
    /// ("holds", "accounts") with an object after it: a number, a determiner or a name
    /// ("6.3 million includes 3.3 million", "the 313 Badri Corps holds Kabul"). At the end of a
    /// clause or before a preposition such a word is a noun ("froze 6,000 accounts").
    fn verb_at(&self, k: usize, end: usize) -> bool {
        if end != k + 1 || !lx::is_s_verb(self.lower(k)) {
            return false;
        }
        if lx::is_verb_only(self.lower(k)) {
            return true;
        }
        if self.gap(end) != Gap::Space {
            return false;
        }
        self.is_num(end)
            || self.is_word(end)
                && (lx::is_determiner(self.lower(end))
                    || self.s(end).starts_with(|c: char| c.is_ascii_uppercase()))
    }

    /// A designation at token `k` that stands between a number and its noun: glued tokens
    /// holding both a digit and a letter ("T-72", "M777", "Su-34", "2A6", "122mm", "F-16s"),
    /// initials with dots ("U.S.", "U.N.-led"), or, right after a capitalised word, a whole
    /// number ("Type 055", "Leopard 2"). One past its last token.
    fn designation(&self, k: usize, after_capital: bool) -> Option<usize> {
        let t = self.tok(k)?;
        if t.kind == Kind::Sym {
            return None;
        }
        // A lone token: a number after a capitalised word ("Type 055"), or no designation.
        if self.tok(k + 1).is_none_or(|n| n.gap != Gap::Glued) {
            return (after_capital && t.kind == Kind::Num).then_some(k + 1);
        }
        // "3 USD50" is money after a number, not a name; "3x MT-LB" is a count.
        if t.kind == Kind::Word && lx::currency_code(self.s(k)).is_some()
            || t.kind == Kind::Num
                && (self.word_is(k + 1, "x") || self.sym_is(k + 1, "×"))
                && self.gap(k + 2) == Gap::Space
        {
            return None;
        }
        // An en dash joins a short capitalised name to its number as a hyphen does ("T–72",
        // "Mi–8", "Su–25"); elsewhere it joins a range.
        let en_dash_name = t.kind == Kind::Word
            && self.s(k).len() <= 3
            && self.s(k).starts_with(|c: char| c.is_ascii_uppercase())
            && self.sym_is(k + 1, "–")
            && self.is_num(k + 2)
            && self.glued(k + 2);
        let mut e = k + 1;
        while self.tok(e).is_some_and(|t| {
            t.gap == Gap::Glued
                && (t.kind != Kind::Sym
                    || matches!(t.ch, '-' | '.' | '/')
                    || t.ch == '–' && e == k + 1 && en_dash_name)
        }) {
            e += 1;
        }
        // A hyphen or slash that ends the run belongs to the text after it.
        while e > k + 1 && self.sym_is(e - 1, "-/") {
            e -= 1;
        }
        let (mut digit, mut letter) = (false, false);
        for i in k..e {
            match self.toks[i].kind {
                Kind::Num => digit = true,
                Kind::Word => letter = true,
                Kind::Sym => {}
            }
        }
        if digit && letter {
            // A model or a calibre: "T-72", "122mm"; a full stop after it ends the sentence
            // ("fewer than 20 TB2s. Open-source researchers" counts no researchers).
            if e > k + 1 && self.sym_is(e - 1, ".") {
                e -= 1;
            }
            return Some(e);
        }
        if digit {
            return (after_capital && e == k + 1 && self.toks[k].kind == Kind::Num).then_some(e);
        }
        // A name and a capital after a hyphen: "Iskander-M", "Buk-M" (a model as "T-72" is).
        if e == k + 3
            && self.s(k).len() >= 3
            && self.s(k).starts_with(|c: char| c.is_ascii_uppercase())
            && self.sym_is(k + 1, "-")
            && self.s(k + 2).len() <= 2
            && self.s(k + 2).bytes().all(|b| b.is_ascii_uppercase())
        {
            return Some(e);
        }
        // Initials: "U.S.", "U.N.", "U.S.-led".
        let initial = |i: usize| {
            self.is_word(i) && self.s(i).len() == 1 && self.s(i).bytes().all(|b| b.is_ascii_uppercase())
        };
        if initial(k) && self.sym_is(k + 1, ".") && initial(k + 2) && self.sym_is(k + 3, ".") && e >= k + 4 {
            return Some(e);
        }
        None
    }

    // ----- the figure ----------------------------------------------------------------------------

    fn figure_at(&self, i: usize, floor: usize) -> Outcome {
        let Some(mut q1) = self.quantity(i, floor) else { return Outcome::Nothing };
        if let Some(end) = self.reject_self(&q1).or_else(|| self.reject_before(&q1, floor)) {
            return Outcome::Skip(end);
        }
        // A return period or odds: "a 1-in-100-year flood", "a 1-in-5 chance".
        if let Some(h) = q1.hyphen_word
            && self.word_is(h, "in")
            && self.glued_hyphen(h + 1)
            && self.is_num(h + 2)
        {
            let mut end = h + 3;
            if self.glued_hyphen(end) && self.is_word(end + 1) {
                end += 2;
            }
            return Outcome::Skip(end);
        }
        // A multiplier written apart before a measure: the "2 ×" of "2 × 400 MW", "4 x 500MW
        // turbines" (as "4x 500MW" glued).
        if q1.bare()
            && self.toks[q1.num_tok].is_plain_whole()
            && self.toks[q1.num_tok].int_digits <= 2
            && q1.last == q1.num_tok + 1
            && (self.word_is(q1.last, "x") || self.sym_is(q1.last, "×"))
            && self.gap(q1.last) == Gap::Space
            && self.gap(q1.last + 1) == Gap::Space
            && self.is_num(q1.last + 1)
            && self.quantity(q1.last + 1, q1.last).is_some_and(|q2| q2.unit.is_some() && q2.pct.is_none())
        {
            return Outcome::Skip(q1.last + 1);
        }
        // A precision, not a figure: "rounded to the nearest 1,000".
        if q1.bare()
            && q1.first >= 2
            && self.word_is(q1.first - 1, "nearest")
            && self.word_is(q1.first - 2, "the")
            && !self.plural_at(q1.last)
        {
            return Outcome::Skip(q1.last);
        }
        // A claim line's name: "the 10-dash line", "the 11-dash line".
        if let Some(h) = q1.hyphen_word
            && self.word_is(h, "dash")
            && self.word_is(h + 1, "line")
        {
            return Outcome::Skip(h + 1);
        }
        // Dozens are not read ("2 dozen vehicles", "30 to 2 dozen"): a range would pair 30
        // with 2 and its fix swap them.
        let dozen = |q: &Qty| q.bare() && (self.word_is(q.last, "dozen") || self.word_is(q.last, "dozens"));
        if dozen(&q1) {
            return Outcome::Skip(q1.last + 1);
        }
        // The level of a confidence interval: the "95%" of "(95% CI 3.2–5.3)".
        if q1.pct == Some(Pct::Percent)
            && (matches!(self.s(q1.last), "CI" | "UI" | "CrI")
                || matches!(self.lower(q1.last), "confidence" | "credible" | "uncertainty" | "prediction")
                    && matches!(self.lower(q1.last + 1), "interval" | "intervals" | "level")
                // ("a 90% interval of 1.6–3.8 million deaths")
                || self.is_word(q1.last) && matches!(self.lower(q1.last), "interval" | "intervals"))
        {
            return Outcome::Skip(q1.last);
        }
        // The unit of an exchange rate: the "1 USD" of "1 USD = 89,500 rials", the "US$1" of
        // "at an exchange rate of J$157 to US$1" (not the end of a change: "rose from $0.50 to
        // $1").
        if q1.cur.is_some() && q1.value() == 1.0 && !q1.has_mag && self.sym_is(q1.last, "=") {
            return Outcome::Skip(q1.last);
        }
        if q1.cur.is_some()
            && q1.value() == 1.0
            && !q1.has_mag
            && q1.first >= 3
            && self.word_is(q1.first - 1, "to")
            && self.is_num(q1.first - 2)
            && (q1.first.saturating_sub(8)..q1.first - 2).any(|k| self.word_is(k, "rate"))
            && !(q1.first.saturating_sub(8)..q1.first - 2).any(|k| self.word_is(k, "from"))
        {
            return Outcome::Skip(q1.last);
        }
        // A conversion between units is a definition, not a claim: "1 km² = 100 ha", "1 km³ = 1
        // billion m³" (both sides; what the other side measures differs).
        if q1.unit.is_some()
            && q1.cur.is_none()
            && q1.pct.is_none()
            && q1.value() == 1.0
            && !q1.has_mag
            && self.sym_is(q1.last, "=")
            && let Some(q2) = self.quantity_after(q1.last + 1)
            && q2.first == q1.last + 1
            && q2.unit.is_some_and(|u| Some(u) != q1.unit)
        {
            return Outcome::Skip(q2.last);
        }
        // Also of a token named by letters and digits: the "1 A7A5" of "1 A7A5 = 1 RUB".
        if q1.bare()
            && q1.value() == 1.0
            && let Some(e) = self.designation(q1.last, false)
            && self.sym_is(e, "=")
        {
            return Outcome::Skip(e);
        }
        let pre = self.prefix(q1.first, floor);

        // A change ("fell from 900 to 600") is two figures; the first end borrows what the
        // second carries ("rose from 1.2 to 1.7 million" is 1.2 million).
        let mut change_noun = None;
        let mut tail = self.range_tail(&q1, &pre);
        if let Some(q2) = &tail
            && dozen(q2)
        {
            return Outcome::Skip(q2.last + 1);
        }
        // A sum or a measure given to a number of recipients, or passed through a number of
        // channels, is no range: "allocated $10 million to 25 NGOs", "delivered 5 tonnes to 12
        // villages", "laundered $870 million through 3 accounts".
        let glued_m = |q: &Qty| self.glued_m(q);
        if let Some(q2) = &tail
            && pre.between.is_none()
            && pre.from.is_none()
            && matches!(self.lower(q1.last), "to" | "through" | "thru")
            && !(glued_m(&q1) && glued_m(q2))
            // (Or a sum in words without its currency, larger than the second end: "gave 1.2
            // billion to 109 projects".)
            && (q1.explicit_kind().is_some() || q1.has_mag && !q2.has_mag && q2.value() < q1.value())
            && q2.explicit_kind().is_none()
            && (self.noun_after(q2.last, q2.value() == 1.0).is_some_and(|n| n.plural)
                // "to 25 of the NGOs", "to 12 of its partners", "to 1.9 million of the most
                // vulnerable"
                || self.word_is(q2.last, "of")
                    && matches!(self.lower(q2.last + 1), "the" | "its" | "their" | "our")
                    && (self.noun_after(q2.last + 2, false).is_some_and(|n| n.plural)
                        || self.word_is(q2.last + 2, "most") || self.word_is(q2.last + 2, "poorest")))
        {
            tail = None;
        }
        // A share to a small number spelled out is no range: in "71% had cut to two meals a day
        // and 22% to one" the one is a meal.
        if let Some(q2) = &tail
            && q1.pct == Some(Pct::Percent)
            && !q1.spelled
            && q2.spelled
            && q2.pct.is_none()
            && q2.value() < 10.0
            && pre.between.is_none()
            && pre.from.is_none()
            && self.word_is(q1.last, "to")
        {
            tail = None;
        }
        if let Some(end) = self.age(&q1, tail.as_ref(), &pre) {
            return Outcome::Skip(end);
        }
        // A calibre: "155 mm howitzers", "the 155-mm and 105-mm guns", also before a weapon's
        // name: "122 mm Grad rockets", "152 mm D-20 guns".
        if q1.unit == Some("mm") && tail.is_none() {
            let named = |k: usize| {
                (self.is_word(k) && self.s(k).starts_with(|c: char| c.is_ascii_uppercase()))
                    .then(|| self.compound_end(k))
            };
            let calibre_noun = |k: usize| self.is_word(k) && lx::is_calibre_noun(self.lower(k));
            // (Or a hyphenated adjective: "152 mm high-explosive shells", "155 mm
            // rocket-assisted rounds".)
            let hyphenated = |k: usize| {
                (self.is_word(k) && self.s(k).starts_with(|c: char| c.is_ascii_lowercase()))
                    .then(|| self.compound_end(k))
                    .filter(|&end| end > k + 1)
            };
            let mut noun = q1.last;
            for _ in 0..2 {
                if calibre_noun(noun) {
                    break;
                }
                match named(noun).or_else(|| hyphenated(noun)) {
                    Some(end) if end > noun && self.gap(noun) == Gap::Space => noun = end,
                    _ => break,
                }
            }
            // ("between 1 mm and 1 cm" is a range of sizes, no calibre; "between 155 mm and
            // 6-inch guns" names two.)
            let weapon_after = (q1.last + 1..q1.last + 7).any(|k| calibre_noun(k) || self.word_is(k, "inch"));
            let calibre = calibre_noun(noun)
                || (pre.between.is_none() || weapon_after)
                    && self.is_word(q1.last)
                    && matches!(self.lower(q1.last), "and" | "or")
                    && self.is_num(q1.last + 1);
            if calibre {
                return Outcome::Skip(q1.last);
            }
        }
        // (The second end of a change may be rough or bounded, which no range takes: "fell from
        // 25,000 to about 15,000 staff", "from 1,080 to under 600 branches"; it is read on its own
        // with its words, and the first end borrows what it carries.)
        if tail.is_none()
            && pre.from.is_some()
            && let Some(q2) = self.hedged_second_end(&q1)
            && self.change(&q1, &q2, &pre)
        {
            tail = Some(q2);
        }
        if let Some(q2) = tail
            && self.change(&q1, &q2, &pre)
        {
            // "fell from 6,200 tons in 2022 to 333 tons": the year is no end of the change.
            if self.year_like(&q1) && !self.year_like(&q2) {
                return Outcome::Skip(q1.last);
            }
            if q1.needs_mag && !q2.has_mag && q2.pct.is_none() {
                return Outcome::Nothing;
            }
            if q2.has_mag
                && !q1.has_mag
                && (q1.raw() < 1000.0 || self.same_int_digits(&q1, &q2))
                && q1.pct.is_none()
                && q1.unit.is_none()
            {
                q1.exp = q2.exp;
                q1.has_mag = true;
            }
            // ("rose from 7.5m to 8.2 million": a glued `m` is millions beside millions.)
            // (And "from 7.5 million to 8.2m": the second end's metres are not the first's.)
            let mut q2 = q2;
            if q1.unit == Some("m") && glued_m(&q1) && q2.has_mag && q2.exp == 6 && q2.unit.is_none() {
                q1.unit = None;
                q1.exp = 6;
                q1.has_mag = true;
            } else if q2.unit == Some("m") && glued_m(&q2) && q1.has_mag && q1.exp == 6 && q1.unit.is_none() {
                q2.unit = None;
            }
            if q1.explicit_kind().is_none() {
                q1.pct = q2.pct;
                q1.cur = q1.cur.or(q2.cur);
                q1.unit = q2.unit;
            }
            if kind_of(&q2) == FigureKind::Count && q1.explicit_kind().is_none() {
                change_noun = self.noun_after(q2.last, q2.value().abs() == 1.0).map(|n| n.word);
            }
            tail = None;
        }
        // An amount up to a date is no range: "$20 million through 12 December", "40% to 3
        // March", "numbered 12,000 through 31 March" (the amount stands alone; "from 5 to 12
        // May" is a span of days).
        if let Some(q2) = &tail
            && (q1.explicit_kind().is_some() || q1.bare() && q1.value() > 31.0)
            && q2.bare()
            && matches!(self.lower(q1.last), "to" | "through" | "thru" | "till" | "until")
            && self.is_word(q2.last)
            && lx::is_month(self.s(q2.last))
        {
            tail = None;
        }
        if let Some(mut q2) = tail {
            let year_first = self.year_like(&q1);
            // After "of", a unit written on a higher second end makes a bare first end its
            // range's low end, not a year: "peaks of 2000 to 2300 m" (but "in 2019 to …").
            let measured_up = year_first
                && q2.unit.is_some()
                && q2.value() > q1.value()
                && q1.first > 0
                && self.word_is(q1.first - 1, "of");
            if let Some(end) = self.reject_self(&q2).or_else(|| self.reject_after(&q2)) {
                return Outcome::Skip(end);
            }
            if q1.needs_mag && !q2.has_mag && q2.pct.is_none() {
                return Outcome::Nothing;
            }
            // "Between 1.5m and 2m more people": a glued `m` read as metres on one end is
            // millions when the other end is in millions, glued or spelled out ("rose from 7.5m
            // to 8.2 million", "from 7.5 million to 8.2m").
            let millions = |q: &Qty| q.has_mag && q.exp == 6 && q.unit.is_none() && q.pct.is_none();
            // (Also millions of a unit read from a glued `m`: "3.5m–4m TEU".)
            let millions_of =
                |q: &Qty| q.has_mag && q.exp == 6 && glued_m(q) && q.cur.is_none() && q.pct.is_none();
            if q1.unit == Some("m") && glued_m(&q1) && (millions(&q2) || millions_of(&q2)) {
                q1.unit = None;
            }
            if q2.unit == Some("m") && glued_m(&q2) && millions(&q1) {
                q2.unit = None;
                q2.exp = 6;
                q2.has_mag = true;
            }
            // Share magnitude, percent, currency, unit between the ends (a first end of a
            // thousand or more takes the magnitude when written with as many digits as the
            // second: "between 5,500 and 7,500 million TIV").
            if q2.has_mag && !q1.has_mag && (q1.raw() < 1000.0 || self.same_int_digits(&q1, &q2)) {
                q1.exp = q2.exp;
                q1.has_mag = true;
            }
            if q1.has_mag && !q2.has_mag && q2.spelled {
                q2.exp = q1.exp;
                q2.has_mag = true;
            }
            q1.pct = q1.pct.or(q2.pct);
            q2.pct = q2.pct.or(q1.pct);
            // A confidence interval is in the estimate's terms: "4.1% (95% CI 3.2–5.3)" is a
            // percentage, "$400 (95% CI 350–450)" money, and "USD 420 million (95% CI 310–530)"
            // in millions when the interval holds the estimate's numeral.
            // (Also with a glued `m` after an estimate in millions: "13.8 million DALYs (95% UI
            // 11.2–16.7m)".)
            // (A count's interval counts what the estimate counts: "1,310 deaths (95% CI
            // 1,150–1,480)", "2.4 FPVs (IQR 1.6–3.9)".)
            // (And with the estimate's magnitude written again: "38 million tonnes (90% CI
            // 36.2–39.8 million)".)
            let metres = |q: &Qty| q.unit == Some("m") && glued_m(q) && q.cur.is_none() && q.pct.is_none();
            let scaled = |q: &Qty| q.has_mag && q.unit.is_none() && q.cur.is_none() && q.pct.is_none();
            let mut estimate_noun = None;
            if (q1.bare() || metres(&q1) || scaled(&q1))
                && (q2.bare() || metres(&q2) || scaled(&q2))
                && let Some((estimate, near, noun)) = self.interval_estimate(q1.first)
                && (q1.bare() && q2.bare()
                    || estimate.has_mag
                        && (estimate.exp == 6 && !scaled(&q1) && !scaled(&q2)
                            || scaled(&q1)
                                && scaled(&q2)
                                && q1.exp == estimate.exp
                                && q2.exp == estimate.exp))
            {
                let (low, high) = (q1.raw().min(q2.raw()), q1.raw().max(q2.raw()));
                let holds = (low..=high).contains(&estimate.raw());
                // (An estimate read from farther back must lie inside the interval: in "cost
                // $1,200, and the stay was long (95% CI 8–12 days)" it is another quantity's.)
                if near || holds {
                    for q in [&mut q1, &mut q2] {
                        q.pct = estimate.pct;
                        q.cur = estimate.cur;
                        q.unit = estimate.unit;
                        if estimate.has_mag && holds {
                            q.exp = estimate.exp;
                            q.has_mag = true;
                        }
                    }
                    // (Only an interval that holds the estimate: in "GAM among 5,400 children
                    // (95% CI 9.8–12.6)" it is the rate's.)
                    estimate_noun = noun.filter(|_| holds);
                }
            }
            q1.cur = q1.cur.or(q2.cur);
            q2.cur = q2.cur.or(q1.cur);
            q1.unit = if period_of(q1.unit, q2.unit) { q2.unit } else { q1.unit.or(q2.unit) };
            q2.unit = q2.unit.or(q1.unit);
            // A sign in words before a range joined by a dash signs both ends: "minus 8–10 °C",
            // "Brent minus $8–10" ("from minus 5 to 10 °C" crosses zero).
            if q1.negative
                && !q2.negative
                && (q1.first..q1.num_tok).any(|k| self.sign_word(k))
                && self.sym_is(q1.last, "-–")
                && self.glued(q1.last)
                && self.glued(q1.last + 1)
            {
                q2.negative = true;
            }
            // Shorthand thousands: "20-25,000 fighters" is 20,000 to 25,000 (the first end at
            // least half the second in thousands, and below it).
            let (t1, t2) = (self.toks[q1.num_tok], self.toks[q2.num_tok]);
            if !q1.spelled
                && !q2.spelled
                && q1.hyphen_word.is_none()
                && !q1.has_mag
                && !q2.has_mag
                && !q1.negative
                && t2.grouped
                && !t1.grouped
                && t1.int_digits <= 3
                && t1.frac_digits == 0
                && t2.frac_digits == 0
                && q2.value() % 1000.0 == 0.0
            {
                let thousands = q2.value() / 1000.0;
                if q1.value() < thousands && q1.value() * 2.0 >= thousands {
                    q1.exp += 3;
                }
            }
            let mut end = q2.last;
            let kind = kind_of(&q2);
            // The counted noun: a hyphenated word on the second end ("20- to 30-minute"), as
            // for a single number, or the noun after the range.
            let noun = match q2.hyphen_word {
                Some(h) if kind == FigureKind::Count && !self.word_is(h, "strong") => {
                    Some(Noun { word: lx::singular(self.lower(h)), end, plural: false })
                }
                // A multiple: "3 to 5 times higher".
                _ if kind == FigureKind::Count && end == q2.num_tok + 1 && self.times_what(end) => {
                    Some(Noun { word: Cow::Borrowed("fold"), end: end + 1, plural: false })
                }
                // "a 3,000- to 5,000-strong force": one force.
                // (Past a plus sign that opens the range: "2,000-3,000+ fighters".)
                _ if kind == FigureKind::Count => {
                    self.noun_after(end, q2.hyphen_word.is_some()).or_else(|| {
                        (end == q2.last && self.sym_is(end, "+") && self.glued(end))
                            .then(|| self.noun_after(end + 1, false))
                            .flatten()
                    })
                }
                _ => None,
            };
            if let Some(n) = &noun {
                end = n.end;
            }
            // Years and year spans: "between 2019 and 2021", "2001–2021", "2019-20".
            let y1 = self.year_like(&q1);
            let y2 = self.year_like(&q2);
            let short_second = !q2.spelled
                && self.toks[q2.num_tok].int_digits <= 2
                && q2.bare()
                && (self.sym_is(q1.last, "-–/") && self.glued(q1.last + 1));
            let noun_rescue = noun.as_ref().is_some_and(|n| n.plural)
                && q1.value() % 100.0 == 0.0
                && q2.value() % 100.0 == 0.0;
            if (y1 && (y2 || short_second)
                || y2 && q1.bare() && !q1.spelled && self.toks[q1.num_tok].int_digits <= 2)
                && !noun_rescue
            {
                return Outcome::Skip(q2.last);
            }
            // A year before a number that is not one: "from 6,200 tons in 2022 to 333 tons",
            // a year that would be the low end of a range going down.
            // (Also past `early`, `late` or `mid`: "in early 2022 to COP 1.6 million".)
            let time_before = q1.first > 0
                && pre.start == q1.first
                && (matches!(
                    self.lower(q1.first - 1),
                    "in" | "by"
                        | "since"
                        | "during"
                        | "until"
                        | "till"
                        | "of"
                        | "before"
                        | "after"
                        | "early"
                        | "late"
                        | "mid"
                        // ("from $7.29 billion in calendar 2023 to $7.34 billion")
                        | "calendar"
                        | "fiscal"
                        | "financial"
                ) || lx::is_month(self.s(q1.first - 1))
                    // (After a quarter or a half: "from 1.1 million tests in Q4 2024 to 580,000".)
                    || q1.first >= 2
                    && self.is_num(q1.first - 1)
                    && self.glued(q1.first - 1)
                    && matches!(self.s(q1.first - 2), "Q" | "H")
                    && self.toks[q1.first - 1].int_digits == 1);
            if year_first && !y2 && !noun_rescue && (time_before && !measured_up || q2.value() < q1.value()) {
                return Outcome::Skip(q1.last);
            }
            // Two whole numbers below 100, written bare, going down: a vote or a score
            // ("passed 13-2", "won 3–0") or a ratio ("outnumbered 3 to 1"), not a range.
            // Votes of a large body: "passed 153-10".
            // A vote word right before, or a vote verb and its object ("passed the bill 153-10").
            let vote = self.ratio_word_before(pre.start) || self.vote_verb_near(pre.start);
            let digits = if vote { 3 } else { 2 };
            let small_ints = |q: &Qty| {
                !q.spelled
                    && q.bare()
                    && self.toks[q.num_tok].int_digits <= digits
                    && self.toks[q.num_tok].frac_digits == 0
                    && self.toks[q.num_tok].dots == 0
            };
            let going_down = small_ints(&q1) && small_ints(&q2) && noun.is_none() && q2.value() < q1.value();
            let small_ints_3 = |q: &Qty| {
                !q.spelled
                    && q.bare()
                    && self.toks[q.num_tok].int_digits <= 3
                    && self.toks[q.num_tok].is_plain_whole()
            };
            // Joined by a dash glued on both sides, with no "between" or "from".
            let tally = going_down
                && pre.between.is_none()
                && pre.from.is_none()
                && self.sym_is(q1.last, "-–")
                && self.glued(q1.last)
                && self.glued(q1.last + 1);
            // Joined by "to", down to one or after "ratio of", "odds of", "voted", "outnumbered"…
            // (Down to one, the first may have decimals or an approximator: "a ratio of 2.5 to
            // 1", "roughly 3 to 1".)
            let to_one = q2.value() == 1.0
                && small_ints(&q2)
                && !q1.spelled
                && q1.bare()
                && self.toks[q1.num_tok].int_digits <= 2
                && self.toks[q1.num_tok].dots <= 1
                && q1.value() > 1.0
                && noun.is_none();
            // (Or spelled `one`, whatever the first's size: "the official rate of 120 to one".)
            let to_spelled_one = q2.spelled
                && q2.value() == 1.0
                && self.word_is(q2.num_tok, "one")
                && !q1.spelled
                && q1.bare()
                && q1.value() > 1.0
                && noun.is_none();
            let ratio = (going_down || to_one || to_spelled_one)
                && (pre.start == q1.first || pre.approx && pre.bound.is_none())
                && pre.from.is_none()
                && pre.between.is_none()
                && self.word_is(q1.last, "to")
                && (q2.value() == 1.0 || vote);
            // Up from one after "ratio" or "odds": "at a ratio of roughly 1 to 10".
            let from_one = q1.value() == 1.0
                && small_ints(&q1)
                && small_ints(&q2)
                && noun.is_none()
                && pre.from.is_none()
                && pre.between.is_none()
                && self.word_is(q1.last, "to")
                && (self.word_is(pre.start.wrapping_sub(1), "of")
                    && pre.start >= 2
                    && matches!(self.lower(pre.start - 2), "ratio" | "odds")
                    || pre.start >= 1 && matches!(self.lower(pre.start - 1), "ratio" | "odds"));
            // (A third count glued on is a tally's too, the abstentions, with or without a
            // vote's word near: "was 141–5–35"; no range has three ends.)
            let third = small_ints_3(&q1)
                && small_ints_3(&q2)
                && self.sym_is(q1.last, "-–")
                && self.glued(q1.last)
                && self.glued(q1.last + 1)
                && self.sym_is(q2.last, "-–")
                && self.glued(q2.last)
                && self.glued(q2.last + 1)
                && self.is_num(q2.last + 1)
                && self.toks[q2.last + 1].is_plain_whole()
                && self.toks[q2.last + 1].int_digits <= 3;
            // (A tally of votes in full after `votes,`: "he lost by 9,000 votes, 572,606 to
            // 582,454" is no range.)
            let votes_tally = pre.start == q1.first
                && pre.start >= 2
                && self.sym_is(pre.start - 1, ",")
                && matches!(self.lower(pre.start - 2), "votes" | "ballots")
                && self.word_is(q1.last, "to")
                && q1.bare()
                && q2.bare()
                && noun.is_none()
                && q1.value() >= 100.0
                && q2.value() >= 100.0
                && self.tok(q2.last).is_none_or(|t| t.kind == Kind::Sym);
            // (A vote that failed goes up: "the bill failed 49-50 in the Senate", "the motion was
            // defeated 210-212".)
            let failed = small_ints_3(&q1)
                && small_ints_3(&q2)
                && noun.is_none()
                && q2.value() > q1.value()
                && pre.start == q1.first
                && pre.start >= 1
                && matches!(self.lower(pre.start - 1), "failed" | "defeated")
                && self.sym_is(q1.last, "-–")
                && self.glued(q1.last)
                && self.glued(q1.last + 1)
                && self.tok(q2.last).is_none_or(|t| {
                    t.kind == Kind::Sym
                        || matches!(self.lower(q2.last), "in" | "on" | "at" | "with" | "after")
                });
            // (A winner's tally against the loser's, in full: "won 112,450 to 108,903".)
            let won = q1.bare()
                && q2.bare()
                && noun.is_none()
                && q2.value() < q1.value()
                && q2.value() >= 100.0
                && pre.start == q1.first
                && pre.start >= 1
                && matches!(self.lower(pre.start - 1), "won" | "beat" | "defeated" | "edged" | "led")
                && self.word_is(q1.last, "to")
                && q1.value() <= 2.0 * q2.value();
            // (A tally before its abstentions: "141 to 5 with 35 abstentions".)
            let abstentions = small_ints_3(&q1)
                && small_ints_3(&q2)
                && noun.is_none()
                && q2.value() < q1.value()
                && pre.start == q1.first
                && (self.word_is(q2.last, "with")
                    || self.sym_is(q2.last, ",") && self.word_is(q2.last + 1, "with"))
                && {
                    let n = if self.word_is(q2.last, "with") { q2.last + 1 } else { q2.last + 2 };
                    self.is_num(n) && matches!(self.lower(n + 1), "abstentions" | "abstaining" | "abstention")
                };
            // (A score before what it scored: "the team's 2-1 series win", "a 1-2 defeat"; a
            // vote, maybe past the body's name: "a 13-1 Security Council vote".)
            let scored = {
                let mut k = q2.last;
                while k < q2.last + 3
                    && self.is_word(k)
                    && self.s(k).starts_with(|c: char| c.is_ascii_uppercase())
                {
                    k += 1;
                }
                k
            };
            let score = small_ints_3(&q1)
                && small_ints_3(&q2)
                && pre.start == q1.first
                && self.sym_is(q1.last, "-–")
                && self.glued(q1.last)
                && self.glued(q1.last + 1)
                && self.is_word(scored)
                && self.gap(q2.last) == Gap::Space
                && matches!(
                    self.lower(scored),
                    "series"
                        | "win"
                        | "victory"
                        | "defeat"
                        | "loss"
                        | "draw"
                        | "scoreline"
                        | "aggregate"
                        | "lead"
                        | "vote"
                        | "decision"
                        | "ruling"
                        | "verdict"
                        | "majority"
                );
            if tally || ratio || from_one || third || votes_tally || failed || score || abstentions || won {
                return Outcome::Skip(if third { q2.last + 2 } else { q2.last });
            }
            // A US Army battalion of a regiment: "the 3-69 Armor", "the 8-3 Field Artillery".
            if small_ints(&q1)
                && small_ints(&q2)
                && self.glued_hyphen(q1.last)
                && self.is_word(q2.last)
                && self.gap(q2.last) == Gap::Space
                && lx::is_branch(self.s(q2.last))
                && {
                    // An abbreviated branch names no unit before a plural or a hyphen, after an
                    // approximator or a bound, nor as a preposition: "40-50 FA shells", "About
                    // 10-20 INF troops", "5-10 AR-15 rifles", "3-4 IN the north".
                    let b = q2.last;
                    let abbreviated = self.s(b).bytes().all(|c| c.is_ascii_uppercase());
                    let next_lower = self.is_word(b + 1)
                        && self.gap(b + 1) == Gap::Space
                        && self.s(b + 1).starts_with(|c: char| c.is_ascii_lowercase());
                    !abbreviated
                        || !pre.approx
                            && pre.bound.is_none()
                            && !(self.sym_is(b + 1, "-") && self.glued(b + 1))
                            && !(next_lower
                                && lx::looks_plural(self.lower(b + 1))
                                && !lx::is_s_verb(self.lower(b + 1)))
                            && !(self.s(b) == "IN" && next_lower)
                }
            {
                return Outcome::Skip(q2.last + 1);
            }
            if let Some(e) = self.or_equal(end) {
                end = e;
            }
            let start = match (pre.between, pre.from) {
                (Some(b), _) | (None, Some(b)) => b,
                _ => pre.start,
            };
            if noun.as_ref().is_some_and(|n| n.plural)
                && self.dotted_thousands(&q1)
                && self.dotted_thousands(&q2)
            {
                (q1.frac, q2.frac) = (0, 0);
            }
            let noun = match noun {
                None if kind == FigureKind::Count && estimate_noun.is_some() => estimate_noun,
                // "47 or 48 of the 52 seats": the part counts what the whole counts.
                None if kind == FigureKind::Count => self
                    .whole_after_of(end)
                    .and_then(|whole| self.noun_after(self.glued_chain(whole).0, false))
                    .filter(|n| n.plural && !lx::names_a_measure(&n.word))
                    .map(|n| n.word)
                    // "between 3 and 5 of its commanders": a whole without its number.
                    .or_else(|| self.whole_without_number(end))
                    .or_else(|| self.counted_subject(pre.start, end))
                    // "Ship calls averaged 5-6 per day", "strikes have averaged 9 to 12"
                    .or_else(|| self.change_subject(pre.start, end))
                    // "put the number of boats at 1,100 to 1,300"
                    .or_else(|| self.number_of_subject(pre.start, end))
                    // "- Main battle tanks delivered: between 700 and 850"
                    .or_else(|| self.label_noun(start))
                    // "Of the 11 boats, only 6 or 7 are operational", "Of those troops, 3,000
                    // to 4,000 were Marines"
                    .or_else(|| self.whole_before(pre.start, end))
                    .or_else(|| self.part_of_unnumbered_whole(pre.start)),
                noun => noun.map(|n| n.word),
            };
            // (A range of prices per unit of a good: "$350–400 per tonne", "US$4–5/lb".)
            let per_good = if kind == FigureKind::Money { self.price_unit(end) } else { None };
            let unit = match (per_good, q2.cur) {
                (Some((good, e)), Some(cur)) => {
                    end = e;
                    Some(self.per_unit(cur, good))
                }
                // (A count a period: "250–300 trucks a day" → `truck/d`.)
                _ => match (self.unit_of(&q2, kind, noun), kind) {
                    (Some(noun), FigureKind::Count)
                        if let Some((period, e)) = self.count_period_after(end) =>
                    {
                        end = e;
                        Some(self.per_unit(&noun, period))
                    }
                    // (Or per a thing: "2.0 to 2.4 rounds per threat" → `round/threat`.)
                    (Some(noun), FigureKind::Count) if let Some((basis, e)) = self.count_basis(end) => {
                        end = e;
                        Some(self.per_unit(&noun, basis))
                    }
                    (unit, _) => unit,
                },
            };
            // A bound before a range opens it: "up to 1.5-2 million" is at most 2 million, "at
            // least 2 to 3 million" at least 2 million; with a bound on each end ("as few as 200
            // to as many as 400") it stays closed.
            let both_bounded = q2.first > q1.last + 1 && self.word_is(q1.last + 1, "as");
            // "between 40 and more than 100 people": at least 40, with no upper end.
            let open_above =
                q2.first > q1.last + 1 && self.bound_from(q1.last + 1, q2.first) == Some(Bound::Lower);
            // "over 3-4 years" is a duration, as "over 3 years" is.
            let duration = pre.loose_bound && unit.as_deref().is_some_and(lx::is_time_noun);
            // "as low as 0.5% to 1%", "as few as 200 to 300 fighters": how low the range lies,
            // not a bound on its first end.
            let how_low = self.word_is(pre.start, "as")
                && matches!(self.lower(pre.start + 1), "low" | "few" | "little")
                && self.word_is(pre.start + 2, "as");
            let bound = pre.bound.filter(|_| !both_bounded && !duration && !how_low);
            // Latitudes or longitudes: "between 35 and 33 degrees north" is a band of the map.
            if q2.unit == Some("°") && self.coordinate(&q2).is_some() {
                return Outcome::Skip(end.max(q2.last + 1));
            }
            // "277–300+": a plus sign glued on the second end opens the range above.
            let k = q2.last;
            let plus = end >= k
                && self.sym_is(k, "+")
                && self.glued(k)
                && self.tok(k + 1).is_none_or(|t| t.gap != Gap::Glued || t.kind == Kind::Sym);
            let end = if plus && end == q2.last { end + 1 } else { end };
            let figure = Figure {
                span: self.span(start, end),
                low: (bound != Some(Bound::Upper)).then(|| q1.value()),
                high: (bound != Some(Bound::Lower) && !open_above && !plus).then(|| q2.value()),
                // (Or marked so in brackets after it: "400-750 (estimate)"; not a class of sizes
                // labelling a row of estimates, "| Debris 1-10 cm (est.) |".)
                approx: pre.approx
                    || q2.first == q1.last + 2 && self.rough_second_end(q1.last + 1, &pre)
                    || q2.unit.is_none()
                        && self.sym_is(end, "(")
                        && matches!(
                            self.lower(end + 1),
                            "estimate" | "estimated" | "est" | "approx" | "approximate"
                        ),
                unit,
                kind,
                ends: Some((self.signed_num(&q1), self.signed_num(&q2))),
            };
            return Outcome::Figure(Found { figure, end, start, single_bound: None });
        }

        if q1.needs_mag && !(self.marked && pre.start == 0) {
            return Outcome::Nothing;
        }
        if let Some(end) = self.coordinate(&q1).or_else(|| self.age_apposition(&q1)) {
            return Outcome::Skip(end);
        }
        // An age: "a 19-year-old conscript", "an 18-month-old child", "30-year-olds", also
        // with a space before `old`: "a 20-year old vessel".
        if let Some(h) = q1.hyphen_word
            && matches!(self.lower(h), "year" | "month" | "week" | "day")
        {
            if self.glued_hyphen(h + 1) && (self.word_is(h + 2, "old") || self.word_is(h + 2, "olds")) {
                return Outcome::Skip(h + 3);
            }
            if self.gap(h + 1) == Gap::Space && self.word_is(h + 1, "old") {
                return Outcome::Skip(h + 2);
            }
        }
        // A scale's size: "on the 10-point scale"; a plan named by its points: "the 10-point
        // peace formula", "China's 12-point plan" (what it proposes, not how many).
        if let Some(h) = q1.hyphen_word
            && self.word_is(h, "point")
        {
            let named = (h + 1..h + 3).find(|&k| {
                matches!(
                    self.lower(k),
                    "scale"
                        | "plan"
                        | "formula"
                        | "programme"
                        | "program"
                        | "proposal"
                        | "agenda"
                        | "roadmap"
                        | "framework"
                        | "strategy"
                        | "manifesto"
                        | "initiative"
                        | "charter"
                        | "declaration"
                )
            });
            // (At most one word between: "the 10-point peace formula".)
            if let Some(k) = named
                && (k == h + 1 || self.is_word(h + 1) && self.gap(h + 1) == Gap::Space && !self.is_num(h + 1))
            {
                return Outcome::Skip(k + 1);
            }
        }
        // A "0-day" (zero-day) is a kind of software flaw, not a count of days.
        if let Some(h) = q1.hyphen_word
            && q1.raw() == 0.0
            && self.word_is(h, "day")
        {
            return Outcome::Skip(h + 1);
        }
        if let Some(end) = self.reject_after(&q1) {
            return Outcome::Skip(end);
        }
        let mut end = q1.last;
        let mut bound = pre.bound;
        // (Or marked so in brackets after it: "545,000 (estimate; includes …)".)
        // (Not the approximator of a figure in the brackets: "KES 4.2bn (approx. $32 million)".)
        let marked = |k: usize| {
            self.sym_is(k, "(")
                && matches!(self.lower(k + 1), "estimate" | "estimated" | "est" | "approx" | "approximate")
                && !self.starts_number(k + 2 + usize::from(self.sym_is(k + 2, ".")))
        };
        // (Not a bound's, whose threshold is no estimate: "| Debris > 10 cm (est.) |".)
        let mut approx = pre.approx || q1.hyphen_approx || marked(end) && pre.bound.is_none();
        if q1.hyphen_lower && bound.is_none() {
            bound = Some(Bound::Lower);
        }
        let kind = kind_of(&q1);
        // A price per unit of a good: "about $15 per pound", "US$33,000 per tonne", "$900/t",
        // "$82 a barrel" (its own quantity, which no sum compares with).
        let mut per_good = if kind == FigureKind::Money { self.price_unit(end) } else { None };
        if let Some((_, e)) = per_good {
            end = e;
        }
        // The counted noun, and whether it was read after the number (not a hyphenated word)
        // and in the plural.
        let mut noun: Option<Cow<'a, str>> = None;
        let mut noun_after = false;
        let mut noun_plural = false;
        // "1 fighter", "a 2,000-strong force": a singular noun agrees.
        let one = q1.value().abs() == 1.0 || q1.hyphen_word.is_some();
        // A multiple with a glued `x` counts `fold`, as "8-fold" does.
        if kind == FigureKind::Count && q1.last == q1.num_tok + 2 && self.multiple_x(q1.num_tok + 1) {
            noun = Some(Cow::Borrowed("fold"));
        } else if kind == FigureKind::Count && q1.last == q1.num_tok + 1 && self.times_what(end) {
            // So does a multiple written with `times` before what it multiplies: "some 1.6 times
            // the previous plan", "4 times faster" ("shot 25 times" counts occasions, no noun).
            noun = Some(Cow::Borrowed("fold"));
            end += 1;
        } else if kind == FigureKind::Count {
            // ("a 1,200-strong quick reaction force": the last of the words after "-strong".)
            let strong_head =
                q1.hyphen_word.filter(|&h| self.word_is(h, "strong")).and_then(|_| self.head_of_run(end));
            match q1.hyphen_word {
                Some(h) if !self.word_is(h, "strong") => noun = Some(lx::singular(self.lower(h))),
                _ if strong_head.is_some() => {
                    if let Some((head, e)) = strong_head {
                        end = e;
                        noun_after = true;
                        noun = Some(lx::singular(head));
                    }
                }
                _ => {
                    // ("Of the 500 firms, 140 produce long-range systems": a part of a whole
                    // opening the sentence before a verb in the present and its object counts
                    // the whole; so does a later part: "and 8 fly flags of convenience".)
                    let verb_part = (!one
                        && self.lowercase_word_at(end)
                        && lx::is_present_verb(self.lower(end)))
                    .then(|| self.whole_before(pre.start, end).or_else(|| self.parallel_part(pre.start)))
                    .flatten();
                    if let Some(whole) = verb_part {
                        noun = Some(whole);
                    } else if let Some(n) = self.noun_after(end, one) {
                        end = n.end;
                        noun_after = true;
                        noun_plural = n.plural;
                        noun = Some(self.two_word_people(n.end).unwrap_or(n.word));
                        // (The first word of the people's name read as the noun: "3,000 South
                        // Sudanese fled".)
                        if self.gap(n.end) == Gap::Space
                            && let Some(people) = self.two_word_people(n.end + 1)
                        {
                            end = n.end + 1;
                            noun = Some(people);
                        }
                    } else if change_noun.is_some() {
                        noun = change_noun;
                    } else if let Some(whole) = self.whole_after_of(end) {
                        // "won 240 of 543 seats", "27 of the 140 crossings", "37 of the country's
                        // 64 districts": the part counts what the whole counts.
                        let mut after = self.glued_chain(whole).0;
                        // ("20.9 million of the 30.4 million people in need"; but a whole with a
                        // unit is a measure: "2.5 million of the 7 million square kilometres".)
                        if self.is_word(after) && lx::magnitude_spaced(self.lower(after)).is_some() {
                            after += 1;
                        }
                        // ("48 of its 60-odd satellites")
                        if self.sym_is(after, "-")
                            && self.glued(after)
                            && self.word_is(after + 1, "odd")
                            && self.glued(after + 1)
                        {
                            after += 2;
                        }
                        noun = self
                            .noun_after(after, false)
                            .filter(|n| {
                                // (The whole's unit is no noun: "2.5 million of the 7 million
                                // square kilometres"; a calibre is: "80 of the 155 mm shells".)
                                (n.plural || lx::is_invariant_noun(&n.word)) && !lx::names_a_measure(&n.word)
                            })
                            .map(|n| n.word)
                            // (A whole with no noun of its own under a line's label: "- Districts in
                            // Phase 4: 22 of 118" → `district`.)
                            .or_else(|| self.label_noun(pre.start));
                    } else {
                        noun = self.noun_from_context(pre.start, end);
                    }
                }
            }
        }
        // A count a period: "300 trucks a day", "crossings reached 30,000 a month" (its noun
        // from the sentence), "12 flights per week" (as `truck/d`, `crossing/mo`, `flight/wk`).
        let mut rate: Option<&str> = None;
        if kind == FigureKind::Count
            && noun.is_some()
            && let Some((period, e)) = self.count_period_after(end).or_else(|| self.count_density(end))
        {
            rate = Some(period);
            end = e;
        } else if kind == FigureKind::Count
            && noun_after
            && let Some((basis, e)) = self.count_basis(end)
        {
            rate = Some(basis);
            end = e;
        }
        // A rate per a power of ten of people: "22 murders per 100,000 inhabitants", "a rate of
        // about 22 per 100,000" (`murder/100k`, `/100k`).
        let mut per_base = None;
        if kind == FigureKind::Count
            && rate.is_none()
            && q1.cur.is_none()
            && let Some((base, e)) = self.per_population(end)
        {
            // (And a period after it: "2.4 deaths per 10,000 people per day" is `death/10k/d`.)
            per_base = Some(match self.count_period(e) {
                Some((period, after)) => {
                    end = after;
                    self.units.get(&format!("{base}/{period}"))
                }
                None => {
                    end = e;
                    self.units.get(base)
                }
            });
        }
        // A rate's period before the bound: "10 hours a day or more".
        let period = |k: usize| {
            self.is_word(k)
                && matches!(self.lower(k), "a" | "an" | "per" | "each")
                && self.is_word(k + 1)
                && matches!(
                    self.lower(k + 1),
                    "day" | "week" | "month" | "year" | "night" | "hour"
                        // (or a rate per thing: "$5 a tonne or less", "5,000 a head or more")
                        | "tonne" | "ton" | "kilo" | "kg" | "head" | "barrel" | "litre" | "liter" | "person" | "household" | "trip"
                )
                && self.gap(k + 2) != Gap::Break
        };
        // (Past a participle after a share: "5% enriched or less".)
        let participle = |k: usize| {
            kind == FigureKind::Percent
                && self.lowercase_word_at(k)
                && self.gap(k) == Gap::Space
                && self.lower(k).len() > 4
                && self.lower(k).ends_with("ed")
        };
        let postfix = if pre.bound.is_none() {
            self.postfix(end)
                .or_else(|| {
                    participle(end).then(|| self.postfix(end + 1)).flatten().filter(|&(b, _, e)| {
                        b.is_some() && self.tok(e).is_none_or(|t| t.kind == Kind::Sym || t.gap == Gap::Break)
                    })
                })
                .or_else(|| {
                    // (A count without a noun too: "crossings reached 30,000 a month or more".)
                    // (Not where `or more` opens another phrase: "3,000 a month or more precisely
                    // 2,950", "30,000 a month or more than double".)
                    period(end).then(|| self.postfix(end + 2)).flatten().filter(|&(b, _, e)| {
                        b.is_some()
                            && !(end + 2..=e).any(|k| self.word_is(k, "than"))
                            && !(self.is_word(e)
                                && self.gap(e) == Gap::Space
                                && (matches!(self.lower(e), "than" | "so" | "likely" | "less" | "often")
                                    || self.lower(e).ends_with("ly")))
                    })
                })
        } else {
            None
        };
        if let Some((b, a, e)) = postfix {
            bound = bound.or(b);
            approx |= a;
            end = e;
            // (A price's basis after its bound: "€20,000 or more per kilogram".)
            if kind == FigureKind::Money
                && per_good.is_none()
                && let Some((good, e)) = self.price_unit(end)
            {
                per_good = Some((good, e));
                end = e;
            }
            if kind == FigureKind::Count
                && noun.is_none()
                && let Some(n) = self.noun_after(end, one)
            {
                end = n.end;
                noun = Some(n.word);
            }
        } else if bound.is_some()
            && let Some(e) = self.or_equal(end)
        {
            end = e;
        }
        // "over 3 years" is a duration, and so is "1,002 km over 4,415 seconds" (over, right
        // after a measure, before a span of time).
        let mut start = pre.start;
        // (Also a unit of several tokens: "650 m³/s over 285 km".)
        let after_measure = pre.start >= 2
            && self.word_is(pre.start, "over")
            && (self.is_word(pre.start - 1)
                && lx::unit_word(self.s(pre.start - 1), false).is_some()
                && self.is_num(pre.start - 2)
                || (pre.start.saturating_sub(6)..pre.start - 1)
                    .rev()
                    .find(|&j| self.is_num(j))
                    .and_then(|j| self.quantity(j, 0))
                    // (Not a speed: "flew at 180 km/h over 3,000 m" is above 3,000 m.)
                    .is_some_and(|m| {
                        m.last == pre.start
                            && m.cur.is_none()
                            && m.unit.is_some_and(|u| !matches!(u, "km/h" | "mph" | "kn" | "m/s"))
                    }));
        // (After a verb of how long something takes it is a bound: "takes over 2 min", "lasted
        // well over 12 hours"; not "took over 3 years ago".)
        let how_long = || {
            let mut k = pre.start;
            if k >= 2 && matches!(self.lower(k - 1), "well" | "just" | "slightly" | "far") {
                k -= 1;
            }
            k >= 1
                && self.is_word(k - 1)
                && (lx::is_duration_verb(self.lower(k - 1))
                    // (Or a verb of hours amassed: "14 aircraft flew over 4,000 hours", "They
                    // logged over 40 hours".)
                    || matches!(
                        self.lower(k - 1),
                        "flew" | "logged" | "clocked" | "spent" | "worked" | "accumulated" | "amassed" | "volunteered"
                    )
                    // (Or of a prison term: "They got over 10 years", "faces over 20 years".)
                    || matches!(
                        self.lower(k - 1),
                        "got" | "received" | "serving" | "served" | "faces" | "face" | "faced" | "facing"
                    ))
                && !self.word_is(end, "ago")
                // (Or the level a change reaches: "fell from 8.5 days to under 4 days", "rose
                // to over 12 months".)
                || k >= 2
                    && self.word_is(k - 1, "to")
                    && (self.is_word(k - 2) && lx::is_change_verb(self.lower(k - 2))
                        || (k.saturating_sub(8)..k - 1).any(|f| {
                            self.word_is(f, "from") && self.is_num(f + 1) && (f..k - 1).all(|j| !self.sym_is(j, ".;:!?,"))
                        }))
                // (Or what a span of time is said to be, after a copula: "The time was over 72
                // days"; or before a verb of time passing: "Over 72 hours passed".)
                || k >= 1 && self.is_word(k - 1) && matches!(self.lower(k - 1), "was" | "is" | "were" | "are" | "been" | "be")
                // (Or after `of`, which `over` as "during" never follows: "backlogs of over 14
                // days", "sentences of over 10 years".)
                || k >= 1 && self.word_is(k - 1, "of")
                || self.lowercase_word_at(end) && matches!(self.lower(end), "passed" | "elapsed" | "went")
        };
        // (`under` before a span of time is a bound unless a span of something follows: "kept
        // under 4 hours", "stayed under 4 days", but "under 4 years of military rule".)
        let under_bound = self.word_is(pre.start, "under") && !self.word_is(end, "of");
        // (Nor a label before a colon: "- Over 10 years: 65" is a class of terms.)
        let labelled = self.sym_is(end, ":") && self.glued(end);
        if pre.loose_bound
            && noun_after
            && let Some(n) = &noun
            && (lx::is_time_noun(n) || after_measure && matches!(&**n, "second" | "seconds"))
            && !under_bound
            && !labelled
            && !how_long()
        {
            bound = None;
            start = q1.first;
            approx = q1.hyphen_approx;
        }
        // "near" before places is where, not how many: "fighting near 10 villages" (but "near
        // 2,000 people", "near 535 rials"; and not opening the sentence or after a verb that
        // counts them: "Close to 80 boreholes were contaminated", "found close to 80
        // boreholes").
        // (A place opening the sentence before a comma says where: "Near 12 schools, shelling
        // went on".)
        let counted_places = self.sentence_initial(pre.start) && !self.sym_is(end, ",")
            || pre.start > 0
                && self.lowercase_word_at(pre.start - 1)
                && matches!(
                    self.lower(pre.start - 1),
                    "found"
                        | "built"
                        | "drilled"
                        | "dug"
                        | "rebuilt"
                        | "repaired"
                        | "destroyed"
                        | "damaged"
                        | "counted"
                        | "recorded"
                        | "identified"
                        | "has"
                        | "have"
                        | "had"
                        | "are"
                        | "were"
                        | "operates"
                        | "operate"
                        | "runs"
                        | "hosts"
                );
        if pre.approx
            && (matches!(self.lower(pre.start), "near" | "nearer")
                || matches!(self.lower(pre.start), "close" | "closer") && self.word_is(pre.start + 1, "to"))
            && kind == FigureKind::Count
            && noun.as_deref().is_some_and(is_place)
            && !counted_places
        {
            approx = q1.hyphen_approx;
            start = q1.first;
        }
        // A length a measure runs over: "144 Tbps over 1,173 km", "a 2 kV line over 40 km"; or
        // a count: "14 checkpoints over 98 km".
        // (Not after journeys, whose length it bounds: "300 sorties over 285 km".)
        let after_count = pre.start >= 2
            && self.word_is(pre.start, "over")
            && self.lowercase_word_at(pre.start - 1)
            && self.plural_at(pre.start - 1)
            && !matches!(
                self.lower(pre.start - 1),
                "sorties" | "flights" | "patrols" | "trips" | "missions" | "journeys" | "voyages" | "runs"
            )
            && self.is_num(pre.start - 2);
        // (Or a line said to run over it: "the railway links Mecca and Medina over 18.1
        // kilometres", "a wall stretching over 40 km".)
        let along = pre.start >= 1
            && self.word_is(pre.start, "over")
            && self.word_shortly_before(pre.start, 8, |k| {
                matches!(
                    self.lower(k),
                    "links"
                        | "linking"
                        | "linked"
                        | "runs"
                        | "running"
                        | "ran"
                        | "stretches"
                        | "stretching"
                        | "stretched"
                        | "extends"
                        | "extending"
                        | "extended"
                        | "spans"
                        | "spanning"
                )
            });
        if pre.loose_bound
            && (after_measure || after_count || along)
            && tail.is_none()
            && matches!(q1.unit, Some("km" | "m" | "mi" | "nmi"))
        {
            bound = None;
            start = q1.first;
            approx = q1.hyphen_approx;
        }
        // Early years: "fell in 1453".
        if self.early_year(&q1, start) && !noun_after {
            return Outcome::Skip(q1.last);
        }
        // Years.
        if self.year_like(&q1) {
            // "a 2000-strong force", "a 2000-page report"
            let hyphen_count = q1.hyphen_word.is_some_and(|h| {
                matches!(
                    self.lower(h),
                    "strong" | "man" | "member" | "seat" | "bed" | "page" | "word" | "room"
                )
            });
            let noun_rescue = hyphen_count
                || noun_after && noun_plural && q1.value() % 100.0 == 0.0 && !self.determiner_before(start);
            // A bound on a time stays a time: "since at least 1988", "until at least 2030"
            // ("after nearly 1900 homes were rebuilt" counts homes).
            let time_bound = pre.start > 0
                && !(noun_after && noun_plural)
                && matches!(
                    self.lower(pre.start - 1),
                    "since" | "until" | "till" | "through" | "before" | "after"
                );
            // (Nor a year's levels: "will exceed 2024 volumes", "surpassed 2019 highs".)
            let compared = noun_after
                && noun.as_deref().is_some_and(|n| {
                    matches!(
                        n,
                        "level"
                            | "volume"
                            | "figure"
                            | "total"
                            | "high"
                            | "low"
                            | "price"
                            | "rate"
                            | "record"
                            | "value"
                            | "peak"
                            | "output"
                            | "production"
                            | "number"
                            | "estimate"
                            | "forecast"
                    )
                });
            let rescued =
                pre.quantity_only && (bound.is_some() || approx) && !time_bound && !compared || noun_rescue;
            if !rescued {
                return Outcome::Skip(q1.last);
            }
        }
        if noun_after && noun_plural && self.dotted_thousands(&q1) {
            q1.frac = 0;
        }
        // (CFA francs have no decimals: "1.000 FCFA" is a thousand, as Sahel prices write it;
        // but the euro's peg has: "655.957 CFA francs to the euro".)
        // (A rate of exchange: `price_unit` reads one as a price of the dollar or the euro.)
        let exchange_rate = matches!(per_good, Some(("USD" | "EUR", _)));
        if matches!(q1.cur, Some("XOF" | "XAF")) && !q1.has_mag && !exchange_rate && {
            let t = self.toks[q1.num_tok];
            t.dots == 1 && t.frac_digits == 3 && (1..=3).contains(&t.int_digits) && !t.grouped && q1.frac == 3
        } {
            q1.frac = 0;
        }
        let value = q1.value();
        let (low, high) = match bound {
            Some(Bound::Lower) => (Some(value), None),
            Some(Bound::Upper) => (None, Some(value)),
            None => (Some(value), Some(value)),
        };
        let unit = match (per_good, q1.cur) {
            (Some((good, _)), Some(cur)) => Some(self.per_unit(cur, good)),
            _ => self.unit_of(&q1, kind, noun),
        };
        let unit = match (unit, rate) {
            (Some(noun), Some(period)) => Some(self.per_unit(&noun, period)),
            (unit, _) => unit,
        };
        let unit = match per_base {
            Some(base) => Some(self.per_unit(unit.as_deref().unwrap_or(""), &base)),
            None => unit,
        };
        let figure = Figure { span: self.span(start, end), low, high, approx, unit, kind, ends: None };
        Outcome::Figure(Found { figure, end, start, single_bound: bound })
    }

    /// `q` is written with a dot between thousands, as much of Europe writes them: one to
    /// three digits, a dot and three digits, nothing else (`5.000`). Before a plural noun such
    /// a number is thousands (`5.000 people`: no one counts 5.000 people); elsewhere it stays a
    /// decimal (`4.800 km`).
    fn dotted_thousands(&self, q: &Qty) -> bool {
        let t = self.toks[q.num_tok];
        !q.spelled
            && q.bare()
            && q.hyphen_word.is_none()
            && t.dots == 1
            && t.frac_digits == 3
            && (1..=3).contains(&t.int_digits)
            && !t.grouped
            && q.frac == 3
    }

    /// The noun of a whole named without its number after `of` at `k`, which a part counts:
    /// "718 of the drones", "3 of its domains", "between 3 and 5 of its commanders" (not the
    /// first word, "50 of the news outlets", nor a possessive, "12 of the members' homes";
    /// `own` is passed over, "11 of its own staff").
    fn whole_without_number(&self, k: usize) -> Option<Cow<'a, str>> {
        if !(self.word_is(k, "of")
            && matches!(self.lower(k + 1), "the" | "these" | "those" | "its" | "their" | "our")
            && self.is_word(k + 1))
        {
            return None;
        }
        let own =
            usize::from(self.word_is(k + 2, "own") && matches!(self.lower(k + 1), "its" | "their" | "our"));
        self.noun_after(k + 2 + own, false)
            .filter(|n| {
                (n.plural || own == 1 && lx::is_invariant_noun(&n.word))
                    && !self.sym_is(n.end, "'’")
                    && !(self.is_word(n.end)
                        && self.gap(n.end) == Gap::Space
                        && lx::looks_plural(self.lower(n.end)))
            })
            .map(|n| n.word)
    }

    /// The noun of a whole a bare part (tokens `start..end`, a verb after it) follows: "Of the
    /// 1,612 deaths, 612 were recorded", "Of 1,208 stool samples tested, 417 were positive"
    /// (`Of` opening the sentence), "11 benchmarks, of which 4 had been met", "15,000
    /// patients, of whom 900 were admitted"; a share in brackets may stand before the verb
    /// ("Of the 612 deaths, 388 (63%) occurred").
    fn whole_before(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        let mut end = end;
        // (Not before a noun of the part's own: "Of the 1,200 schools, 400 (33%) classrooms".)
        if self.sym_is(end, "(")
            && let Some(close) = (end + 1..end + 6).find(|&k| self.sym_is(k, ")"))
            && (end + 1..close).any(|k| self.is_num(k))
            && !self.plural_at(close + 1)
        {
            end = close + 1;
        }
        // A part before a pronoun for its whole: "12 mine incidents, 4 of them fatal", "; 4 of
        // these were".
        let pronoun = self.word_is(end, "of")
            && self.is_word(end + 1)
            && matches!(self.lower(end + 1), "them" | "these" | "those" | "which" | "whom");
        if !(self.is_word(end) && self.s(end).starts_with(|c: char| c.is_ascii_lowercase())) {
            return None;
        }
        let mut comma = start.checked_sub(1)?;
        // ("Of the 1,400 unions, only 1,100 are active")
        if comma >= 1 && self.is_word(comma) && matches!(self.lower(comma), "only" | "just") {
            comma -= 1;
        }
        // (Past a short clause of who reported it: "6,297 drones, of which the Air Force
        // reported 5,680 shot down".)
        if self.is_word(comma)
            && matches!(
                self.lower(comma),
                "reported"
                    | "said"
                    | "says"
                    | "estimated"
                    | "estimates"
                    | "counted"
                    | "recorded"
                    | "confirmed"
                    | "claimed"
            )
            && let Some(which) = (comma.saturating_sub(6)..comma)
                .rev()
                .find(|&k| matches!(self.lower(k), "which" | "whom") && k >= 1 && self.word_is(k - 1, "of"))
            && (which + 1..comma).all(|k| self.is_word(k) || self.sym_is(k, "'’"))
        {
            comma = which;
        }
        let which = pronoun
            || comma >= 3 && matches!(self.lower(comma), "which" | "whom") && self.word_is(comma - 1, "of");
        if which && !pronoun {
            comma -= 2;
        }
        if !(self.sym_is(comma, ",") || pronoun && self.sym_is(comma, ";")) {
            return None;
        }
        // The whole's number: the nearest number before the comma that is no year, past words
        // only, and not one of where, when, of what or from what ("2,400 aftershocks in the
        // first 6 days, of which 38", "6 cascades of 174 machines each, of which 4", "35
        // components from 13 manufacturers, 27 of them").
        let complement = |k: usize| {
            (k.saturating_sub(3)..k).any(|b| {
                // (Not the `Of` opening the sentence: "Of the 300 schools in 12 districts".)
                self.is_word(b)
                    && !(self.word_is(b, "of") && self.sentence_initial(b))
                    && matches!(
                        self.lower(b),
                        "in" | "over"
                            | "across"
                            | "of"
                            | "from"
                            | "during"
                            | "within"
                            | "for"
                            | "per"
                            | "aged"
                            | "under"
                    )
            })
        };
        let mut k = comma;
        // (A complement is the whole when no other number stands before it: "over 15,000
        // patients in November, of whom 900".)
        let mut complement_number = None;
        // (Past a gloss in brackets, which does not count against the distance: "150,000
        // artisanal diggers (*creuseurs*) work in Lualaba, of whom 40,000".)
        let mut glossed = 0;
        let month = |m: usize| self.month_at(m);
        let number = loop {
            if k == 0 || k + 12 + glossed < comma {
                break complement_number?;
            }
            k -= 1;
            if which
                && self.sym_is(k, ")")
                && let Some(open) = (k.saturating_sub(5)..k).rev().find(|&o| self.sym_is(o, "("))
                && (open + 1..k).all(|g| {
                    self.is_word(g) && self.s(g).starts_with(|c: char| c.is_lowercase())
                        || self.sym_is(g, "*_")
                })
                && open + 1 < k
            {
                glossed += k - open + 1;
                k = open;
                continue;
            }
            // (Not a day of a month, nor an ordinal: "3,412 sorties flown by the 3rd Assault
            // Brigade between 1 and 30 April, of which 1,980", "Of the 11 escorted convoys
            // tracked between 12 September and 31 October, 7".)
            if self.is_num(k)
                && (month(k + 1)
                    || k >= 1 && month(k - 1)
                    || matches!(self.lower(k + 1), "and" | "to" | "-" | "–")
                        && self.is_num(k + 2)
                        && month(k + 3)
                    || self.glued(k + 1) && matches!(self.lower(k + 1), "st" | "nd" | "rd" | "th"))
            {
                glossed += 2;
                continue;
            }
            // (Past an earlier level of the whole: "3,500 people are displaced, up from 2,600,
            // of whom 1,000".)
            if which
                && k >= 3
                && self.is_num(k)
                && self.word_is(k - 1, "from")
                && matches!(self.lower(k - 2), "up" | "down")
            {
                k -= 2;
                if self.sym_is(k - 1, ",") {
                    k -= 1;
                }
                continue;
            }
            // (A range's second end is the whole's number: "10,000–12,000 troops, of whom
            // 4,000".)
            // (Not a span of years: "Of 1,114 ballots recorded in 2023-24, 839".)
            let range_end = || {
                k >= 2
                    && self.glued(k)
                    && self.sym_is(k - 1, "-–")
                    && self.glued(k - 1)
                    && self.is_num(k - 2)
                    && !self.is_year_numeral(k - 2)
            };
            // (Not a designation's digits: the "1" of "IR-1".)
            // (Also for a whole after `Of`: "Of 2,310 listings scraped from 14 markets, some
            // 640", "Of the 300 schools in 12 districts, 40".)
            // (Nor a number hyphenated to a word before the whole's noun: the "11" of "Of
            // SEPCO's 1,018 11-kV feeders"; "Of the 13,600-odd signatories" is the whole's.)
            let compound = self.glued_hyphen(k + 1)
                && self.is_word(k + 2)
                && !matches!(self.lower(k + 2), "odd" | "plus" | "strong");
            if self.is_num(k) && (!self.glued(k) || range_end()) && !self.is_year_numeral(k) && !compound {
                if !complement(k) {
                    break k;
                }
                complement_number = complement_number.or(Some(k));
            }
            // (A fiscal year's slash too: "Of the 26 cargoes lifted in FY2023/24, 17".)
            if !(self.is_word(k) || self.is_num(k) || self.sym_is(k, "-/")) {
                break complement_number?;
            }
        };
        if !which {
            // `Of` opening the sentence, maybe past a determiner, a possessive and an
            // approximator: "Of the 1,612 deaths", "Of the country's roughly 19,000 schools",
            // or a range's first end: "Of the 4,000 to 5,000 detainees"; also `Among`: "Among
            // the 212 smugglers interviewed, 146".
            let mut of = number.checked_sub(1)?;
            while !(self.word_is(of, "of") || self.word_is(of, "among")) {
                if of + 6 < number || !(self.is_word(of) || self.sym_is(of, "'’–-") || self.is_num(of)) {
                    return None;
                }
                of = of.checked_sub(1)?;
            }
            // (Or opening a clause after a semicolon or `, and`: "…; of the 7.1 million
            // containers, some 85,000 were inspected".)
            let clause = of >= 2 && self.word_is(of - 1, "and") && self.sym_is(of - 2, ",");
            if !self.sentence_initial(of) && !clause {
                return None;
            }
        }
        // (Not a measure's unit: "11,000 tonnes, of which 4,000" counts nothing named.)
        // (A part is no larger than its whole: in "Of the region's roughly 30 camps, 40,000 live
        // in Kakuma" the 40,000 are people.)
        // (Each with the magnitude after it: "3.75 million people, of which 1.4 million".)
        let value = |k: usize| self.numeral_value(k) * pow10(self.magnitude_exp_at(k + 1).unwrap_or(0));
        let part = (start..end).find(|&k| self.is_num(k))?;
        if value(part) > value(number) {
            return None;
        }
        let mut after = self.glued_chain(number).0;
        // (Past its magnitude, apart or glued: "3.75 million people", "4.1m people".)
        if self.magnitude_exp_at(after).is_some() {
            after += 1;
        }
        // ("Of the 13,600-odd signatories")
        if self.glued_hyphen(after) && self.word_is(after + 1, "odd") {
            after += 2;
        }
        // (`whom` counts people, not the places or things a known plural names: "men held in 27
        // detention facilities, of whom roughly 2,000".)
        let whom = (start.saturating_sub(4)..start)
            .any(|k| k >= 1 && self.word_is(k, "whom") && self.word_is(k - 1, "of"));
        self.noun_after(after, false)
            .filter(|n| {
                // (Or a noun without a plural ending, or an adjective that counts people: "30
                // aircraft, of which 12", "207 dead, of whom 134".)
                (n.plural || lx::is_invariant_noun(&n.word))
                    && n.end <= comma
                    && !lx::names_a_measure(&n.word)
                    && !lx::is_time_noun(&n.word)
                    && !(whom && {
                        let plural = self.lower(n.end - 1);
                        lx::is_countable_plural(plural)
                            && !lx::is_people_plural(plural)
                            && !lx::is_counted_event(plural)
                    })
            })
            .map(|n| n.word)
    }

    /// The noun of the whole that a sentence opens with, for a later part after `and` or in
    /// the middle of a list (the first part is read by [`Parser::whole_before`]): the 322 of
    /// "Of the 1,617 deaths, 1,086 occurred in the capital and 322 in Artibonite", the 3,190
    /// of "…, 5,870 occurred in Burkina Faso, 3,190 in Mali and 1,370 in Niger"; or of a whole
    /// before `, of which` ("583 incidents, of which 402 detonated and 181 were cleared").
    fn parallel_part(&self, start: usize) -> Option<Cow<'a, str>> {
        let mut and = start.checked_sub(1)?;
        // ("…, and only 3 were attempted at sea")
        if and >= 1 && matches!(self.lower(and), "only" | "just") && self.word_is(and - 1, "and") {
            and -= 1;
        }
        // (A middle part: a comma before it, and another part after `and` in the clause.)
        let middle = || {
            self.sym_is(and, ",")
                && (start + 1..start + 8)
                    .take_while(|&k| !self.sym_is(k, ".;!?"))
                    .any(|k| self.word_is(k, "and") && self.is_num(k + 1))
        };
        // (Or a part after a semicolon, in a sentence that opens with its whole: the 2 of "Of the
        // 22 boats, 19 were at sea; 2 were in refit".)
        let semicolon = self.sym_is(and, ";");
        if !self.word_is(and, "and") && !semicolon && !middle() {
            return None;
        }
        let part = (start..start + 2).find(|&k| self.is_num(k))?;
        // (Not a multiple: "40 hit Kharkiv, 3 times more than in May".)
        if self.is_word(part + 1)
            && self.gap(part + 1) == Gap::Space
            && matches!(self.lower(part + 1), "times" | "fold")
        {
            return None;
        }
        // ("…, of which 402 detonated and 181 were found": the first part's whole.)
        // (Also hedged: "…, of which around 7,000 remained in orbit and some 6,900 were
        // operational".)
        let first_part = |of: usize| {
            if self.is_num(of + 2) {
                Some(of + 2)
            } else {
                (self.is_word(of + 2)
                    && !prefixes_ending_with(self.lower(of + 2)).is_empty()
                    && self.is_num(of + 3))
                .then_some(of + 3)
            }
        };
        if !semicolon
            && let Some(of) = (and.saturating_sub(12)..and).rev().find(|&k| {
                self.word_is(k, "of") && matches!(self.lower(k + 1), "which" | "whom") && first_part(k).is_some()
            })
            && let Some(first) = first_part(of)
            && (of..and).all(|k| !self.sym_is(k, ".;!?"))
            && self.lowercase_word_at(first + 1)
            // (No larger than the first part, or than the whole: "22 events, of which 9 were
            // classed as attacks and 13 as approaches".)
            && (self.numeral_value(part) <= self.numeral_value(first)
                || self
                    // (Not a designation's digits: "in Q3 2024".)
                    .earlier_count(of, 12, ".;:!?", |k| self.glued(k) && k >= 1 && self.is_word(k - 1))
                    .is_some_and(|w| self.numeral_value(part) <= self.numeral_value(w)))
        {
            return self.whole_before(of + 2, first + 1);
        }
        // ("70 human cases, 41 of them linked to dairy cattle and 24 to poultry culling": the
        // first part's whole.)
        if let Some(first) = (and.saturating_sub(12)..and).rev().find(|&k| {
            self.is_num(k)
                && self.word_is(k + 1, "of")
                && matches!(self.lower(k + 2), "them" | "these" | "those")
        }) && (first..and).all(|k| !self.sym_is(k, ".;!?"))
            && self.numeral_value(part) <= self.numeral_value(first)
            && let Some(noun) = self.whole_before(first, first + 1)
        {
            return Some(noun);
        }
        // ("…, among them 118 in China, 32 in Türkiye and 47 in the UAE": the first part's
        // whole.)
        if let Some(first) = (and.saturating_sub(16)..and).rev().find(|&k| {
            self.is_num(k)
                && k >= 2
                && (self.word_is(k - 1, "including")
                    || self.word_is(k - 1, "them") && self.word_is(k - 2, "among"))
        }) && (first..and).all(|k| !self.sym_is(k, ".;!?"))
            && let Some(noun) = self.among_them(first)
        {
            return Some(noun);
        }
        let number = (and.saturating_sub(30)..and).find(|&k| {
            self.is_num(k)
                && k >= 1
                && (self.word_is(k - 1, "of") && self.sentence_initial(k - 1)
                    || k >= 2
                        && self.word_is(k - 1, "the")
                        && self.word_is(k - 2, "of")
                        && self.sentence_initial(k - 2)
                    // (Or a possessive: "Of SEPCO's 1,018 11-kV feeders, 402 had … and 118 lost".)
                    || k >= 4
                        && self.word_is(k - 1, "s")
                        && self.sym_is(k - 2, "'’")
                        && self.is_word(k - 3)
                        && self.word_is(k - 4, "of")
                        && self.sentence_initial(k - 4))
        })?;
        // (One clause, or clauses that semicolons join: no full stop between, and the whole's
        // comma before the first part.)
        if (number..and).any(|k| self.sym_is(k, if semicolon { ".!?" } else { ".;!?" })) {
            return None;
        }
        let noun = self.noun_after(self.glued_chain(number).0, false)?;
        // (Past a few words that say where or how the whole was counted: "Of the 10,430 deaths
        // recorded region-wide, 5,870 …".)
        let mut comma = noun.end;
        for _ in 0..3 {
            if self.lowercase_word_at(comma) {
                comma = self.compound_end(comma);
            }
        }
        // (Or a longer phrase of words and years before the comma and the first part, maybe
        // after an approximator: "Of the 1,247 deaths recorded from July to September, 738
        // occurred in the West and 291 in Artibonite", "Of the 2,911 aircraft that entered the
        // ADIZ, roughly 1,580 were fighters and 212 were bombers".)
        if !self.sym_is(comma, ",")
            && let Some(c) = (noun.end..(noun.end + 12).min(and)).find(|&k| self.sym_is(k, ","))
            && (self.is_num(c + 1) || self.is_word(c + 1) && self.is_num(c + 2))
            && (noun.end..c).all(|k| self.is_word(k) || self.is_year_numeral(k) || self.sym_is(k, "-"))
        {
            comma = c;
        }
        ((noun.plural || lx::is_invariant_noun(&noun.word) && !lx::is_counting_adjective(&noun.word))
            && self.sym_is(comma, ",")
            && lx::unit_word(&noun.word, false).is_none()
            && !lx::is_time_noun(&noun.word)
            && self.numeral_value(part) <= self.numeral_value(number))
        .then_some(noun.word)
    }

    /// The noun a bare count from token `start` to `end` takes from its context when none
    /// follows it, tried in this order: a subject that numbers it ("Unaccompanied minors
    /// numbered 5,700", "troops, numbering some 10,000"), a whole written without a number, a
    /// whole before it, a part before it, a whole that an earlier part shares, `the number of`
    /// a plural, the subject of a change, what `among them` or `including` goes back to, a
    /// line's label, a count listed by place, the people it is said to be, the people counted
    /// before `and`, a plural before the count's brackets, the count `more` adds to, and the
    /// count before `the N recorded`.
    fn noun_from_context(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        self.counted_subject(start, end)
            .or_else(|| self.whole_without_number(end))
            .or_else(|| self.whole_before(start, end))
            .or_else(|| self.part_noun_before(start))
            .or_else(|| self.parallel_part(start))
            .or_else(|| self.number_of_subject(start, end))
            .or_else(|| self.change_in_plural(start))
            .or_else(|| self.change_subject(start, end))
            .or_else(|| self.among_them(start))
            .or_else(|| self.label_noun(start))
            .or_else(|| self.place_list_part(start, end))
            .or_else(|| self.predicate_people(end))
            .or_else(|| self.people_after_and(start, end))
            .or_else(|| self.bracketed_after_plural(start, end))
            .or_else(|| self.predicate_plural(end))
            .or_else(|| self.more_of_earlier(start, end))
            .or_else(|| self.the_recorded(start, end))
            .or_else(|| self.people_of_second_verb(start))
            .or_else(|| self.with_by_name(start))
            .or_else(|| self.plural_of_which(start))
            .or_else(|| self.rate_of_earlier(start, end))
            .or_else(|| self.crew_of(start))
            .or_else(|| self.object_part(start))
            .or_else(|| self.part_of_unnumbered_whole(start))
            .or_else(|| self.toll_level(start))
    }

    /// The plural a change's noun names after `in`, for the number after `from` at `start`:
    /// "The rise in rescues from 984 to 1,283" → `rescue`, "a decline in cash-in-transit
    /// robberies from 88 to 59" → `robbery` (up to six words between `in` and `from`).
    fn change_in_plural(&self, start: usize) -> Option<Cow<'a, str>> {
        let from = start.checked_sub(1).filter(|&k| self.word_is(k, "from"))?;
        let mut k = from;
        for _ in 0..8 {
            k = k.checked_sub(1)?;
            if !(self.is_word(k) || self.sym_is(k, "-") && self.glued(k)) {
                return None;
            }
            if self.word_is(k, "in")
                && k >= 1
                && matches!(
                    self.lower(k - 1),
                    "rise"
                        | "fall"
                        | "decline"
                        | "increase"
                        | "drop"
                        | "jump"
                        | "surge"
                        | "growth"
                        | "reduction"
                        | "cut"
                        | "dip"
                        | "slump"
                        | "spike"
                        | "climb"
                )
            {
                return (k + 1..from)
                    .find(|&w| self.plural_at(w) && !self.sym_is(w + 1, "-"))
                    .map(|w| lx::singular(self.lower(w)))
                    .filter(|n| counted_noun(n));
            }
        }
        None
    }

    /// A death toll's level: "The official toll was 769", "the death toll stood at 300", "the
    /// toll rose to 1,200" count deaths. `start` opens the count.
    fn toll_level(&self, start: usize) -> Option<Cow<'a, str>> {
        let mut k = start.checked_sub(1)?;
        for _ in 0..3 {
            if !self.lowercase_word_at(k) {
                return None;
            }
            if !matches!(
                self.lower(k),
                "was"
                    | "is"
                    | "at"
                    | "to"
                    | "stood"
                    | "stands"
                    | "rose"
                    | "risen"
                    | "reached"
                    | "hit"
                    | "climbed"
                    | "now"
                    | "had"
                    | "has"
            ) {
                break;
            }
            k = k.checked_sub(1)?;
        }
        (self.word_is(k, "toll") && k + 1 < start).then_some(Cow::Borrowed("death"))
    }

    /// The plural a bare count is said to be, after `were` or `are` and up to three words that
    /// qualify it, ending the clause: "Of the 400 weapons seized, 188 were semi-automatic
    /// rifles" → `rifle` (read last: a whole named before wins, "Of the 1,612 deaths, 612 were
    /// children" counts deaths), also past `of them`: "Roughly 1,100 of them were children".
    fn predicate_plural(&self, end: usize) -> Option<Cow<'a, str>> {
        // (Also past `of them` when no count before names them: "Roughly 1,100 of them were
        // children".)
        if self.word_is(end, "of") && matches!(self.lower(end + 1), "them" | "these" | "those") {
            return self.predicate_plural(end + 2);
        }
        if !(self.is_word(end) && matches!(self.lower(end), "were" | "are")) {
            return None;
        }
        let mut k = end + 1;
        let mut qualifiers = 0;
        while qualifiers <= 3 {
            if self.gap(k) == Gap::Break || !self.is_word(k) && !self.is_num(k) {
                return None;
            }
            if self.plural_at(k)
                && !lx::is_time_noun(self.lower(k))
                && !lx::names_a_measure(self.lower(k))
                && !matches!(self.lower(k), "themselves" | "ourselves" | "yourselves")
            {
                let after = self.tok(k + 1).is_none_or(|t| t.kind == Kind::Sym || t.gap == Gap::Break)
                    || matches!(self.lower(k + 1), "and" | "or" | "in" | "from" | "with");
                return after.then(|| lx::singular(self.lower(k)));
            }
            // (Past a calibre or a designation: "7.62 mm machine guns", "AK-47 rifles".)
            if let Some(e) = self.designation(k, false).filter(|&e| e > k + 1) {
                k = e;
            } else if self.is_num(k) && self.word_is(k + 1, "mm") {
                k += 2;
            } else if self.lowercase_word_at(k)
                && !lx::is_stop(self.lower(k))
                // (A participle is no qualifier: "more than 40 were prosecuted themselves".)
                && !(self.lower(k).ends_with("ed") && self.compound_end(k) == k + 1)
            {
                k = self.compound_end(k);
            } else {
                return None;
            }
            qualifiers += 1;
        }
        None
    }

    /// The noun of a whole a sentence opens with, named without its number, for the first
    /// figure after its comma: "Of those troops, about 4,000 were US Marines" → `troop`, "Of
    /// the vessels inspected, 112 carried cargo" → `vessel`.
    fn part_of_unnumbered_whole(&self, start: usize) -> Option<Cow<'a, str>> {
        let mut comma = start.checked_sub(1)?;
        if matches!(self.lower(comma), "only" | "just") {
            comma = comma.checked_sub(1)?;
        }
        if !self.sym_is(comma, ",") {
            return None;
        }
        // Back to `Of` opening the sentence, past words only.
        let of = (comma.saturating_sub(8)..comma)
            .find(|&o| self.word_is(o, "of") && self.sentence_initial(o) && self.s(o) == "Of")?;
        if !(of + 1..comma).all(|k| self.is_word(k) || self.sym_is(k, "-'’")) {
            return None;
        }
        let noun = self.whole_without_number(of)?;
        // (A measure's unit or a span of time is no whole a part counts: "Of those months, 3".)
        (!lx::names_a_measure(&noun) && !lx::is_time_noun(&noun)).then_some(noun)
    }

    /// The noun of the whole a sentence opens with, for a part that is the object of the
    /// clause after the comma: "Of the 11 incidents since 2023, investigators have formally
    /// linked only 3 to deliberate action" → `incident`, "Of the 148 missiles launched
    /// overnight, air defence intercepted 27" → `missile` (no larger than the whole, and no
    /// other number between).
    fn object_part(&self, start: usize) -> Option<Cow<'a, str>> {
        let mut k = start.checked_sub(1)?;
        if matches!(self.lower(k), "only" | "just" | "some" | "about" | "around" | "nearly" | "almost")
            && k >= 1
        {
            k -= 1;
        }
        // The clause's subject and verb: words only, back to the comma.
        let mut comma = None;
        for _ in 0..8 {
            if self.sym_is(k, ",") {
                comma = Some(k);
                break;
            }
            if !(self.lowercase_word_at(k) || self.is_word(k) || self.sym_is(k, "'’")) || self.is_num(k) {
                return None;
            }
            k = k.checked_sub(1)?;
        }
        let comma = comma?;
        // (Not the part right after the comma, which `whole_before` reads.)
        if comma + 1 >= start {
            return None;
        }
        // The sentence opens with `Of`, `the` or a possessive, and the whole's number.
        let of =
            (comma.saturating_sub(16)..comma).find(|&o| self.word_is(o, "of") && self.sentence_initial(o))?;
        let number = (of + 1..of + 5).find(|&n| self.is_num(n))?;
        if (of + 1..number).any(|w| !(self.is_word(w) || self.sym_is(w, "'’"))) {
            return None;
        }
        let part = (start..start + 2).find(|&n| self.is_num(n))?;
        if self.numeral_value(part) > self.numeral_value(number)
            || (number + 1..comma).any(|n| self.is_num(n) && !self.is_year_numeral(n))
        {
            return None;
        }
        let noun = self.noun_after(self.glued_chain(number).0, false)?;
        // (A verb of harm or custody counts people, whatever the whole: "Of the 40 villages
        // attacked, gunmen killed 12".)
        let harm = (comma + 1..start).any(|w| {
            self.is_word(w)
                && matches!(
                    self.lower(w),
                    "killed"
                        | "injured"
                        | "wounded"
                        | "abducted"
                        | "kidnapped"
                        | "arrested"
                        | "detained"
                        | "displaced"
                        | "executed"
                        | "killing"
                        | "rescued"
                        | "evacuated"
                )
        });
        if harm && !lx::is_people_plural(self.lower(noun.end - 1)) {
            return None;
        }
        (noun.plural && noun.end <= comma && counted_noun(&noun.word)).then_some(noun.word)
    }

    /// A crew or staff numbered with `of`: "for a crew of 14" → `crew`, "a staff of 40" →
    /// `staff`; a population, also in apposition ("population around 100,000") → `person`.
    fn crew_of(&self, start: usize) -> Option<Cow<'a, str>> {
        // (A population in apposition: "Zugdidi municipality, population around 100,000", "its
        // population, 4.6 million,".)
        if start >= 1 && self.word_is(start - 1, "population")
            || start >= 2 && self.sym_is(start - 1, ",") && self.word_is(start - 2, "population")
        {
            return Some(Cow::Borrowed("person"));
        }
        // (Or the subject of a value or of a change to it: "The resident population is
        // estimated at 2.95 million", "the population stood at 2.95 million", "the population
        // has grown to 3 million"; not "the population growth rate".)
        let mut k = start;
        while k > start.saturating_sub(5)
            && k >= 2
            && self.lowercase_word_at(k - 1)
            && matches!(
                self.lower(k - 1),
                "is" | "was"
                    | "are"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "had"
                    | "now"
                    | "estimated"
                    | "put"
                    | "thought"
                    | "stood"
                    | "stands"
                    | "reached"
                    | "rose"
                    | "fell"
                    | "grew"
                    | "grown"
                    | "declined"
                    | "dropped"
                    | "at"
                    | "to"
            )
        {
            k -= 1;
        }
        // (Also in apposition: "Its Tigrayan population, estimated at between 600,000 and
        // 750,000".)
        let k = if k < start && k >= 3 && self.sym_is(k - 1, ",") { k - 1 } else { k };
        if k < start && self.word_is(k - 1, "population") && !(k >= 2 && self.word_is(k - 2, "of")) {
            return Some(Cow::Borrowed("person"));
        }
        if start < 3 || !self.word_is(start - 1, "of") {
            return None;
        }
        let determiner = |k: usize| matches!(self.lower(k), "a" | "the" | "its" | "their" | "his" | "her");
        // (Also with one lowercase word between: "the analysed population of 10.6 million",
        // "a total crew of 14".)
        if !(determiner(start - 3)
            || start >= 4
                && determiner(start - 4)
                && self.lowercase_word_at(start - 3)
                && (!lx::is_stop(self.lower(start - 3)) || self.word_is(start - 3, "total")))
        {
            return None;
        }
        let noun = match self.lower(start - 2) {
            "crew" => "crew",
            "staff" => "staff",
            "personnel" => "personnel",
            // ("a population of around 48 million")
            "population" => "person",
            _ => return None,
        };
        Some(Cow::Borrowed(noun))
    }

    /// The noun of a bare count after a comma that gives an earlier count's rate per period:
    /// "fired an estimated 3,000 interceptors in the first half of 2024, roughly 500 a month"
    /// → `interceptor`.
    fn rate_of_earlier(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        // (Or after `an average of`: "2,700 violations between 27 November and 31 January, i.e.
        // an average of nearly 42 a day".)
        let average = start >= 2 && self.word_is(start - 1, "of") && self.word_is(start - 2, "average");
        if !(matches!(self.lower(end), "a" | "per" | "each" | "every")
            && self.is_word(end + 1)
            && matches!(self.lower(end + 1), "day" | "week" | "month" | "year" | "night" | "quarter")
            && start >= 1
            && (self.sym_is(start - 1, ",") || average))
        {
            return None;
        }
        // (Past the points of "i.e.", after a comma: "…, i.e. an average of nearly 42 a day".)
        let mut at = start - 1;
        if average
            && let Some(i) = (start.saturating_sub(9)..start).rev().find(|&k| {
                self.word_is(k, "i")
                    && self.sym_is(k + 1, ".")
                    && self.word_is(k + 2, "e")
                    && self.sym_is(k + 3, ".")
            })
        {
            at = i;
        }
        // (Past the days of a date: "between 27 November and 31 January".)
        let day = |k: usize| self.month_at(k + 1) || k >= 1 && self.month_at(k - 1);
        let k = self.earlier_count(at, 16, ".;:!?()", day)?;
        let noun = self.noun_after(self.count_end(k), false)?;
        (noun.plural && counted_noun(&noun.word)).then_some(noun.word)
    }

    /// The plural before `, of which` (maybe with `there are`) for a part when no number
    /// stands in the clause before it: "protection of substations, of which there are roughly
    /// 94" → `substation`, "it runs clinics, of which 12 are closed" → `clinic`.
    fn plural_of_which(&self, start: usize) -> Option<Cow<'a, str>> {
        let mut k = start.checked_sub(1)?;
        if matches!(self.lower(k), "are" | "were" | "is" | "was") && k >= 2 && self.word_is(k - 1, "there") {
            k -= 2;
        }
        if k < 4
            || !matches!(self.lower(k), "which" | "whom")
            || !self.word_is(k - 1, "of")
            || !self.sym_is(k - 2, ",")
        {
            return None;
        }
        let plural = k - 3;
        if !self.plural_at(plural) {
            return None;
        }
        // (No other count in the clause than the whole's own or a measure's: "2,400 aftershocks
        // in the first 6 days, of which 38" is read by the whole's number; "20 substations, of
        // which there are 12", "750 kV substations, of which there are 94" are the plural's.)
        let mut b = plural;
        for _ in 0..12 {
            let Some(p) = b.checked_sub(1) else { break };
            if self.sym_is(p, ".;:!?") || self.gap(b) == Gap::Break {
                break;
            }
            // (A designation's digits count nothing: "SM-2 Block IIIC interceptors".)
            let designation = p >= 2 && self.glued(p) && self.sym_is(p - 1, "-") && self.is_word(p - 2);
            if self.is_num(p)
                && p + 1 != plural
                && !designation
                && !(self.is_word(p + 1) && lx::unit_word(self.s(p + 1), false).is_some())
            {
                return None;
            }
            b = p;
        }
        // (`whom` counts people: not "in some two dozen detention facilities, of whom roughly
        // 2,000".)
        let lower = self.lower(plural);
        if self.word_is(k, "whom")
            && lx::is_countable_plural(lower)
            && !lx::is_people_plural(lower)
            && !lx::is_counted_event(lower)
        {
            return None;
        }
        let noun = lx::singular(lower);
        counted_noun(&noun).then_some(noun)
    }

    /// The noun of a bare count after a name and `with`, when an earlier count after `with` in
    /// the sentence carries it: the 141 and the 90 of "Germany led with 212 transfers,
    /// followed by Türkiye with 141 and Iran with 90".
    fn with_by_name(&self, start: usize) -> Option<Cow<'a, str>> {
        let with = start.checked_sub(1)?;
        let name = |k: usize| self.is_word(k) && self.s(k).starts_with(char::is_uppercase);
        // (Or `for`: "The United States accounted for 158 attempts, China for 68 and Russia for
        // 17".)
        let prep = self.lower(with);
        if !matches!(prep, "with" | "for") || !self.is_word(with) || with == 0 || !name(with - 1) {
            return None;
        }
        let mut at = with;
        for _ in 0..4 {
            let k = self.earlier_count(at, 16, ".;:!?()", |_| false)?;
            if k == 0 || !self.word_is(k - 1, prep) {
                return None;
            }
            match self.noun_after(self.count_end(k), false) {
                Some(noun) => return (noun.plural && counted_noun(&noun.word)).then_some(noun.word),
                // Another bare count by name: go on to the one before it.
                None if name(k.checked_sub(2)?) => at = k - 1,
                None => return None,
            }
        }
        None
    }

    /// The people a bare count after `and` and a second verb of harm or custody stands for,
    /// when the first verb's count before it counts people: "killed 168 people and injured
    /// 410" → `person`, "detained 1,450 suspected ISKP members … and killed 280" → `member`.
    fn people_of_second_verb(&self, start: usize) -> Option<Cow<'a, str>> {
        let verb = start.checked_sub(1)?;
        if verb == 0
            || !self.word_is(verb - 1, "and")
            || !self.lowercase_word_at(verb)
            || !matches!(
                self.lower(verb),
                "killed"
                    | "injured"
                    | "wounded"
                    | "detained"
                    | "arrested"
                    | "abducted"
                    | "kidnapped"
                    | "displaced"
                    | "rescued"
                    | "evacuated"
                    | "deported"
                    | "executed"
                    | "released"
                    | "freed"
                    | "captured"
                    | "hurt"
                    | "maimed"
                    | "treated"
                    | "vaccinated"
                    | "registered"
                    | "repatriated"
                    // (Or as participles: "killing 3 people and wounding 2".)
                    | "wounding"
                    | "injuring"
                    | "killing"
                    | "abducting"
                    | "kidnapping"
                    | "detaining"
                    | "arresting"
                    | "displacing"
            )
        {
            return None;
        }
        let mut k = self.earlier_count(verb - 1, 12, ".;:!?()", |_| false)?;
        // (Past a part of the first count: "killed 32 people, among them 14 soldiers, and
        // wounded more than 60" → `person`.)
        for _ in 0..2 {
            if k >= 1 && (self.word_is(k - 1, "them") || self.word_is(k - 1, "including")) {
                k = self.earlier_count(k, 12, ".;:!?()", |_| false)?;
            }
        }
        let noun = self.noun_after(self.count_end(k), false)?;
        let plural = self.lower(noun.end - 1);
        (noun.plural && lx::is_people_plural(plural)).then_some(noun.word)
    }

    /// The token after the number at `k`, what is glued to it and a magnitude written apart:
    /// where the noun a count counts would start ("3,000 interceptors", "1.2 million people").
    fn count_end(&self, k: usize) -> usize {
        let after = self.glued_chain(k).0;
        after + usize::from(self.is_word(after) && lx::magnitude_spaced(self.s(after)).is_some())
    }

    /// The nearest number before token `at` within `limit` tokens that is no year and that
    /// `passed` does not pass over: the count whose noun a later bare count in the sentence may
    /// share. `None` when one of the marks in `stops` comes first.
    fn earlier_count(
        &self,
        at: usize,
        limit: usize,
        stops: &str,
        passed: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let mut k = at;
        for _ in 0..limit {
            k = k.checked_sub(1)?;
            if self.sym_is(k, stops) {
                return None;
            }
            if self.is_num(k) && !self.is_year_numeral(k) && !passed(k) {
                return Some(k);
            }
        }
        None
    }

    /// The plural of the nearest earlier count in the sentence, for a bare count after `the`
    /// and before a participle of counting: "127,350 cases in 2024, … more than double the
    /// 58,114 recorded in 2023" → `case`.
    fn the_recorded(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        // (Or a time: "nearly double the 874 in the same period of 2023", "the 412 in 2023".)
        let in_time = || {
            self.word_is(end, "in")
                && (self.word_is(end + 1, "the")
                    && matches!(
                        self.lower(end + 2),
                        "same" | "first" | "previous" | "whole" | "corresponding"
                    )
                    || self.is_num(end + 1) && self.is_year_numeral(end + 1)
                    || self.month_at(end + 1))
        };
        if start == 0 || !self.word_is(start - 1, "the") || !self.lowercase_word_at(end) {
            return None;
        }
        if !in_time()
            && !matches!(
                self.lower(end),
                "recorded"
                    | "reported"
                    | "registered"
                    | "counted"
                    | "logged"
                    | "documented"
                    | "confirmed"
                    | "seen"
                    // ("short of the 272 needed for a majority")
                    | "needed"
                    | "required"
            )
        {
            return None;
        }
        // (Not a rate's denominator: "25.4 per 100,000 inhabitants in 2025, roughly flat on the
        // 25.7 recorded in 2024".)
        let k = self.earlier_count(start - 1, 24, ".;:!?", |k| k >= 1 && self.word_is(k - 1, "per"))?;
        let noun = self.noun_after(self.glued_chain(k).0, false)?;
        (noun.plural && counted_noun(&noun.word)).then_some(noun.word)
    }

    /// The plural of an earlier count in the sentence that a bare count followed by `more`, or
    /// after `a further` or `another`, adds to: "killed at least 3,000 people and injured 2,880
    /// more" → `person`.
    fn more_of_earlier(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        // (Not a comparison: "52 reported cases, 14 more than in January".)
        let more = self.word_is(end, "more")
            && self.gap(end) == Gap::Space
            && self.phrase_ends(end + 1)
            && !self.word_is(end + 1, "than");
        // (Or after `a further` or `another`: "28,000 containers moving from Rajin, a further
        // 6,400 crossing the rail bridge".)
        // (Also with `another` read into the figure after a hedge: "perhaps another 2,000".)
        let further = start >= 2 && self.word_is(start - 1, "further") && self.word_is(start - 2, "a")
            || start >= 1 && self.word_is(start - 1, "another")
            || self.word_is(start + 1, "another") && hedge_word(self.lower(start));
        if !more && !further {
            return None;
        }
        // (Not a count after a preposition, of where or when: "to 133,000 households in 4
        // counties, and … a further 96,000" adds households.)
        let placed = |k: usize| {
            k >= 1
                && self.is_word(k - 1)
                && matches!(self.lower(k - 1), "in" | "across" | "over" | "during" | "within" | "per" | "of")
        };
        let k = self.earlier_count(start, 16, ".;:!?()", placed)?;
        let after = self.glued_chain(k).0;
        // (Or what the subject says it numbers: "brought the number of listed vessels to 342, and
        // the UK has designated about 150 more".)
        match self.noun_after(after, false) {
            Some(noun) => (noun.plural && counted_noun(&noun.word)).then_some(noun.word),
            None => self.number_of_subject(k, after),
        }
    }

    /// The plural a bare count in brackets follows: "assassinations (29), assaults (155) and
    /// detentions (542)" (a count alone in its brackets, right after a lowercase plural).
    fn bracketed_after_plural(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        let noun = start.checked_sub(2)?;
        // (Also hedged, "kidnappings (about 40)", and after a people's plural, "Ecuadorians
        // (about 14,000), Colombians (11,500)".)
        let people = || {
            self.is_word(noun)
                && self.gap(noun) == Gap::Space
                && self.s(noun).starts_with(|c: char| c.is_ascii_uppercase())
                && self.lower(noun).strip_suffix('s').is_some_and(nationality_shaped)
        };
        (self.sym_is(start - 1, "(")
            && (self.is_num(start) || (start + 1..end).any(|k| self.is_num(k)))
            && self.glued(start)
            && self.sym_is(end, ")")
            && self.glued(end)
            && (self.lowercase_word_at(noun) && self.plural_at(noun) || people())
            && counted_noun(self.lower(noun)))
        .then(|| lx::singular(self.lower(noun)))
    }

    /// People a bare count after `and` stands for, when a count of people goes before it in the
    /// clause and a verb in the past ends its own: the 21 of "62 people are missing and 21
    /// survived" (not "40 tanks and 12 surrendered").
    fn people_after_and(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        let and = start.checked_sub(1)?;
        if !self.word_is(and, "and") || !self.lowercase_word_at(end) {
            return None;
        }
        // (Or a participle after an auxiliary, in a passive whose clause goes on: "and at least
        // 40 have been killed on duty".)
        let verb_at = match self.lower(end) {
            "have" | "has" | "had" if self.word_is(end + 1, "been") => end + 2,
            "were" | "was" => end + 1,
            _ => end,
        };
        let verb = self.lower(verb_at);
        let past = self.lowercase_word_at(verb_at)
            && (verb.len() > 3 && verb.ends_with("ed")
                || lx::is_irregular_past(verb)
                || verb_at > end
                    && matches!(
                        verb,
                        "taken" | "shot" | "beaten" | "seen" | "given" | "driven" | "stolen" | "thrown"
                    ));
        // (The verb ends the clause: "21 survived.", "21 escaped;", "21 survived, officials
        // said".)
        let ends = !self.is_word(end + 1) && !self.is_num(end + 1) || self.gap(end + 1) == Gap::Break;
        if !past || !ends && verb_at == end {
            return None;
        }
        let mut k = and;
        // (Past a comma before `and`: "2,000 technicians have been mobilised, and at least 40
        // have been killed".)
        if k >= 1 && self.sym_is(k - 1, ",") {
            k -= 1;
        }
        for _ in 0..9 {
            k = k.checked_sub(1)?;
            if self.sym_is(k, ".;:!?,()") {
                return None;
            }
            if self.is_num(k) {
                // (Past a magnitude: "More than 1.2 million people were affected and some 118
                // died".)
                let noun = self.noun_after(self.count_end(k), false)?;
                let plural = self.lower(noun.end - 1);
                return (noun.plural && lx::is_people_plural(plural)).then_some(noun.word);
            }
        }
        None
    }

    /// People a bare count is said to be, from token `end` after it: `were`, `are`, `was` or
    /// `is` and a plural of people ("2,315 were women", "about 560,000 are children"; not "300
    /// were killed").
    fn predicate_people(&self, end: usize) -> Option<Cow<'a, str>> {
        // (Or `of them` and the people: "19 of its nationals, 6 of them women".)
        let of_them = self.word_is(end, "of") && matches!(self.lower(end + 1), "them" | "whom" | "these");
        let (end, noun) = if of_them { (end + 1, end + 2) } else { (end, end + 1) };
        (self.is_word(end)
            && (of_them || matches!(self.lower(end), "were" | "are" | "was" | "is"))
            && self.lowercase_word_at(noun)
            && self.gap(noun) == Gap::Space
            && lx::is_people_plural(self.lower(noun))
            // (The plural ends the phrase: not "were children's hospitals".)
            && !(self.is_word(noun + 1) && self.gap(noun + 1) == Gap::Space && self.plural_at(noun + 1)))
        .then(|| lx::singular(self.lower(noun)))
    }

    /// The noun of a bare count listed by place after a count of that noun by place, for the
    /// number at `start` whose figure ends at token `end`: the 2,900 and the 1,200 of "7,300
    /// deaths in India, 2,900 in Pakistan and 1,200 in Bangladesh" (also past a bracket and a
    /// year: "7,300 deaths in India (95% CI 5,600–9,100), 2,900 in Pakistan").
    fn place_list_part(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        // Where: `in`, `at` or `across` and a capitalised place that is no month or day; or
        // when: `in` and a month, when every item is counted by month ("26 incidents in
        // December, 41 in January and …").
        // (Or a year: "4,500 departures in 2023 and more than 7,800 in 2024".)
        let when = |k: usize| {
            self.word_is(k, "in")
                && (self.is_word(k + 1) && lx::is_month(self.s(k + 1))
                    || self.is_num(k + 1) && self.is_year_numeral(k + 1))
        };
        let by_month = when(end);
        let place = |k: usize| {
            if by_month {
                return when(k);
            }
            self.is_word(k) && matches!(self.lower(k), "in" | "at" | "across" | "on" | "from") && {
                let the = self.word_is(k + 1, "the");
                let p = k + 1 + usize::from(the);
                self.is_word(p)
                    && (self.s(p).starts_with(|c: char| c.is_ascii_uppercase())
                        && !lx::is_month(self.s(p))
                        && !lx::is_weekday(self.lower(p))
                        // (Or a part of the country: "1,143 sentinel sites in the north and just
                        // 389 in the south".)
                        || the
                            && matches!(
                                self.lower(p),
                                "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast"
                                    | "southwest" | "centre" | "center" | "capital"
                            ))
            }
        };
        // Joined to the item before by a comma, `and` or both, maybe with `but` and `only` or
        // `just` ("96,500 grants were paid in Punjab, but only 31,200 in Balochistan").
        let joiner = |k: usize| {
            let k = if matches!(self.lower(k), "only" | "just") && k >= 1 { k - 1 } else { k };
            let k = if self.word_is(k, "but") && k >= 1 && self.sym_is(k - 1, ",") { k - 1 } else { k };
            let k = if self.word_is(k, "and") && k >= 1 && self.sym_is(k - 1, ",") { k - 1 } else { k };
            // (Or a comparison: "9 cases in 2026, compared with 25 in 2024 and 6 in 2023".)
            let compared = k >= 1
                && (matches!(self.lower(k), "with" | "to") && self.word_is(k - 1, "compared")
                    || self.is_word(k) && matches!(self.lower(k), "against" | "versus" | "vs"));
            if compared {
                let k = if matches!(self.lower(k), "with" | "to") { k - 1 } else { k };
                return Some(if k >= 1 && self.sym_is(k - 1, ",") { k - 1 } else { k });
            }
            (self.sym_is(k, ",") || self.word_is(k, "and") || self.word_is(k, "but")).then_some(k)
        };
        if !place(end) {
            return None;
        }
        // (The item's own preposition may repeat the first's: "on at least 14 occasions in Iraq
        // and on 9 in Iran".)
        let mut before = start.checked_sub(1)?;
        if before >= 1 && self.is_word(before) && matches!(self.lower(before), "on" | "for" | "with") {
            before -= 1;
        }
        let mut k = joiner(before)?;
        for _ in 0..6 {
            // The number opening the item before, within twelve tokens of the clause, past a
            // bracket and a year.
            let mut j = k;
            let mut number = None;
            for _ in 0..12 {
                j = j.checked_sub(1)?;
                if self.sym_is(j, ".;!?:") {
                    return None;
                }
                if self.sym_is(j, ")") {
                    j = (j.saturating_sub(12)..j).rev().find(|&o| self.sym_is(o, "("))?;
                    continue;
                }
                // (Past a date's day: "9 cases in 2026 up to 15 October, compared with 25".)
                let day = self.is_word(j + 1) && lx::is_month(self.s(j + 1))
                    || j >= 1 && self.is_word(j - 1) && lx::is_month(self.s(j - 1));
                if self.is_num(j) && !self.is_year_numeral(j) && !day {
                    number = Some(j);
                    break;
                }
            }
            let n = number?;
            let after = self.count_end(n);
            // Another bare item: go on to the one before it.
            if place(after) {
                k = joiner(n.checked_sub(1)?)?;
                continue;
            }
            // The first, with its noun and its place, maybe past a verb ("were paid",
            // "occurred").
            let noun = self.noun_after(after, false)?;
            let mut p = noun.end;
            if self.is_word(p) && matches!(self.lower(p), "were" | "was" | "are" | "is") {
                p += 1;
            }
            if self.lowercase_word_at(p) && {
                let w = self.lower(p);
                w.len() > 3 && w.ends_with("ed") || lx::is_irregular_past(w)
            } {
                p += 1;
            }
            // (By year or month, the first item's time may follow a place: "40 incidents in the
            // basin's mines in 2025, against 52 in 2024 and 67 in 2023".)
            if by_month && !place(p) {
                let words = |q: usize| self.is_word(q) || self.sym_is(q, "'’-") && self.glued(q);
                if let Some(q) = (p + 1..p + 8).find(|&q| when(q))
                    && (p..q).all(words)
                {
                    p = q;
                }
            }
            return (noun.plural && place(p) && counted_noun(&noun.word)).then_some(noun.word);
        }
        None
    }

    /// The noun of a part that stands before its whole, for the whole's bare number at `start`:
    /// "1,000 personnel of the 2,500 pledged", "40 officers out of 120 deployed" (a whole no
    /// smaller than the part).
    fn part_noun_before(&self, start: usize) -> Option<Cow<'a, str>> {
        let mut k = start.checked_sub(1)?;
        let the = self.word_is(k, "the");
        if the {
            k = k.checked_sub(1)?;
        }
        if !self.word_is(k, "of") {
            return None;
        }
        k = k.checked_sub(1)?;
        // (`of the` or `out of`: "52 shapes of 50,000 and 200,000 repetitions" is no part.)
        let out = self.word_is(k, "out");
        if out {
            k = k.checked_sub(1)?;
        } else if !the {
            return None;
        }
        let noun = self.lower(k);
        // (Past up to two words that qualify the noun: "40 functioning health centres out of
        // 223".)
        // (A hyphenated word is one, and `such` may open them: "212 such high-loss feeders out
        // of 1,105".)
        // (The second half of a hyphenated word: the "loss" of "high-loss".)
        let hyphenated = |w: usize| w >= 1 && self.sym_is(w - 1, "-") && self.glued(w);
        let qualifier = |w: usize| {
            (self.lowercase_word_at(w) || hyphenated(w) && self.is_word(w))
                && (!lx::is_stop(self.lower(w)) || self.word_is(w, "such"))
                || self.glued_hyphen(w)
        };
        let count = (k.saturating_sub(6)..k).rev().find(|&n| {
            self.is_num(n)
                && (n + 1..k).all(qualifier)
                && (n + 1..k).filter(|&w| self.is_word(w) && !hyphenated(w)).count() <= 3
        })?;
        if !(self.is_word(k) && self.gap(k) == Gap::Space && self.gap(count + 1) == Gap::Space) {
            return None;
        }
        let plural = lx::looks_plural(noun) && !lx::is_stop(noun) && !lx::is_s_verb(noun);
        if !(plural || lx::is_invariant_noun(noun) && !lx::is_counting_adjective(noun))
            || lx::unit_word(self.s(k), false).is_some()
            || lx::currency_word(noun).is_some()
            || lx::is_time_noun(noun)
        {
            return None;
        }
        let number = (start..start + 2).find(|&n| self.is_num(n))?;
        (self.numeral_value(count) <= self.numeral_value(number)).then(|| lx::singular(noun))
    }

    /// The noun of a count a part is among, after a comma and `among them` or `including`:
    /// "added 1,091 entities to the list, among them 118 in China", "3,400 arrests, including
    /// 212 in Kabul" (not a count larger than the whole).
    fn among_them(&self, start: usize) -> Option<Cow<'a, str>> {
        let comma = if start >= 3 && self.word_is(start - 1, "them") && self.word_is(start - 2, "among") {
            start - 3
        } else if start >= 2 && self.word_is(start - 1, "including") {
            start - 2
        } else {
            return None;
        };
        if !self.sym_is(comma, ",") {
            return None;
        }
        // (Past a bound: "including more than 510".)
        let number = (start..start + 4)
            .take_while(|&k| self.is_num(k) || self.is_word(k))
            .find(|&k| self.is_num(k))?;
        // (The nearest count of something that is no span of time, unit or place after a
        // preposition: "400 drones over 12 nights, including 3 at Kyiv", "sentenced 40 men to 10
        // years, including 3", "400 shops in 3 cities, including 2 in Kabul".)
        let (q, noun) = (comma.saturating_sub(24)..comma)
            .rev()
            .take_while(|&k| !self.sym_is(k, ".;:!?"))
            .filter(|&k| self.is_num(k) && !self.is_year_numeral(k))
            .find_map(|k| {
                let q = self.quantity(k, 0)?;
                if !(q.bare() || q.has_mag && q.unit.is_none() && q.cur.is_none() && q.pct.is_none()) {
                    return None;
                }
                // (A range's `to` is none: "2,000 to 2,500 displaced families, including about
                // 2,000".)
                let after_preposition = q.first >= 1
                    && self.is_word(q.first - 1)
                    && matches!(
                        self.lower(q.first - 1),
                        "in" | "over" | "to" | "for" | "across" | "at" | "on" | "from"
                    )
                    && !(self.word_is(q.first - 1, "to") && q.first >= 2 && self.is_num(q.first - 2));
                // (Or what a subject says it numbers: "Kidnappings … numbered 46, including 19
                // in Zamfara".)
                let noun = self
                    .noun_after(q.last, false)
                    .filter(|n| n.plural && !lx::is_time_noun(&n.word))
                    .map(|n| n.word)
                    .or_else(|| self.counted_subject(q.first, q.last))?;
                (!after_preposition).then_some((q, noun))
            })?;
        (q.value() >= self.numeral_value(number)).then_some(noun)
    }

    /// The plural a label names when a bare count follows it and a colon at the start of a
    /// line, as bulleted lists write counts: "- abductions for ransom: 112", "- armed clashes
    /// between ARSA and RSO cadres: 58, with 19 killed" (the plural before the label's first
    /// preposition, or ending it, after at most two words). At most twelve tokens, no number.
    fn label_noun(&self, start: usize) -> Option<Cow<'a, str>> {
        // (The colon may stand after emphasis closing the label: "**Districts in Phase 4**: 22".)
        let colon_at = |c: usize| self.sym_is(c, ":") && self.gap(c) != Gap::Break;
        // (Also the whole of a part after the colon: the 118 of "Districts in Phase 4: 22 of 118".)
        let colon = start.checked_sub(1).filter(|&c| colon_at(c)).or_else(|| {
            (start >= 3
                && self.word_is(start - 1, "of")
                && self.is_num(start - 2)
                && self.toks[start - 2].is_plain_whole()
                && colon_at(start - 3))
            .then(|| start - 3)
        })?;
        // (Past the year or the years counted, after a comma: "- Homicide victims, 2018–2024:
        // ~199,600".)
        let colon = if colon >= 2 && self.is_year_numeral(colon - 1) {
            let y = if colon >= 4 && self.sym_is(colon - 2, "-–") && self.is_year_numeral(colon - 3) {
                colon - 3
            } else {
                colon - 1
            };
            if y >= 1 && self.sym_is(y - 1, ",") { y - 1 } else { colon }
        } else {
            colon
        };
        let mut first = colon;
        // (A second label on the line after a semicolon: "- Schools hit: 23; clinics hit: 11".)
        let after_semicolon = |f: usize| f > 0 && self.sym_is(f - 1, ";");
        loop {
            if first == 0 || (self.line_start(first) || after_semicolon(first)) && first < colon {
                break;
            }
            let k = first - 1;
            // (A number after a capitalised word names a thing: "Districts in Phase 4: 22 of 118".)
            let named_number = self.is_num(k)
                && k >= 1
                && self.is_word(k - 1)
                && self.s(k - 1).starts_with(|c: char| c.is_ascii_uppercase())
                // (Or a year: "- Birds affected (since 2022): …", "- Layers lost in Q4 2024: …".)
                || self.is_num(k) && self.is_year_numeral(k);
            if colon - k > 12 || !(self.is_word(k) || self.sym_is(k, "()-") || named_number) {
                return None;
            }
            first = k;
        }
        if !(self.line_start(first) || after_semicolon(first)) || !self.is_word(first) || first == colon {
            return None;
        }
        let preposition = |k: usize| {
            self.is_word(k)
                && matches!(
                    self.lower(k),
                    "between"
                        | "for"
                        | "on"
                        | "of"
                        | "in"
                        | "against"
                        | "by"
                        | "from"
                        | "with"
                        | "at"
                        | "among"
                        | "involving"
                        | "to"
                        | "since"
                        | "near"
                        | "during"
                        | "across"
                )
        };
        let head =
            (first..colon).find(|&k| preposition(k + 1) || k + 1 == colon || self.sym_is(k + 1, "("))?;
        // (A place's name before the plural, capitalised, maybe hyphenated, does not count among
        // the two words: "- Bab el-Mandeb transits: 32 per day".)
        let named = head > first + 2
            && self.s(first).starts_with(|c: char| c.is_ascii_uppercase())
            && (first..head).all(|k| {
                self.is_word(k) && self.s(k).starts_with(|c: char| c.is_uppercase())
                    || self.glued_hyphen(k)
                    || self.is_word(k) && self.sym_is(k + 1, "-") && self.glued(k + 1)
            });
        // (Past a participle before the preposition: "- Schools closed by insecurity: 156",
        // "- Shutdowns tied to protests: 104".)
        let participle = |k: usize| {
            self.lowercase_word_at(k) && {
                let w = self.lower(k);
                w.len() > 3 && w.ends_with("ed") || lx::is_irregular_past(w) || w == "tied"
            }
        };
        // (Also with an adverb after the participle: "- Combat aircraft delivered worldwide:
        // about 330".)
        let head = if head > first
            && matches!(
                self.lower(head),
                "nationally" | "nationwide" | "overall" | "worldwide" | "globally" | "total"
            )
            && self.is_word(head - 1)
            && lx::looks_plural(self.lower(head - 1))
        {
            // ("- Homicides nationally: 3,412")
            head - 1
        } else if head > first + 1
            && matches!(
                self.lower(head),
                "worldwide"
                    | "globally"
                    | "nationwide"
                    | "overall"
                    | "abroad"
                    | "south"
                    | "north"
                    | "east"
                    | "west"
                    | "southwards"
                    | "northwards"
                    | "home"
                    | "back"
            )
            && participle(head - 1)
        {
            head - 1
        } else {
            head
        };
        let plural_at = |k: usize| {
            let w = self.lower(k);
            lx::looks_plural(w) || lx::is_invariant_noun(w) && !lx::is_counting_adjective(w)
        };
        let head = if head > first && participle(head) && plural_at(head - 1) { head - 1 } else { head };
        let w = self.lower(head);
        // (An acronym's plural may end the label: "- Northern Fleet SSBNs: 8".)
        let acronym_plural = lx::is_acronym_plural(self.s(head));
        let capital_inside =
            head > first && self.s(head).starts_with(|c: char| c.is_ascii_uppercase()) && !acronym_plural;
        // (At most two words qualify the plural: not "Officials said that clashes: 40".)
        // (Nor a verb in -s after a named subject: "The DRC accounts for the majority of cases:
        // 13,769".)
        let verb = lx::is_s_verb(w) && head > first && {
            let subject = self.s(head - 1);
            subject.len() >= 2 && subject.bytes().all(|b| b.is_ascii_uppercase())
                || head - 1 > first && subject.starts_with(|c: char| c.is_ascii_uppercase())
        };
        // (A people's plural in -is counts too: "- Iraqis: 16,100", "- Houthis: 40".)
        let people_in_i = self.s(head).starts_with(|c: char| c.is_ascii_uppercase())
            && !w.ends_with("sis")
            && w.strip_suffix('s').is_some_and(|stem| stem.ends_with('i') && nationality_shaped(stem));
        // (A collective noun names what it counts: "- Beira population at risk: about 530,000"
        // counts people.)
        let collective = lx::collective_count(w);
        if !self.is_word(head)
            || capital_inside
            // (A hyphenated word counts once: "- Anti-personnel mine victims: 37".)
            || (first..head).filter(|&k| self.is_word(k) && !(k > first && self.sym_is(k - 1, "-") && self.glued(k))).count() > 2
                && !named
            || !(plural_at(head) || people_in_i || collective.is_some())
            || lx::is_stop(w)
            || verb
            // (A country's name in s is no plural: "- Netherlands: 24 F-16s pledged".)
            || lx::is_country(self.s(head))
        {
            return None;
        }
        if let Some(noun) = collective {
            return Some(Cow::Borrowed(noun));
        }
        Some(lx::singular(w)).filter(|n| counted_noun(n))
    }

    /// The quantity whose number stands within three tokens of `end`, where a phrase of
    /// [`PREFIXES`] ends: what a bound before it would bound.
    fn quantity_after(&self, end: usize) -> Option<Qty> {
        (end..end + 3).find(|&n| self.is_num(n)).and_then(|n| self.quantity(n, end))
    }

    /// Whether `q` is a bare count of a plural after it: what a verb such as `passed` or
    /// `went past` passed, counted ("passed 12 bills", "went past 3 checkpoints").
    fn counts_plural(&self, q: &Qty) -> bool {
        q.pct.is_none()
            && q.cur.is_none()
            && q.unit.is_none()
            && self.noun_after(q.last, false).is_some_and(|n| n.plural)
    }

    /// Whether `past` or `beyond` at `s` (its quantity's number at or after `end`) is a lower bound: after
    /// a verb of moving, "the toll rose past 10,000" (not before what was passed, counted:
    /// "went past 3 checkpoints"), or after a verb of pushing and its object, "push annual
    /// deaths past 1,500", "took the total past $2 billion".
    fn past_is_bound(&self, s: usize, end: usize) -> bool {
        // (`beyond` a distance is further than it: "Fishing fleets operate beyond 200 nautical
        // miles".)
        // (Not after a negation: "did not extend beyond 100 metres" stays exact.)
        // (So is `beyond` a span of time: "compensation delayed beyond 6 months".)
        if self.word_is(s, "beyond")
            && self.quantity_after(end).is_some_and(|q| {
                matches!(q.unit, Some("km" | "nmi" | "mi" | "m")) && q.pct.is_none()
                    // (Not opening a sentence, where it may mean besides: "Beyond 3 months of
                    // rations, they had nothing".)
                    || q.bare()
                        && self.s(s) == "beyond"
                        && self.gap(q.last) == Gap::Space
                        && lx::is_time_noun(self.lower(q.last))
            })
            && !(s.saturating_sub(3)..s)
                .any(|k| matches!(self.lower(k), "not" | "never" | "t" | "cannot" | "nor" | "none"))
        {
            return true;
        }
        let mut k = s;
        while k > 0
            && self.is_word(k - 1)
            && matches!(
                self.lower(k - 1),
                "well" | "just" | "far" | "comfortably" | "already" | "quickly" | "briefly"
            )
        {
            k -= 1;
        }
        let Some(k) = k.checked_sub(1) else { return false };
        let moving = |w: &str| {
            matches!(
                w,
                "rose"
                    | "risen"
                    | "rise"
                    | "rises"
                    | "rising"
                    | "climbed"
                    | "climb"
                    | "climbs"
                    | "climbing"
                    // ("the premium widens past 60%")
                    | "widens"
                    | "widened"
                    | "widening"
                    | "widen"
                    | "surged"
                    | "surge"
                    | "surging"
                    | "soared"
                    | "soaring"
                    | "jumped"
                    | "shot"
                    | "edged"
                    | "crept"
                    | "creeping"
                    | "inched"
                    | "ticked"
                    | "spiked"
                    | "swelled"
                    | "grew"
                    | "grown"
                    | "growing"
                    | "grows"
                    | "grow"
                    | "moved"
                    | "went"
                    | "gone"
                    | "going"
                    | "crawled"
                    | "raced"
                    | "slide"
                    | "slid"
                    | "slides"
                    | "sliding"
            )
        };
        let pushing = |w: &str| {
            matches!(
                w,
                "push"
                    | "pushed"
                    | "pushes"
                    | "pushing"
                    | "take"
                    | "took"
                    | "taken"
                    | "takes"
                    | "taking"
                    | "drive"
                    | "drove"
                    | "driven"
                    | "drives"
                    | "driving"
                    | "send"
                    | "sent"
                    | "sends"
                    | "sending"
                    | "tip"
                    | "tipped"
                    | "tips"
                    | "tipping"
                    | "lift"
                    | "lifted"
                    | "lifts"
                    | "lifting"
                    | "carry"
                    | "carried"
                    | "carries"
                    | "bring"
                    | "brought"
                    | "brings"
            )
        };
        if self.is_word(k) && (moving(self.lower(k)) || pushing(self.lower(k))) {
            return !self.quantity_after(end).is_some_and(|q| self.counts_plural(&q));
        }
        // (The object: words only, up to six.)
        let mut j = k;
        for _ in 0..6 {
            if !self.is_word(j) || self.gap(j + 1) == Gap::Break {
                return false;
            }
            if pushing(self.lower(j)) {
                return true;
            }
            let Some(p) = j.checked_sub(1) else { return false };
            j = p;
        }
        false
    }

    /// The noun of a plural subject right before a verb of change and `from`, or `averaged`:
    /// "gang shootings fell from 391 in 2022 to 296", "attacks averaged 4.7 per 100,000
    /// subscribers". Not a plural that is measured rather than counted ("prices rose from 40 to
    /// 55").
    fn change_subject(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        // A plural before a verb in the past that bounds it: "Cholera cases topped 4,000",
        // "passed 2,000" → `case` (or nears it: "Deaths approached 1,000").
        // (Also past an adverb: "Daily arrivals regularly exceeded 2,500".)
        if start >= 1
            && self.lowercase_word_at(start)
            && matches!(
                self.lower(start),
                "topped" | "exceeded" | "surpassed" | "passed" | "crossed" | "approached" | "neared"
            )
            && self.gap(start) == Gap::Space
        {
            let adverb =
                start >= 2 && self.lowercase_word_at(start - 1) && self.lower(start - 1).ends_with("ly");
            let subject = start - 1 - usize::from(adverb);
            if self.plural_at(subject) && lx::is_countable_plural(self.lower(subject)) {
                return Some(lx::singular(self.lower(subject)));
            }
        }
        // Or before staying past it: "clashes stay below 10 a month" → `clash`.
        if start >= 2
            && matches!(self.lower(start), "above" | "below" | "under")
            && matches!(
                self.lower(start - 1),
                "stay" | "stays" | "stayed" | "remain" | "remains" | "remained"
            )
            && self.plural_at(start - 2)
            && self.lowercase_word_at(start - 2)
            && lx::is_countable_plural(self.lower(start - 2))
        {
            return Some(lx::singular(self.lower(start - 2)));
        }
        // Or right before a bound on it: "the plan assumes casualties above 2,000", "kept
        // arrests below 50" → `casualty`, `arrest`.
        if start >= 1
            && matches!(self.lower(start), "above" | "below")
            && self.gap(start) == Gap::Space
            && self.plural_at(start - 1)
            && lx::is_countable_plural(self.lower(start - 1))
        {
            return Some(lx::singular(self.lower(start - 1)));
        }
        // A plural before a present participle that bounds it: "with reported fatalities
        // exceeding 3,900" → `fatality`.
        if start >= 1
            && self.lowercase_word_at(start)
            && matches!(self.lower(start), "exceeding" | "surpassing" | "topping" | "nearing" | "approaching")
            && self.gap(start) == Gap::Space
            && self.plural_at(start - 1)
            && lx::is_countable_plural(self.lower(start - 1))
        {
            return Some(lx::singular(self.lower(start - 1)));
        }
        // A plural and the level it holds at, without a verb, as notes write it: "personnel
        // stable at 5,000–6,000", "crossings steady at 1,200".
        if start >= 3
            && self.word_is(start - 1, "at")
            && matches!(self.lower(start - 2), "stable" | "steady" | "unchanged" | "flat")
            && self.lowercase_word_at(start - 3)
            && {
                let w = self.lower(start - 3);
                lx::is_countable_plural(w) || lx::is_invariant_noun(w) && !lx::is_counting_adjective(w)
            }
        {
            return Some(lx::singular(self.lower(start - 3)));
        }
        // The plural an estimate puts at the level, or that a change brings to it: "The tally
        // puts deaths at 260", "officials put cumulative losses at more than 4,000", "bringing
        // total deployments to approximately 14,000".
        if start >= 3
            && (self.word_is(start - 1, "at") || self.word_is(start - 1, "to"))
            && self.lowercase_word_at(start - 2)
            && self.plural_at(start - 2)
            && lx::is_countable_plural(self.lower(start - 2))
        {
            let at = self.word_is(start - 1, "at");
            let verb = (start.saturating_sub(6)..start - 2).rev().find(|&k| {
                self.lowercase_word_at(k)
                    && if at {
                        matches!(
                            self.lower(k),
                            "put"
                                | "puts"
                                | "putting"
                                | "estimate"
                                | "estimates"
                                | "estimated"
                                | "place"
                                | "places"
                                | "placed"
                                | "placing"
                        )
                    } else {
                        matches!(
                            self.lower(k),
                            "bringing"
                                | "brought"
                                | "bring"
                                | "brings"
                                | "taking"
                                | "took"
                                // ("the war pushed intentional homicides to 1,612")
                                | "pushed"
                                | "pushing"
                                | "pushes"
                                | "push"
                                | "drove"
                                | "driving"
                                | "driven"
                        )
                    }
            });
            if let Some(v) = verb
                && (v + 1..start - 2).all(|k| {
                    self.lowercase_word_at(k) && !self.plural_at(k) && !lx::is_stop(self.lower(k))
                        || matches!(
                            self.lower(k),
                            "the" | "its" | "their" | "total" | "cumulative" | "overall"
                        )
                })
            {
                return Some(lx::singular(self.lower(start - 2)));
            }
        }
        // People named by the whole they form or the ceiling set on them: "a population of 424
        // million", "before a crowd of some 300", "a city of 3 million", "a troop ceiling of
        // 17,000", "a police ceiling of 2,101".
        if start >= 2 && self.word_is(start - 1, "of") && self.lowercase_word_at(start - 2) {
            match self.lower(start - 2) {
                "population" | "crowd" => return Some(Cow::Borrowed("person")),
                // (A body by its members: "a workforce of 2,500", "a membership of 40,000".)
                w @ ("workforce" | "payroll" | "membership") => {
                    return lx::collective_count(w).map(Cow::Borrowed);
                }
                // (A place by its people: "a city of 3 million", "Sudan, a country of 48
                // million"; not "the city of 12" in a list; so is a family: "a family of 12", "a
                // household of 6".)
                "city" | "town" | "country" | "nation" | "metropolis" | "capital" | "province"
                | "village" | "family" | "household"
                    if start >= 3 && matches!(self.lower(start - 3), "a" | "an") =>
                {
                    return Some(Cow::Borrowed("person"));
                }
                "ceiling" | "cap" | "quota" | "strength"
                    if start >= 3
                        && self.lowercase_word_at(start - 3)
                        && matches!(
                            self.lower(start - 3),
                            "troop" | "police" | "personnel" | "staff" | "refugee"
                        ) =>
                {
                    return Some(lx::singular(self.lower(start - 3)));
                }
                _ => {}
            }
        }
        // The plural a verb changes, before `from`: "Washington reduced troops there from 8,350
        // to 4,500", "the ministry cut its checkpoints from 40 to 12".
        if start >= 3 && self.word_is(start - 1, "from") {
            let mut k = start - 2;
            if matches!(self.lower(k), "there" | "here" | "overall" | "nationwide") {
                k -= 1;
            }
            if k >= 1
                && self.lowercase_word_at(k)
                && self.plural_at(k)
                && lx::is_countable_plural(self.lower(k))
            {
                let mut v = k - 1;
                if v >= 1 && matches!(self.lower(v), "its" | "their" | "the") {
                    v -= 1;
                }
                if self.lowercase_word_at(v)
                    && matches!(
                        self.lower(v),
                        "reduced"
                            | "cut"
                            | "increased"
                            | "raised"
                            | "lowered"
                            | "boosted"
                            | "expanded"
                            | "doubled"
                            | "trimmed"
                            | "slashed"
                            | "halved"
                            | "tripled"
                    )
                {
                    return Some(lx::singular(self.lower(k)));
                }
            }
        }
        // A plural expected to stay past a level: "We expect executions to remain above 800".
        if start >= 3
            && matches!(self.lower(start), "above" | "below" | "under" | "over")
            && matches!(self.lower(start - 1), "remain" | "stay")
            && self.word_is(start - 2, "to")
            && self.lowercase_word_at(start - 3)
            && self.plural_at(start - 3)
            && lx::is_countable_plural(self.lower(start - 3))
        {
            return Some(lx::singular(self.lower(start - 3)));
        }
        // And the base form after `to` and its plural: "We expect departures to exceed 5,000".
        if start >= 2
            && self.lowercase_word_at(start)
            && matches!(self.lower(start), "exceed" | "surpass" | "top")
            && self.word_is(start - 1, "to")
            && self.plural_at(start - 2)
            && lx::is_countable_plural(self.lower(start - 2))
        {
            return Some(lx::singular(self.lower(start - 2)));
        }
        // (Not a multiplier: "rose from 3 times"; nor a size: "Flights averaged 14 in length".)
        if start < 2
            || self.word_is(end, "times")
            || self.word_is(end, "in")
                && self.is_word(end + 1)
                && matches!(
                    self.lower(end + 1),
                    "length" | "duration" | "size" | "height" | "weight" | "depth" | "width" | "diameter"
                )
        {
            return None;
        }
        // (Also the level reached or the change: "casualties rose to 152", "Deaths rose by
        // 340".)
        // (And past an average or a peak the change started from: "Weekly transits dropped from
        // an average of 72".)
        let mut verb = if start >= 5 && self.after_a_level(start) {
            start - 5
        } else {
            (start - 1).checked_sub(usize::from(
                self.is_word(start - 1) && matches!(self.lower(start - 1), "from" | "to" | "by" | "at"),
            ))?
        };
        // (Past the adjective of where it stayed: "deaths remained high at 207".)
        if verb >= 1 && stays_at(self.lower(verb)) && stayed_at(self.lower(verb - 1)) {
            verb -= 1;
        }
        // (Past an adverb of how far: "homicides fell slightly to 13,341".)
        if verb >= 1
            && verb + 2 == start
            && matches!(
                self.lower(verb),
                "slightly"
                    | "sharply"
                    | "steeply"
                    | "marginally"
                    | "further"
                    | "again"
                    | "steadily"
                    | "modestly"
            )
            && self.lowercase_word_at(verb - 1)
            && lx::is_change_verb(self.lower(verb - 1))
        {
            verb -= 1;
        }
        // (Or the band it stays in: "monthly incursions will stay between 250 and 350".)
        let band = start >= 3
            && self.word_is(start - 1, "between")
            && matches!(
                self.lower(start - 2),
                "stay"
                    | "stays"
                    | "stayed"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "hover"
                    | "hovers"
                    | "hovered"
            );
        // (Or the range it ran over: "Fatalities attributed to those clashes ranged from 1,900
        // to 2,300".)
        let ranged = |v: usize| matches!(self.lower(v), "ranged" | "range" | "ranges" | "ranging");
        let ran_over = if start >= 2 && matches!(self.lower(start), "from" | "between") && ranged(start - 1) {
            Some(start - 1)
        } else if start >= 3 && matches!(self.lower(start - 1), "from" | "between") && ranged(start - 2) {
            Some(start - 2)
        } else {
            None
        };
        let band = band || ran_over.is_some();
        if let Some(v) = ran_over {
            verb = v;
        } else if band {
            verb = start - 2;
        }
        // `are likely to`, `are unlikely to`, `are expected to` before token `v`, a plural
        // before them.
        fn likely_at(p: &Parser<'_>, v: usize) -> bool {
            v >= 4
                && p.word_is(v - 1, "to")
                && matches!(p.lower(v - 2), "likely" | "unlikely" | "expected" | "projected" | "set" | "due")
                && matches!(p.lower(v - 3), "are" | "were" | "remain")
                && p.plural_at(v - 4)
        }
        let likely = |v: usize| likely_at(self, v);
        // (Also the present participle after its subject, "with shipments rising from 12 to 47",
        // and the base form after a modal, "overdose deaths will fall below 90,000".)
        let past = |w: &str| {
            w.ends_with("ed")
                || matches!(w, "fell" | "rose" | "grew" | "risen" | "fallen" | "grown")
                || w.ends_with("ing") && verb >= 1 && self.plural_at(verb - 1)
                || verb >= 1 && self.is_word(verb - 1) && lx::is_modal(self.lower(verb - 1))
                // (Or after `to` and its subject: "we expect weekly cholera cases to fall below
                // 5,000".)
                || verb >= 2 && self.word_is(verb - 1, "to") && self.plural_at(verb - 2)
                // (Or a forecast: "Attacks are unlikely to fall below 60 a month".)
                || likely(verb)
                // (Or seen to change: "Culiacán saw homicides rise from 563 to 1,165".)
                || verb >= 2
                    && self.plural_at(verb - 1)
                    && matches!(self.lower(verb - 2), "saw" | "see" | "sees" | "seen" | "seeing")
        };
        // (Or the level a count reached: "Reported cases reached 359,521", "Weekly
        // notifications peaked at 2,140".)
        // (Or where it stayed: "deaths remained high at 207", "Arrivals stood at 1,400".)
        // (Also the base form after a modal: "Kidnapping incidents will remain at 90-110 per
        // month".)
        let plural_word =
            |k: usize| self.is_word(k) && lx::looks_plural(self.lower(k)) && !lx::is_stop(self.lower(k));
        let stayed = |k: usize| {
            (k + 2 == start && self.word_is(k + 1, "at")
                || k + 3 == start && self.word_is(k + 2, "at") && stays_at(self.lower(k + 1)))
                && k >= 1
                && (stayed_at(self.lower(k)) && plural_word(k - 1)
                    || matches!(self.lower(k), "remain" | "stay" | "hold" | "hover")
                        && k >= 2
                        && self.is_word(k - 1)
                        && lx::is_modal(self.lower(k - 1))
                        && plural_word(k - 2))
        };
        let reached = |k: usize| {
            stayed(k)
                || matches!(self.lower(k), "reached" | "hit" | "topped") && k + 1 == start
                || matches!(self.lower(k), "peaked" | "peaking")
                    && k + 2 == start
                    && self.word_is(k + 1, "at")
                    && (self.word_is(k, "peaked") || k >= 1 && self.plural_at(k - 1))
        };
        if !(self.lowercase_word_at(verb)
            && (lx::is_change_verb(self.lower(verb))
                && past(self.lower(verb))
                && (verb + 1 < start
                    // (A bound after the verb: "deaths will fall below 90,000".)
                    || matches!(self.lower(start), "below" | "above" | "under" | "past" | "beyond"))
                && !self.word_is(verb + 1, "at")
                || self.word_is(verb, "averaged") && verb + 1 == start
                // ("claims averaging some 60 a month")
                || self.word_is(verb, "averaging") && verb + 1 == start && verb >= 1 && self.plural_at(verb - 1)
                || reached(verb)
                || band))
        {
            return None;
        }
        // (Past a place: "shootings in Malmö fell from 39 to 29".)
        let mut k = verb.checked_sub(1)?;
        // (Past an adverb: "Monthly strikes in Mali have since averaged 9 to 12", "Confirmed
        // cases there rose from 172 to 1,132".)
        if k >= 1
            && self.lowercase_word_at(k)
            && matches!(self.lower(k), "since" | "now" | "already" | "also" | "still" | "there" | "here")
        {
            k -= 1;
        }
        // (Past an auxiliary: "detections have risen from 41 to 312", or a modal: "deaths will
        // fall below 90,000".)
        if k >= 1
            && self.is_word(k)
            && (matches!(self.lower(k), "have" | "has" | "had") || lx::is_modal(self.lower(k)))
            || k >= 1 && self.word_is(k, "to") && self.plural_at(k - 1)
        {
            k -= 1;
        } else if likely(verb) && k + 1 == verb {
            k -= 3;
        }
        // (Numbers of what a noun before them names: "troop numbers rose from 400 to 1,200",
        // "truck numbers fell from 80 to 20".)
        if k >= 1
            && matches!(self.lower(k), "numbers" | "counts")
            && self.lowercase_word_at(k - 1)
            && !lx::is_stop(self.lower(k - 1))
            && !lx::looks_plural(self.lower(k - 1))
            && lx::is_countable_plural(&format!("{}s", self.lower(k - 1)))
        {
            return Some(Cow::Borrowed(self.lower(k - 1)));
        }
        if k >= 2
            && self.is_word(k)
            && self.s(k).starts_with(|c: char| c.is_ascii_uppercase())
            && (matches!(self.lower(k - 1), "in" | "at" | "across")
                // (Or where they went: "Deportations to Venezuela reached 8,300"; not past who
                // counted them, below: "incidents reported to HHS rose".)
                || self.word_is(k - 1, "to") && !self.lower(k - 2).ends_with("ed"))
        {
            k -= 2;
        }
        // (Past a participle naming who counted: "hacking incidents reported to HHS rose from
        // 366 to 725", "attacks recorded by ACLED fell from".)
        if k >= 3
            && self.is_word(k)
            && self.s(k).starts_with(|c: char| c.is_ascii_uppercase())
            && matches!(self.lower(k - 1), "to" | "by")
            && self.lowercase_word_at(k - 2)
            && self.lower(k - 2).ends_with("ed")
        {
            k -= 3;
        }
        // (Past a relative pronoun between commas: "Monthly crossings, which averaged some
        // 25,000".)
        if k >= 2 && self.word_is(k, "which") && self.sym_is(k - 1, ",") {
            k -= 2;
        }
        // (The object of a preposition is no subject: "Fatalities in those attacks rose from
        // 1,012 to 1,538".)
        let preposition = |j: usize| {
            self.is_word(j)
                && matches!(
                    self.lower(j),
                    "in" | "of"
                        | "on"
                        | "at"
                        | "by"
                        | "for"
                        | "from"
                        | "with"
                        | "among"
                        | "against"
                        | "to"
                        | "into"
                        | "around"
                        | "near"
                        | "over"
                        | "across"
                        | "along"
                        | "through"
                        | "inside"
                        | "outside"
                        | "off"
                )
        };
        // (The subject is the noun before such a phrase, one or two: "Apprehensions on the
        // south-west border fell from", "attacks on aid workers in the north rose from". The
        // phrase is words only, hyphenated ones too, at most four after the preposition.)
        for _ in 0..2 {
            let mut j = k;
            let mut words = 0;
            let found = loop {
                if j < 2 || self.gap(j) == Gap::Break {
                    break false;
                }
                if self.glued_hyphen(j - 1) {
                    j -= 2;
                    continue;
                }
                j -= 1;
                words += 1;
                // (Or a participle opening the phrase: "Deaths mentioning a nitazene rose from
                // 42".)
                if preposition(j)
                    || words > 1
                        && self.lowercase_word_at(j)
                        && self.lower(j).len() > 5
                        && self.lower(j).ends_with("ing")
                {
                    break true;
                }
                // (Not across into the clause before: "We judge with moderate confidence that
                // overdose deaths will fall below 90,000".)
                if words > 4
                    || !self.is_word(j)
                    || matches!(self.lower(j), "that" | "which" | "who" | "whom" | "whose" | "when" | "where")
                {
                    break false;
                }
            };
            if !found || !self.is_word(j - 1) || self.gap(j) == Gap::Break {
                break;
            }
            k = j - 1;
            // (Past a participle before the phrase: "Civilian deaths attributed to the VDP and
            // army rose from 762", also opening the sentence: "Homicides linked to extortion
            // rose from 17".)
            if k >= 1
                && self.lowercase_word_at(k)
                && self.lower(k).len() > 4
                && self.lower(k).ends_with("ed")
                && (self.plural_at(k - 1)
                    || self.is_word(k - 1)
                        && self.sentence_initial(k - 1)
                        && lx::is_countable_plural(self.lower(k - 1)))
            {
                k -= 1;
                break;
            }
        }
        let w = self.lower(k);
        // (But `with` and a participle: "with shipments rising from 12 to 47".)
        // (Also past an adjective: "with daily launches peaking at around 340".)
        let absolute = self.lower(verb).ends_with("ing")
            && (k >= 1 && self.word_is(k - 1, "with")
                || k >= 2 && self.word_is(k - 2, "with") && self.lowercase_word_at(k - 1));
        if !absolute
            && (k >= 1 && preposition(k - 1) || k >= 2 && preposition(k - 2) && !self.sym_is(k - 1, ","))
        {
            return None;
        }
        // (Capitalised only opening the sentence: "Attacks averaged 4.7".)
        let subject = self.lowercase_word_at(k) && self.gap(k) == Gap::Space
            || self.is_word(k) && self.sentence_initial(k);
        // (A word that may be a verb in -s is the subject here, before the verb: "Attacks
        // averaged". Only what is counted, events and people, not what is measured or sized:
        // "Growth forecasts fell from 3.1 to 2.4", "Both armies grew from 40,000 to 60,000",
        // "Households averaged 6.2"; after `averaged` events only.)
        // (A collective noun counts its members: "Headcount fell from about 213,000 to 198,500",
        // "the resident population fell from 11.1 million to 9.7m" → `person`, "Somair's
        // payroll fell from 1,720" → `worker`.)
        let collective = lx::collective_count(w);
        if subject && let Some(noun) = collective {
            return Some(Cow::Borrowed(noun));
        }
        let counted = lx::is_counted_event(w) || !self.word_is(verb, "averaged") && lx::is_people_plural(w);
        (subject && counted).then(|| lx::singular(w)).filter(|n| counted_noun(n))
    }

    /// The plural a bare count counts when the clause's subject is "the number of" it, before
    /// a verb and at most eight more words with no number or punctuation: "The number of
    /// turbines fell from 16 to 13", "the number of IR-6 cascades installed rose to 8".
    fn number_of_subject(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        // (Not a multiplier: "was 3 times higher".)
        if self.word_is(end, "times") {
            return None;
        }
        // ("The count of detainees", "the tally of deaths".)
        let tally = |k: usize| self.is_word(k) && matches!(self.lower(k), "number" | "count" | "tally");
        let mut k = start;
        let mut places_at = None;
        for _ in 0..12 {
            k = k.checked_sub(1)?;
            if tally(k) {
                break;
            }
            // (Not across into another clause: "The number of checkpoints fell while tolls rose
            // to 12", "rose and 40 were arrested"; but `and` joins two places: "The number of IDP
            // sites in Hinche and Mirebalais rose from 38 to 87".)
            let capital =
                |j: usize| self.is_word(j) && self.s(j).starts_with(|c: char| c.is_ascii_uppercase());
            let places = self.word_is(k, "and") && k >= 1 && capital(k - 1) && capital(k + 1);
            if places {
                places_at = Some(k);
            }
            if !places
                && self.is_word(k)
                && matches!(
                    self.lower(k),
                    "while"
                        | "as"
                        | "when"
                        | "and"
                        | "but"
                        | "whereas"
                        | "after"
                        | "before"
                        | "since"
                        | "because"
                        | "than"
                )
            {
                return None;
            }
            // (A designation's digits go with it: "IR-6".)
            let designation = self.glued(k) && (self.sym_is(k, "-") || self.is_num(k));
            if !(self.is_word(k) || designation) || self.gap(k) == Gap::Break {
                return None;
            }
        }
        if !(tally(k) && k >= 1 && self.word_is(k - 1, "the") && self.word_is(k + 1, "of")) {
            return None;
        }
        // (No verb before the places' `and`: "The number of airstrikes fell in Idlib and Russia
        // killed 12" holds two clauses.)
        if let Some(and) = places_at
            && (k + 2..and).any(|w| {
                self.lowercase_word_at(w) && {
                    let l = self.lower(w);
                    lx::is_change_verb(l) || l.ends_with("ed") || lx::is_irregular_past(l)
                }
            })
        {
            return None;
        }
        // The plural after `of`, past up to three words that qualify it ("IR-6", "armed",
        // "registered income-tax"; a word joined by hyphens is one), and no further than a
        // word that ends a noun phrase ("the number of staff in the camps" names no camps).
        let mut words = 0;
        for w in k + 2..start {
            if self.glued(w) && !self.is_num(w) && !self.is_word(w)
                || self.glued(w) && self.sym_is(w - 1, "-")
            {
                continue;
            }
            if !self.is_word(w) && !self.is_num(w) || lx::is_stop(self.lower(w)) {
                return None;
            }
            if self.gap(w) == Gap::Space && self.plural_at(w) && !self.sym_is(w + 1, "-") {
                return Some(lx::singular(self.lower(w))).filter(|n| counted_noun(n));
            }
            words += 1;
            if words == 4 {
                return None;
            }
        }
        None
    }

    /// The number of a whole after `of` at token `k`, maybe behind a determiner and a possessive
    /// ("of 543", "of the 140", "of the country's 64", "of its 12", "of Gaza's 36").
    fn whole_after_of(&self, k: usize) -> Option<usize> {
        if !self.word_is(k, "of") {
            return None;
        }
        let mut n = k + 1;
        if matches!(self.lower(n), "the" | "its" | "their" | "our" | "his" | "her" | "these" | "those")
            && self.is_word(n)
        {
            n += 1;
            if self.is_word(n) && self.sym_is(n + 1, "'’") && self.glued(n + 1) && self.word_is(n + 2, "s")
            {
                n += 3;
            }
            // "5 of the last 6 elections", "412 of the planned 540 households"
            if self.is_word(n)
                && (matches!(
                    self.lower(n),
                    "last" | "first" | "next" | "past" | "remaining" | "previous" | "total"
                ) || self.lower(n).ends_with("ed") && self.lower(n).len() > 4)
            {
                n += 1;
            }
        } else if let Some(name_end) = (n..n + 3)
            .take_while(|&w| self.is_word(w) && self.s(w).starts_with(|c: char| c.is_ascii_uppercase()))
            .last()
            .map(|w| w + 1)
            && self.sym_is(name_end, "'’")
            && self.glued(name_end)
            && self.word_is(name_end + 1, "s")
            && self.glued(name_end + 1)
        {
            // "19 of Gaza's 36 hospitals", "5 of North Kivu's 6 territories"
            n = name_end + 2;
        } else if self.word_is(n, "an") && self.word_is(n + 1, "estimated") {
            // "60 of an estimated 200 sites"
            n += 2;
        } else if self.word_is(n, "a")
            && self.lowercase_word_at(n + 1)
            && matches!(self.lower(n + 1), "planned" | "projected" | "targeted" | "total" | "possible")
        {
            // "2,400 of a planned 12,000 plots", "12 of a possible 15 points"
            n += 2;
        }
        // "60 of the roughly 200 sites", "40 of some 90 boats"
        if self.is_word(n)
            && matches!(
                self.lower(n),
                "roughly" | "about" | "around" | "some" | "approximately" | "nearly" | "almost" | "perhaps"
            )
        {
            n += 1;
        }
        (self.is_num(n) && self.gap(n) == Gap::Space).then_some(n)
    }

    /// A word before token `at` (maybe behind "of") after which two numbers joined by "to" are
    /// a ratio, a vote or a score: "a ratio of", "odds of", "voted", "outnumbered".
    fn ratio_word_before(&self, at: usize) -> bool {
        let Some(mut k) = at.checked_sub(1) else { return false };
        if self.word_is(k, "of") {
            let Some(before) = k.checked_sub(1) else { return false };
            k = before;
        }
        self.ratio_word_at(k) || self.is_word(k) && lx::is_contest_word(self.lower(k))
    }

    /// A verb of a vote a few words before token `at` in the same sentence, its object between
    /// ("passed the bill 153-10", "extended the mandate 12 to 3", "adopted resolution ES-11/1
    /// by 141-5").
    fn vote_verb_near(&self, at: usize) -> bool {
        self.word_shortly_before(at, 8, |k| self.ratio_word_at(k) || lx::is_vote_verb(self.lower(k)))
    }

    /// Token `k` is a word after which two numbers are a ratio, a vote or a score.
    fn ratio_word_at(&self, k: usize) -> bool {
        self.is_word(k)
            && matches!(
                self.lower(k),
                "ratio"
                    | "odds"
                    | "margin"
                    | "vote"
                    | "votes"
                    | "score"
                    | "tally"
                    | "voted"
                    | "passed"
                    | "adopted"
                    | "approved"
                    | "rejected"
                    | "carried"
                    | "outnumbered"
                    | "outnumber"
                    | "outnumbers"
                    | "outnumbering"
            )
    }

    /// A bare count with a magnitude shortly after a sum in the same sentence is a sum in the
    /// same currency: "13.5 trillion roubles, up from 10.8 trillion in 2024 and roughly 6.4
    /// trillion in 2023", "13.49 trillion roubles in 2025, falling to 12.8 trillion in 2026",
    /// "from about 2.5 trillion roubles in 2022 to between 4 and 5 trillion" (a count of
    /// millions names what it counts: "1.4 billion people"). Not where a count of millions
    /// with its noun comes just before the sum, which the bare count may stand beside: "to
    /// reach 17.3 million people, down from $4.62bn and 23.7 million"; nor after letters that
    /// name another unit: "about UA 5 million". `previous` ends before token `end`; `figure`
    /// spans tokens `at..after`.
    fn sum_of_previous(
        &self,
        previous: &Figure,
        earlier: Option<&Figure>,
        figure: &mut Figure,
        end: usize,
        (at, after): (usize, usize),
    ) {
        if previous.kind != FigureKind::Money
            || figure.kind != FigureKind::Count
            || figure.unit.is_some()
            || at < end
            || at > end + 12
            || !previous.low.or(previous.high).is_some_and(|v| v.abs() >= 1e6)
            || (end..at)
                .any(|k| self.sym_is(k, ".;:!?()") || self.tok(k).is_some_and(|t| t.gap == Gap::Break))
        {
            return;
        }
        let counted_before = earlier.is_some_and(|e| {
            e.kind == FigureKind::Count
                && e.unit.is_some()
                && e.low.or(e.high).is_some_and(|v| v >= 1e6)
                && !self
                    .text
                    .get(e.span.end..previous.span.start)
                    .unwrap_or(".")
                    .contains(['.', ';', '!', '?'])
        });
        let letters_before = at >= 1
            && self.is_word(at - 1)
            && (1..=3).contains(&self.s(at - 1).len())
            && self.s(at - 1).bytes().all(|b| b.is_ascii_uppercase());
        // (Nor past masked text, math or code, which may hold another currency's sign: "$50m.
        // The fund disbursed R$ 1.2 billion", which pandoc reads as math.)
        let masked =
            self.text.get(previous.span.end..figure.span.start).is_none_or(|gap| gap.contains("   "));
        if counted_before || letters_before || masked {
            return;
        }
        let magnitude = (at..after).any(|k| {
            self.is_word(k)
                && lx::magnitude_spaced(self.s(k)).is_some_and(|e| e >= 6)
                && !(self.glued(k) && self.s(k) == "m")
        });
        if magnitude {
            figure.kind = FigureKind::Money;
            figure.unit = previous.unit.clone();
        }
    }

    /// The two ends of a change in price, one quoted per a unit of a good, are both quoted
    /// so (and of a change in a measure's rate): "softened from $90 to $78 a barrel" (the
    /// first end is per barrel too), "fell from COP 2.8 million per kilo in early 2022 to COP
    /// 1.6 million" (so is the second), "$78 a barrel, up from $70"; a price restated in another
    /// currency is quoted so too ("7,000 CFA francs per day, or roughly $12", "€1.52 a litre
    /// (about $1.66)"). `previous` spans tokens `start..end`; `figure` starts at `at`.
    fn share_price_unit(
        &self,
        previous: &mut Figure,
        figure: &mut Figure,
        (start, end): (usize, usize),
        at: usize,
    ) {
        // (A measure's rate too: "from about 29 kg a year in 2010 to 17 kg in 2022" is 17 kg a
        // year.)
        if previous.kind != figure.kind || !matches!(figure.kind, FigureKind::Money | FigureKind::Measure) {
            return;
        }
        // (A level named as a peak is the level: "₦865 per litre, down from a peak of ₦1,030",
        // "rose from $300 per tonne in June to a record of $450".)
        let at = self.level_named_as_peak(at);
        // (A range's span holds its `from`: "rose from $18-20 per tonne in June to nearly $30".)
        let from_to = (start >= 1 && self.word_is(start - 1, "from") || self.word_is(start, "from"))
            && at > end
            && at <= end + 6
            && self.word_is(at - 1, "to")
            && (end..at - 1).all(|k| self.is_word(k) || self.is_year_numeral(k))
            // (Or by so much to a new level: "fell by ₦45 to ₦790 per litre".)
            || start >= 2
                && self.word_is(start - 1, "by")
                && self.lowercase_word_at(start - 2)
                && lx::is_change_verb(self.lower(start - 2))
                && at == end + 1
                && self.word_is(end, "to");
        let up_from = at == end + 2
            && self.word_is(at - 1, "from")
            && matches!(self.lower(end), "up" | "down")
            || at == end + 3
                && self.sym_is(end, ",(")
                && self.word_is(at - 1, "from")
                && matches!(self.lower(end + 1), "up" | "down")
            // (Past when the first was quoted: "3,785 roubles per tonne in the week to 10
            // January, down from over 5,000 roubles in October".)
            || at >= end + 3
                && at <= end + 14
                && self.word_is(at - 1, "from")
                && matches!(self.lower(at - 2), "up" | "down")
                && (end..at - 2).all(|k| self.is_word(k) || self.is_num(k) || self.sym_is(k, ","))
            // ("Brent minus $8–10 a barrel, compared with $2–3 a year earlier"; also past where
            // and when the first was quoted: "US$1.52 per kg in Singapore in October, compared
            // with $1.78".)
            || (at == end + 2
                || at >= end + 3
                    && at <= end + 12
                    && self.sym_is(at - 3, ",")
                    && (end..at - 3).all(|k| self.is_word(k) || self.is_num(k) || self.sym_is(k, ",'’")))
                && self.word_is(at - 2, "compared")
                && matches!(self.lower(at - 1), "with" | "to")
            // (Past when the first was quoted: "$30–34 per tonne in October, against $14–16 from
            // Constanța".)
            // (A place's apostrophe too: "TOP 48 per 40 kg bag in Nuku'alofa, against TOP 30".)
            || at >= end + 2
                && at <= end + 10
                && self.word_is(at - 1, "against")
                && (end..at - 1).all(|k| self.is_word(k) || self.is_num(k) || self.sym_is(k, ",'’"));
        // (Not an end quoted per something else: "R$ 140 a tonne, up from R$ 118 a bag".)
        // (A time after `a` is when, not a basis: "up from SDG 1,200 a year ago".)
        // (Nor an exchange rate: "PKR 27,000 a month, against 280 rupees to the dollar".)
        let own_basis = |f: &Figure| {
            let after = self.text.get(f.span.end..).unwrap_or("").trim_start();
            // (The word after `prefix` right after the figure, in lower case.)
            let word_after = |prefix: &str| {
                after.strip_prefix(prefix).map(|rest| {
                    rest.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase()
                })
            };
            word_after("to the ").is_some_and(|w| w == "us" || lx::currency_word(&w).is_some())
                || ["a ", "an ", "per ", "each "]
                    .iter()
                    .any(|p| word_after(p).is_some_and(|w| !w.is_empty() && !lx::is_time_noun(&w)))
        };
        // (A price restated in another currency after `, or` or in brackets: "between 2,500
        // and 7,000 CFA francs per day, or roughly $4 to $12" is dollars a day; not one quoted
        // per something of its own: "€31.4/MWh, or roughly $380 per thousand cubic metres".)
        // (Also past where it was quoted: "A bag of millet cost XAF 2,750 in N'Djamena, or FCFA
        // 2,750".)
        let placed = |k: usize| {
            matches!(self.lower(k), "in" | "at")
                && (k + 1..at - 2).all(|w| {
                    self.is_word(w) && self.s(w).starts_with(|c: char| c.is_uppercase())
                        || self.sym_is(w, "'’-")
                })
                && at >= k + 4
                && at <= k + 7
        };
        // (Or past what it is paid for: "4,500 Somaliland shillings per kilometre for escort
        // fees, or roughly $0.52".)
        let paid_for = |k: usize| {
            self.word_is(k, "for")
                && at >= k + 4
                && at <= k + 6
                && (k + 1..at - 2).all(|w| self.lowercase_word_at(w))
        };
        let restated = figure.kind == FigureKind::Money
            && ((at == end + 2 || at > end + 2 && (placed(end) || paid_for(end)))
                && self.sym_is(at - 2, ",")
                && self.word_is(at - 1, "or")
                || at == end + 1 && self.sym_is(end, "(")
                // (Or hedged after a comma: "CFA 1.4 million to CFA 1.7 million a tonne, roughly
                // $2,300–$2,800".)
                || at == end + 1 && self.sym_is(end, ",") && figure.approx
                // (Or after `equivalent to`, maybe past when it was quoted: "9,500 to 10,200
                // afghanis per gram in September, equivalent to US$135–145".)
                || at >= end + 2
                    && self.word_is(at - 1, "to")
                    && matches!(self.lower(at - 2), "equivalent" | "equal")
                    && (at == end + 2
                        || self.sym_is(at - 3, ",")
                            && (at == end + 3
                                || at <= end + 7
                                    && matches!(self.lower(end), "in" | "at")
                                    && (end + 1..at - 3).all(|w| {
                                        self.is_word(w) && self.s(w).starts_with(|c: char| c.is_uppercase())
                                            || self.is_year_numeral(w)
                                    }))));
        if restated
            && let (Some(a), Some(b)) = (previous.unit.as_deref(), figure.unit.as_deref())
            && let Some((cur, per)) = a.split_once('/')
            && !b.contains('/')
            && cur != b
            && cur != "cent"
            && b != "cent"
            && !own_basis(figure)
            // (Not a total given after a price, which no rate of exchange makes of it: "US$140
            // per child, or around 42 billion CFA francs in total"; a dollar buys at most about
            // a million of any currency quoted.)
            && previous.high.or(previous.low).zip(figure.low.or(figure.high)).is_none_or(|(x, y)| {
                x > 0.0 && y > 0.0 && (1e-7..=1e7).contains(&(y / x))
            })
            && !self.text.get(figure.span.end..).unwrap_or("").trim_start().starts_with("in total")
        {
            figure.unit = Some(self.per_unit(b, per));
            return;
        }
        if !(from_to || up_from) {
            return;
        }
        // (Not a total set against a price, a hundred times larger or smaller: "$5 per kg,
        // compared with $300 million in total".)
        if previous
            .high
            .or(previous.low)
            .zip(figure.low.or(figure.high))
            .is_some_and(|(x, y)| x != 0.0 && !(0.01..=100.0).contains(&(y / x).abs()))
        {
            return;
        }
        let (Some(a), Some(b)) = (previous.unit.clone(), figure.unit.clone()) else { return };
        if own_basis(previous) || own_basis(figure) {
            return;
        }
        // (Each end keeps its currency, which its clause may have settled already: "rose from
        // 780 to 1,050 CFA francs per litre" in a clause on Chad is XAF a litre for both.)
        let same = |x: &str, y: &str| x == y || matches!((x, y), ("XOF", "XAF") | ("XAF", "XOF"));
        match (a.split_once('/'), b.split_once('/')) {
            (Some((cur, per)), None) if same(cur, &b) => figure.unit = Some(self.per_unit(&b, per)),
            (None, Some((cur, per))) if same(cur, &a) => {
                previous.unit = Some(self.per_unit(&a, per));
            }
            _ => {}
        }
    }

    /// A sum or a mass a period when an adjective of the period qualifies the noun it is `of`,
    /// before the figure's first token `start`: "a monthly salary of at least ₽210,000"
    /// (`RUB/mo`), "the national daily minimum wage of GH₵ 19.97" (`GHS/d`), "an annual
    /// \"licence\" of 50,000 to 75,000 naira" (`NGN/yr`), "a daily ration of 400 g" (`g/d`). The
    /// noun is at most three words after the adjective, none of them a number or a word that
    /// ends a noun phrase; the figure has no period or basis of its own.
    fn period_named_before(&self, figure: &mut Figure, start: usize) {
        let Some(unit) = figure.unit.as_deref() else { return };
        if !matches!(figure.kind, FigureKind::Money | FigureKind::Measure) || unit.contains('/') {
            return;
        }
        // (Or the subject of a verb of being or averaging: "Median monthly earnings were AMD
        // 185,000", "Daily throughput averages 10,700 TEU", "annual revenue stood at $4 billion".)
        let copula = |k: usize| {
            self.lowercase_word_at(k)
                && matches!(
                    self.lower(k),
                    "is" | "was"
                        | "are"
                        | "were"
                        | "average"
                        | "averages"
                        | "averaged"
                        | "averaging"
                        | "total"
                        | "totals"
                        | "totalled"
                        | "totaled"
                )
        };
        // (Or of a verb of a level reached, maybe after a modal or an auxiliary and before its
        // preposition: "the annual subsidy could reach JOD 180–220 million", "monthly food
        // costs per family had risen from ₹4,200", "Daily output fell to 300 t".)
        let reached = |k: usize| {
            self.lowercase_word_at(k)
                && matches!(
                    self.lower(k),
                    "reach" | "reached" | "reaches" | "hit" | "hits" | "exceed" | "exceeded" | "exceeds"
                )
        };
        let moved = |k: usize| {
            self.lowercase_word_at(k)
                && matches!(
                    self.lower(k),
                    "rose"
                        | "risen"
                        | "rise"
                        | "rises"
                        | "fell"
                        | "fallen"
                        | "fall"
                        | "falls"
                        | "climbed"
                        | "dropped"
                        | "increased"
                        | "decreased"
                        | "jumped"
                        | "grew"
                        | "grown"
                )
        };
        // (Not the first end of a change whose other end names a basis of its own: "the
        // monthly voucher fell from JD 23 to JD 15 per person" is read by the second end.)
        let other_end_basis = || {
            let e = self.token_after(figure);
            self.is_word(e)
                && self.s(e) == "to"
                && (e + 1..e + 6).any(|k| {
                    self.is_word(k)
                        && matches!(self.s(k), "per" | "a" | "an" | "each")
                        && self.is_word(k + 1)
                        && !lx::is_time_noun(self.lower(k + 1))
                })
        };
        let verb = if start >= 3 && (reached(start - 1) || copula(start - 1)) {
            Some(start - 1)
        } else if start >= 4
            && matches!(self.lower(start - 1), "to" | "from")
            && self.is_word(start - 1)
            && moved(start - 2)
            && !(self.word_is(start - 1, "from") && other_end_basis())
        {
            Some(start - 2)
        } else {
            None
        };
        let mut k = if let Some(mut v) = verb {
            while v >= 2
                && self.lowercase_word_at(v - 1)
                && matches!(
                    self.lower(v - 1),
                    "had" | "has" | "have" | "could" | "would" | "will" | "may" | "might" | "can" | "should"
                )
            {
                v -= 1;
            }
            // (Past where, between the noun and its verb: "the average monthly salary in
            // Georgia was", "Average monthly wages on site are".)
            if let Some(p) = (v.saturating_sub(4)..v - 1).find(|&p| {
                self.lowercase_word_at(p)
                    && matches!(self.lower(p), "in" | "on" | "at" | "across")
                    && (p + 1..v).all(|w| {
                        self.is_word(w)
                            && (self.s(w).starts_with(|c: char| c.is_ascii_uppercase())
                                || matches!(self.lower(w), "site" | "the" | "capital"))
                    })
            }) {
                v = p;
            }
            match v.checked_sub(1) {
                Some(k) => k,
                None => return,
            }
        } else if start >= 3 && self.word_is(start - 1, "of") {
            start - 2
        } else if start >= 4
            && self.word_is(start - 1, "at")
            && matches!(self.lower(start - 2), "stood" | "stands" | "stand")
        {
            start - 3
        } else {
            return;
        };
        // (Quotation marks around the noun: `an annual "licence" of`.)
        let mut words = 0;
        let period = loop {
            if self.sym_is(k, "\"“”'‘’") {
                k = match k.checked_sub(1) {
                    Some(k) => k,
                    None => return,
                };
                continue;
            }
            // (A word joined by a hyphen is one, whatever its case: "the monthly US-funded
            // stipend of $100".)
            if words > 0 && self.glued_hyphen(k) && k >= 2 && self.is_word(k - 1) {
                k -= 2;
                continue;
            }
            if !self.is_word(k) || self.gap(k + 1) == Gap::Break {
                return;
            }
            let word = self.lower(k);
            // (The adjective may open the sentence: "Daily throughput averages".)
            if words > 0
                && let Some(period) = lx::period_adjective(word)
            {
                break period;
            }
            if !self.s(k).starts_with(|c: char| c.is_ascii_lowercase()) {
                return;
            }
            if lx::is_stop(word) || words == 3 {
                return;
            }
            words += 1;
            k = match k.checked_sub(1) {
                Some(k) => k,
                None => return,
            };
        };
        let rate = if figure.kind == FigureKind::Money {
            Some(self.per_unit(unit, period))
        } else {
            lx::per_time(unit, period).map(|u| self.units.get(u))
        };
        if let Some(rate) = rate {
            figure.unit = Some(rate);
        }
    }

    /// A price whose clause opens with `a`, `one` or `each` and the unit of the good it buys
    /// before `of`, with a verb of costing or selling right before the figure's first token
    /// `start` and only words between: "A tonne of reinforcing steel in Sidon cost about $780"
    /// (`USD/t`), "A kilogram of coca paste fetched COP 2.2 million" (`COP/kg`), "a litre of
    /// diesel sold for Rs 283" (`INR/l`), or its period, "A month of rent costs $300" (`USD/mo`);
    /// not "A lot of fuel cost $50 million".
    fn good_named_before(&self, figure: &mut Figure, start: usize) {
        let Some(unit) = figure.unit.as_deref() else { return };
        if figure.kind != FigureKind::Money || unit.contains('/') || start < 4 {
            return;
        }
        let verb = match self.lower(start - 1) {
            // ("A litre of cooking oil reached 1,450 CFA francs in Téra")
            "cost" | "costs" | "costing" | "fetched" | "fetches" | "fetch" | "reached" => start - 1,
            "for" | "at"
                if matches!(
                    self.lower(start - 2),
                    "sold"
                        | "sells"
                        | "sell"
                        | "selling"
                        | "went"
                        | "goes"
                        | "go"
                        | "retailed"
                        | "retails"
                        | "retail"
                        | "traded"
                        | "trades"
                        | "trade"
                ) =>
            {
                start - 2
            }
            // (Or the first end of a change: "the landed price of a tonne of rice rose from CFA
            // 385,000", "the price of a 100-kg bag of maize climbed from CFA 16,500".)
            "from"
                if matches!(
                    self.lower(start - 2),
                    "rose"
                        | "risen"
                        | "climbed"
                        | "fell"
                        | "fallen"
                        | "dropped"
                        | "increased"
                        | "jumped"
                        | "went"
                ) =>
            {
                start - 2
            }
            _ => return,
        };
        // (The clause opens with `a`, `one` or `each` and the good's unit before `of`, with
        // only words up to the verb; or `the price of a` and the unit.)
        let opens = |a: usize| {
            self.sentence_initial(a)
                || a >= 1
                    && (self.sym_is(a - 1, ",;") || matches!(self.lower(a - 1), "and" | "while" | "but"))
                || a >= 2 && self.word_is(a - 1, "of") && matches!(self.lower(a - 2), "price" | "cost")
        };
        let mut a = verb;
        while a > 0 && a + 12 > verb {
            a -= 1;
            // (A size glued to its unit passes: "a 100-kg bag"; or apart: "A 50 kg bag".)
            let size = self.is_num(a)
                && (self.sym_is(a + 1, "-") && self.glued(a + 1)
                    || self.is_word(a + 1) && lx::unit_word(self.lower(a + 1), false).is_some());
            if !(self.is_word(a) || self.sym_is(a, "-'’") || size) {
                return;
            }
            if matches!(self.lower(a), "a" | "one" | "each")
                && opens(a)
                // (A good's unit with its size: "a 100-kg bag of maize".)
                && let Some((good, end)) =
                    self.price_unit(a).or_else(|| self.is_num(a + 1).then(|| self.per_basis(a + 1)).flatten())
                && end < verb
                && self.word_is(end, "of")
            {
                figure.unit = Some(self.per_unit(unit, good));
                return;
            }
        }
    }

    /// A sum in a currency other than the dollar that a rate of exchange is said to be, up to
    /// four words before the figure's first token `start`, is a price of the dollar: "the
    /// parallel rate stood near FBu 4,600" (`BIF/USD`), "an official rate near SDG 2,100"
    /// (`SDG/USD`); the rate is `rate` after `parallel`, `official`, `exchange`, `market`,
    /// `street`, `interbank`, `unofficial`, `informal` or `bureau`.
    fn rate_named_before(&self, figure: &mut Figure, start: usize) {
        let Some(unit) = figure.unit.as_deref() else { return };
        if figure.kind != FigureKind::Money
            || unit.contains('/')
            || matches!(unit, "USD" | "cent")
            || unit.len() != 3
        {
            return;
        }
        // (Only a verb of standing or moving, or a preposition, between: "The official rate
        // gives YER 55,000 for the same sack" converts a sum.)
        let between = |k: usize| {
            matches!(
                self.lower(k),
                "stood"
                    | "stands"
                    | "was"
                    | "is"
                    | "at"
                    | "near"
                    | "of"
                    | "around"
                    | "about"
                    | "reached"
                    | "hit"
                    | "touched"
                    | "fell"
                    | "rose"
                    | "to"
                    | "climbed"
                    | "now"
                    | "traded"
                    | "remained"
                    | "held"
                    | "has"
                    | "had"
                    | "drifted"
                    | "weakened"
                    | "slid"
                    | "jumped"
                    | "reaches"
            )
        };
        let mut words = (start.saturating_sub(5)..start).rev().take_while(|&k| self.is_word(k));
        let rate = words.any(|k| {
            self.word_is(k, "rate")
                && (k + 1..start).all(between)
                && k >= 1
                && matches!(
                    self.lower(k - 1),
                    "parallel"
                        | "official"
                        | "exchange"
                        | "market"
                        | "street"
                        | "interbank"
                        | "unofficial"
                        | "informal"
                        | "bureau"
                )
        });
        if rate {
            figure.unit = Some(self.per_unit(unit, "USD"));
        }
    }

    /// A dollar sum the crude benchmark or the oil price named right before it is a price of:
    /// "when Brent exceeds $80" → `USD/bbl`, "an oil price nearer $70", "Brent crude at $65"
    /// (up to four words back, with no sum of millions: "Brent revenue of $80 million" is a
    /// sum).
    fn benchmark_named_before(&self, figure: &mut Figure, start: usize) {
        if figure.kind != FigureKind::Money
            || figure.unit.as_deref() != Some("USD")
            || figure.low.or(figure.high).is_none_or(|v| v > 500.0)
            || figure.high.is_some_and(|v| v > 500.0)
        {
            return;
        }
        let named = (start.saturating_sub(4)..start).rev().take_while(|&k| self.is_word(k)).any(|k| {
            matches!(self.s(k), "Brent" | "WTI" | "Urals")
                || self.word_is(k, "crude")
                || self.word_is(k, "oil") && matches!(self.lower(k + 1), "price" | "prices")
        });
        if named {
            figure.unit = Some(self.per_unit("USD", "bbl"));
        }
    }

    /// An earthquake's magnitude is a measure on its scale, `M`: "the magnitude 6.8
    /// earthquake", "above magnitude 5", "a 6.1-magnitude aftershock", "a 7.3 magnitude
    /// earthquake", "6.2 on the Richter scale" (up to 10).
    fn earthquake_magnitude(&self, figure: &mut Figure, start: usize, end: usize) {
        if figure.kind != FigureKind::Count
            || !matches!(figure.unit.as_deref(), None | Some("magnitude"))
            || figure.low.or(figure.high).is_none_or(|v| v > 10.0)
            || figure.high.is_some_and(|v| v > 10.0)
        {
            return;
        }
        let named = start >= 1 && self.word_is(start - 1, "magnitude")
            || (start..end).any(|k| self.word_is(k, "magnitude"))
            || self.word_is(end, "magnitude")
            || self.word_is(end, "on") && self.word_is(end + 1, "the") && self.word_is(end + 2, "richter");
        if named {
            figure.kind = FigureKind::Measure;
            figure.unit = Some(self.units.get("M"));
        }
    }

    /// The unit of a good a price at token `k` is quoted per, and one past its last token:
    /// `per pound`, `per metric ton`, `a barrel`, `/t`, `/lb`, `per MWh`.
    fn price_unit(&self, k: usize) -> Option<(&'a str, usize)> {
        // A rate of exchange: "8.4 dinars per dollar", "₦1,530 to the dollar" (`LYD/USD`).
        if let Some(base) = self.exchange_base(k) {
            return Some(base);
        }
        let good = |j: usize, spelled: bool| -> Option<(&'static str, usize)> {
            // (Gas by the thousand cubic metres in digits: "$410 per 1,000 cubic metres"; in
            // words below.)
            if self.s(j) == "1,000"
                && self.word_is(j + 1, "cubic")
                && matches!(self.lower(j + 2), "metres" | "meters")
            {
                return Some(("tcm", j + 3));
            }
            if !self.is_word(j) {
                return None;
            }
            // (Energy in words: "2.5–3 US cents per kilowatt-hour", "per kilowatt hour", "€90
            // and €130 per megawatt-hour".)
            if let Some(symbol) = match self.lower(j) {
                "kilowatt" => Some("kWh"),
                "megawatt" => Some("MWh"),
                _ => None,
            } && self.is_word(j)
            {
                if self.glued_hyphen(j + 1) && self.word_is(j + 2, "hour") {
                    return Some((symbol, j + 3));
                }
                if self.word_is(j + 1, "hour") && self.gap(j + 1) == Gap::Space {
                    return Some((symbol, j + 2));
                }
            }
            // (Freight and travel by distance: "$0.045 per tonne-kilometre" → `tkm`, "per
            // passenger-km" → `pkm`.)
            if matches!(self.lower(j), "tonne" | "ton" | "passenger")
                && self.glued_hyphen(j + 1)
                && matches!(self.lower(j + 2), "kilometre" | "kilometer" | "km")
            {
                return Some((if self.lower(j) == "passenger" { "pkm" } else { "tkm" }, j + 3));
            }
            let unit = match self.s(j) {
                "MWh" => "MWh",
                "kWp" => "kWp",
                "MWp" => "MWp",
                "kWh" => "kWh",
                "MMBtu" | "mmBtu" | "MMbtu" => "MMBtu",
                _ => match self.lower(j) {
                    "tonne" | "ton" => "t",
                    "pound" => "lb",
                    "barrel" => "bbl",
                    "ounce" => "oz",
                    "kilogram" | "kilo" => "kg",
                    "quintal" => "quintal",
                    "carat" => "ct",
                    "gram" => "g",
                    "litre" | "liter" => "l",
                    "gallon" => "gal",
                    "bushel" => "bu",
                    // (Land: "$4,000 to $6,500 per hectare", "$300/ha".)
                    "hectare" => "ha",
                    // (A bed or a room by the night: "Tk 35,000 to Tk 60,000 a night".)
                    "night" => "night",
                    // (Goods sold by the piece, the container or the head: "$3.10 a piece",
                    // "₦28,000 a drum", "55,000 rials a sack", "UGX 1.4 million per head".)
                    "piece" => "piece",
                    "drum" => "drum",
                    "sack" => "sack",
                    "bag" => "bag",
                    "bottle" => "bottle",
                    "jerrycan" => "jerrycan",
                    // (Water by the can, which `per_basis` reads as a verb: "KSh 5 a can".)
                    "can" => "can",
                    "loaf" => "loaf",
                    "head" => "head",
                    // (An aircraft by its hours in the air: "$2,900 per flying hour", "R$
                    // 18,500 per flight hour"; a sum an hour.)
                    "flying" | "flight" if self.word_is(j + 1, "hour") => return Some(("h", j + 2)),
                    // (Water by the acre-foot: "$120 per acre-foot".)
                    "acre"
                        if self.glued_hyphen(j + 1)
                            && matches!(self.lower(j + 2), "foot" | "feet" | "ft") =>
                    {
                        return Some(("acre-ft", j + 3));
                    }
                    "acre" => "acre",
                    // ("per cubic metre" of timber or water, "per square metre" of land)
                    "cubic" if matches!(self.lower(j + 1), "metre" | "meter") => return Some(("m3", j + 2)),
                    // (Gas measured at standard conditions: "₦230 per standard cubic metre".)
                    "standard"
                        if self.word_is(j + 1, "cubic") && matches!(self.lower(j + 2), "metre" | "meter") =>
                    {
                        return Some(("m3", j + 3));
                    }
                    "square" if matches!(self.lower(j + 1), "metre" | "meter") => return Some(("m2", j + 2)),
                    // (Land or imagery by the square kilometre: "$14 per km²", "per square
                    // kilometre".)
                    "square" if matches!(self.lower(j + 1), "kilometre" | "kilometer") => {
                        return Some(("km2", j + 2));
                    }
                    "km" if !spelled
                        && self.glued(j + 1)
                        && (self.sym(j + 1) == Some('²') || self.is_num(j + 1) && self.s(j + 1) == "2") =>
                    {
                        return Some(("km2", j + 2));
                    }
                    // (And as symbols: "$3 per m³", "GNF 5,000/m²", "€12/m2".)
                    "m" if !spelled && self.glued(j + 1) => {
                        let power = |c: char, d: &str| {
                            self.sym(j + 1) == Some(c) || self.is_num(j + 1) && self.s(j + 1) == d
                        };
                        let unit = if power('²', "2") {
                            "m2"
                        } else if power('³', "3") {
                            "m3"
                        } else {
                            return None;
                        };
                        return Some((unit, j + 2));
                    }
                    // (Gas by the thousand cubic metres: "$310–$360 per thousand cubic metres",
                    // "$335/tcm".)
                    "thousand"
                        if self.word_is(j + 1, "cubic")
                            && matches!(self.lower(j + 2), "metres" | "meters" | "metre" | "meter") =>
                    {
                        return Some(("tcm", j + 3));
                    }
                    "tcm" if !spelled => "tcm",
                    // (Gas prices per `mcm` are per thousand cubic metres, as the trade writes
                    // them: "$310/mcm"; a volume in `mcm` is millions, see `unit_word`.)
                    "mcm" if !spelled => "tcm",
                    // (Symbols only after `per` or a slash: "$900/t", "$40/lb", "$120/mt".)
                    "t" | "mt" if !spelled => "t",
                    "lb" | "lbs" if !spelled => "lb",
                    "bbl" if !spelled => "bbl",
                    "oz" if !spelled => "oz",
                    // (Carats by their symbol, after a slash or `per`: "$866/ct".)
                    "ct" if !spelled => "ct",
                    "kg" if !spelled => "kg",
                    "g" if !spelled => "g",
                    "l" if !spelled => "l",
                    "gal" if !spelled => "gal",
                    "bu" if !spelled => "bu",
                    "ha" if !spelled => "ha",
                    _ => return None,
                },
            };
            Some((unit, j + 1))
        };
        // A sum a day, a week, a month or a year: "US$817 a month", "$1.2 million per day",
        // "$5/day", "€2 billion annually" (as measures' rates are written: `USD/mo`).
        let period = |j: usize, spelled: bool| -> Option<(&'static str, usize)> {
            if !self.is_word(j) {
                return None;
            }
            // (Spelled after `a`, `an`, `every` or `each`: the words only.)
            let word = self.lower(j);
            if spelled && !matches!(word, "hour" | "day" | "week" | "month" | "year" | "quarter") {
                return None;
            }
            // (A quarter of something is a share, not a period: "$2 billion, a quarter of it".)
            if word == "quarter" && self.word_is(j + 1, "of") {
                return None;
            }
            let period = lx::period_symbol(word)?;
            // (Not a time before another: "up from $70 a year ago", "$5 a month earlier".)
            (!self.time_after(j + 1)).then_some((period, j + 1))
        };
        if self.sym_is(k, "/") && self.glued(k) && self.glued(k + 1) {
            return good(k + 1, false).or_else(|| period(k + 1, false));
        }
        if let Some(adverb) = self.period_adverb(k) {
            return Some((adverb, k + 1));
        }
        // (`k` may open the text when a clause names the good first: "A tonne of steel cost
        // $780", see `good_named_before`.)
        if self.is_word(k) && self.gap(k) != Gap::Glued && self.gap(k + 1) == Gap::Space {
            // A sum per head a period: "$12.50 per person per month", "EGP 800,000 per school
            // per year", "MGA 180,000 per ranger per week" (as a sum a period: `USD/mo`).
            if self.word_is(k, "per")
                && self.lowercase_word_at(k + 1)
                && !self.plural_at(k + 1)
                && !lx::is_stop(self.lower(k + 1))
                && matches!(self.lower(k + 2), "per" | "a" | "an" | "each" | "every")
                && self.gap(k + 2) == Gap::Space
                // (A good stays the price's unit: "UAH 3,000 per hectare per year" is `UAH/ha`.)
                && good(k + 1, false).is_none()
                && let Some(rate) = period(k + 3, !self.word_is(k + 2, "per"))
            {
                return Some(rate);
            }
            let article = match self.lower(k) {
                "per" => false,
                "a" | "an" => true,
                // ("$20 each month", "Rs 3 each kilogram")
                "every" | "each" => return period(k + 1, true).or_else(|| good(k + 1, true)),
                // ("PKR 40 to 60 on each litre", "$5 for every tonne")
                "on" | "for"
                    if matches!(self.lower(k + 1), "each" | "every") && self.gap(k + 2) == Gap::Space =>
                {
                    return good(k + 2, true);
                }
                _ => return None,
            };
            let j = if matches!(self.lower(k + 1), "metric" | "troy") { k + 2 } else { k + 1 };
            // (After `a` or `an`, a basis only when its noun ends the sentence's clause or comes
            // before `to`, `for` or `in`: "$8,000–$15,000 a person.", "ETB 2 a block to the
            // cooperative", "15–20 baht a pill, against 40 baht".)
            let article_basis = || {
                let (noun, end) = self.per_basis(k + 1)?;
                let ends = self
                    .tok(end)
                    .is_none_or(|t| t.kind == Kind::Sym && matches!(t.ch, '.' | ',' | ';' | ')'))
                    || matches!(self.lower(end), "to" | "for" | "in" | "and" | "or" | "at");
                (ends
                    && !lx::is_time_after(self.lower(end))
                    && !matches!(
                        noun,
                        "record"
                            | "rise"
                            | "fall"
                            | "drop"
                            | "jump"
                            | "cut"
                            | "gain"
                            | "loss"
                            | "share"
                            | "total"
                            | "third"
                            | "half"
                            | "quarter"
                            | "fraction"
                            | "fifth"
                            | "tenth"
                            | "decline"
                            | "increase"
                            | "decrease"
                            | "surge"
                            | "premium"
                            | "discount"
                    ))
                .then_some((noun, end))
            };
            return good(j, article)
                .or_else(|| period(k + 1, article))
                .or_else(|| if article { article_basis() } else { self.per_basis(k + 1) });
        }
        None
    }

    /// What a sum is paid or counted per, after `per` at token `j` when it is no good, unit or
    /// period: a lowercase singular noun, maybe behind one lowercase word that qualifies it
    /// ("KHR 400,000 per household", "3,000 baht per displaced household", "PEN 1,500 per
    /// run", "KSh 320 million per officer", "₦2,000 per canoe per trip"), and one past it. A
    /// head by any name is `person` ("per person", "per capita", "per head" is a good's).
    fn per_basis(&self, j: usize) -> Option<(&'a str, usize)> {
        // (Or an acronym of two to five capitals that is no currency's code: "$150 per TEU".)
        let acronym = |k: usize| {
            let w = self.s(k);
            (2..=5).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && lx::currency_code(w).is_none()
        };
        let noun = |k: usize| {
            self.is_word(k)
                && self.gap(k) == Gap::Space
                && (self.s(k).starts_with(|c: char| c.is_ascii_lowercase()) || acronym(k))
                && !self.plural_at(k)
                && {
                    // (Not `per cent` and its kin, which `basis_of` refuses.)
                    let w = self.lower(k);
                    !lx::is_stop(w) && !lx::is_time_noun(w) && lx::basis_of(w).is_some()
                }
        };
        // (The phrase ends at the noun: a punctuation mark, a line's end or a word that ends a
        // noun phrase, not another noun: "per unit cost" is no basis.)
        // (Or a participle after it: "$20 per unit sold", "per tonne exported", "$150 per lorry
        // carrying 60 to 80 goats".)
        let participle = |k: usize| {
            self.lowercase_word_at(k) && {
                let w = self.lower(k);
                w.len() > 4 && w.ends_with("ed")
                    || lx::is_irregular_past(w)
                    || w.len() > 5 && w.ends_with("ing")
            }
        };
        let ends = |k: usize| {
            !(self.is_word(k) || self.sym_is(k, "-/") && self.glued(k))
                || self.gap(k) == Gap::Break
                || lx::is_stop(self.lower(k))
                || participle(k)
        };
        // (Past a size glued to a unit before the noun: "410 somoni per 50-kilogram bag"; or
        // apart from it, "CFA 26,500 per 50 kg bag".)
        let j = if self.is_num(j)
            && self.glued_hyphen(j + 1)
            && self.is_word(j + 2)
            && lx::unit_word(self.lower(j + 2), false).is_some()
        {
            j + 3
        } else if self.is_num(j)
            && self.gap(j + 1) == Gap::Space
            && self.is_word(j + 1)
            && lx::unit_word(self.lower(j + 1), true).is_some()
        {
            j + 2
        } else {
            j
        };
        // (Or past an adverb and a participle: "$7.75 per fully vaccinated person".)
        let adverb =
            |k: usize| self.lowercase_word_at(k) && self.lower(k).len() > 4 && self.lower(k).ends_with("ly");
        // (A noun joined by a hyphen, in lower case: "LYD 500 per pick-up".)
        if noun(j)
            && self.glued_hyphen(j + 1)
            && self.is_word(j + 2)
            && self.s(j + 2).starts_with(|c: char| c.is_ascii_lowercase())
            && ends(j + 3)
            && let Some(compound) = self.text.get(self.toks[j].start..self.toks[j + 2].end)
            && compound.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        {
            return Some((compound, j + 3));
        }
        let at = if adverb(j) && participle(j + 1) && noun(j + 2) && !participle(j + 2) && ends(j + 3) {
            j + 2
        } else if noun(j) && ends(j + 1) {
            j
        } else if noun(j) && lx::unit_word(self.lower(j), false).is_some() && !self.is_num(j + 1) {
            // (A unit is the basis before a verb: "฿16,000 per rai spread over 6 years".)
            j
        } else if noun(j) && noun(j + 1) && !participle(j + 1) && ends(j + 2) {
            j + 1
        } else {
            return None;
        };
        // (A unit by its symbol: "₦4 billion per kilometre" is `NGN/km`; an acronym as written.)
        let word = if acronym(at) {
            lx::unit_word(self.s(at), false).unwrap_or(self.s(at))
        } else {
            lx::basis_of(self.lower(at))?
        };
        Some((word, at + 1))
    }

    /// The figure's unit: its percent unit, currency, measure or counted noun, by `kind`.
    fn unit_of(&self, q: &Qty, kind: FigureKind, noun: Option<Cow<'_, str>>) -> Option<Arc<str>> {
        // (`nm` before a chip's process or its wafers is nanometres, not nautical miles: "SMIC's
        // 7 nm line", "a 5 nm node"; a line only in a text on chips: "crossed the 200 nm line"
        // is a maritime limit.)
        let nanometres = q.unit == Some("nmi")
            && q.last > q.num_tok + 1
            && self.s(q.last - 1) == "nm"
            && (self.is_word(q.last)
                && (matches!(
                    self.lower(q.last),
                    "node"
                        | "nodes"
                        | "process"
                        | "chip"
                        | "chips"
                        | "wafer"
                        | "wafers"
                        | "fab"
                        | "technology"
                        | "output"
                        | "lithography"
                ) || self.word_is(q.last, "line")
                    && ["chip", "semiconductor", "wafer", "foundry", "smic", "tsmc"]
                        .iter()
                        .any(|w| self.mentions(w)))
                || self.sym_is(q.last, "(") && self.s(q.last + 1) == "N");
        let unit = match kind {
            FigureKind::Percent => q.pct.and_then(pct_unit).map(Cow::Borrowed),
            FigureKind::Money => q.cur.map(Cow::Borrowed),
            FigureKind::Measure if nanometres => Some(Cow::Borrowed("nm")),
            FigureKind::Measure => q.unit.map(Cow::Borrowed),
            FigureKind::Count => noun,
        };
        unit.map(|u| self.units.get(&u))
    }

    /// A four-digit number between 1800 and 2100 written without separators, unit or sign (or
    /// between 1300 and 1450 in a text on Iran or Afghanistan, a Solar Hijri year).
    fn year_like(&self, q: &Qty) -> bool {
        if q.spelled || !q.bare() || q.negative {
            return false;
        }
        let t = self.toks[q.num_tok];
        let v = q.raw();
        t.int_digits == 4
            && t.is_plain_whole()
            && ((1800.0..=2100.0).contains(&v) || (1300.0..=1450.0).contains(&v) && self.solar_hijri())
    }

    /// The text speaks of Iran or Afghanistan (or the Taliban, the Majlis, tomans), or of the
    /// Hijri calendar, whose Solar Hijri years run in the 1400s: "the government's 1404 budget".
    fn solar_hijri(&self) -> bool {
        ["iran", "afghan", "tehran", "kabul", "hijri", "taliban", "afn ", "majlis", "toman"]
            .iter()
            .any(|n| self.mentions(n))
    }

    /// A four-digit number from 1000 to 1799 right after a time preposition ("in 1453").
    fn early_year(&self, q: &Qty, start: usize) -> bool {
        if q.spelled || !q.bare() || q.negative || start != q.first || start == 0 {
            return false;
        }
        let t = self.toks[q.num_tok];
        let v = q.raw();
        let year = t.int_digits == 4 && !t.grouped && t.frac_digits == 0 && (1000.0..1800.0).contains(&v);
        // (The year's test holds for both prepositions: "slipped back to 1,640 in October" and
        // "went back to 640" are counts.)
        year && (self.is_word(start - 1)
            && matches!(
                self.lower(start - 1),
                "in" | "since"
                    | "by"
                    | "until"
                    | "till"
                    | "before"
                    | "after"
                    | "during"
                    | "from"
                    | "circa"
                    | "of"
            )
            // (Or `to` after dating: "a title dating to 1797", "dates back to 1650".)
            || start >= 2
                && self.word_is(start - 1, "to")
                && matches!(self.lower(start - 2), "dating" | "dates" | "dated" | "date" | "back"))
    }

    /// An article, possessive or time preposition right before token `at`, which makes
    /// "the 2000 elections" a year.
    fn determiner_before(&self, at: usize) -> bool {
        if at == 0 || !self.is_word(at - 1) {
            return false;
        }
        matches!(
            self.lower(at - 1),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "this"
                | "that"
                | "in"
                | "since"
                | "by"
                | "until"
                | "till"
                | "before"
                | "after"
                | "during"
                | "of"
                | "for"
                | "mid"
                | "early"
                | "late"
                | "his"
                | "her"
                | "our"
        )
    }
}

/// An adjective passed over between `1` and its noun ("1 ballistic missile", "1 nuclear
/// submarine"): one in -ic (not a noun such as `cleric`) or a listed one.
fn listed_adjective(lower: &str) -> bool {
    lower.len() > 5 && lower.ends_with("ic") && !matches!(lower, "cleric" | "mechanic" | "critic")
        || matches!(
            lower,
            "nuclear"
                | "military"
                | "naval"
                | "tactical"
                | "chemical"
                | "biological"
                | "unmanned"
                | "armoured"
                | "armored"
                | "conventional"
                | "ballistic"
                | "aerial"
                | "surface"
                | "underwater"
                | "airborne"
        )
}

/// A word shaped like a nationality or a people's adjective ("Russian", "Sudanese",
/// "Turkish", "Israeli"), in lower case.
fn nationality_shaped(w: &str) -> bool {
    w.len() >= 5
        && (w.ends_with("an") && !w.ends_with("arian")
            || w.ends_with("ese")
            || w.ends_with("ish")
            || w.ends_with('i'))
}

/// A noun a bare count may take from its context (a subject, a label, a whole): no unit, no
/// span of time and no currency, which the number would carry itself.
fn counted_noun(noun: &str) -> bool {
    lx::unit_word(noun, false).is_none() && !lx::is_time_noun(noun) && lx::currency_word(noun).is_none()
}

/// Of [`is_person_group`], people held, treated or housed somewhere, whose time there may be
/// counted ("detainees over 30 days in custody").
fn is_held_group(word: &str) -> bool {
    matches!(
        word,
        "detainees"
            | "prisoners"
            | "inmates"
            | "patients"
            | "residents"
            | "refugees"
            | "civilians"
            | "workers"
            // (Or using a service that long: "users over 12 months".)
            | "users"
            | "consumers"
            | "applicants"
            | "participants"
            | "individuals"
            | "migrants"
    )
}

fn is_person_group(word: &str) -> bool {
    is_held_group(word)
        || matches!(
            word,
            "pupils"
                | "students"
                | "children"
                | "voters"
                | "adults"
                | "people"
                | "persons"
                | "men"
                | "women"
                | "girls"
                | "boys"
                | "infants"
                | "babies"
                | "youths"
                | "minors"
                | "adolescents"
                | "victims"
                | "survivors"
                | "respondents"
                | "smokers"
                | "drivers"
                | "parents"
                | "mothers"
        )
}

/// A time zone, or `hrs`, written after a clock time.
/// Places counted after `near`, which says where rather than how many ("fighting near 10
/// villages").
fn is_place(noun: &str) -> bool {
    matches!(
        noun,
        "village"
            | "airbase"
            | "airfield"
            | "airport"
            | "island"
            | "province"
            | "region"
            | "county"
            | "field"
            | "plant"
            | "refinery"
            | "dam"
            | "harbour"
            | "harbor"
            | "oasis"
            | "shelter"
            | "prison"
            | "embassy"
            | "town"
            | "city"
            | "camp"
            | "school"
            | "hospital"
            | "clinic"
            | "university"
            | "court"
            | "border"
            | "crossing"
            | "checkpoint"
            | "site"
            | "base"
            | "well"
            | "borehole"
            | "station"
            | "mine"
            | "farm"
            | "port"
            | "district"
            | "settlement"
            | "market"
            | "mosque"
            | "church"
            | "bridge"
            | "road"
            | "post"
            | "position"
            | "building"
            | "house"
            | "home"
    )
}

fn is_zone(word: &str) -> bool {
    matches!(word, "GMT" | "UTC" | "BST" | "CET" | "CEST" | "EST" | "EDT" | "PST" | "Zulu" | "hrs")
}

fn kind_of(q: &Qty) -> FigureKind {
    if q.pct.is_some() {
        FigureKind::Percent
    } else if q.cur.is_some() {
        FigureKind::Money
    } else if q.unit.is_some() {
        FigureKind::Measure
    } else {
        FigureKind::Count
    }
}

/// Merges "more than 10" with a following "and less than 20" into one interval, when the two
/// agree on kind and unit and the interval is not empty.
fn merge_bounds(prev: Option<&mut Figure>, next: &Figure, prev_bound: Bound) -> bool {
    let Some(prev) = prev else { return false };
    // "at least 200 and perhaps as many as 400 tonnes": a bare first bound takes the second's
    // kind and unit.
    let borrow = prev.kind == FigureKind::Count && prev.unit.is_none();
    if prev.kind != next.kind && !borrow {
        return false;
    }
    if let (Some(a), Some(b)) = (&prev.unit, &next.unit)
        && a != b
    {
        return false;
    }
    let (low, high) = match prev_bound {
        Bound::Lower => (prev.low, next.high),
        Bound::Upper => (next.low, prev.high),
    };
    let (Some(l), Some(h)) = (low, high) else { return false };
    if l >= h {
        return false;
    }
    prev.low = low;
    prev.high = high;
    prev.kind = next.kind;
    prev.span = prev.span.cover(next.span);
    prev.approx |= next.approx;
    if prev.unit.is_none() {
        prev.unit.clone_from(&next.unit);
    }
    true
}

/// A vulgar fraction sign as decimal digits and their places: `½` is 5 in the first place.
fn vulgar_fraction(c: char) -> Option<(f64, i32)> {
    Some(match c {
        '½' => (5.0, 1),
        '¼' => (25.0, 2),
        '¾' => (75.0, 2),
        '⅓' => (333.0, 3),
        '⅔' => (667.0, 3),
        _ => return None,
    })
}

/// The digits of a numeral as a whole number, and how many of them follow the decimal point.
/// A second dot means the dots group thousands ("1.250.000": see the lexer's `dot_groups`),
/// and a comma after them is the decimal point ("1.250.000,50"); numbers with two dots of any
/// other shape are rejected before their value matters.
fn numeral(s: &str) -> (f64, i32) {
    digits_with_point(s, b'.').or_else(|| digits_with_point(s, b',')).unwrap_or((0.0, 0))
}

/// The digits of `s` as a whole number and how many of them follow the decimal mark `point`
/// (other characters are skipped); `None` when `point` comes twice.
fn digits_with_point(s: &str, point: u8) -> Option<(f64, i32)> {
    let (mut m, mut frac, mut after_point) = (0f64, 0i32, false);
    for b in s.bytes() {
        if b.is_ascii_digit() {
            m = m * 10.0 + f64::from(b - b'0');
            frac += i32::from(after_point);
        } else if b == point {
            if after_point {
                return None;
            }
            after_point = true;
        }
    }
    Some((m, frac))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_a_spelled_number_starts_with_passes_the_filter() {
        for (w, value) in lx::NUMBER_WORDS {
            assert_eq!(lx::number_word(w), Some(value), "{w}");
            assert!(crate::syntax::figure::lex::may_start(w.as_bytes()), "{w}");
        }
        for w in ["a", "an", "hundred", "half"] {
            assert!(crate::syntax::figure::lex::may_start(w.as_bytes()), "{w}");
        }
        for w in [
            "and", "of", "to", "for", "about", "million", "the", "as", "at", "from", "see", "nearly",
            "front", "sources",
        ] {
            assert!(!crate::syntax::figure::lex::may_start(w.as_bytes()), "{w}");
        }
    }
}
