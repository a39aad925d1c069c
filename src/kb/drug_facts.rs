//! How each option is given, its common side effects and its serious
//! warnings, in plain words, from DRUG-FACTS.md. Each statement keeps the
//! words of DRUG-FACTS.md it was drawn from (`from`): `tests/knowledge.rs`
//! finds them in the file and checks that the pages cited are the ones those
//! words cite and that a `(weak source)` fact is marked limited;
//! `tests/patient_text.rs` checks that every number shown is in them. Where
//! the file says NOT FOUND, the statement says so and cites nothing.

use crate::case::{Case, Menopause, Tri};
use crate::ids::{DrugRef, OptionId};
use DrugRef::*;
use OptionId::*;

pub struct Fact {
    /// What the patient reads.
    pub text: &'static str,
    /// The pages it was read on; none for a line saying what was not found.
    pub pages: &'static [DrugRef],
    /// Rests on a page outside the trusted list: shown as a limited source.
    pub limited: bool,
    /// Says whether hair is lost: the comparison grid's hair-loss row.
    pub hair_loss: bool,
    /// A warning about pregnancy (harm to an unborn baby, birth control):
    /// left out where it cannot apply (`pregnancy_warnings_apply`).
    pub pregnancy: bool,
    /// The words of DRUG-FACTS.md it is drawn from: read by the tests only,
    /// so the browser's module does not carry them.
    #[cfg(not(target_arch = "wasm32"))]
    pub from: &'static str,
}

impl Fact {
    pub fn not_found(&self) -> bool {
        self.pages.is_empty()
    }
}

impl DrugFacts {
    /// Every statement of the option, in the order the card shows them.
    pub fn statements(&'static self) -> impl Iterator<Item = &'static Fact> {
        self.how.iter().chain(self.course).chain(self.common).chain(self.serious)
    }
}

pub struct DrugFacts {
    pub id: OptionId,
    /// Care rather than a medicine: the view asks "what it involves".
    pub involves: bool,
    /// Route and schedule: also the clinician's "Given as".
    pub how: &'static [Fact],
    /// How long it is taken and how it is checked: the patient's only.
    pub course: &'static [Fact],
    /// The pages give more than one schedule: the view says so rather than pick one.
    pub schedules_differ: bool,
    pub common: &'static [Fact],
    pub serious: &'static [Fact],
    /// A combination: each drug's own facts apply too.
    pub parts: &'static [OptionId],
}

const fn fact(text: &'static str, pages: &'static [DrugRef], from: &'static str) -> Fact {
    #[cfg(target_arch = "wasm32")]
    let _ = from;
    Fact {
        text,
        pages,
        limited: false,
        hair_loss: false,
        pregnancy: false,
        #[cfg(not(target_arch = "wasm32"))]
        from,
    }
}

const fn weak(text: &'static str, pages: &'static [DrugRef], from: &'static str) -> Fact {
    Fact { limited: true, ..fact(text, pages, from) }
}

const fn not_found(text: &'static str, from: &'static str) -> Fact {
    fact(text, &[], from)
}

/// A statement that says hair is lost, and how often where its page says.
const fn hair(f: Fact) -> Fact {
    Fact { hair_loss: true, ..f }
}

/// A warning about pregnancy: every sentence of it is about pregnancy, so leaving it out hides nothing else.
const fn pregnancy(f: Fact) -> Fact {
    Fact { pregnancy: true, ..f }
}

const fn drug(id: OptionId) -> DrugFacts {
    DrugFacts {
        id,
        involves: false,
        how: &[],
        course: &[],
        schedules_differ: false,
        common: &[],
        serious: &[],
        parts: &[],
    }
}

const TEMPERATURE: Fact = fact(
    "Call your cancer centre straight away if your temperature is 38°C or more, or you feel shivery or unwell. It may be the first sign of an infection, which can become life-threatening within hours.",
    &[CrukTemperature],
    "Temperature of 38°C or more, or shivery/unwell (may be the first sign of infection): contact your cancer centre straight away — infection can become life-threatening within hours",
);
const SCANS: Fact = fact(
    "For cancer that has spread, scans show whether it is working. If it stops working, another hormone therapy can usually be tried.",
    &[MacmillanSecondaryHormonal],
    "scans show whether it is working, and if it stops working another hormone therapy can usually be tried",
);
const AS_LONG: Fact = weak(
    "It can be taken for as long as it keeps the cancer from growing.",
    &[LbbcHormonalQuestions],
    "it can be taken as long as it keeps the cancer from growing",
);
const NO_TRUSTED_LIST: Fact = not_found(
    "A side-effect list for these drugs together was not found on a trusted page.",
    "Trusted side-effect lists for GemCarbo, FEC/FAC, CMF, docetaxel+capecitabine, GemTaxol",
);

const GOSERELIN: Fact = fact(
    "Goserelin is a small pellet put under the skin of your tummy every 4 weeks. There is also a form given every 12 weeks. The first is given in hospital, then by your GP.",
    &[MacmillanOfsTamoxifen],
    "goserelin pellet injected under the tummy skin every 4 weeks (or 12-weekly form); first at hospital, then GP [S1]",
);
const OVARIES_SURGERY: Fact = fact(
    "Another way is keyhole surgery to remove the ovaries. Most people go home the same day. Less often, radiotherapy is used.",
    &[BcnOfsTamoxifen],
    "Or keyhole removal of the ovaries (usually home same day), or, less often, radiotherapy [S2]",
);
const MENOPAUSE_EFFECTS: Fact = fact(
    "Stopping the ovaries brings menopause-type effects: hot flushes, changes to periods, low sex drive, a dry vagina, feeling sick, sore joints, mood changes and tiredness.",
    &[CrukOfsTamoxifen],
    "menopause-type effects — hot flushes, period changes, low sex drive, vaginal dryness, sickness, sore joints, mood changes, tiredness [S3]",
);
const SORE_SITE: Fact = fact("The injection site can be sore.", &[MacmillanOfsTamoxifen], "sore injection site [S1]");
const GOSERELIN_PREGNANCY: Fact = pregnancy(fact(
    "Goserelin can harm an unborn baby: use birth control without hormones until 12 weeks after stopping it.",
    &[DrugscomOfsTamoxifen],
    "goserelin can harm an unborn baby (non-hormone birth control until 12 weeks after) and thin bones [S4]",
));
const GOSERELIN_BONES: Fact = fact("Goserelin can thin the bones.", &[DrugscomOfsTamoxifen], "and thin bones [S4]");
const SURGERY_RISK: Fact = fact(
    "Surgery has a small risk of harm to organs or nerves, infection or blood clots.",
    &[BcnOfsTamoxifen],
    "surgery carries a small risk of organ/nerve damage, infection or clots [S2]",
);

const TAMOXIFEN_HOW: Fact = fact(
    "A tablet (or a liquid) taken by mouth once a day, at the same time each day. After early breast cancer it is usually taken for 5 years, sometimes 10.",
    &[CrukTamoxifen, LbbcHormonalQuestions],
    "tablet (or liquid) by mouth once a day, same time; after early breast cancer usually 5 years, sometimes 10 [S1][S5]",
);

const NSAI_COMMON: Fact = fact(
    "Anastrozole, in more than 1 in 10 people: sore or stiff joints (over 3 in 10), hot flushes, headache, feeling sick, rash and tiredness.",
    &[CrukNsai2],
    "anastrozole (UK >1 in 10): sore/stiff joints (over 3 in 10), hot flushes, headache, feeling sick, rash, tiredness [S2]",
);
const WEAKER_BONES: Fact = fact(
    "Bones can become weaker and break more easily.",
    &[CrukNsai2, NhsNsai],
    "Weaker bones that break more easily [S2][S4]",
);

const EXEMESTANE_HOW: Fact = fact(
    "A tablet by mouth once a day, best after a meal. After early breast cancer it is usually taken for a few years.",
    &[CrukExemestane, LbbcHormonalQuestions],
    "tablet by mouth once a day, best after a meal; after early breast cancer usually for a few years [S1][S7]",
);

const ANTHRACYCLINE_WARNING: Fact = fact(
    "The US label's strongest warnings: harm to the heart and heart failure, a risk that rises with the total dose, so the heart is checked before, during and after. Leukaemia later on. Damage to the skin if the drug leaks out of the vein. Very low blood counts, which can lead to infection and death.",
    &[FdaAnthracycline, FdaAnthracycline2],
    "boxed warnings — heart damage/failure (rises with total dose; heart checks before, during, after); later leukaemia; tissue damage if it leaks from the vein; very low blood counts, infection, death [S4][S5]",
);
const FLUOROURACIL_WARNING: Fact = fact(
    "The US label for fluorouracil warns that an inherited lack of an enzyme (DPD) can cause serious or fatal reactions, so a gene test comes first.",
    &[FdaFacFec],
    "fluorouracil boxed warning — inherited DPD lack can cause serious or fatal reactions; gene test first [S4]",
);
const CYCLOPHOSPHAMIDE_WARNING: Fact = fact(
    "Cyclophosphamide: tell your team about fever or chills, a cough, pain when you pee, or missed periods (these are common).",
    &[DrugscomAcEc],
    "Cyclophosphamide: fever or chills, cough, painful peeing, missed periods (common; report them) [S6]",
);

const NOT_A_MEDICINE: Fact = not_found(
    "No anticancer drug is given, so there are no drug side effects to list.",
    "how/common/serious: not applicable",
);

/// Every option the engine can offer, except the trials (DRUG-FACTS.md has
/// no section for them: the view says so).
pub static DRUG_FACTS: &[DrugFacts] = &[
    DrugFacts {
        how: &[GOSERELIN, OVARIES_SURGERY],
        common: &[MENOPAUSE_EFFECTS, SORE_SITE],
        serious: &[GOSERELIN_PREGNANCY, GOSERELIN_BONES, SURGERY_RISK],
        parts: &[Tamoxifen],
        ..drug(OfsTamoxifen)
    },
    DrugFacts {
        how: &[
            GOSERELIN,
            OVARIES_SURGERY,
            fact(
                "Leuprorelin is another way: an injection under the skin every month or every 3 months. The aromatase inhibitor is a tablet taken each day. It is not used alone before menopause, because the ovaries still make oestrogen.",
                &[BcnOfsAi],
                "leuprorelin injected under the skin monthly or 3-monthly; plus a daily aromatase-inhibitor tablet (nsai/exemestane), not used alone before menopause as the ovaries still make oestrogen [S1]",
            ),
        ],
        schedules_differ: true,
        common: &[MENOPAUSE_EFFECTS, SORE_SITE],
        serious: &[
            fact(
                "If an injection is missed, an egg can be released. Then pregnancy is possible, and the tablet may stop working.",
                &[BcnOfsAi],
                "a missed injection can let an egg be released — pregnancy possible, tablet may stop working [S1]",
            ),
            GOSERELIN_PREGNANCY,
            GOSERELIN_BONES,
            SURGERY_RISK,
        ],
        parts: &[Nsai],
        ..drug(OfsAi)
    },
    DrugFacts {
        how: &[TAMOXIFEN_HOW],
        course: &[SCANS, AS_LONG],
        common: &[fact(
            "In 20 or more of every 100 people: hot flushes, mood changes, discharge or bleeding from the vagina, feeling sick, and swelling from fluid.",
            &[SoltamoxTamoxifen],
            "common (label ≥20%): hot flushes, mood changes, vaginal discharge, vaginal bleeding, feeling sick, fluid swelling [S2]",
        )],
        serious: &[
            fact(
                "The US label warns of cancer of the womb, stroke and blood clots in the lungs; some were fatal. It adds that for most people who already have breast cancer, the benefits outweigh these risks.",
                &[SoltamoxTamoxifen2],
                "boxed warning — womb cancer, stroke, lung clots, some fatal; the label adds that for most people already diagnosed with breast cancer the benefits outweigh these risks [S3]",
            ),
            fact("Get medical help at once if you have signs of a blood clot.", &[SoltamoxTamoxifen3], "Get medical help at once for signs of a blood clot [S6]"),
            fact(
                "Tell your team about any unusual bleeding from the vagina. It can damage the liver, and can cause liver cancer. It is not taken with anastrozole or letrozole.",
                &[SoltamoxTamoxifen],
                "Report odd vaginal bleeding; liver damage incl. cancer; can harm an unborn baby; not with anastrozole/letrozole [S2]",
            ),
            pregnancy(fact(
                "Tamoxifen can harm an unborn baby.",
                &[SoltamoxTamoxifen],
                "can harm an unborn baby; not with anastrozole/letrozole [S2]",
            )),
        ],
        ..drug(Tamoxifen)
    },
    DrugFacts {
        how: &[
            fact(
                "One tablet by mouth once a day. Anastrozole can be taken with or without food. After early breast cancer it is usually taken for up to 5 years.",
                &[CrukNsai, CrukNsai3, LbbcHormonalQuestions],
                "one tablet by mouth once a day [S1][S6]; anastrozole with or without food, after early breast cancer usually for up to 5 years [S1][S8]",
            ),
        ],
        course: &[SCANS, AS_LONG],
        common: &[
            NSAI_COMMON,
            fact("Letrozole: menopause-type effects are likely at first, then ease.", &[NhsNsai], "Letrozole: menopause-type symptoms are likely at first, then ease [S4]"),
            weak(
                "With letrozole, about 3 in 10 people have hot flushes, and about 2 in 10 have sore joints or tiredness.",
                &[Her2Nsai],
                "CRUK-text rates: hot flushes (~3 in 10), sore joints and tiredness (~2 in 10 each) [S3] (weak source)",
            ),
        ],
        serious: &[
            WEAKER_BONES,
            fact("Letrozole can raise blood pressure and cholesterol.", &[NhsNsai], "letrozole can raise blood pressure and cholesterol [S4]"),
            fact(
                "Anastrozole: more heart problems in people who have heart disease, and allergic swelling of the face or throat. It is not used if you still have periods.",
                &[RxlistNsai],
                "Anastrozole: more heart problems in people with heart disease; allergic face/throat swelling; not if still having periods; can harm an unborn baby [S5]",
            ),
            pregnancy(fact("Anastrozole can harm an unborn baby.", &[RxlistNsai], "not if still having periods; can harm an unborn baby [S5]")),
        ],
        ..drug(Nsai)
    },
    DrugFacts {
        how: &[EXEMESTANE_HOW],
        course: &[SCANS, AS_LONG],
        common: &[
            fact("Hot flushes and sweats, in more than 1 in 10 people.", &[CrukExemestane2], "hot flushes and sweats (over 1 in 10) [S4]"),
            fact(
                "Aching joints and muscles. Fewer white blood cells, so more infections.",
                &[BcnExemestane],
                "aching joints and muscles; fewer white cells, so more infections [S5]",
            ),
            weak(
                "After early breast cancer: hot flushes in 22 of every 100 people, joint pain in 18, tiredness in 16.",
                &[MimsExemestane],
                "Early breast cancer: hot flushes 22 in 100, joint pain 18, tiredness 16 [S2] (weak source)",
            ),
        ],
        serious: &[fact(
            "It can thin the bones, so your bones may be checked if you are at risk. Vitamin D is checked first. Never take it with medicines that contain oestrogen, such as HRT.",
            &[PfizerExemestane],
            "Bone thinning (density check if at risk); vitamin D checked first; never with oestrogen medicines such as HRT [S3]",
        )],
        ..drug(Exemestane)
    },
    DrugFacts {
        how: &[fact(
            "Everolimus is a tablet taken once a day, whole with water, at the same time each day. It is always taken with exemestane. Before menopause, the ovaries are stopped too.",
            &[BcnExemestaneEverolimus],
            "everolimus tablet once a day, whole with water, same time, always with exemestane; ovarian suppression too if before menopause [S1]",
        )],
        common: &[
            fact("Mouth ulcers are among the most common side effects.", &[OncolinkExemestaneEverolimus], "mouth ulcers, among the most common [S4]"),
            fact(
                "Also swelling, nosebleeds, cough or shortness of breath, diarrhoea, fever or chills, weight loss, and tingling hands or feet.",
                &[DrugscomExemestaneEverolimus],
                "swelling, nosebleeds, cough or breathlessness, diarrhoea, fever or chills, weight loss, tingling hands/feet [S5]",
            ),
            weak("Rash or itching, and high blood sugar.", &[EmeddbExemestaneEverolimus], "Also rash/itch, high blood sugar [S2] (weak source)"),
        ],
        serious: &[
            fact(
                "Inflamed lungs can be fatal: tell your team about a new cough or shortness of breath. Serious infections can happen, and hepatitis B can come back. The face or throat can swell, more often with pills called ACE inhibitors. The kidneys can fail.",
                &[AfinitorExemestaneEverolimus],
                "lung inflammation, can be fatal (report new cough/breathlessness); serious infections incl. hepatitis B returning; face/throat swelling (more with ACE-inhibitor pills); kidney failure [S3]",
            ),
            fact(
                "Tell your team right away if your temperature is 100.5°F (about 38°C, converted by us) or above, or you have chills or feel unwell.",
                &[AfinitorExemestaneEverolimus],
                "Tell your team right away about a temperature of 100.5°F or above, chills or feeling unwell [S3]",
            ),
        ],
        parts: &[Exemestane],
        ..drug(ExemestaneEverolimus)
    },
    DrugFacts {
        how: &[fact(
            "Two injections into muscle, one in each buttock, each over 1 to 2 minutes. The first 3 doses are 2 weeks apart, then once a month. It is given in hospital or by your GP.",
            &[MacmillanFulvestrant],
            "two injections into muscle, one in each buttock, each over 1–2 minutes; first 3 doses 2 weeks apart, then monthly; hospital or GP [S1]",
        )],
        common: &[fact(
            "The injection site can be sore, swollen or red. Feeling or being sick, poor appetite, constipation or diarrhoea, and an upset stomach. Dizziness, tiredness, weakness, headache and body aches. Hot flushes and poor sleep.",
            &[RxlistFulvestrant],
            "sore, swollen or red injection site, sickness or vomiting, poor appetite, constipation or diarrhoea, upset stomach, dizziness, tiredness, weakness, headache, body aches, hot flushes, poor sleep [S2]",
        )],
        serious: &[
            fact(
                "Your team takes care if you have bleeding problems or low platelets, take blood thinners, or have liver disease.",
                &[DrugscomFulvestrant2],
                "Care with bleeding problems, low platelets, blood thinners or liver disease [S4]",
            ),
            fact(
                "The injection can hurt a nerve: tell your team about numbness or weakness in a leg.",
                &[DrugscomFulvestrant],
                "nerve injury at the injection (report leg numbness/weakness); can harm an unborn baby — birth control until 1 year after [S3]",
            ),
            pregnancy(fact(
                "Fulvestrant can harm an unborn baby: use birth control until 1 year after.",
                &[DrugscomFulvestrant],
                "can harm an unborn baby — birth control until 1 year after [S3]",
            )),
        ],
        ..drug(Fulvestrant)
    },
    DrugFacts {
        how: &[
            fact("Tablets by mouth, usually once a day, sometimes split into two doses.", &[CrukMegestrol], "tablets by mouth; CRUK: usually once a day, sometimes split in two [S1]"),
            weak("The US label for breast cancer says four times a day.", &[EndocrinologyMegestrol], "US label for breast cancer: four times a day [S2] (weak source)"),
        ],
        schedules_differ: true,
        common: &[
            fact(
                "With the liquid form: weight gain, a change in appetite, upset stomach, diarrhoea, wind, poor sleep, lower sex drive and fever. Periods can change, with bleeding you do not expect.",
                &[RxlistMegestrol],
                "common (liquid form): weight gain, appetite change, upset stomach, diarrhoea, wind, poor sleep, lower sex drive, fever; period changes incl. unexpected bleeding [S4]",
            ),
            hair(weak(
                "The tablet label also lists swelling from fluid, shortness of breath, high blood sugar, hair loss, high blood pressure and hot flushes.",
                &[EndocrinologyMegestrol],
                "Tablet label also: fluid swelling, breathlessness, high blood sugar, hair loss, high blood pressure, hot flushes [S2] (weak source)",
            )),
        ],
        serious: &[
            fact(
                "Tell your doctor first if you have diabetes or adrenal problems, or have had blood clots or a stroke.",
                &[PharmacyMegestrol],
                "tell your doctor first about diabetes, adrenal problems, past clots or stroke; can harm an unborn baby [S5]",
            ),
            pregnancy(fact("Megestrol can harm an unborn baby.", &[PharmacyMegestrol], "past clots or stroke; can harm an unborn baby [S5]")),
            fact("It can raise blood sugar.", &[RxlistMegestrol], "can raise blood sugar [S4]"),
            weak(
                "It can cause Cushing's syndrome. The adrenal glands can fail during long use or after stopping it, which can be fatal if missed.",
                &[RecallguideMegestrol],
                "Cushing's syndrome; adrenal failure during or after stopping long use, fatal if missed [S3] (weak source)",
            ),
        ],
        ..drug(Megestrol)
    },
    DrugFacts {
        how: &[
            fact(
                "Tablets by mouth. A UK trial used a low dose after aromatase inhibitors stopped working.",
                &[CrukEstradiol],
                "tablets by mouth. A UK trial used low-dose oestradiol after aromatase inhibitors stopped working [S2]",
            ),
            weak(
                "A US label for breast cancer that has spread says three times a day, for at least 3 months.",
                &[BuzzrxEstradiol],
                "US label for spread breast cancer: three times a day for at least 3 months [S1] (weak source)",
            ),
        ],
        common: &[fact(
            "In that trial, side effects were acceptable apart from bleeding from the vagina. Feeling or being sick was among the most common. The rest of the list was not found.",
            &[CrukEstradiol],
            "in that trial side effects were acceptable apart from vaginal bleeding; feeling/being sick was among the most common (rest NOT FOUND) [S2]",
        )],
        serious: &[
            fact(
                "The US label for menopause hormones warns of cancer of the womb lining: tell your team about unusual bleeding. In a big study there were more heart attacks, strokes, breast cancers and blood clots, and more dementia at 65 and over.",
                &[DailymedEstradiol],
                "boxed warning (menopause-therapy label) — womb-lining cancer (report abnormal bleeding); in a big study more heart attacks, strokes, breast cancers, clots, and dementia at 65+ [S3]",
            ),
            weak(
                "High calcium in the blood, sometimes fatal, in breast cancer that has spread.",
                &[ScilitEstradiol],
                "High blood calcium, sometimes fatal, in spread breast cancer [S4] (weak source)",
            ),
        ],
        ..drug(Estradiol)
    },
    DrugFacts {
        how: &[
            fact(
                "A red liquid given into a vein. Epirubicin is given every week or every 3 weeks, each time over up to 30 minutes.",
                &[CrukAnthracycline],
                "red liquid into a vein [S1]; epirubicin weekly or every 3 weeks, up to 30 minutes alone [S1]",
            ),
            fact("Doxorubicin is given every 3 weeks.", &[RxlistAnthracycline], "doxorubicin every 3 weeks [S2]"),
        ],
        schedules_differ: true,
        common: &[
            fact(
                "Epirubicin: feeling and being sick (this can be severe), diarrhoea, tummy pain, flushing, and skin or nails changing colour.",
                &[RxlistAnthracycline2],
                "epirubicin — sickness and vomiting (can be severe), diarrhoea, tummy pain, flushing, skin or nail colour change [S6]",
            ),
            hair(weak(
                "From the label, out of every 100 people: hair loss in 96, feeling sick in 92, low white blood cells in 80, periods stopping in 72, low red blood cells in 72, a sore mouth in 59, tiredness in 46.",
                &[DrugsdoseAnthracycline],
                "Label data — hair loss 96%, sickness 92%, low white cells 80%, periods stopping 72%, anaemia 72%, sore mouth 59%, tiredness 46% [S3] (weak source)",
            )),
        ],
        serious: &[ANTHRACYCLINE_WARNING, TEMPERATURE],
        ..drug(Anthracycline)
    },
    DrugFacts {
        how: &[fact(
            "A drip into a vein over 30 to 90 minutes, usually every 2 to 4 weeks.",
            &[CrukPld],
            "drip into a vein over 30–90 minutes, usually every 2 to 4 weeks [S1]",
        )],
        schedules_differ: true,
        common: &[fact(
            "Sore, red, peeling hands and feet (hand-foot syndrome), mouth sores, feeling sick, and low blood counts.",
            &[DoxilPld],
            "sore, red, peeling hands and feet (hand-foot syndrome), mouth sores, sickness, low blood counts [S2]",
        )],
        serious: &[
            fact(
                "The US label warns of harm to the heart, which may last even after stopping. It also warns of reactions to the drip that can be life-threatening: in up to about 1 in 10 people, mostly at the first drip.",
                &[FdaPld, DoxilPld],
                "boxed warning — heart damage (may be lasting, even after stopping) and infusion reactions that can be life-threatening (up to ~1 in 10, mostly the first drip) [S3][S2]",
            ),
            TEMPERATURE,
        ],
        ..drug(Pld)
    },
    DrugFacts {
        how: &[
            fact(
                "A drip into a vein. The lower weekly dose takes about 1 hour (the form given every 3 weeks takes 3 hours).",
                &[BreastPaclitaxelWeekly],
                "drip into a vein; weekly lower dose over about 1 hour (3-weekly form: 3 hours) [S1]",
            ),
            fact(
                "First you get a steroid, an antihistamine and a heartburn medicine. These help to prevent an allergic reaction.",
                &[CrukPaclitaxelWeekly],
                "steroid, antihistamine and heartburn medicine first to prevent allergy [S2]",
            ),
        ],
        common: &[
            not_found("Figures for the weekly plan alone were not found.", "weekly-only rates NOT FOUND"),
            hair(weak(
                "From the label, for all plans: low blood counts (up to 9 in 10 people). Out of every 100 people: hair loss in 87, numbness or tingling in 60, muscle or joint pain in 60, feeling sick in 52, allergy in 41, diarrhoea in 38, mouth sores in 31.",
                &[GoodrxPaclitaxelWeekly],
                "Label data, all schedules: low blood counts (up to 9 in 10), hair loss 87%, numbness/tingling 60%, muscle/joint pain 60%, sickness 52%, allergy 41%, diarrhoea 38%, mouth sores 31% [S3] (weak source)",
            )),
        ],
        serious: &[
            fact(
                "The US label warns of severe allergic reactions in 2 to 4 of every 100 people. Some were fatal, even with the medicines given first.",
                &[FdaPaclitaxelWeekly],
                "boxed warning — severe allergic reactions in 2–4 in 100, some fatal despite the pre-medicines [S4]",
            ),
            weak(
                "Serious infection from low blood counts. A heart rhythm that is not normal.",
                &[GoodrxPaclitaxelWeekly],
                "Serious infection from low counts; abnormal heart rhythm [S3] (weak source)",
            ),
            TEMPERATURE,
        ],
        ..drug(PaclitaxelWeekly)
    },
    DrugFacts {
        how: &[fact(
            "A drip into a vein once every 3 weeks, taking about an hour. Steroid tablets start the day before, usually for 3 days.",
            &[CrukDocetaxel],
            "drip into a vein once every 3 weeks, about an hour; steroid tablets from the day before, usually for 3 days [S1]",
        )],
        common: &[
            fact(
                "In more than 1 in 10 people: infections (from low white blood cells), low red blood cells (anaemia) and tiredness.",
                &[CrukDocetaxel2],
                "over 1 in 10: infections (low white cells), anaemia, tiredness [S4]",
            ),
            hair(fact(
                "Also mouth sores, hair loss, poor appetite, flu-like chills and aches, fluid build-up (swelling, weight gain), and numb or tingling hands or feet. Less often: feeling sick, diarrhoea, skin or nail changes, and periods stopping.",
                &[OncolinkDocetaxel],
                "Also mouth sores, hair loss, poor appetite, flu-like chills and aches, fluid build-up (swelling, weight gain), numb or tingling hands/feet; less often sickness, diarrhoea, skin/nail changes, periods stopping [S5]",
            )),
            weak("Changes in taste.", &[MimsDocetaxel], "Taste change [S2] (weak source)"),
        ],
        serious: &[
            fact(
                "The US label warns that deaths are more likely with liver problems (it is not given if liver tests are too high) or with higher doses. It also warns of very low white blood cells, severe allergic reactions and severe fluid build-up.",
                &[FdaDocetaxel],
                "boxed warning — deaths more likely with liver problems (avoided if liver tests too high) or higher doses; very low white cells; severe allergic reactions; severe fluid build-up [S3]",
            ),
            TEMPERATURE,
        ],
        ..drug(Docetaxel)
    },
    DrugFacts {
        how: &[fact(
            "A drip into a vein over about 30 minutes, every 3 weeks. Some plans give it every week for 3 weeks, then a week off.",
            &[CrukNabPaclitaxel],
            "drip into a vein over about 30 minutes, every 3 weeks (some plans weekly for 3 weeks, then a week off) [S1]",
        )],
        schedules_differ: true,
        common: &[
            hair(fact(
                "Hair loss (about 9 in 10 people) and rash. Often: tingling hands or feet, tiredness, a sore mouth, swelling, fever or chills, cough, shortness of breath and bruising.",
                &[DrugscomNabPaclitaxel],
                "hair loss (about 9 in 10), rash; often tingling hands/feet, tiredness, sore mouth, swelling, fever or chills, cough, breathlessness, bruising [S4]",
            )),
            weak(
                "The label also lists, in 20 or more of every 100 people: changes on a heart trace (ECG), muscle or joint pain, raised liver tests, anaemia, feeling sick and diarrhoea.",
                &[MdtodateNabPaclitaxel],
                "Label ≥20% also: abnormal ECG, muscle/joint pain, raised liver tests, anaemia, sickness, diarrhoea [S2] (weak source)",
            ),
        ],
        serious: &[
            fact(
                "The US label warns of a severe fall in white blood cells. It is not given if blood counts are low, and blood tests are frequent. Infection or sepsis can happen.",
                &[FdaNabPaclitaxel],
                "boxed warning — severe fall in white cells; not given if counts are low; frequent blood tests; infection or sepsis [S3]",
            ),
            TEMPERATURE,
        ],
        ..drug(NabPaclitaxel)
    },
    DrugFacts {
        how: &[fact(
            "Tablets by mouth twice a day, within 30 minutes after a meal. Usually 2 weeks on, then 1 week off, or every day for months.",
            &[CrukCapecitabine],
            "tablets by mouth twice a day, up to 30 minutes after a meal; usually 2 weeks on, 1 week off, or daily for months [S1]",
        )],
        schedules_differ: true,
        common: &[
            fact(
                "Feeling or being sick, diarrhoea, tummy pain and mouth sores. Hand-foot syndrome: sore, red, tingling or peeling palms and soles. Tiredness and weakness. Low blood counts and raised liver tests.",
                &[DrugscomCapecitabine],
                "sickness, vomiting, diarrhoea, tummy pain, mouth sores, hand-foot syndrome (sore, red, tingling or peeling palms and soles), tiredness, weakness, low blood counts, raised liver tests [S4]",
            ),
            weak("Poor appetite and rash.", &[DailyrxCapecitabine], "Poor appetite, rash [S2] (weak source)"),
        ],
        serious: &[
            fact(
                "The US label warns that a rare inherited lack of an enzyme (DPD) can cause severe or fatal reactions, so a gene test comes first. Bleeding, even death, can happen with warfarin-type blood thinners.",
                &[FdaCapecitabine],
                "boxed warning — a rare inherited lack of the DPD enzyme can cause severe or fatal reactions (gene test first); bleeding, even death, with warfarin-type blood thinners [S3]",
            ),
            TEMPERATURE,
        ],
        ..drug(Capecitabine)
    },
    DrugFacts {
        how: &[
            fact(
                "Given into a vein over 2 to 5 minutes, on days 1 and 8 of each 3-week cycle. A heart test (ECG) may come first.",
                &[BcnEribulin],
                "into a vein over 2–5 minutes on days 1 and 8 of each 3-week cycle; heart tests (ECG) may come first [S4]",
            ),
            fact("One NHS centre says each treatment takes about 30 minutes.", &[VelindreEribulin], "one NHS centre says each treatment takes about 30 minutes [S2]"),
        ],
        common: &[hair(fact(
            "From the label, in 25 or more of every 100 people: low white blood cells, anaemia, tiredness or weakness, hair loss, numbness or tingling, feeling sick and constipation. Nerve damage is the top reason to stop (5 in 100).",
            &[RxlistEribulin],
            "common (label ≥25%): low white cells, anaemia, tiredness/weakness, hair loss, numbness/tingling, sickness, constipation; nerve damage is the top reason to stop (5 in 100) [S3]",
        ))],
        serious: &[
            fact("The most common serious effect is low white blood cells, with or without fever.", &[RxlistEribulin], "most common serious effect: low white cells, with or without fever [S3]"),
            pregnancy(weak(
                "Eribulin can harm an unborn baby, so use birth control.",
                &[DailymedEribulin],
                "No boxed warning; harm to an unborn baby (use birth control); heart-rhythm change (QT) [S1] (weak source)",
            )),
            weak("Eribulin can change the heart rhythm (QT).", &[DailymedEribulin], "heart-rhythm change (QT) [S1] (weak source)"),
            TEMPERATURE,
        ],
        ..drug(Eribulin)
    },
    DrugFacts {
        how: &[
            fact(
                "Capsules by mouth (swallowed whole, with food), or into a vein over 6 to 10 minutes.",
                &[BcnVinorelbine],
                "capsules by mouth (whole, with food) or into a vein over 6–10 minutes [S1]",
            ),
            fact("Weekly in 3-week cycles: every week, or 2 weeks on and 1 week off.", &[CrukVinorelbine], "weekly in 3-week cycles — every week, or 2 on/1 off [S2]"),
            fact("Breast Cancer Now says days 1, 8 and 15.", &[BcnVinorelbine2], "BCN: days 1, 8, 15 [S3]"),
            fact("Its US label does not list breast cancer.", &[RxlistVinorelbine], "Not a labelled US use for breast cancer [S4]"),
        ],
        schedules_differ: true,
        common: &[fact(
            "From the label, given alone, in 20 or more of every 100 people: low white blood cells, anaemia, a raised liver test, feeling or being sick, constipation, weakness, a reaction where it goes in, and nerve damage.",
            &[RxlistVinorelbine],
            "common (label ≥20%, alone): low white cells, anaemia, raised liver test, sickness, vomiting, constipation, weakness, injection-site reaction, nerve damage [S4]",
        )],
        serious: &[
            fact("The US label warns of very low blood counts, serious infection, septic shock and death.", &[FdaVinorelbine], "boxed warning — very low blood counts, serious infection, septic shock, death [S5]"),
            fact(
                "Also lung damage, a blocked bowel, damage if it leaks from the vein, and nerve and liver damage.",
                &[RxlistVinorelbine],
                "also lung damage, bowel blockage, leak damage, nerve and liver damage [S4]",
            ),
            TEMPERATURE,
        ],
        ..drug(Vinorelbine)
    },
    DrugFacts {
        how: &[
            fact("A drip into a vein over about 30 minutes.", &[RxlistGemcitabine], "drip into a vein over about 30 minutes [S3]"),
            weak("Given alone in the label's studies, once a week.", &[MimsGemcitabine], "Alone, once a week in label studies [S1] (weak source)"),
        ],
        common: &[
            hair(fact(
                "Feeling or being sick, and diarrhoea or constipation. Pale skin, bruising, tingling, weakness and headache. Swollen ankles, rash, drowsiness and hair loss.",
                &[RxlistGemcitabine],
                "sickness, vomiting, diarrhoea or constipation, pale skin, bruising, tingling, weakness, headache, swollen ankles, rash, drowsiness, hair loss [S3]",
            )),
            weak(
                "Given alone, the label also lists raised liver tests, protein or blood in the urine, and shortness of breath.",
                &[MimsGemcitabine],
                "Label (alone) also: raised liver tests, protein/blood in urine, breathlessness [S1] (weak source)",
            ),
        ],
        serious: &[
            fact(
                "Low blood counts. Lung damage that can be fatal. Kidney failure: tell your team about changes in your urine, or bruising. Liver failure.",
                &[PfizerGemcitabine],
                "Low blood counts; lung damage that can be fatal; kidney failure (report urine changes or bruising); liver failure; harm to an unborn baby [S2]",
            ),
            pregnancy(fact("Gemcitabine can harm an unborn baby.", &[PfizerGemcitabine], "liver failure; harm to an unborn baby [S2]")),
            fact("Tell your team about fever, chills or flu-like aches.", &[RxlistGemcitabine], "report fever, chills or flu-like aches [S3]"),
            TEMPERATURE,
        ],
        ..drug(Gemcitabine)
    },
    DrugFacts {
        how: &[
            fact("A drip into a vein over 3 hours, every 3 weeks.", &[RxlistIxabepilone], "drip into a vein over 3 hours every 3 weeks [S1]"),
            fact(
                "You get antihistamines first. It contains alcohol, so have someone drive you home.",
                &[OncolinkIxabepilone],
                "antihistamines first; contains alcohol, so have someone drive you home [S2]",
            ),
        ],
        common: &[
            hair(fact(
                "From the label, in 20 or more of every 100 people: nerve damage (numbness, tingling), tiredness or weakness, muscle or joint pain, hair loss, feeling or being sick, mouth sores, diarrhoea, and bone or muscle pain. Low blood counts in over 4 in 10.",
                &[RxlistIxabepilone2],
                "common (label ≥20%): nerve damage (numb, tingling), tiredness/weakness, muscle/joint pain, hair loss, sickness, vomiting, mouth sores, diarrhoea, bone/muscle pain; low blood counts in over 4 in 10 [S4]",
            )),
            fact(
                "Nerve damage mostly starts in cycles 1 to 3, and it is the top reason to stop.",
                &[IxempraIxabepilone],
                "Nerve damage mostly starts in cycles 1–3 and is the top reason to stop [S5]",
            ),
        ],
        serious: &[
            fact(
                "The US label warns: with capecitabine, it is not used if liver tests are raised, because of the risk of death from low white blood cells.",
                &[FdaIxabepilone, IxempraIxabepilone],
                "boxed warning — with capecitabine, not used if liver tests are raised (risk of death from low white cells) [S3][S5]",
            ),
            fact("It is not given if blood counts are low.", &[IxempraIxabepilone], "not given if blood counts are low [S5]"),
            fact("Allergic reactions can happen.", &[OncolinkIxabepilone], "allergic reactions [S2]"),
            TEMPERATURE,
        ],
        ..drug(Ixabepilone)
    },
    DrugFacts {
        how: &[
            fact(
                "Given into a vein. Carboplatin is usually given every 3 weeks, over 30 to 90 minutes.",
                &[BcnPlatinum],
                "Carboplatin usually every 3 weeks, 30–90 minutes alone [S1]",
            ),
            fact(
                "Cisplatin: extra fluid is given by drip before and after, to protect the kidneys.",
                &[MacmillanPlatinum],
                "Cisplatin: extra fluid by drip before and after to protect kidneys [S2]",
            ),
            not_found("How often cisplatin is given for breast cancer was not found.", "breast schedule NOT FOUND"),
        ],
        common: &[
            fact(
                "Cisplatin: severe sickness, taste changes, poor appetite, low blood counts, kidney changes, and loss of high-pitched hearing.",
                &[GoshPlatinum],
                "cisplatin — severe sickness, taste change, poor appetite, low blood counts, kidney changes, high-pitch hearing loss [S3]",
            ),
            fact("Carboplatin: being sick is frequent.", &[FdaPlatinum], "Carboplatin: vomiting is frequent [S4]"),
            fact("More than 1 in 10 people get infections from low white blood cells.", &[CrukPlatinum], "over 1 in 10 get infections from low white cells [S6]"),
            fact(
                "Also a sore drip site. Less often: fever, bruising, tingling, rash and tiredness.",
                &[DrugscomPlatinum],
                "also sore drip site; less often fever, bruising, tingling, rash, tiredness [S7]",
            ),
            not_found("A fuller UK list for carboplatin was not found.", "fuller UK list NOT FOUND"),
        ],
        serious: &[
            fact(
                "The US label for carboplatin warns of low blood counts. These can cause infection or bleeding, or a need for blood transfusions. It also warns of allergic reactions within minutes.",
                &[FdaPlatinum],
                "carboplatin boxed warning — low blood counts (infection, bleeding, transfusions), allergic reactions within minutes [S4]",
            ),
            fact(
                "The US label for cisplatin warns of kidney failure, nerve damage that gets worse with each course, severe sickness and low blood counts.",
                &[FdaPlatinum2],
                "Cisplatin boxed warning — kidney failure, nerve damage worsening with courses, severe sickness, low counts [S5]",
            ),
            TEMPERATURE,
        ],
        ..drug(Platinum)
    },
    DrugFacts {
        how: &[
            fact(
                "AC: both drugs go into a vein on day 1 of a 3-week cycle, for 4 to 6 cycles. Injections of G-CSF are often given to boost white blood cells.",
                &[CrukAcEc],
                "AC: both into a vein on day 1 of a 3-week cycle, 4–6 cycles; G-CSF injections often given to boost white cells [S1]",
            ),
            fact(
                "EC: every 2 or 3 weeks, 3 to 6 cycles over 3 to 4 months. Each time takes just over an hour.",
                &[CrukAcEc2],
                "EC: every 2 or 3 weeks, 3–6 cycles over 3–4 months, just over an hour each time [S2]",
            ),
        ],
        schedules_differ: true,
        common: &[
            hair(fact("AC, from the label: hair loss in 92 of every 100 people, being sick in about a third.", &[PfizerAcEc], "AC label data — hair loss 92%, vomiting in about a third [S3]")),
            fact(
                "Chemotherapy for breast cancer in general: tiredness (the most common), infections, bleeding, feeling sick, a sore mouth, bowel changes and changes to periods.",
                &[CrukAcEc3],
                "breast chemo in general — tiredness (most common), infections, bleeding, sickness, sore mouth, bowel changes, period changes [S4]",
            ),
        ],
        serious: &[
            ANTHRACYCLINE_WARNING,
            CYCLOPHOSPHAMIDE_WARNING,
            weak(
                "Severe allergic reactions (some fatal), and low blood counts with severe infections.",
                &[RxreasonerAcEc],
                "Severe allergic reactions (some fatal); low counts with severe infections [S5] (weak source)",
            ),
            TEMPERATURE,
        ],
        ..drug(AcEc)
    },
    DrugFacts {
        how: &[
            fact(
                "FEC: all three drugs go into a vein on day 1 of a 3-week cycle, usually for 6 cycles.",
                &[CrukFacFec],
                "FEC: all three into a vein on day 1 of a 3-week cycle, usually 6 cycles [S1]",
            ),
            fact("Each time takes about an hour.", &[BcnFacFec], "about an hour each time [S5]"),
            weak(
                "FAC: six 3-week cycles. All three drugs on day 1, and fluorouracil alone a week later: about 18 weeks in all.",
                &[LbbcFacFec],
                "FAC: six 3-week cycles — all three on day 1, fluorouracil alone a week later; about 18 weeks [S2] (weak source)",
            ),
        ],
        schedules_differ: true,
        common: &[
            NO_TRUSTED_LIST,
            hair(weak(
                "Low blood counts, feeling sick, diarrhoea, mouth sores and poor appetite. Hair loss, and dry skin and nails. An irritated bladder. Loss of fertility, or an early menopause.",
                &[BreastdiseasescomFacFec],
                "low blood counts, sickness, diarrhoea, mouth sores, poor appetite, hair loss, dry skin/nails, bladder irritation, fertility loss or early menopause [S3] (weak source)",
            )),
        ],
        serious: &[FLUOROURACIL_WARNING, ANTHRACYCLINE_WARNING, TEMPERATURE],
        ..drug(FacFec)
    },
    DrugFacts {
        how: &[
            not_found("A page for patients was not found.", "patient page NOT FOUND"),
            weak(
                "In studies, both drugs went into a vein on day 1, every 3 to 4 weeks (with docetaxel). With paclitaxel, the drip took 1 or 3 hours.",
                &[ScilitAt, ClinAt],
                "Studies: both into a vein day 1, every 3–4 weeks (with docetaxel) [S1]; with paclitaxel, a 1- or 3-hour drip [S2] (weak source)",
            ),
        ],
        common: &[weak(
            "In that study, out of every 100 people: very low white blood cells in 88, fever with low white blood cells in 40, fluid build-up in 25.",
            &[ScilitAt],
            "In that study very low white cells 88%, fever with low white cells 40%, fluid retention 25% [S1] (weak source)",
        )],
        serious: &[
            weak(
                "With paclitaxel, heart failure became much more common past a limit on the total dose of doxorubicin.",
                &[ClinAt],
                "With paclitaxel, heart failure became much more common past a total doxorubicin limit [S2] (weak source)",
            ),
            TEMPERATURE,
        ],
        parts: &[Anthracycline, Docetaxel, PaclitaxelWeekly],
        ..drug(At)
    },
    DrugFacts {
        how: &[fact(
            "Cycles of 4 weeks, 4 to 6 cycles. All three drugs go into a vein on days 1 and 8. Cyclophosphamide may be tablets instead.",
            &[CrukCmf],
            "4-week cycles, 4–6 cycles; all three into a vein on days 1 and 8; cyclophosphamide may be tablets instead [S1]",
        )],
        common: &[
            NO_TRUSTED_LIST,
            hair(weak(
                "Feeling sick, tiredness and mouth ulcers. Infections, diarrhoea and hair loss. Loss of fertility.",
                &[WikipediaCmf],
                "sickness, tiredness, mouth ulcers, infections, diarrhoea, hair loss, loss of fertility [S2] (weak source)",
            )),
        ],
        serious: &[
            pregnancy(fact(
                "The US label for methotrexate warns that it can harm or kill an unborn baby.",
                &[FdaCmf],
                "methotrexate boxed warning — can harm or kill an unborn baby; severe allergy; other serious reactions [S3]",
            )),
            fact(
                "It also warns of severe allergy and other serious reactions.",
                &[FdaCmf],
                "severe allergy; other serious reactions [S3]",
            ),
            FLUOROURACIL_WARNING,
            CYCLOPHOSPHAMIDE_WARNING,
            TEMPERATURE,
        ],
        ..drug(Cmf)
    },
    DrugFacts {
        how: &[fact(
            "Docetaxel is a drip on day 1 in the chemotherapy unit. Capecitabine tablets are taken at home twice a day for 14 days. This repeats every 21 days.",
            &[MacmillanDocetaxelCapecitabine],
            "docetaxel drip on day 1 in the chemo unit; capecitabine tablets at home twice a day for 14 days; repeat every 21 days [S1]",
        )],
        common: &[
            NO_TRUSTED_LIST,
            weak(
                "In the main trial, gut side effects and hand-foot syndrome were more common than with docetaxel alone. Severe side effects happened in 71 of every 100 people, and in 49 with docetaxel alone.",
                &[OshaughnessyDocetaxelCapecitabine],
                "in the main trial, gut effects and hand-foot syndrome were more common than with docetaxel alone; severe (grade 3) effects 71% vs 49% [S2] (weak source)",
            ),
        ],
        serious: &[TEMPERATURE],
        parts: &[Docetaxel, Capecitabine],
        ..drug(DocetaxelCapecitabine)
    },
    DrugFacts {
        how: &[fact(
            "A 3-week cycle. Day 1: gemcitabine (about 30 minutes), then paclitaxel (about 3 hours). Day 8: gemcitabine. Up to 6 cycles (about 4 months), or longer if the cancer has spread.",
            &[CrukGemcitabinePaclitaxel],
            "3-week cycle — day 1 gemcitabine (~30 minutes) then paclitaxel (~3 hours); day 8 gemcitabine; up to 6 cycles (~4 months), longer if spread [S1]",
        )],
        common: &[
            NO_TRUSTED_LIST,
            weak(
                "Adding gemcitabine to paclitaxel made severe low white blood cells, tiredness, and fever with low blood counts more common. Tiredness often eased after the first cycle.",
                &[MimsGemcitabinePaclitaxel],
                "Adding gemcitabine to paclitaxel raised severe low white cells, tiredness and fever with low counts; tiredness often eased after cycle 1 [S2] (weak source)",
            ),
        ],
        serious: &[TEMPERATURE],
        parts: &[Gemcitabine, PaclitaxelWeekly],
        ..drug(GemcitabinePaclitaxel)
    },
    DrugFacts {
        how: &[fact(
            "Ixabepilone is a 3-hour drip on day 1. Capecitabine tablets are taken twice a day for 2 weeks, then 1 week off.",
            &[RxlistIxabepilone2],
            "ixabepilone 3-hour drip on day 1 plus capecitabine tablets twice a day for 2 weeks, then 1 week off [S2]",
        )],
        common: &[
            fact(
                "Besides the side effects of ixabepilone: hand-foot syndrome, poor appetite, tummy pain, nail problems and constipation, each in 2 or more of every 10 people.",
                &[RxlistIxabepilone2],
                "ixabepilone's, plus hand-foot syndrome, poor appetite, tummy pain, nail problems, constipation (each 2 in 10+) [S2]",
            ),
            weak(
                "Compared with capecitabine alone, out of every 100 people: severe nerve damage in 21 (against 0), tiredness in 9 (against 3), low white blood cells in 68 (against 11).",
                &[ThomasIxabepiloneCapecitabine],
                "Versus capecitabine alone, more severe nerve damage (21% vs 0%), tiredness (9% vs 3%), low white cells (68% vs 11%) [S1] (weak source)",
            ),
        ],
        serious: &[
            fact(
                "In people with liver problems, severe side effects, fever with low white blood cells, and deaths were more frequent.",
                &[IxempraIxabepilone],
                "with liver problems, severe side effects, fever with low white cells and deaths were more frequent [S3]",
            ),
            weak("Deaths from side effects: 3 in 100, against 1 in 100 with capecitabine alone.", &[ThomasIxabepiloneCapecitabine], "Deaths from side effects 3% vs 1% [S1] (weak source)"),
            TEMPERATURE,
        ],
        parts: &[Ixabepilone, Capecitabine],
        ..drug(IxabepiloneCapecitabine)
    },
    DrugFacts {
        how: &[
            fact(
                "A 3-week cycle. Day 1: gemcitabine (about 30 minutes), then carboplatin (30 to 60 minutes). Day 8: gemcitabine. Up to 6 cycles.",
                &[CrukGemcitabineCarboplatin],
                "3-week cycle — day 1 gemcitabine (~30 minutes) then carboplatin (30–60 minutes); day 8 gemcitabine; up to 6 cycles [S1]",
            ),
            fact(
                "About 3 hospital visits each cycle: a clinic visit with a blood test, then day 1 and day 8.",
                &[VelindreGemcitabineCarboplatin],
                "about 3 hospital visits a cycle (clinic with blood test, day 1, day 8) [S2]",
            ),
        ],
        common: &[not_found("A side-effect list for the two drugs together was not found.", "combination side-effect list NOT FOUND")],
        serious: &[TEMPERATURE],
        parts: &[Gemcitabine, Platinum],
        ..drug(GemcitabineCarboplatin)
    },
    DrugFacts {
        how: &[
            fact(
                "Zoledronic acid: a 15-minute drip every 3 to 4 weeks, for cancer in the bone.",
                &[OncolinkBoneModifyingAgent],
                "zoledronic acid — 15-minute drip every 3–4 weeks for cancer in bone [S1]",
            ),
            fact(
                "Denosumab (Xgeva): an injection under the skin every 4 weeks, with a calcium test first.",
                &[MacmillanBoneModifyingAgent],
                "Denosumab (Xgeva) — injection under the skin every 4 weeks, calcium test first [S3]",
            ),
            fact("Pamidronate: a 2 to 4 hour drip, usually every 3 to 4 weeks.", &[MacmillanBoneModifyingAgent2], "Pamidronate — 2–4 hour drip, usually every 3–4 weeks [S4]"),
        ],
        schedules_differ: true,
        common: &[
            fact(
                "Zoledronic acid: fever, chills and aches after the first drip, in over half of people; less after later ones.",
                &[OncolinkBoneModifyingAgent],
                "zoledronic acid — fever, chills, aches after the first drip in over half, less later [S1]",
            ),
            fact("For a short time, more pain; sore eyes.", &[GsttBoneModifyingAgent], "brief extra pain, sore eyes [S2]"),
            fact(
                "Denosumab: tiredness, weakness, headache, diarrhoea and feeling sick.",
                &[RxlistBoneModifyingAgent],
                "Denosumab — tiredness, weakness, headache, diarrhoea, nausea [S5]",
            ),
        ],
        serious: &[
            fact(
                "Damage to the jaw bone, more likely after dental work, so you have a dental check first.",
                &[XgevaBoneModifyingAgent],
                "Jaw-bone damage, likelier after dental work — dental check first [S7]",
            ),
            fact("The drips can harm the kidneys, so you have a blood test before each one.", &[GsttBoneModifyingAgent], "kidney harm from the drips — blood test before each [S2]"),
            fact(
                "Zoledronic acid can also upset the levels of some minerals in the body: calcium, magnesium and phosphorus.",
                &[OncolinkBoneModifyingAgent],
                "zoledronic acid can also upset calcium, magnesium and phosphorus levels [S1]",
            ),
            fact(
                "Denosumab can make calcium drop to a dangerous level (deaths have been reported), so you take calcium and vitamin D. It can also cause unusual thigh breaks and serious allergy.",
                &[XgevaBoneModifyingAgent],
                "denosumab can drop calcium dangerously (deaths reported; take calcium + vitamin D), odd thigh breaks, serious allergy [S7]",
            ),
            weak("Pamidronate has the same jaw and kidney warnings.", &[PamidronateBoneModifyingAgent], "Same jaw and kidney warnings for pamidronate [S6] (weak source)"),
        ],
        ..drug(BoneModifyingAgent)
    },
    DrugFacts {
        involves: true,
        how: &[
            fact(
                "Care to prevent or ease cancer symptoms and treatment side effects early, and to help with emotional, social and spiritual problems. It aims to improve quality of life. It is also called comfort, palliative or supportive care.",
                &[NciBestSupportiveCare],
                "care to prevent or ease, early, cancer symptoms and treatment side effects, plus emotional, social and spiritual problems, to improve quality of life; also called comfort, palliative or supportive care [S1]",
            ),
            weak(
                "The team is often made up of cancer doctors, and palliative care and pain experts. Also doctors for older people, dietitians and psychologists. Also social workers, physios and nurses. Your family and carers take part too. It can start when the cancer is found and go on to the end of life.",
                &[OlverBestSupportiveCare],
                "often cancer doctors plus palliative-care and pain specialists, older-people doctors, dietitians, psychologists, social workers, physios and nurses, with family and carers, from diagnosis to end of life [S2] (weak source)",
            ),
            weak(
                "Guidelines rarely define the term. It is mostly used for cancer that is advanced.",
                &[SupportBestSupportiveCare],
                "The term is rarely defined in guidelines and mostly used for advanced disease [S3] (weak source)",
            ),
            not_found("A set schedule was not found.", "schedule NOT FOUND"),
        ],
        common: &[NOT_A_MEDICINE],
        serious: &[NOT_A_MEDICINE],
        ..drug(BestSupportiveCare)
    },
];

/// The option, or one of its drugs, carries a warning about pregnancy.
pub fn warns_of_pregnancy(id: OptionId) -> bool {
    drug_facts(id)
        .is_some_and(|d| d.statements().any(|f| f.pregnancy) || d.parts.iter().any(|&p| warns_of_pregnancy(p)))
}

/// The facts of an option; `None` for the trials and the options never offered.
pub fn drug_facts(id: OptionId) -> Option<&'static DrugFacts> {
    DRUG_FACTS.iter().find(|d| d.id == id)
}

/// Whether a warning about pregnancy can apply: it is left out only when the
/// case says she cannot become pregnant: aged 60 or more, or recorded as
/// postmenopausal on grounds ALGORITHM.md §1 accepts (not amenorrhoea after
/// chemotherapy, not while the ovaries are suppressed). Unknown keeps it.
pub fn pregnancy_warnings_apply(case: &Case) -> bool {
    let by_age = case.age.is_some_and(|a| a >= 60);
    let recorded = case.menopause == Menopause::Post
        && case.amenorrhea_after_chemo != Tri::Yes
        && case.ovarian_suppression != Tri::Yes;
    !(by_age || recorded)
}
