//! The figure recognizer: prose in, figures out.
//!
//! [`recognize`] reads the figures of one unit of prose (a paragraph, heading, list item or
//! table cell) whose non-prose parts have already been blanked with spaces. It makes one pass
//! over the bytes to split them into numbers, words and symbols ([`lex`]), then one pass over
//! those tokens ([`parse`]): at every number it reads the quantity (currency, sign,
//! magnitude, percent sign or unit), the words before it (approximators, bounds, `between`,
//! `from`), a range tail, bounds after it and the counted noun — or decides that the number
//! is not a figure (a year, a date, a time, an ordinal, an identifier…) and skips it.
//!
//! Every heuristic is documented for report writers in `docs/markup.md` ("Figures"); the
//! accuracy against a third-party test set is in `docs/accuracy.md`.

mod lex;
mod lexicon;
mod parse;

pub(crate) use lex::CELL_PADDING;

pub(crate) use lexicon::{
    basis_or_period, currency_letters, currency_symbol, is_acronym_plural, is_countable_plural,
    is_counted_event, is_currency_name, is_glued_dollar_prefix, is_invariant_noun, is_magnitude_abbreviation,
    is_month, is_people_plural, is_time_noun, is_time_zone, is_weekday, period_adjective, singular,
};

use crate::text::Span;
use serde::Serialize;
use std::sync::Arc;

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// A number of things ("3,000 fighters").
    Count,
    /// A percentage ("about 20%").
    Percent,
    /// An amount of money ("$4.5 billion").
    Money,
    /// A physical measure with a unit ("1,300 km").
    Measure,
}

/// A figure found in prose.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// Byte span in the text handed to [`recognize`], covering the whole expression
    /// including approximators, bounds and units ("between 20,000 and 23,000").
    pub span: Span,
    /// Lower end; `None` when open ("fewer than 500").
    pub low: Option<f64>,
    /// Upper end; `None` when open ("more than 500").
    pub high: Option<f64>,
    /// Hedged with an approximator ("about", "some", "~").
    pub approx: bool,
    /// The counted noun or measure, normalised (lowercase singular noun, unit symbol, ISO currency code).
    /// Shared, so that the model's copy of a figure does not copy it.
    pub unit: Option<Arc<str>>,
    pub kind: FigureKind,
    /// For a range written with two numbers, the spans of the two numbers in the order written,
    /// so a fix can swap them.
    pub ends: Option<(Span, Span)>,
}

impl Figure {
    /// Moves every offset of the figure (its span and its ends) through `to`.
    pub fn map_spans(&mut self, to: impl Fn(Span) -> Span) {
        self.span = to(self.span);
        self.ends = self.ends.map(|(a, b)| (to(a), to(b)));
    }
}

/// Finds every figure in `text`. Masked (non-prose) parts of the text are spaces.
///
/// Figures come in text order and never overlap. A written range keeps its written order
/// ("between 900 and 600" gives `low` 900 and `high` 600).
pub fn recognize(text: &str) -> Vec<Figure> {
    Recognizer::default().recognize(text)
}

/// The currencies a report writes by code for the signs and words several countries share:
/// `Rs` and rupees (India's by default), `¥` (Japan's by default), pesos and rials (no
/// country's by default). Where a report writes the code of exactly one currency of such a
/// family (`PKR`, and never `INR` nor `₹`), its `Rs` is that currency wherever no clause names
/// another.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CurrencyHints {
    pub rupee: Option<&'static str>,
    pub yen: Option<&'static str>,
    pub peso: Option<&'static str>,
    pub rial: Option<&'static str>,
    /// Lei: `RON` or `MDL`.
    pub leu: Option<&'static str>,
    /// CFA francs: `XOF` or `XAF`.
    pub cfa: Option<&'static str>,
    /// Dinars: `JOD`, `IQD`, `KWD`, `BHD`, `LYD`, `TND`, `DZD` or `RSD`.
    pub dinar: Option<&'static str>,
    /// Shillings and `Sh`: `KES`, `UGX`, `TZS` or `SOS`.
    pub shilling: Option<&'static str>,
    /// Plain francs: `CDF`, `RWF`, `BIF`, `GNF`, `DJF`, `CHF`, `XOF` or `XAF` (`XAF 5,500` in
    /// a report makes its `780 francs per litre` XAF).
    pub franc: Option<&'static str>,
    /// `MGA`, where the report writes it: its `Ar 650` is ariary.
    pub ariary: Option<&'static str>,
    /// The som: `KGS` or `UZS` (`KGS 21 billion` in a report makes its `2.6 billion som` KGS).
    pub som: Option<&'static str>,
    /// `SLE`, where the report writes it or its title names Sierra Leone among other countries
    /// (`Le 22,000` in a report on the Guinea–Sierra Leone border is leones).
    pub leone: Option<&'static str>,
    /// `HNL`, where the report writes it: its `L 7,800` is lempiras even where the paragraph
    /// names no Honduran place.
    pub lempira: Option<&'static str>,
    /// The country the report's title names (see [`title_country`]), as an ISO code: it
    /// settles a currency's letter (`K` in a report on Papua New Guinea is the kina) or a
    /// shared sign (`Rs` in one on Khyber Pakhtunkhwa is Pakistan's) where no clause does and
    /// no code the report writes does.
    pub country: Option<&'static str>,
    /// The country the label of the table row being read names (see [`label_country`]): it
    /// settles a shared sign or word in that row before the report's codes and its title do
    /// (`| Busia (Kenya) | Sh6,900 |` is KES in a report that writes `UGX` elsewhere).
    pub row: Option<&'static str>,
    /// Every country the title names, up to three (see [`countries_of_title`]): a letter only
    /// one of them writes is its currency (`LD` under "Syrian fighters in Libya").
    pub titled: [Option<&'static str>; 3],
    /// Whether the report writes a number grouped with plain spaces somewhere ("20 000"): its
    /// other numbers written so are grouped too ("5 870 tenge", "kr 2 500–3 200").
    pub spaced: bool,
    /// Whether the report writes numbers the European way somewhere ("1.250.000", "9,6%"): its
    /// one group after a full stop is thousands too ("€ 22.600", "11.900 machines").
    pub dotted: bool,
    /// The families (bit `i` for `FAMILIES[i]`) of which the report writes two currencies or
    /// more (`KSh` and `TSh`, `INR` and `PKR`): a title naming several countries settles none
    /// of their shared signs.
    pub several: u16,
}

/// What [`currency_codes_in`] lists, in place of a code, where the text writes a number the
/// European way (see [`CurrencyHints::dotted`]).
pub const DOTTED: &str = "dotted";

/// What [`currency_codes_in`] lists, in place of a code, where the text writes a number grouped
/// with plain spaces (see [`CurrencyHints::spaced`]).
pub const SPACED: &str = "spaced";

/// The one country whose name, people or places the `title:` line of a report's front matter
/// (`front`, the text before its body) names, of those whose currencies share a letter or a
/// sign: `title: "Tuberculosis drug stockouts in Papua New Guinea"` → `PG`; the countries of
/// each CFA franc count as one, `WAEMU` (West Africa's, XOF) or `CEMAC` (Central Africa's,
/// XAF). `None` for a title naming none or several ("Afghan returns from Iran and Pakistan"
/// names one: Pakistan).
pub fn title_country(front: &str) -> Option<&'static str> {
    country_of_title(&title_line(front)?)
}

/// [`title_country`] of a title line already lowercased.
fn country_of_title(title: &str) -> Option<&'static str> {
    match countries_of_title(title) {
        [Some(one), None, None] => Some(one),
        _ => None,
    }
}

/// The countries a title line already lowercased names (see [`country_of_title`]), the first
/// three in the order it names them: `"syrian fighters in libya"` → `SY`, `LY`.
fn countries_of_title(title: &str) -> [Option<&'static str>; 3] {
    let mut found = [None; 3];
    for word in title.split(|c: char| !c.is_alphabetic()) {
        let country = match word {
            "zambia" | "zambian" | "lusaka" | "copperbelt" | "ndola" | "kitwe" => "ZM",
            "malawi" | "malawian" | "lilongwe" | "blantyre" => "MW",
            w if MYANMAR_PLACES.contains(&w) => "MM",
            // ("… on the Muse–Lashio trade road, northern Shan State".)
            "shan" if title.contains("shan state") => "MM",
            // (Also by its initials and its kina: "… kina prices and PNG's enforcement gap".)
            "png" | "kina" => "PG",
            "bay" if title.contains("milne bay") => "PG",
            // (Albania by its name, its people and its towns: "… through Tirana's apartment boom".)
            w if ALBANIAN_PLACES.contains(&w) => "AL",
            "moresby" | "porgera" | "enga" | "bougainville" | "hela" | "tari" | "mendi" | "wabag"
            | "goroka" => "PG",
            "guinea" if title.contains("papua new guinea") => "PG",
            w if PAKISTANI_PLACES.contains(&w) => "PK",
            "iran" | "iranian" | "tehran" | "isfahan" | "mashhad" | "tabriz" | "shiraz" => "IR",
            "punjab" => "PK",
            "ghazi" if title.contains("dera ghazi khan") => "PK",
            "ismail" if title.contains("dera ismail khan") => "PK",
            "india" | "indian" | "delhi" | "mumbai" | "chhattisgarh" | "bihar" | "maharashtra" | "kerala"
            | "gujarat" | "rajasthan" | "odisha" | "haryana" | "karnataka" | "telangana" | "jharkhand"
            | "marathwada" | "vidarbha" | "kodagu" | "coorg" | "bengaluru" | "kolkata" | "chennai"
            | "assam" | "uttarakhand" => "IN",
            // (Also its districts and towns: "Batticaloa's maha paddy compensation".)
            w if SRI_LANKAN_PLACES.contains(&w) => "LK",
            w if NEPALI_PLACES.contains(&w) => "NP",
            // (Also its island of Rodrigues and its capital's port: "Rodrigues octopus closure".)
            w if MAURITIAN_PLACES.contains(&w) => "MU",
            "nicaragua" | "nicaraguan" | "managua" => "NI",
            "costa" if title.contains("costa rica") => "CR",
            "costarricense" | "ccss" => "CR",
            // (The pesos' countries.)
            "mexico" | "mexican" | "juárez" | "juarez" | "monterrey" | "tijuana" | "chihuahua"
            | "sinaloa" | "culiacán" | "culiacan" | "jalisco" | "guadalajara" | "michoacán" | "michoacan"
            | "acapulco" | "oaxaca" | "chiapas" | "sonora" | "tamaulipas" | "reynosa" | "veracruz" => "MX",
            "colombia" | "colombian" | "bogotá" | "bogota" | "medellín" | "medellin" | "barranquilla"
            | "cartagena" | "antioquia" | "bucaramanga" | "cúcuta" | "cucuta" | "catatumbo" | "cauca" => {
                "CO"
            }
            "argentina" | "argentine" => "AR",
            "philippines" | "philippine" | "filipino" | "manila" | "mindanao" | "pampanga" | "cebu"
            | "davao" | "luzon" | "visayas" | "tarlac" | "bicol" | "legazpi" | "albay" | "balikbayan"
            | "ofw" | "ofws" | "iloilo" | "cavite" | "batangas" | "bohol" | "leyte" | "samar" | "palawan"
            | "zamboanga" | "bangsamoro" | "barmm" | "lanao" | "marawi" | "cotabato" | "maguindanao"
            | "sulu" | "basilan" | "jolo" => "PH",
            "chile" | "chilean" | "valparaíso" | "valparaiso" => "CL",
            "cuba" | "cuban" | "havana" => "CU",
            "dominican" => "DO",
            "eswatini" | "swaziland" | "mbabane" => "SZ",
            "lesotho" | "maseru" | "basotho" => "LS",
            "gambia" | "gambian" | "banjul" => "GM",
            "johannesburg" | "pretoria" | "durban" | "gauteng" | "soweto" | "stilfontein" | "eskom"
            | "tshwane" | "ekurhuleni" => "ZA",
            // (Its platinum belt: "… shaft closures and Bushveld towns".)
            "bushveld" | "rustenburg" | "marikana" | "emalahleni" | "witbank" => "ZA",
            // ("Unpaid bulk bills: South Africa's municipal arrears"; not "West Africa".)
            "africa" if title.contains("south africa") => "ZA",
            "town" if title.contains("cape town") => "ZA",
            "flats" if title.contains("cape flats") => "ZA",
            "khayelitsha" | "gugulethu" | "kwazulu" | "limpopo" | "mpumalanga" | "emfuleni" | "sedibeng"
            | "vereeniging" | "mthatha" | "transkei" | "lindela" | "overberg" | "gansbaai" | "hermanus"
            | "hawston" | "sandf" | "armscor" | "denel" => "ZA",
            "tambo" if title.contains("or tambo") => "ZA",
            "cape" if title.contains("western cape") || title.contains("eastern cape") => "ZA",
            "seychelles" | "seychellois" => "SC",
            // (Also its states and cities: "Ghost workers on Kogi State's payroll".)
            "nigeria" | "nigerian" | "lagos" | "abuja" | "borno" | "kano" | "kogi" | "kebbi" | "zamfara"
            | "katsina" | "sokoto" | "kaduna" | "benue" | "bayelsa" | "enugu" | "anambra" | "ogun"
            | "oyo" | "ibadan" | "apapa" | "maiduguri" | "yobe" | "adamawa" | "taraba" | "nasarawa"
            | "kwara" | "ondo" | "ekiti" | "osun" | "gombe" | "bauchi" | "jigawa" | "ebonyi" | "abia"
            | "akwa" => "NG",
            // (Also its departments: "Huehuetenango on the Move: Remittances, Returns …".)
            "guatemala" | "guatemalan" | "huehuetenango" | "quetzaltenango" | "petén" | "peten"
            | "izabal" | "escuintla" | "chimaltenango" | "totonicapán" | "totonicapan" | "verapaz"
            | "cobán" | "coban" | "chiquimula" | "zacapa" | "jutiapa" | "esquipulas" => "GT",
            // (Also its Bay Islands and charter cities: "… what it did to Roatán land".)
            // (And its rivers and towns: "flooding in the lower Ulúa and Chamelecón".)
            "zede" | "zedes" => "HN",
            w if HONDURAN_PLACES.contains(&w) => "HN",
            "leone" | "freetown" | "kono" | "koidu" | "kenema" | "makeni" => "SL",
            "botswana" | "gaborone" => "BW",
            "madagascar" | "malagasy" | "antananarivo" | "ambovombe" | "toliara" | "ariary" | "ilakaka"
            | "ihosy" | "fianarantsoa" | "toamasina" | "mahajanga" | "antsirabe" => "MG",
            // (The two zones of the CFA franc, each one country here: their francs are one.)
            "senegal" | "senegalese" | "dakar" | "mali" | "malian" | "bamako" | "burkina" | "burkinabe"
            | "ouagadougou" | "nigerien" | "niamey" | "ivoire" | "ivorian" | "abidjan" | "benin"
            | "beninese" | "cotonou" | "togo" | "togolese" | "lomé" | "lome" | "bissau" => "WAEMU",
            "niger" if !title.contains("niger delta") => "WAEMU",
            "cameroon" | "cameroonian" | "yaoundé" | "yaounde" | "douala" | "chad" | "chadian"
            | "djamena" | "gabon" | "gabonese" | "libreville" | "bangui" | "brazzaville" | "ouaddaï"
            | "ouaddai" | "abéché" | "abeche" | "adré" | "birao" | "vakaga" | "bambari" | "bangassou"
            | "centrafrique" | "centrafricaine" => "CEMAC",
            // (The Central African Republic by its name.)
            "central" if title.contains("central african republic") => "CEMAC",
            // (And the francs of their own: the Congo's, Rwanda's, Burundi's, Guinea's.)
            "drc" | "kinshasa" | "kivu" | "ituri" | "goma" | "bukavu" | "kasai" | "katanga" => "CD",
            "congo"
                if !title.contains("brazzaville") && !title.contains("republic of the congo")
                    || title.contains("democratic republic") =>
            {
                "CD"
            }
            "rwanda" | "rwandan" | "kigali" => "RW",
            "djibouti" | "djiboutian" => "DJ",
            "mauritania" | "mauritanian" | "nouakchott" | "nouadhibou" | "zouérat" | "zouerat" => "MR",
            // (Libya's dinar as its press writes it, `LD 79.6 billion`; not Tripoli, which
            // Lebanon has too.)
            "libya" | "libyan" | "benghazi" | "misrata" => "LY",
            // (The Gulf's dinars written with their letters: `KD`, `BD`, `ID`.)
            "kuwait" | "kuwaiti" | "kuwaitis" | "jleeb" | "khaitan" | "farwaniya" | "jahra" | "hawalli"
            | "salmiya" => "KW",
            "bahrain" | "bahraini" | "manama" => "BH",
            "iraq" | "iraqi" | "baghdad" | "erbil" | "kurdistan" | "basra" | "mosul" | "sulaymaniyah"
            | "sulaimani" | "sulaimaniyah" | "duhok" | "dohuk" | "kirkuk" | "najaf" | "karbala" | "dukan" => {
                "IQ"
            }
            // (And the dirham's `DH` and the riyal's and the rial's `SR` and `RO`.)
            w if MOROCCAN_PLACES.contains(&w) => "MA",
            "saudi" | "riyadh" | "jeddah" | "dammam" | "neom" => "SA",
            w if OMANI_PLACES.contains(&w) => "OM",
            // (The Emirates' dirham is the one a title naming them and Morocco leaves open.)
            "emirates" | "emirati" | "uae" | "dubai" | "sharjah" => "AE",
            "algeria" | "algerian" | "algiers" | "oran" | "annaba" => "DZ",
            w if ALGERIAN_PLACES.contains(&w) => "DZ",
            w if TUNISIAN_PLACES.contains(&w) => "TN",
            // (The dollars of their own: a bare `$` in a report on Sydney is AUD.)
            "australia" | "australian" | "sydney" | "melbourne" | "brisbane" | "canberra" | "queensland"
            | "tasmania" | "tasmanian" | "hobart" | "launceston" | "adelaide" => "AU",
            "wales" if title.contains("new south wales") => "AU",
            "lismore" | "townsville" | "cairns" => "AU",
            "rivers" if title.contains("northern rivers") => "AU",
            "zealand" | "auckland" => "NZ",
            "trinidad" | "trinidadian" | "tobago" => "TT",
            "fiji" | "fijian" | "suva" | "lautoka" => "FJ",
            "barbados" | "barbadian" | "bajan" | "bridgetown" | "oistins" => "BB",
            "belize" | "belizean" => "BZ",
            // (The Pacific states that pay in Australia's dollar, and the Eastern Caribbean's.)
            "tuvalu" | "tuvaluan" | "funafuti" => "TV",
            "kiribati" | "tarawa" => "KI",
            "nauru" | "nauruan" => "NR",
            "grenada" | "grenadian" | "carriacou" => "GD",
            "dominica" => "DM",
            "antigua" if !title.contains("guatemala") => "AG",
            "lucia" if ["saint lucia", "st lucia", "st. lucia"].iter().any(|n| title.contains(n)) => "LC",
            "vincent" if ["saint vincent", "st vincent", "st. vincent"].iter().any(|n| title.contains(n)) => {
                "VC"
            }
            "kitts" | "nevis" => "KN",
            w if PARAGUAYAN_PLACES.contains(&w) => "PY",
            // (Where `mil` is a thousand: "420 mil toneladas", "Kz 770 mil".)
            "brazil" | "brazilian" | "paulo" | "janeiro" | "amazonas" | "pará" | "bahia" => "BR",
            "portugal" | "portuguese" | "lisbon" | "lisboa" | "porto" => "PT",
            "angola" | "angolan" | "luanda" | "namibe" | "benguela" | "cabinda" => "AO",
            "spain" | "spanish" | "madrid" | "barcelona" | "andalusia" | "catalonia" => "ES",
            "peru" | "peruvian" | "lima" | "arequipa" | "cusco" | "puno" | "loreto" => "PE",
            "ecuador" | "ecuadorian" | "quito" | "guayaquil" => "EC",
            "uruguay" | "uruguayan" | "montevideo" => "UY",
            "canada" | "canadian" | "toronto" | "vancouver" | "ontario" | "montreal" | "alberta"
            | "halifax" | "ottawa" | "quebec" | "québec" | "manitoba" | "winnipeg" | "saskatchewan"
            | "calgary" | "edmonton" | "newfoundland" => "CA",
            "scotia" if title.contains("nova scotia") => "CA",
            "columbia" if title.contains("british columbia") => "CA",
            // (Not the Hong Kong Convention on ship recycling, which names no place.)
            "kong" if title.contains("hong kong") && !title.contains("hong kong convention") => "HK",
            // (Also its currency's name and its regions' towns: "grain prices in birr", "Wolaita".)
            w if ETHIOPIAN_PLACES.contains(&w) => "ET",
            "dawa" if title.contains("dire dawa") => "ET",
            "mozambique" | "mozambican" | "maputo" | "beira" | "nampula" | "manica" | "pemba" | "sofala"
            | "zambézia" | "zambezia" | "inhambane" | "niassa" | "quelimane" | "chimoio" | "nacala" => "MZ",
            // (The pounds' countries: "pounds per kWh" in a report on South Sinai's hotels are
            // EGP.)
            "egypt" | "egyptian" | "cairo" | "sinai" | "alexandria" | "aswan" | "giza" => "EG",
            "sudan" | "sudanese" if title.contains("south sudan") => "SS",
            "sudan" | "sudanese" | "khartoum" | "darfur" | "kordofan" | "omdurman" | "gedaref"
            | "kassala" | "atbara" | "tawila" | "fasher" | "obeid" | "kadugli" => "SD",
            "juba" | "malakal" => "SS",
            "lebanon" | "lebanese" | "beirut" => "LB",
            // (The Yemeni rial's `YR` and the Swiss franc's `Fr.`.)
            "yemen" | "yemeni" | "aden" | "sanaa" | "hodeidah" | "hajjah" | "mahra" | "marib" | "taiz"
            | "mukalla" | "hadramawt" | "hadramout" => "YE",
            "switzerland" | "swiss" | "zurich" | "zürich" | "geneva" | "genève" | "bern" | "basel"
            | "lausanne" | "lugano" | "lauterbrunnen" | "zermatt" | "grindelwald" | "interlaken"
            | "bernese" => "CH",
            "syria" | "syrian" | "damascus" | "aleppo" | "idlib" | "hama" | "latakia" | "tartus"
            | "raqqa" | "daraa" | "qamishli" | "hasakah" => "SY",
            "tonga" | "tongan" | "tongans" => "TO",
            // (The lira's: `liras` in a report on Turkey are TRY.)
            "turkey" | "türkiye" | "turkish" | "istanbul" | "ankara" => "TR",
            // (Also its provinces and cities: "Rize's fresh tea leaf in 2026".)
            "rize" | "trabzon" | "izmir" | "hatay" | "antakya" | "gaziantep" | "kahramanmaraş"
            | "kahramanmaras" | "adana" | "mersin" | "konya" | "bursa" | "erzurum" | "diyarbakır"
            | "diyarbakir" | "şanlıurfa" | "sanliurfa" => "TR",
            // (Bosnia's convertible mark: `KM 1,460` in a report on Republika Srpska.)
            "bosnia" | "bosnian" | "srpska" | "sarajevo" | "herzegovina" | "bih" | "zenica" | "tuzla" => "BA",
            "laos" | "lao" | "vientiane" => "LA",
            // (The krone's and the króna's countries: `kr. 2,800` in a report on Greenland is
            // DKK.)
            "denmark" | "danish" | "copenhagen" | "greenland" | "greenlandic" | "nuuk" | "faroe"
            | "faroese" | "bornholm" | "rønne" | "aarhus" | "odense" | "aalborg" | "esbjerg" => "DK",
            "norway" | "norwegian" | "oslo" | "svalbard" | "longyearbyen" | "finnmark" | "lofoten"
            | "tromsø" | "bergen" | "stavanger" | "trondheim" | "bodø" | "kirkenes" => "NO",
            "sweden" | "swedish" | "stockholm" | "malmö" | "gothenburg" | "norrbotten" | "kiruna"
            | "luleå" | "riksdag" | "gotland" | "visby" => "SE",
            "iceland" | "icelandic" | "reykjavík" | "reykjavik" | "reykjanes" | "grindavík" | "grindavik" => {
                "IS"
            }
            "turkmenistan" | "turkmen" | "ashgabat" => "TM",
            // (Also its dams and their province: "Kambarata-1: who pays for Central Asia's biggest
            // dam".)
            "kyrgyzstan" | "kyrgyz" | "bishkek" | "batken" | "kambarata" | "toktogul" | "naryn" => "KG",
            "uzbekistan" | "uzbek" | "tashkent" | "karakalpakstan" => "UZ",
            "moldova" | "moldovan" | "chisinau" | "chișinău" | "transnistria" => "MD",
            // (Belarus's rouble as Minsk's press writes it: `Br1,020`.)
            "belarus" | "belarusian" | "minsk" => "BY",
            "romania" | "romanian" | "bucharest" => "RO",
            // (Hungary's `Ft` and Bulgaria's `leva`.)
            "hungary" | "hungarian" | "budapest" | "forint" => "HU",
            "bulgaria" | "bulgarian" => "BG",
            // (The shilling's countries: "180 shillings" in a report on Kenya's maize is KES.)
            "kenya" | "kenyan" | "nairobi" | "mombasa" | "kisumu" | "turkana" | "kakuma" | "dadaab"
            | "garissa" | "mandera" | "wajir" | "marsabit" | "eldoret" | "nakuru" | "lamu" | "meru"
            | "nyambene" | "kerio" | "baringo" | "pokot" | "samburu" | "isiolo" | "laikipia" => "KE",
            "uganda" | "ugandan" | "kampala" | "karamoja" | "moroto" | "gulu" | "mbarara" | "jinja"
            | "arua" | "kasese" | "bidibidi" | "busoga" | "kamuli" | "iganga" | "mbale" | "masaka"
            | "hoima" | "soroti" => "UG",
            "tanzania" | "tanzanian" | "dodoma" | "zanzibar" | "salaam" | "mwanza" | "tanga" | "mbeya" => {
                "TZ"
            }
            "bolivia" | "bolivian" | "uyuni" | "cochabamba" | "chiquitania" | "chiquitanía" | "beni"
            | "pando" | "potosí" | "potosi" | "oruro" | "tarija" => "BO",
            // ("Santa Cruz de la Sierra's third-level hospitals"; not California's Santa Cruz.)
            "sierra" if title.contains("santa cruz de la sierra") => "BO",
            "central" if title.contains("central african republic") => "CEMAC",
            "burundi" | "burundian" | "bujumbura" => "BI",
            // (Whose `SM` is the somoni: "SM 1,200 a month" under "Khatlon's pump stations".)
            "tajikistan" | "tajikistani" | "dushanbe" | "khatlon" | "sughd" | "khujand" => "TJ",
            w if GUINEAN_PLACES.contains(&w) => "GN",
            w if COMORIAN_PLACES.contains(&w) => "KM",
            "guinea"
                if !["papua", "equatorial", "bissau", "gulf of guinea"].iter().any(|n| title.contains(n)) =>
            {
                "GN"
            }
            _ => continue,
        };
        if let Some(free) = found.iter().position(|f| f.is_none_or(|f| f == country)) {
            found[free] = Some(country);
        }
    }
    found
}

/// The codes of each family of currencies that share a sign or a word, as a report writes them
/// (see [`CurrencyHints`]; a clause's codes settle the same families in the parser).
pub(super) const RUPEE_CODES: &[&str] = &["INR", "PKR", "LKR", "NPR", "MUR", "SCR"];
pub(super) const YEN_CODES: &[&str] = &["JPY", "CNY"];
pub(super) const PESO_CODES: &[&str] = &["MXN", "COP", "ARS", "PHP", "CLP"];
pub(super) const RIAL_CODES: &[&str] = &["IRR", "YER", "OMR"];
pub(super) const LEU_CODES: &[&str] = &["RON", "MDL"];
pub(super) const CFA_CODES: &[&str] = &["XOF", "XAF"];
pub(super) const DINAR_CODES: &[&str] = &["JOD", "IQD", "KWD", "BHD", "LYD", "TND", "DZD", "RSD"];
pub(super) const SHILLING_CODES: &[&str] = &["KES", "UGX", "TZS", "SOS", "SLSH"];
/// The letters East Africa's press writes its shillings with, each one country's (see
/// [`currency_codes_in`]), and that country's code.
const SHILLING_LETTERS: [&str; 3] = ["KSh", "TSh", "USh"];
fn shilling_of_letters(letters: &str) -> Option<&'static str> {
    match letters {
        "KSh" => Some("KES"),
        "TSh" => Some("TZS"),
        "USh" => Some("UGX"),
        "SoSh" => Some("SOS"),
        _ => None,
    }
}
/// Sri Lanka, its people, districts and towns, which settle its rupee (`Rs`) in a clause or a
/// title that names one.
/// Pakistan, its people, provinces and cities (not Punjab, which is India's too), for its
/// rupee: `Rs 42 lakh` in a report on kidnappings in Ghotki and Kashmore is PKR.
pub(super) const PAKISTANI_PLACES: &[&str] = &[
    "pakistan",
    "pakistani",
    "pakistanis",
    "karachi",
    "lahore",
    "islamabad",
    "peshawar",
    "khyber",
    "pakhtunkhwa",
    "chaman",
    "torkham",
    "balochistan",
    "quetta",
    "sindh",
    "waziristan",
    "faisalabad",
    "gilgit",
    "baltistan",
    "hunza",
    "skardu",
    "chitral",
    "sialkot",
    "gujranwala",
    "multan",
    "rawalpindi",
    "bahawalpur",
    "sargodha",
    "rajanpur",
    "suleman",
    "sukkur",
    "larkana",
    "ghotki",
    "kashmore",
    "kandhkot",
    "shikarpur",
    "jacobabad",
    "khairpur",
    "nawabshah",
    "mirpurkhas",
    "sanghar",
    "thatta",
    "badin",
];

/// Nepal, its people, provinces and towns, for its rupee: `Rs 41.6 arba` in a report on the
/// Bhairahawa customs office is NPR.
pub(super) const NEPALI_PLACES: &[&str] = &[
    "nepal",
    "nepali",
    "nepalese",
    "kathmandu",
    "karnali",
    "simikot",
    "jumla",
    "humla",
    "pokhara",
    "lumbini",
    "madhesh",
    "janakpur",
    "biratnagar",
    "bagmati",
    "gandaki",
    "sudurpashchim",
    "bhairahawa",
    "siddharthanagar",
    "belahiya",
    "rupandehi",
    "birgunj",
    "nepalgunj",
    "butwal",
    "dhangadhi",
    "kakarbhitta",
    "bhadrapur",
    "jhapa",
    "chitwan",
    "hetauda",
    "dharan",
    "itahari",
    "bhaktapur",
    "mahendranagar",
    "kailali",
    "kanchanpur",
];

/// Ethiopia, its people, its currency's name, regions and towns, for its birr: `Br 6,900 per
/// quintal` in a report on Debre Markos in East Gojjam is ETB.
pub(super) const ETHIOPIAN_PLACES: &[&str] = &[
    "ethiopia",
    "ethiopian",
    "ethiopians",
    "addis",
    "oromia",
    "amhara",
    "tigray",
    "borana",
    "afar",
    "birr",
    "wolaita",
    "sidama",
    "gambella",
    "jimma",
    "mekelle",
    "hawassa",
    "gondar",
    "dessie",
    "gojjam",
    "markos",
    "bahir",
    "harar",
    "shashemene",
    "woldia",
    "kombolcha",
    "axum",
    "adigrat",
    // (In the clause only; the title reads it below.)
    "dire dawa",
];

pub(super) const SRI_LANKAN_PLACES: &[&str] = &[
    "lanka",
    "lankan",
    "colombo",
    "jaffna",
    "batticaloa",
    "ampara",
    "trincomalee",
    "kandy",
    "galle",
    "kurunegala",
    "anuradhapura",
    "polonnaruwa",
    "vavuniya",
    "mullaitivu",
    "kilinochchi",
    "mannar",
    "hambantota",
    "matara",
    "puttalam",
];

/// Oman, its capital and its towns and ports, Musandam's across the strait from Iran among
/// them (`RO` is the Omani rial where a clause or the title names one; a clause is searched
/// for them as parts of words, so no short name stands here).
pub(super) const OMANI_PLACES: &[&str] =
    &["oman", "omani", "muscat", "duqm", "salalah", "sohar", "musandam", "khasab", "nizwa"];

/// Morocco, its cities, oases and the Western Sahara's towns (`DH` and plain dirhams are the
/// Moroccan dirham where a clause or the title names one and no Emirate is named).
pub(super) const MOROCCAN_PLACES: &[&str] = &[
    "morocco",
    "moroccan",
    "rabat",
    "casablanca",
    "tangier",
    "marrakech",
    "marrakesh",
    "laayoune",
    "dakhla",
    "figuig",
    "oujda",
    "fès",
    "meknes",
    "agadir",
    "errachidia",
    "nador",
    "tetouan",
    "tétouan",
    "ouarzazate",
    "zagora",
    "tinghir",
    "guelmim",
    // (The Souss and the Oriental, the Rif and the Atlantic towns: "… Tariffs in Chtouka Aït
    // Baha, Souss-Massa", "… around Beni Drar and Ahfir".)
    "souss",
    "chtouka",
    "taroudant",
    "tiznit",
    "essaouira",
    "berkane",
    "ahfir",
    "saïdia",
    "hoceima",
    "kenitra",
    "larache",
    "khouribga",
];

/// Algeria's cities and oil towns beyond Algiers, Oran and Annaba (`DA` is the dinar where a
/// clause or the title names one).
pub(super) const ALGERIAN_PLACES: &[&str] = &[
    "tiaret",
    "sétif",
    "setif",
    "blida",
    "béjaïa",
    "bejaia",
    "tlemcen",
    "batna",
    "djelfa",
    "biskra",
    "ouargla",
    "tamanrasset",
    "ghardaïa",
    "ghardaia",
    "tizi ouzou",
    "mostaganem",
    "skikda",
    "chlef",
    "hassi messaoud",
    "tindouf",
    "illizi",
];

/// Paraguay, its capital and its towns on the borders (`Gs` is the guaraní where a clause or
/// the title names one): Encarnación faces Argentina's Posadas, Ciudad del Este Brazil's Foz.
pub(super) const PARAGUAYAN_PLACES: &[&str] = &[
    "paraguay",
    "paraguayan",
    "asunción",
    "asuncion",
    "encarnación",
    "encarnacion",
    "itapúa",
    "itapua",
    "ciudad del este",
    "alto paraná",
    "pedro juan caballero",
    "salto del guairá",
];

/// The Comoros, their people, capital and islands (`FC` and plain francs are the Comorian
/// franc, KMF, where a clause or the title names one).
pub(super) const COMORIAN_PLACES: &[&str] = &[
    "comoros",
    "comorian",
    "comoriens",
    "comores",
    "moroni",
    "ngazidja",
    "anjouan",
    "ndzuani",
    "mohéli",
    "mwali",
];

/// Guinea's capital, towns and adjectives (not the plain word `guinea`, which three other
/// countries' names hold): a title naming one makes plain francs GNF, and so does a clause.
pub(super) const GUINEAN_PLACES: &[&str] = &[
    "conakry",
    "guinean",
    "guinéen",
    "guinéens",
    "guinéenne",
    "guéckédou",
    "gueckedou",
    "kankan",
    "nzérékoré",
    "n'zérékoré",
    "kindia",
    "labé",
    "boké",
    "siguiri",
    "macenta",
    "kissidougou",
];

/// Honduras, its people, towns, rivers, islands and disaster agency, which settle the
/// lempira's `L` in a clause or a title that names one (a title is read word by word, so only
/// the one-word names count there).
pub(super) const HONDURAN_PLACES: &[&str] = &[
    "honduras",
    "honduran",
    "tegucigalpa",
    "comayagüela",
    "san pedro sula",
    "choloma",
    "la ceiba",
    "choluteca",
    "olancho",
    "ulúa",
    "chamelecón",
    "chamelecon",
    "valle de sula",
    "sula valley",
    "roatán",
    "roatan",
    "mosquitia",
    "copeco",
    "copán",
    "copan",
];
/// Myanmar, its people, regions and towns, which settle the kyat's `K` in a clause or a title
/// that names one.
pub(super) const MYANMAR_PLACES: &[&str] = &[
    "myanmar",
    "burma",
    "burmese",
    "sagaing",
    "yangon",
    "mandalay",
    "rakhine",
    "kachin",
    "lashio",
    "myitkyina",
    "naypyidaw",
    "kayin",
    "shan state",
    "ayeyarwady",
    "irrawaddy",
    "magway",
    "tanintharyi",
];
/// Mauritius, its people, its island of Rodrigues and Port Mathurin, which settle its rupee in a
/// clause or a title that names one.
pub(super) const MAURITIAN_PLACES: &[&str] =
    &["mauritius", "mauritian", "mauritians", "rodrigues", "rodriguan", "rodriguans", "mathurin"];
/// Albania, its people and towns, which settle its lek's `ALL` in a text or a title that names
/// one.
pub(super) const ALBANIAN_PLACES: &[&str] =
    &["albania", "albanian", "tirana", "durrës", "durres", "vlora", "vlorë", "shkodër", "shkoder"];
/// Tunisia and the towns its press names, which settle its dinar's letters after an amount
/// (`4.850 DT`) in a text or a title that names one.
pub(super) const TUNISIAN_PLACES: &[&str] =
    &["tunisia", "tunisian", "tunis", "sfax", "sousse", "kairouan", "kasserine", "gafsa"];
/// Plain francs: the Congolese, Rwandan, Burundian, Guinean, Djiboutian and Swiss francs and
/// the two CFA francs.
pub(super) const FRANC_CODES: &[&str] = &["CDF", "RWF", "BIF", "GNF", "DJF", "CHF", "XOF", "XAF"];
/// The ariary, whose `Ar` a report writing `MGA` means.
pub(super) const ARIARY_CODES: &[&str] = &["MGA"];
/// The Kyrgyz and the Uzbek som.
pub(super) const SOM_CODES: &[&str] = &["KGS", "UZS"];
/// The leone, whose `Le` a report writing `SLE` means.
pub(super) const LEONE_CODES: &[&str] = &["SLE"];
/// The lempira, whose `L` a report writing `HNL` means.
pub(super) const LEMPIRA_CODES: &[&str] = &["HNL"];
const FAMILIES: [&[&str]; 13] = [
    RUPEE_CODES,
    YEN_CODES,
    PESO_CODES,
    RIAL_CODES,
    LEU_CODES,
    CFA_CODES,
    DINAR_CODES,
    SHILLING_CODES,
    FRANC_CODES,
    ARIARY_CODES,
    SOM_CODES,
    LEONE_CODES,
    LEMPIRA_CODES,
];

/// The [`CurrencyHints`] of a report's text: the currency codes it writes as words of three
/// capitals (`PKR`, `LKR`, `NPR`, `INR`; `CNY`, `RMB`, `JPY`, also the words `yuan`,
/// `renminbi` and `yen`; `MXN`, `COP`, `ARS`, `PHP`,
/// `CLP`; `IRR`, `YER`, `OMR`; `RON`, `MDL`; `XOF`, `XAF`; `JOD`, `IQD`, `KWD`, `BHD`, `LYD`,
/// `TND`, `DZD`, `RSD`; `KES`, `UGX`, `TZS`, `SOS`; the francs' `CDF`, `RWF`, `BIF`, `GNF`,
/// `DJF`, `CHF`; `MGA`, whose `Ar` is no shared sign but a letter the code settles), with `₹`
/// for the Indian rupee, each family's one code if it writes exactly one.
pub fn currency_hints(text: &str) -> CurrencyHints {
    hints_of(&currency_codes(text, 0))
}

/// The currency codes `text` writes from byte `from` to its end, with their offsets (see
/// [`currency_codes_in`]): a document keeps them, and [`hints_of`] reads them.
pub fn currency_codes(text: &str, from: usize) -> Vec<(usize, &'static str)> {
    let mut codes = Vec::new();
    currency_codes_in(text, from, text.len(), &mut codes);
    codes
}

/// The `title:` line of a report's front matter (`front`), ASCII-lowercased.
fn title_line(front: &str) -> Option<String> {
    let line = front.lines().find_map(|l| l.strip_prefix("title:"))?;
    Some(line.trim().to_ascii_lowercase())
}

/// `hints` with the country the report's title names (see [`title_country`]) and, where the
/// report writes no code of theirs, the dinar and the rial of that title's country, by the
/// words a clause names them by (`title: "Libya: Tripoli detention"` makes its dinars LYD).
pub fn with_title(hints: CurrencyHints, front: &str) -> CurrencyHints {
    let title = title_line(front);
    let named = |family| title.as_deref().and_then(|t| parse::title_currency(t, family));
    CurrencyHints {
        country: title.as_deref().and_then(country_of_title),
        titled: title.as_deref().map(countries_of_title).unwrap_or_default(),
        dinar: hints.dinar.or_else(|| named(parse::Shared::Dinar)),
        // (Only Sierra Leone writes `Le`, so a title naming it beside others settles it.)
        leone: hints.leone.or_else(|| {
            title
                .as_deref()
                .is_some_and(|t| t.contains("sierra leone") || t.contains("freetown"))
                .then_some("SLE")
        }),
        rial: hints.rial.or_else(|| named(parse::Shared::Rial)),
        ..hints
    }
}

/// The [`CurrencyHints`] of the codes a text writes (see [`currency_codes_in`]).
pub fn hints_of(codes: &[(usize, &'static str)]) -> CurrencyHints {
    // Which codes of each family were seen, as bits, by their place in the family.
    // (One pass: the marks of grouped numbers and the shillings' letters, which a report may
    // write thousands of, are told apart before any family is searched.)
    let mut seen = [0u8; FAMILIES.len()];
    let (mut spaced, mut dotted) = (false, false);
    let mut lettered: Option<Option<&'static str>> = None;
    for &(_, code) in codes {
        match code {
            SPACED => spaced = true,
            DOTTED => dotted = true,
            _ if let Some(shilling) = shilling_of_letters(code) => {
                // (`Some(Some(code))` while every letter names one shilling, `Some(None)` once two
                // differ.)
                lettered = Some(match lettered {
                    None => Some(shilling),
                    Some(one) => one.filter(|&c| c == shilling),
                });
            }
            _ => {
                for (bits, family) in seen.iter_mut().zip(FAMILIES) {
                    if let Some(at) = family.iter().position(|&c| c == code) {
                        *bits |= 1 << at;
                    }
                }
            }
        }
    }
    let one = |family: usize| {
        let bits = seen[family];
        (bits.count_ones() == 1).then(|| FAMILIES[family][bits.trailing_zeros() as usize])
    };
    CurrencyHints {
        rupee: one(0),
        yen: one(1),
        peso: one(2),
        rial: one(3),
        leu: one(4),
        cfa: one(5),
        dinar: one(6),
        // (Or, in a report that writes no shilling's code, the one shilling its letters name:
        // `KSh` and never `TSh` or `USh`.)
        shilling: one(7).or_else(|| lettered.flatten().filter(|_| seen[7] == 0)),
        several: seen
            .iter()
            .enumerate()
            .filter(|(_, bits)| bits.count_ones() > 1)
            .fold(0, |m, (i, _)| m | 1 << i)
            | if lettered == Some(None) { 1 << 7 } else { 0 },
        franc: one(8),
        ariary: one(9),
        som: one(10),
        leone: one(11),
        lempira: one(12),
        country: None,
        row: None,
        titled: [None; 3],
        spaced,
        dotted,
    }
}

/// Appends to `out`, in order, the currency codes of [`CurrencyHints`] that `text` writes
/// starting at byte offsets `from..to`, with their offsets (`RMB` read as `CNY`, `₹` as
/// `INR`, the words `yuan` and `renminbi` as `CNY`, `yen` as `JPY`). A code is a word of its own: the bytes around it are read in the whole text, so
/// that a part of a text can be scanned again after an edit.
pub fn currency_codes_in(text: &str, from: usize, to: usize, out: &mut Vec<(usize, &'static str)>) {
    use crate::syntax::inline::{HIGH, ONES};
    let b = text.as_bytes();
    let to = to.min(b.len());
    let first = out.len();
    let mut note_code = |start: usize| {
        // Every code is three capitals: most capitals start a word in lower case.
        if !b.get(start + 1..start + 3).is_some_and(|rest| rest.iter().all(u8::is_ascii_uppercase))
            || start > 0 && b[start - 1].is_ascii_alphanumeric()
            || b.get(start + 3).is_some_and(u8::is_ascii_alphanumeric)
        {
            return;
        }
        // (`RMB` and `CNY` name the same currency.)
        let Some(word) = b.get(start..start + 3) else { return };
        let code = if word == b"RMB" {
            "CNY"
        } else {
            match FAMILIES.iter().flat_map(|f| f.iter()).find(|c| c.as_bytes() == word) {
                Some(&code) => code,
                None => return,
            }
        };
        out.push((start, code));
    };
    // Eight bytes at a time: most hold no capital letter (see `inline::ascii_letters`).
    let mut i = from.min(to);
    while i + 8 <= to
        && let Some(chunk) = b.get(i..i + 8)
    {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else { break };
        let word = u64::from_le_bytes(chunk);
        let low = word & !HIGH;
        let from_a = low + (0x80 - u64::from(b'A')) * ONES;
        let past_z = low + (0x80 - u64::from(b'Z') - 1) * ONES;
        let mut capitals = from_a & !past_z & !word & HIGH;
        while capitals != 0 {
            note_code(i + (capitals.trailing_zeros() / 8) as usize);
            capitals &= capitals - 1;
        }
        i += 8;
    }
    for (k, c) in b.iter().enumerate().take(to).skip(i) {
        if c.is_ascii_uppercase() {
            note_code(k);
        }
    }
    // The rupee's and the Philippine peso's signs, three bytes (E2 82 B9, E2 82 B1) starting
    // in the range (one search for the two bytes every such sign starts with).
    let from = from.min(to);
    let signs = memchr::memmem::find_iter(&b[from..(to + 2).min(b.len())], b"\xE2\x82")
        .map(|at| from + at)
        .filter(|&at| at < to)
        .filter_map(|at| match b.get(at + 2) {
            Some(0xB9) => Some((at, "INR")),
            Some(0xB1) => Some((at, "PHP")),
            _ => None,
        });
    let before = out.len();
    out.extend(signs);
    // (East Africa's shillings by their letters, which name one country each: `KSh`, `TSh`,
    // `USh`, glued to the amount or not.)
    // (Listed as written: they settle `Sh` only in a report that writes no shilling's code.)
    // (One search for `Sh`, the letter before it telling whose.)
    // (Somalia's `SoSh` has two letters before it.)
    let letters = memchr::memmem::find_iter(&b[from..(to + 3).min(b.len())], b"Sh")
        .filter_map(|at| (from + at).checked_sub(1))
        .map(|at| if b[at] == b'o' && at > 0 && b[at - 1] == b'S' { at - 1 } else { at })
        .filter(|&at| (from..to).contains(&at) && !(at > 0 && b[at - 1].is_ascii_alphanumeric()))
        .filter_map(|at| {
            if b[at + 1] == b'o' {
                return Some((at, "SoSh"));
            }
            SHILLING_LETTERS.iter().find(|l| l.as_bytes()[0] == b[at]).map(|&l| (at, l))
        });
    out.extend(letters);
    // (The yen sign's two currencies by their words: a report that writes `yuan` or
    // `renminbi` and never `yen` prices its `¥` in yuan, however far from the word.)
    // (Lowercase only: `Yuan` is as often a name, the trawler `Fu Yuan Yu 7682`.)
    for (word, code) in [("yuan", "CNY"), ("renminbi", "CNY"), ("yen", "JPY")] {
        let whole = |at: usize| {
            let glued = |k: Option<usize>| k.and_then(|k| b.get(k)).is_some_and(u8::is_ascii_alphanumeric);
            !glued(at.checked_sub(1)) && !glued(Some(at + word.len()))
        };
        let found = memchr::memmem::find_iter(&b[from..(to + word.len()).min(b.len())], word.as_bytes())
            .map(|at| from + at)
            .filter(|&at| at < to && whole(at));
        out.extend(found.map(|at| (at, code)));
    }
    // (And the numbers grouped with plain spaces or the European way, which the lexer reads by
    // the whole report.)
    lex::space_groupings_in(text, from, to, |at| out.push((at, SPACED)));
    lex::dot_groupings_in(text, from, to, |at| out.push((at, DOTTED)));
    if out.len() > before {
        out[first..].sort_unstable_by_key(|&(at, _)| at);
    }
}

/// The figure recognizer with buffers kept between calls: [`recognize`] for many texts
/// without allocating the lexer's tokens and the lowercased text for each.
#[derive(Debug, Default)]
pub struct Recognizer {
    toks: Vec<lex::Tok>,
    candidates: Vec<usize>,
    lowered: String,
    units: Units,
    currency: CurrencyHints,
}

/// The units and nouns of the figures found so far, each allocated once: a report names the
/// same few dozen units thousands of times, and its figures share them.
#[derive(Debug, Default)]
pub(super) struct Units(std::cell::RefCell<crate::text::SharedStrings>);

impl Units {
    /// The shared copy of `unit`.
    pub(super) fn get(&self, unit: &str) -> Arc<str> {
        self.0.borrow_mut().get(unit)
    }
}

impl Recognizer {
    /// Reads the currency signs and words several countries share as `hints` say the report
    /// writes them (see [`currency_hints`]).
    pub fn set_currency_hints(&mut self, hints: CurrencyHints) {
        self.currency = hints;
    }

    /// The country the report's title names (see [`title_country`]), as the hints hold it.
    pub(crate) fn title_country(&self) -> Option<&'static str> {
        self.currency.country
    }

    /// Reads what follows as a table row whose label names `country` (or none): `| Kuwait |
    /// KD 61.5 |`.
    pub(crate) fn set_row_country(&mut self, country: Option<&'static str>) {
        self.currency.row = country;
    }
}

/// The one country a table row's label (its first cell's text) names, as a title would (see
/// [`title_country`]): `Saudi Arabia` → `SA`, `Kuwait` → `KW`; none for a label naming none
/// or several.
pub(crate) fn label_country(label: &str) -> Option<&'static str> {
    if label.len() > 80 {
        return None;
    }
    country_of_title(&label.to_lowercase())
}

impl Recognizer {
    /// Finds every figure in `text`, as [`recognize`] does.
    pub fn recognize(&mut self, text: &str) -> Vec<Figure> {
        let mut out = Vec::new();
        self.recognize_into(text, &mut out);
        out
    }

    /// Finds every figure in `text`, as [`recognize`] does, replacing the contents of `out`.
    pub fn recognize_into(&mut self, text: &str, out: &mut Vec<Figure>) {
        self.read(text, out, false, false);
    }

    /// Finds the figures of a heading's text: a number before a capitalised word at its start
    /// numbers the heading ("5 Armed groups"), where elsewhere it may count a noun after the
    /// word ("40 Russian instructors").
    pub fn recognize_heading_into(&mut self, text: &str, out: &mut Vec<Figure>) {
        self.read(text, out, false, true);
    }

    /// Finds the figures of `text` as [`Recognizer::recognize_into`] does, for a text that
    /// starts with the content of a span naming a quantity (`[seven]{qty=x} batteries`): a
    /// spelled-out number at its start is a figure without a magnitude, because the author
    /// marked it as one.
    pub fn recognize_marked_into(&mut self, text: &str, out: &mut Vec<Figure>) {
        self.read(text, out, true, false);
    }

    fn read(&mut self, text: &str, out: &mut Vec<Figure>, marked: bool, heading: bool) {
        out.clear();
        if !may_hold_figure(text.as_bytes()) {
            return;
        }
        let grouping = lex::Grouping { spaced: self.currency.spaced, dotted: self.currency.dotted };
        lex::lex_grouped(text, &mut self.toks, &mut self.candidates, grouping);
        self.lowered.clear();
        self.lowered.push_str(text);
        self.lowered.make_ascii_lowercase();
        let parser = parse::Parser::new(text, &self.lowered, &self.toks, &self.units).currency(self.currency);
        let parser = if marked { parser.marked() } else { parser };
        let parser = if heading { parser.heading() } else { parser };
        parser.run_into(&self.candidates, out);
    }
}

/// Whether `text` can hold a figure at all: every figure has a numeral (an ASCII digit), a
/// spelled-out number, which has a number word ("three") or a magnitude word ("a million"), a
/// share in words, which has a fraction's word ("half", "a third"), or a multiple in words
/// ("twice"). Such a word is a token
/// of ASCII letters only, so it is a whole run of ASCII letters here.
fn may_hold_figure(b: &[u8]) -> bool {
    if b.iter().any(u8::is_ascii_digit) {
        return true;
    }
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let run = i - start;
        // Number and magnitude words are 3 to 9 letters long.
        if (3..=9).contains(&run) {
            let mut buf = [0u8; 9];
            for (d, s) in buf.iter_mut().zip(&b[start..i]) {
                *d = s.to_ascii_lowercase();
            }
            let word = std::str::from_utf8(&buf[..run]).unwrap_or("");
            // (Or a fraction's word, which a share in words needs: "Nearly half said", "a third
            // of households".)
            if lexicon::number_word(word).is_some()
                || lexicon::magnitude_word(word).is_some()
                // (Or a multiple in words: "twice the rate", "roughly double the fee".)
                || matches!(word, "twice" | "double" | "triple" | "treble" | "quadruple")
                || lexicon::fraction_denominator(word, false).is_some()
                || lexicon::fraction_denominator(word, true).is_some()
            {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn one(text: &str) -> Figure {
        let figures = recognize(text);
        assert_eq!(figures.len(), 1, "{text:?}: {figures:#?}");
        figures.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    /// A number before a nationality or a designation and a plural in lower case counts the
    /// plural in a list item or a table cell, and numbers a heading.
    #[test]
    fn numbered_headings_and_counts_before_a_capitalised_word() {
        let mut r = Recognizer::default();
        let mut out = Vec::new();
        for (text, heading, figures) in [
            ("40 Russian instructors arrived in Niamey", false, 1),
            ("4 Mi-24P helicopters", false, 1),
            ("9 Malian soldiers", false, 1),
            ("9 Malian soldiers", true, 0),
            ("5 Armed groups", false, 0),
            ("4 Humanitarian impacts", false, 0),
            ("3 Key Findings", false, 0),
            ("1 Introduction", false, 0),
        ] {
            if heading {
                r.recognize_heading_into(text, &mut out);
            } else {
                r.recognize_into(text, &mut out);
            }
            assert_eq!(out.len(), figures, "{text:?} (heading: {heading})");
        }
    }

    /// The reader of a document numbers headings and counts in list items alike.
    #[test]
    fn headings_are_read_as_headings_by_the_document_reader() {
        let text = "## 9 Malian soldiers\n\n- 9 Malian soldiers\n";
        let doc = crate::syntax::parse(text).document;
        let found: Vec<&str> = doc.figures.iter().map(|f| f.figure.span.slice(text)).collect();
        assert_eq!(found, ["9 Malian soldiers"]);
        assert!(doc.figures[0].figure.span.start > text.find("- ").unwrap_or(0));
    }

    #[test]
    fn range_with_noun() {
        let text = "between 20,000 and 23,000 fighters";
        let f = one(text);
        assert_eq!(f.span.slice(text), text);
        assert_eq!((f.low, f.high), (Some(20_000.0), Some(23_000.0)));
        assert_eq!(f.unit.as_deref(), Some("fighter"));
        let (a, b) = f.ends.unwrap_or_default();
        assert_eq!((a.slice(text), b.slice(text)), ("20,000", "23,000"));
    }

    #[test]
    fn inverted_range_keeps_written_order() {
        let f = one("between 900 and 600");
        assert_eq!((f.low, f.high), (Some(900.0), Some(600.0)));
    }

    #[test]
    fn exact_decimal_magnitudes() {
        assert_eq!(one("$4.1 billion").low, Some(4_100_000_000.0));
        assert_eq!(one("1.5 million").low, Some(1_500_000.0));
        assert_eq!(one("0.3%").low, Some(0.3));
    }

    #[test]
    fn years_are_not_figures() {
        assert!(recognize("in 2025").is_empty());
        assert!(recognize("between 2019 and 2021").is_empty());
        assert!(recognize("the 1990s").is_empty());
    }

    #[test]
    fn spelled_numbers_without_digits_are_read() {
        assert!(!may_hold_figure(b"no numbers here, only words"));
        assert!(may_hold_figure(b"Three"));
        assert!(may_hold_figure(b"a MILLION"));
        assert!(may_hold_figure(b"Nearly half said"));
        assert!(may_hold_figure(b"a third of them"));
        assert_eq!(one("three million people").low, Some(3_000_000.0));
        assert_eq!(one("half a billion").low, Some(500_000_000.0));
        let mut r = Recognizer::default();
        assert!(r.recognize("nothing to see").is_empty());
        assert_eq!(r.recognize("about 20 fighters").len(), 1);
        assert_eq!(r.recognize("twenty-five per cent").len(), 1);
    }

    /// A small spelled-out number is a figure only where the author marks it as one, at the
    /// start of the text.
    #[test]
    fn spelled_numbers_count_where_marked() {
        let mut r = Recognizer::default();
        assert!(r.recognize("seven batteries").is_empty());
        let mut out = Vec::new();
        r.recognize_marked_into("seven batteries, of which three", &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!((out[0].low, out[0].unit.as_deref()), (Some(7.0), Some("battery")));
        r.recognize_marked_into("about seven", &mut out);
        assert_eq!((out[0].low, out[0].approx), (Some(7.0), true));
        r.recognize_marked_into("the seven", &mut out);
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn bounds_merge_only_when_consistent() {
        let f = one("more than 10 and less than 20");
        assert_eq!((f.low, f.high), (Some(10.0), Some(20.0)));
        assert_eq!(recognize("more than 40 and less than 10").len(), 2);
    }

    #[test]
    fn huge_and_odd_inputs_do_not_panic() {
        let long = "9".repeat(5000);
        let _ = recognize(&long);
        let _ = recognize(&format!("{long}.{long}%"));
        let _ = recognize("$ € £ ¥ – — ~ % . , 1, ,1 .1. -1- +1+ ²³ µg 元");
        let _ = recognize("é1€2£3 ٪4 ５ 𝟓");
    }

    fn arbitrary_text() -> impl Strategy<Value = String> {
        #[rustfmt::skip]
        let pieces = prop::sample::select(vec![
            "0", "1", "7", "20", "2025", "1,000", "3.5", ".5", "1.2.3", " ", " ", "\n", ",", ".", "-", "–", "—",
            "~", "%", "$", "€", "£", "US", "USD", "Rs", "+", "/", ":", "'", "(", ")", "#", "=", "<", ">", "between",
            "and", "to", "from", "more", "than", "up", "about", "some", "an", "estimated", "or", "million", "bn", "k",
            "m", "km", "percent", "per", "cent", "fighters", "people", "Article", "No", "Feb", "May", "in", "the",
            "two", "twenty", "a", "half", "é", "日本", "\u{a0}", "\u{202f}", "²", "°", "https://", "@", "www.", "st",
            "s", "U", "S", "u", "C", "HK", "M", "MUSD", "lakh", "hundred", "thousand", "over", "years", "out", "of",
            "pm", "GMT", "BC", "January", "Monday", "2", "000", "99999999999", "−", "≥", "odd", "plus", "strong",
            "hour", "sq", "square", "Swiss", "francs", "pounds",
        ]);
        prop::collection::vec(pieces, 0..48).prop_map(|v| v.concat())
    }

    /// [`currency_hints`] written plainly: the words of three capitals, split at every byte
    /// that is no ASCII letter or digit.
    fn currency_hints_plainly(text: &str) -> CurrencyHints {
        let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphanumeric()).collect();
        let seen = |codes: &[&'static str]| -> Vec<&'static str> {
            codes.iter().copied().filter(|c| words.contains(c)).collect()
        };
        let one = |seen: Vec<&'static str>| (seen.len() == 1).then(|| seen[0]);
        let mut rupees = seen(&["INR", "PKR", "LKR", "NPR", "MUR", "SCR"]);
        if text.contains('₹') && !rupees.contains(&"INR") {
            rupees.push("INR");
        }
        let mut yen = seen(&["JPY", "CNY", "RMB", "yuan", "renminbi", "yen"]);
        for (word, code) in [("RMB", "CNY"), ("yuan", "CNY"), ("renminbi", "CNY"), ("yen", "JPY")] {
            if yen.contains(&word) {
                yen.retain(|c| *c != word);
                if !yen.contains(&code) {
                    yen.push(code);
                }
            }
        }
        let mut pesos = seen(&["MXN", "COP", "ARS", "PHP", "CLP"]);
        if text.contains('₱') && !pesos.contains(&"PHP") {
            pesos.push("PHP");
        }
        let shillings = seen(&["KES", "UGX", "TZS", "SOS"]);
        let mut letters = Vec::new();
        for (written, code) in [("KSh", "KES"), ("TSh", "TZS"), ("USh", "UGX"), ("SoSh", "SOS")] {
            let after_word = text
                .match_indices(written)
                .any(|(at, _)| !text[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric()));
            if after_word {
                letters.push(code);
            }
        }
        let families = [
            rupees,
            yen,
            pesos,
            seen(&["IRR", "YER", "OMR"]),
            seen(&["RON", "MDL"]),
            seen(&["XOF", "XAF"]),
            seen(&["JOD", "IQD", "KWD", "BHD", "LYD", "TND", "DZD", "RSD"]),
            shillings.clone(),
            seen(&["CDF", "RWF", "BIF", "GNF", "DJF", "CHF", "XOF", "XAF"]),
            seen(&["MGA"]),
            seen(&["KGS", "UZS"]),
            seen(&["SLE"]),
            seen(&["HNL"]),
        ];
        let several =
            families.iter().enumerate().filter(|(_, f)| f.len() > 1).fold(0, |m, (i, _)| m | 1 << i)
                | if letters.len() > 1 { 1 << 7 } else { 0 };
        let [rupees, yen, pesos, rials, lei, cfa, dinars, _, francs, ariary, som, leone, lempira] = families;
        CurrencyHints {
            rupee: one(rupees),
            yen: one(yen),
            peso: one(pesos),
            rial: one(rials),
            leu: one(lei),
            cfa: one(cfa),
            dinar: one(dinars),
            shilling: if shillings.is_empty() { one(letters) } else { one(shillings) },
            franc: one(francs),
            ariary: one(ariary),
            som: one(som),
            leone: one(leone),
            lempira: one(lempira),
            several,
            country: None,
            row: None,
            titled: [None; 3],
            // (A number grouped with plain spaces, a group starting with 0: "20 000".)
            spaced: {
                let b = text.as_bytes();
                (0..b.len()).any(|p| {
                    let lead = b[..p].iter().rev().take_while(|c| c.is_ascii_digit()).count();
                    let before = p.checked_sub(lead + 1).map(|k| b[k]);
                    b[p] == b' '
                        && (1..=3).contains(&lead)
                        && !matches!(before, Some(b'.' | b','))
                        && b.get(p + 1) == Some(&b'0')
                        && b.get(p + 2..p + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                        && !b.get(p + 4).is_some_and(u8::is_ascii_digit)
                })
            },
            // (A number grouped with full stops, two groups or more, not an address's octets
            // without a group of zeros; or a decimal comma before a percent sign.)
            dotted: {
                let b = text.as_bytes();
                let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
                let dots = (0..b.len()).any(|s| {
                    if !digit(s) || b[s] == b'0' || s > 0 && (digit(s - 1) || matches!(b[s - 1], b'.' | b','))
                    {
                        return false;
                    }
                    let lead = (s..b.len()).take_while(|&k| digit(k)).count();
                    if !(1..=3).contains(&lead) {
                        return false;
                    }
                    let mut groups = Vec::new();
                    let mut at = s + lead;
                    while b.get(at) == Some(&b'.') && (1..=3).all(|d| digit(at + d)) && !digit(at + 4) {
                        groups.push(&text[at + 1..at + 4]);
                        at += 4;
                    }
                    let value = |d: &str| d.parse::<u32>().unwrap_or(0);
                    let octets = value(&text[s..s + lead]) <= 255 && groups.iter().all(|g| value(g) <= 255);
                    let more = b.get(at) == Some(&b'.')
                        && b.get(at + 1).is_some_and(u8::is_ascii_alphanumeric)
                        || b.get(at) == Some(&b'[');
                    (2..=4).contains(&groups.len()) && !more && (!octets || groups.contains(&"000"))
                });
                let percent = (0..b.len()).any(|p| {
                    let lead = (0..p).rev().take_while(|&k| digit(k)).count();
                    let before = p.checked_sub(lead + 1).map(|k| b[k]);
                    let decimals = (p + 1..b.len()).take_while(|&k| digit(k)).count();
                    let mut after = p + 1 + decimals;
                    if b.get(after) == Some(&b'-') && digit(after + 1) {
                        after += 1 + (after + 1..b.len()).take_while(|&k| digit(k)).count();
                    }
                    if b.get(after) == Some(&b' ') {
                        after += 1;
                    }
                    b[p] == b','
                        && (1..=3).contains(&lead)
                        && !matches!(before, Some(b'.' | b','))
                        && (1..=2).contains(&decimals)
                        && (b.get(after) == Some(&b'%')
                            || text.get(after..).is_some_and(|t| t.starts_with('€')))
                });
                // (Or alone in a table's cell, maybe as a range of two with as many decimals:
                // `| 6,79 |`, `| 8,90–9,50 |`.)
                let cells = text.split('|').skip(1).collect::<Vec<_>>();
                let cell = cells.len() >= 2
                    && cells[..cells.len() - 1].iter().any(|cell| {
                        fn number(n: &str) -> Option<(&str, &str)> {
                            n.split_once(',').filter(|(int, dec)| {
                                (1..=3).contains(&int.len())
                                    && (1..=2).contains(&dec.len())
                                    && int.bytes().chain(dec.bytes()).all(|c| c.is_ascii_digit())
                            })
                        }
                        let padded = |side: &str| side.len() <= CELL_PADDING;
                        if !padded(&cell[..cell.len() - cell.trim_start_matches(' ').len()])
                            || !padded(&cell[cell.trim_end_matches(' ').len()..])
                        {
                            return false;
                        }
                        let cell = cell.trim_matches(' ');
                        match cell.split_once(['–', '-']) {
                            Some((a, b)) => number(a)
                                .zip(number(b))
                                .is_some_and(|((_, x), (int, y))| x.len() == y.len() && !int.is_empty()),
                            None => number(cell).is_some(),
                        }
                    });
                dots || percent || cell
            },
        }
    }

    #[test]
    fn currency_hints_name_the_one_code_of_each_family() {
        let h = currency_hints("Rs 5 and PKR 7; ¥3 or RMB 4, CNY 9; COP 1, pesos 2");
        assert_eq!(
            h,
            CurrencyHints {
                rupee: Some("PKR"),
                yen: Some("CNY"),
                peso: Some("COP"),
                rial: None,
                leu: None,
                cfa: None,
                dinar: None,
                shilling: None,
                franc: None,
                ariary: None,
                som: None,
                leone: None,
                lempira: None,
                country: None,
                row: None,
                titled: [None; 3],
                spaced: false,
                dotted: false,
                several: 0,
            }
        );
        assert_eq!(currency_hints("XAF 5,500 and 780 francs").franc, Some("XAF"));
        assert_eq!(currency_hints("a fund of L 410,000 (HNL)").lempira, Some("HNL"));
        assert_eq!(currency_hints("XAF 5,500 and CDF 40").franc, None);
        assert_eq!(currency_hints("fines of 5,000 lei (MDL)").leu, Some("MDL"));
        assert_eq!(currency_hints("RON 5 or MDL 6").leu, None);
        // Two codes of a family, or a code inside a longer word, name none; the family is
        // marked as written several ways.
        let h = currency_hints("Rs 1, ¥1, 3 pesos; PKR 5 and INR 6; XJPY 3, JPYs; ₹5 and LKR 2");
        assert_eq!(h, CurrencyHints { several: 1, ..CurrencyHints::default() });
        assert_eq!(currency_hints("KES 5 and TZS 6").several, 1 << 7);
        assert_eq!(currency_hints("KSh 5 and TSh 6").several, 1 << 7);
        assert_eq!(currency_hints("KSh 5 and KES 6").several, 0);
        assert_eq!(currency_hints("₹5 or Rs 5").rupee, Some("INR"));
        // The yen sign's currencies by their words too, whole words only.
        assert_eq!(currency_hints("the yuan firmed; ¥412 million").yen, Some("CNY"));
        assert_eq!(currency_hints("Renminbi: no; renminbi 5").yen, Some("CNY"));
        assert_eq!(currency_hints("the yen fell and the yuan rose").yen, None);
        assert_eq!(currency_hints("the yen fell, as did JPY").yen, Some("JPY"));
        assert_eq!(currency_hints("Cheyenne and yuans, Yen, yenning").yen, None);
        assert_eq!(currency_hints("the trawler Fu Yuan Yu 7682; ¥1,850 a kilo").yen, None);
    }

    #[test]
    fn a_title_names_one_country_of_the_shilling_or_none() {
        assert_eq!(country_of_title("maize flour prices in kenya"), Some("KE"));
        assert_eq!(country_of_title("coffee smuggled from uganda into kenya"), None);
        assert_eq!(country_of_title("burundian refugees in tanzania's nduta camp"), None);
    }

    /// The countries whose letters (the rand's `R`, the Gulf's `KD`, `BD`, `ID`, `SR`, `RO`,
    /// Morocco's `DH`) a title settles,
    /// by name, possessive or place; and none for a region or two countries.
    #[test]
    fn a_title_names_the_country_of_a_letter_currency() {
        for (title, country) in [
            ("unpaid bulk bills: south africa's municipal arrears", Some("ZA")),
            ("eskom and the metros: tshwane's debt", Some("ZA")),
            ("cape town's water tariffs", Some("ZA")),
            ("rido in lanao del sur: clan feuds and the price of settlement", Some("PH")),
            ("kerio valley: police reservists and stolen herds", Some("KE")),
            ("cocoa prices in west africa", None),
            ("migrants from southern africa", None),
            ("kuwait's citizenship revocations", Some("KW")),
            ("bahrain's public debt in 2026", Some("BH")),
            ("iraq's shrinking rivers", Some("IQ")),
            ("kuwait and iraq: the border", None),
            ("morocco: flour subsidies, february 2026", Some("MA")),
            ("ghost workers on kogi state's payroll", Some("NG")),
            ("kakuma after the floods", Some("KE")),
            ("cocaine street prices in sydney", Some("AU")),
            ("drought and hay prices in borana", Some("ET")),
            ("syrian fighters paid in libya", None),
            ("the manica gold export gap", Some("MZ")),
            ("glacial lakes and dams in gilgit-baltistan", Some("PK")),
            ("paddy prices in chhattisgarh", Some("IN")),
            ("hotel occupancy in south sinai", Some("EG")),
            ("cholera in south sudan's upper nile", Some("SS")),
            ("el fasher under siege: sudan's darfur", Some("SD")),
            ("saudi arabia's giga-project spending", Some("SA")),
            ("oman's fiscal year 2026", Some("OM")),
            ("morocco and the emirates: a gas deal", None),
            ("batticaloa and ampara: maha paddy compensation", Some("LK")),
            ("rize's fresh tea leaf in 2026: çaykur quotas", Some("TR")),
            ("platinum's thin dividend: pgm royalties and bushveld towns", Some("ZA")),
            ("blue boats in milne bay: kina prices and png's enforcement gap", Some("PG")),
            ("concrete and cash: laundering through tirana's apartment boom", Some("AL")),
            ("breached bordos: flooding in the lower ulúa and chamelecón", Some("HN")),
            ("paying at the gate: levies on the muse–lashio road, northern shan state", Some("MM")),
            ("shan noodles and other recipes", None),
            ("santa cruz de la sierra's third-level hospitals", Some("BO")),
            ("ballot burnings in potosí", Some("BO")),
            ("guéckédou's wednesday market: currency changers", Some("GN")),
            ("commuters between encarnación and posadas", Some("PY")),
            ("khasab's night crossings", Some("OM")),
            ("water tariffs in chtouka aït baha, souss-massa", Some("MA")),
            ("the hallaba diesel trade around ahfir and berkane", Some("MA")),
            ("gotland's subsea links after the anchor incidents", Some("SE")),
            ("transit cargo bonds out of nouakchott", Some("MR")),
            ("roof grants on carriacou after beryl", Some("GD")),
            ("sea days of tuvalu's guardian boat", Some("TV")),
            ("antigua guatemala's water", Some("GT")),
            ("ngazidja's roofs after the cyclone", Some("KM")),
            ("papua new guinea's kina", Some("PG")),
            ("khatlon's pump stations: water fees", Some("TJ")),
            ("dire dawa and the eastern corridor: cooking gas refill prices", Some("ET")),
        ] {
            assert_eq!(country_of_title(title), country, "{title:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn currency_hints_read_eight_bytes_as_one_at_a_time(
            text in prop::collection::vec(prop::sample::select(vec![
                "PKR", "INR", "LKR", "NPR", "JPY", "CNY", "RMB", "MXN", "COP", "ARS", "PHP", "CLP", "₹", "IRR", "YER",
                "RON", "MDL", "XOF", "XAF", "IQD", "JOD", "RSD", "KES", "UGX", "MUR", "KGS", "UZS", "MGA",
                " ", "x", "X", "1", ",", "é", "PK", "R", "\n", "Rs", "¥", "pesos", "Rupee", "rs", "₱", "€",
                "yuan", "Yuan", "yen", "renminbi", "y", "|", "–", "-", "6,79",
            ]), 0..40).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(currency_hints(&text), currency_hints_plainly(&text), "{:?}", text);
        }

        #[test]
        fn recognize_never_panics_and_spans_are_sound(text in arbitrary_text()) {
            let figures = recognize(&text);
            let mut last_end = 0;
            for f in &figures {
                prop_assert!(f.span.start < f.span.end);
                prop_assert!(f.span.end <= text.len());
                prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
                prop_assert!(f.span.start >= last_end, "overlap in {:?}", text);
                last_end = f.span.end;
                if let Some((a, b)) = f.ends {
                    prop_assert!(f.span.covers(a) && f.span.covers(b));
                    prop_assert!(a.end <= b.start);
                }
            }
        }

        #[test]
        fn texts_passed_over_hold_no_figure(text in arbitrary_text()) {
            if !may_hold_figure(text.as_bytes()) {
                let mut toks = Vec::new();
                lex::lex_into(&text, &mut toks);
                let lowered = text.to_ascii_lowercase();
                let units = Units::default();
                prop_assert!(parse::Parser::new(&text, &lowered, &toks, &units).run().is_empty(), "{:?}", text);
            }
        }

        #[test]
        fn the_lexer_lists_every_candidate(text in arbitrary_text()) {
            let (mut toks, mut candidates) = (Vec::new(), Vec::new());
            lex::lex_with_candidates(&text, &mut toks, &mut candidates);
            let expected: Vec<usize> = (0..toks.len())
                .filter(|&i| {
                    let t = toks[i];
                    t.kind == lex::Kind::Num
                        || t.kind == lex::Kind::Word
                            && lex::may_start(&text.as_bytes()[t.start..t.end])
                })
                .collect();
            prop_assert_eq!(candidates, expected, "{:?}", text);
        }

        #[test]
        fn recognize_never_panics_on_any_string(text in any::<String>()) {
            for f in recognize(&text) {
                prop_assert!(f.span.end <= text.len());
                prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            }
        }
    }
}
