//! `manifest.csv` at a corpus root: per-file publication date, source, URL and title.
//! Header-based and case-insensitive; unknown columns are ignored; broken rows become warnings.

use jiff::civil::Date;
use std::collections::{BTreeMap, HashSet};

#[derive(Clone, Debug, Default)]
pub struct Row {
    pub published: Option<Date>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

pub fn parse(
    bytes: &[u8],
    present: &HashSet<&str>,
    warnings: &mut Vec<String>,
) -> BTreeMap<String, Row> {
    let mut out = BTreeMap::new();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_ascii_lowercase())
            .collect::<Vec<_>>(),
        Err(e) => {
            warnings.push(format!(
                "manifest.csv: unreadable header ({e}); manifest ignored"
            ));
            return out;
        }
    };
    let col = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let Some(file_col) = col(&["file", "path"]) else {
        warnings.push("manifest.csv: no `file` or `path` column; manifest ignored".into());
        return out;
    };
    let date_col = col(&["published", "date"]);
    let source_col = col(&["source"]);
    let url_col = col(&["url"]);
    let title_col = col(&["title"]);

    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                warnings.push(format!("manifest.csv line {line}: unreadable row ({e})"));
                continue;
            }
        };
        let cell = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let Some(file) = cell(Some(file_col)) else {
            warnings.push(format!("manifest.csv line {line}: no file name"));
            continue;
        };
        let path = file.replace('\\', "/");
        let path = path.trim_start_matches("./").to_string();
        if path.starts_with('/') || path.split('/').any(|p| p == "..") || path.contains(':') {
            warnings.push(format!(
                "manifest.csv line {line}: {file} is outside the corpus folder; row ignored"
            ));
            continue;
        }
        if !present.contains(path.as_str()) {
            warnings.push(format!(
                "manifest.csv line {line}: {file} is not in the corpus"
            ));
            continue;
        }
        if out.contains_key(&path) {
            warnings.push(format!(
                "manifest.csv line {line}: {file} is listed again; the first row is used"
            ));
            continue;
        }
        let published = match cell(date_col) {
            Some(d) => match parse_date(d) {
                Some(d) => Some(d),
                None => {
                    warnings.push(format!(
                        "manifest.csv line {line}: date {d:?} is not YYYY-MM-DD; ignored"
                    ));
                    None
                }
            },
            None => None,
        };
        out.insert(
            path,
            Row {
                published,
                source: cell(source_col).map(str::to_string),
                url: cell(url_col).map(str::to_string),
                title: cell(title_col).map(str::to_string),
            },
        );
    }
    out
}

/// ISO dates, also with a time part ("2020-12-08T10:00:00Z").
fn parse_date(s: &str) -> Option<Date> {
    let day = s.get(..10).unwrap_or(s);
    day.parse::<Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_case_insensitive_and_broken_rows_warn() {
        let csv = "FILE,Date,Source,Extra\na.txt,2020-01-02,SANA,x\nmissing.txt,2020-01-02,,\n../etc/passwd,,,\nb.txt,yesterday,,\n";
        let present: HashSet<&str> = ["a.txt", "b.txt"].into_iter().collect();
        let mut w = Vec::new();
        let rows = parse(csv.as_bytes(), &present, &mut w);
        assert_eq!(rows["a.txt"].published, Some(jiff::civil::date(2020, 1, 2)));
        assert_eq!(rows["a.txt"].source.as_deref(), Some("SANA"));
        assert!(rows["b.txt"].published.is_none());
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(w.iter().any(|m| m.contains("outside")));
    }
}
