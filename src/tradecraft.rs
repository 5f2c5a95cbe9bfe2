//! Tradecraft tables the rules rest on: likelihood scales (ICD 203, PHIA, Kent) and the
//! Admiralty grading code. Pure data.

use serde::Serialize;

/// A likelihood scale a report can declare (`attest: {scale: …}`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scale {
    /// US Intelligence Community Directive 203 (2015).
    #[default]
    Icd203,
    /// UK Professional Head of Intelligence Analysis probability yardstick (2025).
    Phia,
    /// Sherman Kent, Words of Estimative Probability (1964).
    Kent,
    /// No scale: likelihood language is not checked.
    None,
}

impl Scale {
    pub fn parse(s: &str) -> Option<Scale> {
        match s.to_ascii_lowercase().replace(['-', '_', ' '], "").as_str() {
            "icd203" | "icd" => Some(Scale::Icd203),
            "phia" => Some(Scale::Phia),
            "kent" => Some(Scale::Kent),
            "none" => Some(Scale::None),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Scale::Icd203 => "icd203",
            Scale::Phia => "phia",
            Scale::Kent => "kent",
            Scale::None => "none",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Scale::Icd203 => "ICD 203",
            Scale::Phia => "PHIA probability yardstick",
            Scale::Kent => "Kent's words of estimative probability",
            Scale::None => "no scale",
        }
    }

    pub const ALL: [Scale; 3] = [Scale::Icd203, Scale::Phia, Scale::Kent];
}

/// One term of a likelihood scale with its band in percent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub scale: Scale,
    /// The canonical term ("very likely").
    pub term: &'static str,
    /// Written forms that mean this term, lowercase ("very likely", …).
    pub forms: &'static [&'static str],
    pub low: f64,
    pub high: f64,
    /// ICD 203 row: 1 for the primary terms, 2 for their synonyms; 0 elsewhere.
    pub row: u8,
    /// Only recognised when followed by a probability ("certain (100%)"): the bare word is
    /// too common in other senses.
    pub needs_number: bool,
}

const fn band(
    scale: Scale,
    term: &'static str,
    forms: &'static [&'static str],
    low: f64,
    high: f64,
    row: u8,
) -> Band {
    Band { scale, term, forms, low, high, row, needs_number: false }
}

/// Every band of every scale.
pub static BANDS: &[Band] = &[
    // ICD 203, row 1
    band(Scale::Icd203, "almost no chance", &["almost no chance"], 1.0, 5.0, 1),
    band(Scale::Icd203, "very unlikely", &["very unlikely"], 5.0, 20.0, 1),
    band(Scale::Icd203, "unlikely", &["unlikely"], 20.0, 45.0, 1),
    band(
        Scale::Icd203,
        "roughly even chance",
        &["roughly even chance", "roughly even chances"],
        45.0,
        55.0,
        1,
    ),
    band(Scale::Icd203, "likely", &["likely"], 55.0, 80.0, 1),
    band(Scale::Icd203, "very likely", &["very likely"], 80.0, 95.0, 1),
    band(Scale::Icd203, "almost certain", &["almost certain", "almost certainly"], 95.0, 99.0, 1),
    // ICD 203, row 2
    band(Scale::Icd203, "remote", &["remote chance", "remote possibility", "remote likelihood"], 1.0, 5.0, 2),
    // ("Dissolution is remote (3%)"; a remote area is no chance.)
    Band { needs_number: true, ..band(Scale::Icd203, "remote", &["remote"], 1.0, 5.0, 2) },
    band(Scale::Icd203, "highly improbable", &["highly improbable", "highly improbably"], 5.0, 20.0, 2),
    band(Scale::Icd203, "improbable", &["improbable", "improbably"], 20.0, 45.0, 2),
    band(Scale::Icd203, "roughly even odds", &["roughly even odds"], 45.0, 55.0, 2),
    band(Scale::Icd203, "probable", &["probable", "probably"], 55.0, 80.0, 2),
    band(Scale::Icd203, "highly probable", &["highly probable", "highly probably"], 80.0, 95.0, 2),
    band(Scale::Icd203, "nearly certain", &["nearly certain", "nearly certainly"], 95.0, 99.0, 2),
    // PHIA yardstick
    band(Scale::Phia, "remote chance", &["remote chance"], 0.0, 5.0, 0),
    band(Scale::Phia, "highly unlikely", &["highly unlikely"], 10.0, 20.0, 0),
    band(Scale::Phia, "unlikely", &["unlikely"], 25.0, 35.0, 0),
    band(Scale::Phia, "realistic possibility", &["realistic possibility"], 40.0, 50.0, 0),
    band(Scale::Phia, "likely", &["likely", "probable", "probably"], 55.0, 75.0, 0),
    band(Scale::Phia, "highly likely", &["highly likely"], 80.0, 90.0, 0),
    band(Scale::Phia, "almost certain", &["almost certain", "almost certainly"], 95.0, 100.0, 0),
    // Kent
    Band { needs_number: true, ..band(Scale::Kent, "certain", &["certain"], 100.0, 100.0, 0) },
    band(Scale::Kent, "almost certain", &["almost certain", "almost certainly"], 87.0, 99.0, 0),
    band(Scale::Kent, "probable", &["probable", "probably"], 63.0, 87.0, 0),
    band(Scale::Kent, "chances about even", &["chances about even", "chances are about even"], 40.0, 60.0, 0),
    band(Scale::Kent, "probably not", &["probably not"], 20.0, 40.0, 0),
    band(Scale::Kent, "almost certainly not", &["almost certainly not"], 2.0, 12.0, 0),
    Band { needs_number: true, ..band(Scale::Kent, "impossible", &["impossible"], 0.0, 0.0, 0) },
];

/// Every written form of every scale, longest first, for scanning.
pub fn forms() -> Vec<(&'static str, bool)> {
    let mut forms: Vec<(&'static str, bool)> =
        BANDS.iter().flat_map(|b| b.forms.iter().map(move |f| (*f, b.needs_number))).collect();
    forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    forms.dedup_by(|a, b| a.0 == b.0);
    forms
}

/// The bands a written form belongs to on `scale` (a form can be on several scales).
pub fn bands_of(form: &str, scale: Scale) -> impl Iterator<Item = &'static Band> + '_ {
    BANDS.iter().filter(move |b| b.scale == scale && b.forms.contains(&form))
}

/// The bands of every scale that a written form belongs to.
pub fn scales_of(form: &str) -> impl Iterator<Item = &'static Band> + '_ {
    BANDS.iter().filter(move |b| b.forms.contains(&form))
}

/// Confidence phrases; they must not share a sentence with a likelihood term.
pub static CONFIDENCE: &[&str] = &[
    "high confidence",
    "moderate confidence",
    "medium confidence",
    "low confidence",
    "highly confident",
    "moderately confident",
];

/// Admiralty code: source reliability.
pub fn reliability_label(grade: &str) -> Option<&'static str> {
    Some(match grade {
        "A" => "completely reliable",
        "B" => "usually reliable",
        "C" => "fairly reliable",
        "D" => "not usually reliable",
        "E" => "unreliable",
        "F" => "reliability cannot be judged",
        _ => return None,
    })
}

/// Admiralty code: information credibility.
pub fn credibility_label(grade: &str) -> Option<&'static str> {
    Some(match grade {
        "1" => "confirmed by other sources",
        "2" => "probably true",
        "3" => "possibly true",
        "4" => "doubtful",
        "5" => "improbable",
        "6" => "truth cannot be judged",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_forms_come_first() {
        let forms = forms();
        let pos = |f: &str| forms.iter().position(|x| x.0 == f).unwrap();
        assert!(pos("very unlikely") < pos("unlikely"));
        assert!(pos("almost certainly not") < pos("almost certainly"));
    }

    #[test]
    fn scales_disagree_on_probable() {
        let kent = bands_of("probable", Scale::Kent).next().unwrap();
        let icd = bands_of("probable", Scale::Icd203).next().unwrap();
        assert_eq!((kent.low, icd.low), (63.0, 55.0));
        assert_eq!(reliability_label("B"), Some("usually reliable"));
        assert_eq!(credibility_label("2"), Some("probably true"));
    }
}
