//! Exports of a [`Dataset`](crate::model::Dataset) for other tools.
//!
//! Every graph/table export takes the dataset and a [`FilteredView`] of it, so the app exports
//! exactly what is on screen; the command line exports the unfiltered view.

pub mod csv;
pub mod gexf;
pub mod graphml;
pub mod json;

use crate::model::filter::FilteredView;
use crate::model::{Dataset, Official};
use jiff::civil::Date;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// Separator of several values in one cell or attribute (aliases, titles, ids).
pub const LIST_SEP: &str = "; ";

/// For each official in the view, the meetings of the view they take part in (dataset order).
pub(crate) fn meetings_by_official(
    data: &Dataset,
    view: &FilteredView,
) -> BTreeMap<usize, Vec<usize>> {
    let mut by: BTreeMap<usize, Vec<usize>> =
        view.officials.iter().map(|&o| (o, Vec::new())).collect();
    for &m in &view.meetings {
        for &p in &data.meetings[m].participants {
            by.entry(p).or_default().push(m);
        }
    }
    by
}

/// The distinct dates of some meetings, ascending; undated meetings are left out.
pub(crate) fn dates_of(data: &Dataset, meetings: &[usize]) -> Vec<Date> {
    meetings
        .iter()
        .filter_map(|&m| data.meetings[m].date)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

pub(crate) fn titles_of(o: &Official) -> String {
    o.titles
        .iter()
        .map(|t| t.title.as_str())
        .collect::<Vec<_>>()
        .join(LIST_SEP)
}

pub(crate) fn meeting_ids(data: &Dataset, meetings: &[usize]) -> String {
    meetings
        .iter()
        .map(|&m| data.meetings[m].id.as_str())
        .collect::<Vec<_>>()
        .join(LIST_SEP)
}

/// Removes the characters XML 1.0 cannot carry at all, even escaped (control characters other than
/// tab, newline and carriage return; U+FFFE, U+FFFF). Escaping of `<`, `&` and quotes is left to
/// quick-xml's writer.
pub(crate) fn xml_chars(s: &str) -> Cow<'_, str> {
    let ok = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
    };
    if s.chars().all(ok) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| ok(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn xml_chars_drops_only_what_xml_cannot_carry() {
        assert_eq!(super::xml_chars("a<b & \"c\"\tok\n"), "a<b & \"c\"\tok\n");
        assert_eq!(super::xml_chars("a\u{0}b\u{1b}c\u{FFFF}"), "abc");
    }
}
