//! Reading a corpus: a folder of articles (recursively) or the sample corpus built into the binary.
//! One bad file never stops a load: it is listed in `Corpus::skipped` with the reason.

mod dateline;
mod manifest;
pub mod sample;

pub use dateline::{Dateline, parse_dateline};

use crate::model::{Article, Corpus, PublishedBasis, Skipped};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// Summitry's own files live here inside a corpus folder; never read as articles.
pub const SIDECAR_DIR: &str = ".summitry";
/// Larger files are skipped: no wire article is anywhere near this size.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
const ARTICLE_EXTENSIONS: [&str; 2] = ["txt", "md"];
/// Data files that may sit in a corpus folder and are not articles (not reported as skipped).
const DATA_EXTENSIONS: [&str; 5] = ["csv", "json", "toml", "tsv", "png"];

#[derive(Debug)]
pub enum CorpusError {
    NotFound(PathBuf),
    NotADirectory(PathBuf),
    Unreadable(PathBuf, std::io::Error),
}

impl std::fmt::Display for CorpusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CorpusError::NotFound(p) => write!(f, "corpus folder not found: {}", p.display()),
            CorpusError::NotADirectory(p) => {
                write!(
                    f,
                    "not a folder: {} (give the folder that holds the articles)",
                    p.display()
                )
            }
            CorpusError::Unreadable(p, e) => write!(f, "cannot read folder {}: {e}", p.display()),
        }
    }
}

impl std::error::Error for CorpusError {}

/// A file found in a corpus, before decoding.
pub struct RawFile {
    /// Relative path, forward slashes.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Progress of a load, reported to the UI as files are read.
#[derive(Clone, Copy, Debug, Default)]
pub struct LoadProgress {
    pub files_done: usize,
    pub files_total: usize,
}

/// Reads every article under `root`.
pub fn load_folder(
    root: &Path,
    progress: &(dyn Fn(LoadProgress) + Sync),
) -> Result<Corpus, CorpusError> {
    let meta = std::fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => CorpusError::NotFound(root.to_path_buf()),
        _ => CorpusError::Unreadable(root.to_path_buf(), e),
    })?;
    if !meta.is_dir() {
        return Err(CorpusError::NotADirectory(root.to_path_buf()));
    }
    let canonical_root =
        std::fs::canonicalize(root).map_err(|e| CorpusError::Unreadable(root.to_path_buf(), e))?;

    let mut found = Vec::new();
    let mut skipped = Vec::new();
    let mut visited = HashSet::new();
    walk(
        &canonical_root,
        &canonical_root,
        "",
        &mut visited,
        &mut found,
        &mut skipped,
    )
    .map_err(|e| CorpusError::Unreadable(root.to_path_buf(), e))?;
    found.sort();

    let total = found.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    use rayon::prelude::*;
    let read: Vec<Result<RawFile, Skipped>> = found
        .par_iter()
        .map(|rel| {
            let r = read_limited(&canonical_root.join(rel)).map(|bytes| RawFile {
                path: rel.clone(),
                bytes,
            });
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            progress(LoadProgress {
                files_done: n,
                files_total: total,
            });
            r.map_err(|reason| Skipped {
                path: rel.clone(),
                reason,
            })
        })
        .collect();
    let mut files = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(f) => files.push(f),
            Err(s) => skipped.push(s),
        }
    }
    let manifest = match std::fs::read(canonical_root.join("manifest.csv")) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            skipped.push(Skipped {
                path: "manifest.csv".into(),
                reason: format!("unreadable: {e}"),
            });
            None
        }
    };
    Ok(build_corpus(
        root.display().to_string(),
        files,
        manifest.as_deref(),
        skipped,
    ))
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("unreadable: {e}"))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "too large: {:.1} MB (limit {} MB)",
            meta.len() as f64 / 1e6,
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    std::fs::read(path).map_err(|e| format!("unreadable: {e}"))
}

/// Collects article paths relative to `root`. Hidden entries and the sidecar folder are skipped;
/// symlinks are followed only when they stay inside the root.
fn walk(
    root: &Path,
    dir: &Path,
    rel: &str,
    visited: &mut HashSet<PathBuf>,
    found: &mut Vec<String>,
    skipped: &mut Vec<Skipped>,
) -> std::io::Result<()> {
    if !visited.insert(dir.to_path_buf()) {
        return Ok(());
    }
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            skipped.push(Skipped {
                path: format!("{rel}{}", name.to_string_lossy()),
                reason: "file name is not valid Unicode".into(),
            });
            continue;
        };
        if name.starts_with('.') || name == SIDECAR_DIR {
            continue;
        }
        let rel_path = format!("{rel}{name}");
        let path = entry.path();
        let Ok(ft) = entry.file_type() else { continue };
        let target = if ft.is_symlink() {
            match std::fs::canonicalize(&path) {
                Ok(t) if t.starts_with(root) => t,
                Ok(_) => {
                    skipped.push(Skipped {
                        path: rel_path,
                        reason: "link to a place outside the corpus folder".into(),
                    });
                    continue;
                }
                Err(_) => {
                    skipped.push(Skipped {
                        path: rel_path,
                        reason: "broken link".into(),
                    });
                    continue;
                }
            }
        } else {
            path
        };
        if target.is_dir() {
            if let Err(e) = walk(
                root,
                &target,
                &format!("{rel_path}/"),
                visited,
                found,
                skipped,
            ) {
                skipped.push(Skipped {
                    path: rel_path,
                    reason: format!("folder unreadable: {e}"),
                });
            }
            continue;
        }
        let ext = Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if ARTICLE_EXTENSIONS.contains(&ext.as_str()) {
            found.push(rel_path);
        } else if !DATA_EXTENSIONS.contains(&ext.as_str()) {
            let what = if ext.is_empty() {
                "no extension".to_string()
            } else {
                format!(".{ext}")
            };
            skipped.push(Skipped {
                path: rel_path,
                reason: format!("not a text article ({what}; .txt and .md are read)"),
            });
        }
    }
    Ok(())
}

/// Decodes file bytes as text: UTF-8 (BOM removed) or UTF-16 with a BOM. Binary content is refused.
pub fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        return String::from_utf16(&units).map_err(|_| "not valid UTF-16 text".to_string());
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Result<String, String> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => {
            let control = s
                .chars()
                .take(8192)
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
                .count();
            if control > 32 {
                return Err("binary file (many control characters)".into());
            }
            Ok(s.to_string())
        }
        Err(e) => Err(format!(
            "not valid UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        )),
    }
}

/// Turns raw files into articles, applying the manifest. Shared by folders and the sample corpus.
pub fn build_corpus(
    root: String,
    files: Vec<RawFile>,
    manifest: Option<&[u8]>,
    mut skipped: Vec<Skipped>,
) -> Corpus {
    let mut warnings = Vec::new();
    let present: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let rows = match manifest {
        Some(bytes) => manifest::parse(bytes, &present, &mut warnings),
        None => BTreeMap::new(),
    };
    let mut articles = Vec::with_capacity(files.len());
    for file in files {
        let text = match decode_text(&file.bytes) {
            Ok(t) => t,
            Err(reason) => {
                skipped.push(Skipped {
                    path: file.path,
                    reason,
                });
                continue;
            }
        };
        if text.trim().is_empty() {
            skipped.push(Skipped {
                path: file.path,
                reason: "empty file".into(),
            });
            continue;
        }
        let row = rows.get(&file.path);
        articles.push(make_article(file.path.clone(), text, row));
    }
    articles.sort_by(|a, b| a.path.cmp(&b.path));
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Corpus {
        root,
        articles,
        skipped,
        warnings,
    }
}

fn make_article(path: String, text: String, row: Option<&manifest::Row>) -> Article {
    let (title_range, mut body_start) = headline(&text);
    let mut title = text[title_range.clone()].trim().to_string();
    // A file that starts with its story, without a headline: the lead belongs to the body, and
    // its first sentence stands for the title.
    if is_lead_paragraph(&title) {
        body_start = title_range.start;
        let first = crate::text::sentences::split_sentences(&title, 0..title.len())
            .into_iter()
            .next();
        if let Some(r) = first {
            title = title[r].to_string();
        }
    }
    let body_end = furniture_start(&text, body_start);
    let mut dl = parse_dateline(&text[body_start..body_end]);
    // "TABNAK, Sep. 12 -": an outlet's name where the place would be.
    if let Some(d) = dl.as_mut()
        && d.place.as_deref().is_some_and(|p| {
            crate::assets::LEXICON
                .sources
                .iter()
                .any(|(s, _)| s.eq_ignore_ascii_case(p))
        })
    {
        d.source = d.source.take().or(d.place.take());
    }
    // "Accra: X and Y hold talks": a headline led by its city places the story when the body
    // has no dateline of its own. ("Nigeria: ..." labels the story's country, as aggregators do:
    // no place.)
    let headline_place = (body_start > title_range.start)
        .then(|| dateline::parse_line(&title))
        .flatten()
        .and_then(|d| d.place)
        .filter(|p| crate::assets::LEXICON.country_index(p).is_none());
    let mut published = None;
    let mut basis = PublishedBasis::None;
    let mut source = dl.as_ref().and_then(|d| d.source.clone());
    let mut url = None;
    if let Some(d) = dl.as_ref().and_then(|d| d.date) {
        published = Some(d);
        basis = PublishedBasis::Text;
    }
    if let Some(row) = row {
        if let Some(d) = row.published {
            published = Some(d);
            basis = PublishedBasis::Manifest;
        }
        if let Some(s) = &row.source {
            source = Some(s.clone());
        }
        url = row.url.clone();
        if let Some(t) = &row.title {
            title = t.clone();
        }
    }
    if title.is_empty() {
        title = path.clone();
    }
    Article {
        id: article_id(&path),
        path,
        title,
        published,
        published_basis: basis,
        source,
        url,
        dateline_len: Some(dl.as_ref().map_or(0, |d| d.len)),
        dateline: dl.and_then(|d| d.place).or(headline_place),
        body: body_start..body_end,
        text,
    }
}

/// Whether a first line is the start of the story rather than a headline: it opens with a
/// dateline ("BEIJING, March 14 (Xinhua) --"), or it is a long sentence that ends with a full stop.
fn is_lead_paragraph(line: &str) -> bool {
    let ends_sentence = line.trim_end_matches(['"', '”', '’', '\'']).ends_with('.');
    let words = line.split_whitespace().count();
    // ("Cameroon: Paul Biya receives X": a headline led by its country, no dateline: it does
    // not end as a sentence does.)
    if dateline::parse_line(line).is_some() && (ends_sentence || words >= 25) {
        return true;
    }
    ends_sentence && words >= 10
}

/// A stable id from the relative path: short, readable, unique within a corpus.
pub fn article_id(path: &str) -> String {
    format!("a{:016x}", fnv1a(path.as_bytes()))
}

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The headline: the first non-empty line of three words or more (page furniture such as a logo
/// caption comes first on some sites), else the first non-empty line. Returns its range and where
/// the body starts.
fn headline(text: &str) -> (std::ops::Range<usize>, usize) {
    let mut first: Option<std::ops::Range<usize>> = None;
    let mut pos = 0;
    for (lines_seen, line) in text.split_inclusive('\n').enumerate() {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let range = start..start + line.trim_end().len();
        // "Home | World | Politics": a site's navigation, not the story's headline.
        let navigation = trimmed
            .split_whitespace()
            .filter(|w| matches!(*w, "|" | "›" | "»" | ">" | "/"))
            .count()
            >= 2;
        if navigation {
            continue;
        }
        let words = trimmed.split_whitespace().count();
        // "Putin arrives" then the story's first sentence: a short headline, not furniture
        // before one, when the longer line reads as body text.
        // ("Courtesy call" then "Minister X met Ambassador Y.": a headline ends without a
        // full stop.)
        if let Some(short) = &first
            && (words >= 10 || (words >= 5 && trimmed.ends_with('.')))
            && trimmed.ends_with(['.', '"', '”'])
        {
            let end = text[short.end..]
                .find('\n')
                .map_or(text.len(), |i| short.end + i + 1);
            return (short.clone(), end);
        }
        if words >= 3 {
            return (range, pos);
        }
        if first.is_none() {
            first = Some(range);
        }
        if lines_seen > 5 {
            break;
        }
    }
    match first {
        Some(r) => {
            let end = text[r.end..]
                .find('\n')
                .map_or(text.len(), |i| r.end + i + 1);
            (r, end)
        }
        None => (0..0, 0),
    }
}

/// Where trailing page furniture begins: "Check Also", "Related articles", "Read more" lines.
fn furniture_start(text: &str, body_start: usize) -> usize {
    const MARKERS: [&str; 16] = [
        "check also",
        "related",
        "related articles",
        "related news",
        "related posts",
        "related stories",
        "related content",
        "more stories",
        "more on this",
        "recommended",
        "most read",
        "read more",
        "read also",
        "also read",
        "you may also like",
        "share this article",
    ];
    let mut pos = body_start;
    for line in text[body_start..].split_inclusive('\n') {
        let t = line.trim().trim_end_matches(':').to_ascii_lowercase();
        if MARKERS.contains(&t.as_str()) {
            return pos;
        }
        pos += line.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_headline_keeps_the_lead_sentence_in_the_body() {
        let t = "Kerry-Lavrov talks\n\nUS Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Monday.\n\nMore text.";
        let (r, body) = headline(t);
        assert_eq!(&t[r], "Kerry-Lavrov talks");
        assert!(t[body..].starts_with("\nUS Secretary"));
    }

    #[test]
    fn headline_skips_short_furniture() {
        let t = "Logo Wide\n\nSyria, Iran Stress Need\n\nBody text here.";
        let (r, body) = headline(t);
        assert_eq!(&t[r], "Syria, Iran Stress Need");
        assert!(t[body..].contains("Body"));
    }

    #[test]
    fn a_short_headline_keeps_a_short_first_sentence_in_the_body() {
        let t = "Courtesy call\n\nMinister X met Ambassador Y.\n";
        let (r, body) = headline(t);
        assert_eq!(&t[r], "Courtesy call");
        assert!(t[body..].contains("Minister X met"));
    }

    #[test]
    fn headline_skips_navigation() {
        let t = "Home | World | Politics\n\nLeaders meet in the capital\n\nBody text here.";
        let (r, _) = headline(t);
        assert_eq!(&t[r], "Leaders meet in the capital");
    }

    #[test]
    fn a_headline_led_by_its_place_is_a_headline_and_a_city_places_the_story() {
        let a = make_article(
            "a.txt".into(),
            "Accra: Ghanaian President and Ethiopian Prime Minister hold bilateral talks\n\nThe Ethiopian Prime Minister is in Ghana this week.\n".into(),
            None,
        );
        assert_eq!(
            a.title,
            "Accra: Ghanaian President and Ethiopian Prime Minister hold bilateral talks"
        );
        assert!(
            a.text[a.body.clone()]
                .trim_start()
                .starts_with("The Ethiopian")
        );
        assert_eq!(a.dateline.as_deref(), Some("Accra"));
        let b = make_article(
            "b.txt".into(),
            "Nigeria: Presidents of Egypt and Gambia call the President\n\nThe president of Egypt called on Tuesday.\n".into(),
            None,
        );
        assert!(b.title.starts_with("Nigeria: Presidents"));
        assert_eq!(b.dateline, None);
        // A lead paragraph with its dateline is the story's start.
        let c = make_article(
            "c.txt".into(),
            "ISLAMABAD: Prime Minister Imran Qadir met the Chinese ambassador on Monday at his office.\n\nThey discussed trade.\n".into(),
            None,
        );
        assert!(c.text[c.body.clone()].starts_with("ISLAMABAD"));
    }

    #[test]
    fn check_also_ends_the_body() {
        let t = "Title of the story\nBody.\n\nCheck Also\n\nOther story";
        let (_, b) = headline(t);
        let end = furniture_start(t, b);
        assert_eq!(t[b..end].trim(), "Body.");
    }

    #[test]
    fn decode_refuses_binary_and_bad_utf8() {
        assert!(
            decode_text(b"\x00\x01\x02abc")
                .unwrap_err()
                .contains("binary")
        );
        assert!(
            decode_text(b"abc \xff\xfe def")
                .unwrap_err()
                .contains("UTF-8")
        );
        assert!(decode_text(b"caf\xc3\xa9").is_ok());
        assert_eq!(decode_text(b"\xEF\xBB\xBFhello").unwrap(), "hello");
        let utf16: Vec<u8> = [0xFFu8, 0xFE, b'h', 0, b'i', 0].to_vec();
        assert_eq!(decode_text(&utf16).unwrap(), "hi");
    }
}
