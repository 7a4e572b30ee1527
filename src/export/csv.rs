//! `summitry extract --format csv`: `officials.csv`, `meetings.csv` and `edges.csv` (RFC 4180,
//! UTF-8, header row). Several values in one cell are joined with `"; "`; the evidence sentences
//! of a meeting are one per line. Every text cell goes through [`neutralise`], so no cell can run
//! as a spreadsheet formula.

use super::{LIST_SEP, dates_of, meeting_ids, meetings_by_official, titles_of};
use crate::model::Dataset;
use crate::model::filter::FilteredView;
use std::borrow::Cow;

pub const OFFICIALS_FILE: &str = "officials.csv";
pub const MEETINGS_FILE: &str = "meetings.csv";
pub const EDGES_FILE: &str = "edges.csv";

pub const OFFICIALS_HEADER: [&str; 6] = ["id", "name", "aliases", "country", "titles", "meetings"];
pub const MEETINGS_HEADER: [&str; 12] = [
    "id",
    "date",
    "date_basis",
    "kind",
    "place",
    "participant_ids",
    "participant_names",
    "countries",
    "topics",
    "confidence",
    "articles",
    "evidence",
];
pub const EDGES_HEADER: [&str; 8] = [
    "source",
    "target",
    "source_name",
    "target_name",
    "weight",
    "first_date",
    "last_date",
    "meetings",
];

/// Defuses spreadsheet formula injection (OWASP "CSV injection"): a cell beginning with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel, LibreOffice and Sheets show
/// it as text instead of evaluating it. Everything else is returned as is.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// The three files, as (file name, contents).
pub fn files(
    data: &Dataset,
    view: &FilteredView,
) -> Result<[(&'static str, String); 3], ::csv::Error> {
    Ok([
        (OFFICIALS_FILE, officials(data, view)?),
        (MEETINGS_FILE, meetings(data, view)?),
        (EDGES_FILE, edges(data, view)?),
    ])
}

/// One row per official in the view; `meetings` counts their meetings in the view.
pub fn officials(data: &Dataset, view: &FilteredView) -> Result<String, ::csv::Error> {
    let by = meetings_by_official(data, view);
    table(
        &OFFICIALS_HEADER,
        view.officials.iter().map(|&o| {
            let off = &data.officials[o];
            vec![
                off.id.clone(),
                off.name.clone(),
                off.aliases.join(LIST_SEP),
                off.country.clone().unwrap_or_default(),
                titles_of(off),
                by.get(&o).map_or(0, Vec::len).to_string(),
            ]
        }),
    )
}

/// One row per meeting in the view, in date order.
pub fn meetings(data: &Dataset, view: &FilteredView) -> Result<String, ::csv::Error> {
    let articles = &data.corpus.articles;
    table(
        &MEETINGS_HEADER,
        view.meetings.iter().map(|&mi| {
            let m = &data.meetings[mi];
            let people = || m.participants.iter().map(|&p| &data.officials[p]);
            let mut countries: Vec<&str> = Vec::new();
            for c in people().filter_map(|o| o.country.as_deref()) {
                if !countries.contains(&c) {
                    countries.push(c);
                }
            }
            let evidence: Vec<String> = m
                .evidence
                .iter()
                .map(|e| {
                    data.evidence_text(e)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            vec![
                m.id.clone(),
                m.date.map(|d| d.to_string()).unwrap_or_default(),
                m.date_basis.as_str().to_string(),
                m.kind.as_str().to_string(),
                m.place.clone().unwrap_or_default(),
                people()
                    .map(|o| o.id.as_str())
                    .collect::<Vec<_>>()
                    .join(LIST_SEP),
                people()
                    .map(|o| o.name.as_str())
                    .collect::<Vec<_>>()
                    .join(LIST_SEP),
                countries.join(LIST_SEP),
                m.topics.join(LIST_SEP),
                format!("{:.2}", m.confidence),
                m.articles
                    .iter()
                    .filter_map(|&a| articles.get(a))
                    .map(|a| a.path.as_str())
                    .collect::<Vec<_>>()
                    .join(LIST_SEP),
                evidence.join("\n"),
            ]
        }),
    )
}

/// One row per pair of officials who met in the view; `weight` is the number of their meetings.
pub fn edges(data: &Dataset, view: &FilteredView) -> Result<String, ::csv::Error> {
    table(
        &EDGES_HEADER,
        view.edges.iter().map(|(&(a, b), ms)| {
            let dates = dates_of(data, ms);
            let (oa, ob) = (&data.officials[a], &data.officials[b]);
            vec![
                oa.id.clone(),
                ob.id.clone(),
                oa.name.clone(),
                ob.name.clone(),
                ms.len().to_string(),
                dates.first().map(|d| d.to_string()).unwrap_or_default(),
                dates.last().map(|d| d.to_string()).unwrap_or_default(),
                meeting_ids(data, ms),
            ]
        }),
    )
}

fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Result<String, ::csv::Error> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(header)?;
    for row in rows {
        w.write_record(row.iter().map(|c| neutralise(c).into_owned()))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ::csv::Error::from(e.into_error()))?;
    // Every cell is a `String`, so the output is UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn formula_like_cells_are_neutralised() {
        for bad in [
            "=HYPERLINK(\"http://x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            let n = neutralise(bad);
            assert_eq!(n, format!("'{bad}"), "{bad:?}");
        }
        for ok in [
            "Bashar al-Assad",
            "2020-01-02",
            "0.85",
            "",
            "a=b",
            " =1",
            "'quoted",
        ] {
            assert_eq!(neutralise(ok), ok, "{ok:?}");
        }
    }
}
