//! The patient view's own words (headings, notes, questions, the values
//! step), apart from the clinical tables: interface wording, held to the same
//! reading-age test as the patient text (`tests/patient_text.rs`).

pub const TITLE: &str = "Your options in plain words";
pub const INTRO: &[&str] = &[
    "This page explains the same results in plain words. It shows the options from a guide published in 2012.",
    "It does not tell you which treatment to choose. You and your care team decide together.",
];
pub const NUMBERS: &str = "About the numbers: they come from studies of groups of people. They cannot tell what will happen to you. A typical time is the middle value: half the people did better than this, and half did worse.";
pub const OVERVIEW_TITLE: &str = "How the guide works";
pub const OVERVIEW: &[&str] = &[
    "First, tests and scans show where the cancer is and what type it is. A biopsy of the spread is advised, if it is safe, because the type can change.",
    "If the cancer has hormone receptors (ER or PR), hormone therapy is usually tried first. One hormone therapy follows another while they still work.",
    "Chemotherapy comes first if the cancer badly harms an organ or grows fast, or when hormone therapy stops working. It is also the main treatment for triple-negative cancer.",
    "Chemotherapy is usually one drug at a time. Two or more drugs together are used when a fast response is needed.",
    "Care for comfort and symptoms goes alongside all of this. In 2012, the guide put it first after about 3 chemotherapy treatments that did not work.",
    "HER2-positive cancer is treated in other ways, which this guide does not cover.",
];
pub const PATH_TITLE: &str = "How the guide reached these options";
pub const ALERTS_TITLE: &str = "Things your care team will look at first";
pub const FIRST: &str = "Options the guide lists first";
pub const OTHERS: &str = "Other options the guide lists";
pub const NOT_LISTED: &str = "Some other treatments do not fit this situation. Your care team can tell you why.";
pub const NONE_YET: &str = "No treatment option from this guide is listed. The notes above say why.";
pub const WHAT: &str = "What it is";
pub const HOW: &str = "How it is given";
pub const BENEFITS: &str = "What the studies showed";
pub const HARMS: &str = "Side effects in the studies, and care needed";
pub const INVOLVES: &str = "What it involves";
pub const COMMON: &str = "Common side effects";
pub const SERIOUS: &str = "Serious warnings";
pub const PARTS: &str = "Each drug's own side effects and warnings also apply";
pub const SCHEDULES_DIFFER: &str = "Schedules differ. Your team will tell you yours.";
pub const LIMITED: &str = "(limited source)";
/// Shown for the trials, which DRUG-FACTS.md has no section for.
pub const NO_PAGE_INVOLVES: &str = "Our drug information has no page on trials. Each trial has its own plan, and the trial team explains it before you join.";
pub const NO_PAGE_EFFECTS: &str = "Not in our drug information: it depends on the trial.";
pub const SOURCE: &str = "Source";
pub const PER_100: &str = "out of every 100";
pub const ABOUT: &str = "about";
pub const MISSING_TITLE: &str = "Things your team may still check, and what they could change";
pub const COULD_CHANGE_STRATEGY: &str = "The answer could change the kind of treatment the guide lists.";
pub const COULD_CHANGE_OPTIONS: &str = "The answer could change which options the guide lists first.";
pub const QUESTIONS_TITLE: &str = "Questions you may want to ask";
pub const QUESTIONS: &[&str] = &[
    "What is the goal of this treatment for me?",
    "How will we know if it is working?",
    "Which side effects are most likely, and what should I do if I get them?",
    "How often will I need to come to the hospital or clinic?",
    "How will it fit with my work, my family and the things I enjoy?",
    "Is there a clinical trial I could join?",
    "What happens if I wait, or choose not to have this treatment?",
    "Newer treatments have come since 2012. Could any of them be right for me?",
];
/// Asked when some inputs that would change the options are not known.
pub const ASK_MISSING: &str = "Can we find out the things above that are not known yet?";
pub const URGENT: &str = "Urgent:";
pub const ENTERED_TITLE: &str = "What was entered";
pub const VALUES_TITLE: &str = "What matters to you";
pub const VALUES_INTRO: &str = "You can fill this in before you talk with your care team. Your answers do not change the options above. They are here to help the talk, and they are printed with the summary. They stay on this screen: they are not saved, and they are not part of the link.";
pub const VALUES: &[&str] = &[
    "Taking treatment by mouth at home, rather than in hospital",
    "Keeping my hair",
    "Fewer trips to the hospital or clinic",
    "Having as few side effects as possible",
    "Giving the treatment the best chance to control the cancer, even with more side effects",
    "Keeping up my work, family life or hobbies",
    "Trying a new treatment in a clinical trial",
];
pub const VALUE_CHOICES: &[&str] = &["Matters a lot", "Matters a little", "Does not matter to me", "Not sure"];
pub const VALUES_NOTE: &str = "Anything else you want your care team to know";
pub const VALUES_CLEAR: &str = "Clear my answers";
pub const PRINT_TITLE: &str = "Summary for you and your care team";
pub const PRINT_BRIEF: &str =
    "On paper, the options that are not in the table are listed in brief. The screen shows the study results and side effects of each one.";

/// "Compare options": a column per option, a row per question. It follows
/// the guide's order and marks no option as best.
pub const GRID_TITLE: &str = "Compare options side by side";
pub const GRID_INTRO: &str = "Each column is an option the guide lists, in the guide's order. Each row is a question people often ask. The table does not say which option to choose.";
pub const GRID_CHOOSE: &str = "Choose the options to compare (up to 4)";
pub const GRID_FULL: &str = "The table holds 4 options. Take one out to add another.";
pub const GRID_QUESTION: &str = "Question";
/// On a narrow screen, where the columns do not all fit.
pub const GRID_SWIPE: &str = "On a small screen, swipe the table sideways to see each option.";
pub const GRID_HAIR: &str = "Hair loss";
/// Under a column's name: how the guide lists it, never a rank.
pub const GRID_FIRST: &str = "Listed first by the guide.";
pub const GRID_EQUAL: &str = "Listed first by the guide, as equal choices: the guide does not rank them.";
pub const GRID_OTHER: &str = "Another option the guide lists.";
pub const GRID_ALONGSIDE: &str = "Given alongside: it is not instead of the other options.";
pub const GRID_NO_HAIR_LOSS: &str = "Hair loss is not listed among its common side effects in our drug information.";
pub const GRID_STUDIES_MORE: &str = "More results are on its card below.";
pub const PREGNANCY_LEFT_OUT: &str = "Warnings about pregnancy are left out because they do not apply.";
