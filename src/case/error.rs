//! Why a case was refused, as data: where (`Location`) and what (`Problem`).
//! The command line words it here (`Display`), the page in `share::plain_error`;
//! nothing reads a parser's message text.

use crate::ids::{ExposureField, Field};
use crate::kb::fields::Limits;
use crate::number::fmt_number;
use std::fmt;

/// Where in a case a problem lies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The case as a whole (or the link that carries it).
    Document,
    /// A name the case format does not have.
    Unknown(String),
    Field(Field),
    /// One item of a list field: `sites[1]`, `chemo_history[0]`.
    Item(Field, usize),
    /// One field of one exposure: `chemo_history[0].agent`.
    Part(Field, usize, ExposureField),
}

impl Location {
    /// The case's field it lies in, if any.
    pub fn field(&self) -> Option<Field> {
        match self {
            Location::Field(f) | Location::Item(f, _) | Location::Part(f, _, _) => Some(*f),
            Location::Document | Location::Unknown(_) => None,
        }
    }
}

/// As ALGORITHM.md writes a path: `age`, `sites[1]`, `chemo_history[0].agent`; empty for the document.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Location::Document => Ok(()),
            Location::Unknown(name) => f.write_str(name),
            Location::Field(field) => f.write_str(field.as_str()),
            Location::Item(field, i) => write!(f, "{field}[{i}]"),
            Location::Part(field, i, part) => write!(f, "{field}[{i}].{part}"),
        }
    }
}

/// What kind of JSON value was found where another was expected.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List,
    Object,
}

/// What a place in the case takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// One of these spellings, or null.
    OneOf(&'static [&'static str]),
    Number,
    List,
}

/// How the text fails to be JSON, with where it stops being JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonFault {
    /// It ends before the JSON does.
    Incomplete,
    Invalid,
    /// More follows a complete JSON value.
    Trailing,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    TooDeep {
        levels: usize,
    },
    NotJson {
        fault: JsonFault,
        line: usize,
        column: usize,
    },
    /// A case, or an exposure, is not a JSON object.
    NotAnObject,
    /// A name the case format does not have (the location names it).
    UnknownField,
    /// A name an exposure does not have.
    UnknownPart(String),
    MissingPart(ExposureField),
    NotAChoice {
        value: String,
        allowed: &'static [&'static str],
    },
    WrongType {
        expected: Expected,
        found: Found,
    },
    OutOfRange {
        value: f64,
        limits: Limits,
    },
    NotWhole {
        value: f64,
        limits: Limits,
    },
    LinkTooLong {
        chars: usize,
    },
    LinkNotBase64,
    LinkNotText,
}

/// A case that could not be read: where, and what is wrong there.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseError {
    pub field: Location,
    pub problem: Problem,
}

impl CaseError {
    pub fn new(field: Location, problem: Problem) -> CaseError {
        CaseError { field, problem }
    }

    pub fn document(problem: Problem) -> CaseError {
        CaseError { field: Location::Document, problem }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Found::Null => f.write_str("null"),
            Found::Bool(b) => write!(f, "{b}"),
            Found::Number(n) => write!(f, "the number {}", fmt_number(*n)),
            Found::Text(s) => write!(f, "the string \"{s}\""),
            Found::List => f.write_str("a list"),
            Found::Object => f.write_str("an object"),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expected::OneOf(allowed) => write!(f, "one of {} or null", quoted(allowed)),
            Expected::Number => f.write_str("a number or null"),
            Expected::List => f.write_str("a list or null"),
        }
    }
}

/// `"a", "b", "c"`
pub(crate) fn quoted(values: &[&str]) -> String {
    values.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ")
}

/// The command line's words for a problem, where the location is named beside it.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Problem::TooLarge { bytes, max } => {
                write!(f, "the case is {} KB; a case file is at most {} KB", bytes / 1024, max / 1024)
            }
            Problem::TooDeep { levels } => write!(f, "nested more than {levels} levels deep"),
            Problem::NotJson { fault, line, column } => {
                let what = match fault {
                    JsonFault::Incomplete => "not complete JSON: it ends",
                    JsonFault::Invalid => "not valid JSON",
                    JsonFault::Trailing => "not valid JSON: trailing characters",
                };
                write!(f, "the case is {what} at line {line}, column {column}")
            }
            Problem::NotAnObject => f.write_str("must be a JSON object"),
            Problem::UnknownField => f.write_str("unknown field: the case format has no field of this name"),
            Problem::UnknownPart(name) => write!(f, "unknown field `{name}`: an exposure has no field of this name"),
            Problem::MissingPart(part) => write!(f, "missing field `{part}`"),
            Problem::NotAChoice { value, allowed } => {
                write!(f, "\"{value}\" is not allowed; expected one of {}", quoted(allowed))
            }
            Problem::WrongType { expected, found } => write!(f, "expected {expected}, found {found}"),
            Problem::OutOfRange { value, limits } => {
                write!(f, "{} is out of range; expected {}", fmt_number(*value), limits.text())
            }
            Problem::NotWhole { value, limits } => {
                write!(f, "{} is not a whole number; expected {}", fmt_number(*value), limits.text())
            }
            Problem::LinkTooLong { chars } => write!(f, "the case link is too long ({chars} characters)"),
            Problem::LinkNotBase64 => f.write_str("the case link is damaged: it is not base64url"),
            Problem::LinkNotText => f.write_str("the case link is damaged: it is not UTF-8 text"),
        }
    }
}

/// One line for the command line: the location as the spec writes it, then the problem.
impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match (&self.field, &self.problem) {
            (Location::Document, Problem::NotAnObject) => write!(f, "a case {}", self.problem),
            (Location::Document, Problem::TooDeep { .. }) => write!(f, "the case is {}", self.problem),
            (Location::Document, _) => write!(f, "{}", self.problem),
            (Location::Item(..), Problem::NotAnObject) => {
                write!(f, "field `{}`: an exposure {}", self.field, self.problem)
            }
            (at, _) => write!(f, "field `{at}`: {}", self.problem),
        }
    }
}

impl std::error::Error for CaseError {}
