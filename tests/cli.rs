//! The command line end to end: extract output against the JSON schema, eval on the sample,
//! and bad input (clear message, right exit code, no panic).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn summitry(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_summitry"))
        .args(args)
        .output()
        .expect("run summitry")
}

fn sample() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample_corpus")
        .display()
        .to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_corpus(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, bytes) in files {
        let p: PathBuf = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    dir
}

#[test]
fn extract_output_validates_against_the_schema() {
    let out = summitry(&["extract", &sample(), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("extract.schema.json")).expect("schema is JSON");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler.add_resource("summitry.extract/1", schema).unwrap();
    let id = compiler
        .compile("summitry.extract/1", &mut schemas)
        .expect("schema compiles");
    if let Err(e) = schemas.validate(&doc, id) {
        panic!("extract output does not match the schema: {e:#}");
    }
    assert_eq!(doc["corpus"]["articles"], 5);
    assert!(doc["meetings"].as_array().unwrap().len() >= 8);
    // Evidence offsets point at the quoted text.
    let article_text =
        std::fs::read_to_string(Path::new(&sample()).join("001_fd360a16886e2937.txt")).unwrap();
    let article_id = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["path"] == "001_fd360a16886e2937.txt")
        .unwrap()["id"]
        .clone();
    let ev = doc["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|m| m["evidence"].as_array().unwrap())
        .find(|e| e["article"] == article_id)
        .expect("evidence from article 001");
    let (s, e) = (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&article_text[s..e], ev["text"].as_str().unwrap());
}

#[test]
fn extract_writes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.json");
    let out = summitry(&["extract", &sample(), "--out", out_path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_path).unwrap()).unwrap();
    assert_eq!(v["schema"], "summitry.extract/1");
    assert!(out.stdout.is_empty());
}

#[test]
fn eval_on_the_sample_reaches_the_target() {
    let gold = Path::new(&sample()).join("gold.json");
    let out = summitry(&["eval", &sample(), "--gold", gold.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("pairs P="))
        .expect("pairs line");
    let f1: f64 = line.rsplit("F1=").next().unwrap().trim().parse().unwrap();
    assert!(f1 >= 0.95, "{text}");
    let json = summitry(&[
        "eval",
        &sample(),
        "--gold",
        gold.to_str().unwrap(),
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(v["f1"].as_f64().unwrap() >= 0.95);
    assert_eq!(v["country"]["correct"], v["country"]["total"]);
}

#[test]
fn missing_folder_is_a_clear_error() {
    let out = summitry(&["extract", "/no/such/folder/anywhere"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not found"), "{}", stderr(&out));
}

#[test]
fn empty_and_binary_only_folders_are_unusable() {
    let empty = temp_corpus(&[]);
    let out = summitry(&["extract", empty.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no readable articles"),
        "{}",
        stderr(&out)
    );

    let binary = temp_corpus(&[
        ("a.txt", b"\x00\x01\x02\x03binary"),
        ("b.md", b"\x89PNG\r\n\x1a\n\x00\x00"),
    ]);
    let out = summitry(&["extract", binary.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("skipped a.txt: binary"), "{err}");
    assert!(err.contains("2 files skipped"), "{err}");
}

#[test]
fn bad_files_are_skipped_with_reasons_and_the_rest_loads() {
    let dir = temp_corpus(&[
        ("good.txt", "Headline about talks\n\nDamascus, SANA - President Bashir Kamal received Peruvian Foreign Minister Ana Lucia Flores on Monday.\n".as_bytes()),
        ("bad.txt", b"caf\xe9 au lait \xff"),
        ("notes.pdf", b"%PDF-1.4"),
        (".hidden/secret.txt", b"President A met President B."),
        ("manifest.csv", b"File,Published,Source\ngood.txt,2021-03-02,SANA\nmissing.txt,2021-01-01,X\ngood.txt,not-a-date,Y\n"),
    ]);
    let out = summitry(&["extract", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["corpus"]["articles"], 1);
    let skipped = v["corpus"]["skipped"].as_array().unwrap();
    let reason = |p: &str| {
        skipped
            .iter()
            .find(|s| s["path"] == p)
            .map(|s| s["reason"].as_str().unwrap().to_string())
    };
    assert!(reason("bad.txt").unwrap().contains("UTF-8"));
    assert!(reason("notes.pdf").unwrap().contains("not a text article"));
    assert!(
        reason(".hidden/secret.txt").is_none(),
        "hidden folders are not read"
    );
    let warnings = v["warnings"].as_array().unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w.as_str().unwrap().contains("missing.txt")),
        "{warnings:?}"
    );
    // The one good article is read with its manifest date and yields its meeting.
    assert_eq!(v["meetings"].as_array().unwrap().len(), 1);
    assert_eq!(v["meetings"][0]["date"], "2021-03-01");
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(summitry(&["extract"]).status.code(), Some(2));
    assert_eq!(summitry(&["eval", &sample()]).status.code(), Some(2));
    assert_eq!(
        summitry(&["extract", &sample(), "--format", "xml"])
            .status
            .code(),
        Some(2)
    );
}

#[cfg(unix)]
#[test]
fn links_out_of_the_corpus_are_not_followed() {
    let outside = temp_corpus(&[("secret.txt", b"President A met President B on Monday.")]);
    let dir = temp_corpus(&[(
        "in.txt",
        b"A story about nothing at all\n\nNothing happened.",
    )]);
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        dir.path().join("link.txt"),
    )
    .unwrap();
    let out = summitry(&["extract", dir.path().to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["corpus"]["articles"], 1);
    let skipped = v["corpus"]["skipped"].as_array().unwrap();
    assert!(
        skipped
            .iter()
            .any(|s| s["path"] == "link.txt" && s["reason"].as_str().unwrap().contains("outside"))
    );
}

/// The dev set of real articles from many outlets (tests/devset): a regression floor, well above the
/// co-occurrence and NER baselines (F1 0.51 and 0.55).
#[test]
fn eval_on_the_dev_set_stays_above_the_floor() {
    let devset = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/devset");
    let gold = devset.join("gold.json");
    let out = summitry(&[
        "eval",
        devset.to_str().unwrap(),
        "--gold",
        gold.to_str().unwrap(),
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = |k: &str| v[k].as_f64().unwrap();
    assert!(
        f("f1") >= 0.9 && f("precision") >= 0.9,
        "{}",
        serde_json::to_string_pretty(&v).unwrap()
    );
    let ratio = |k: &str| v[k]["correct"].as_f64().unwrap() / v[k]["total"].as_f64().unwrap();
    assert!(ratio("country") >= 0.95, "{v}");
    assert!(ratio("date") >= 0.9, "{v}");
}

#[test]
fn app_filter_flags_are_validated_before_any_window_opens() {
    for args in [
        &["--from", "2017-13-01"][..],
        &["--to", "31/12/2018"],
        &["--from", "2018"],
        &["--kind", "telepathy"],
        &["--view", "sideways"],
        &["--from", "2019-01-01", "--to", "2018-01-01"],
    ] {
        let o = summitry(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("error"), "{args:?}");
    }
    let help = summitry(&["--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    for flag in [
        "--country",
        "--topic",
        "--from",
        "--to",
        "--kind",
        "--only-among",
        "--search",
        "--view",
    ] {
        assert!(text.contains(flag), "--help lists {flag}");
    }
}

#[test]
fn render_writes_a_figure_and_its_sidecar_or_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("iran.svg");
    let o = summitry(&[
        "render",
        &sample(),
        "--view",
        "timeline",
        "--out",
        svg.to_str().unwrap(),
        "--country",
        "iran",
        "--from",
        "2017-01-01",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<?xml") && text.contains("</svg>"));
    assert!(
        text.contains("Filter: involving Iran"),
        "the filter (matched to the corpus's spelling) is in the subtitle"
    );
    let side: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("iran.svg.json")).unwrap()).unwrap();
    assert_eq!(side["view"], "timeline");
    assert_eq!(side["filter"]["countries"], serde_json::json!(["Iran"]));
    assert!(side["marks"].as_array().is_some_and(|m| !m.is_empty()));

    let png = dir.path().join("t.png");
    let o = summitry(&[
        "render",
        &sample(),
        "--view",
        "timeline",
        "--out",
        png.to_str().unwrap(),
        "--width",
        "600",
        "--height",
        "400",
        "--scale",
        "1",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(image::image_dimensions(&png).unwrap(), (600, 400));

    // Usage errors: 2.
    let out = svg.to_str().unwrap();
    for args in [
        &["render", &sample(), "--view", "map", "--out", out][..],
        &[
            "render",
            &sample(),
            "--view",
            "timeline",
            "--out",
            dir.path().join("t.pdf").to_str().unwrap(),
        ],
        &[
            "render",
            &sample(),
            "--view",
            "timeline",
            "--out",
            out,
            "--scale",
            "0",
        ],
        &[
            "render",
            &sample(),
            "--view",
            "timeline",
            "--out",
            out,
            "--width",
            "-5",
        ],
        &[
            "render",
            &sample(),
            "--view",
            "timeline",
            "--out",
            out,
            "--from",
            "2019-01-01",
            "--to",
            "2018-01-01",
        ],
        &["render", &sample(), "--view", "timeline"],
    ] {
        let o = summitry(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("error"), "{args:?}");
    }
    // The network figure, laid out with ForceAtlas2: every official of the view is drawn and labelled.
    let net = dir.path().join("net.svg");
    let o = summitry(&[
        "render",
        &sample(),
        "--view",
        "graph",
        "--out",
        net.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let svg = std::fs::read_to_string(&net).unwrap();
    assert!(
        svg.contains("Fayssal Mikdad") && svg.contains("Ali Shamkhani"),
        "labels in the network figure"
    );
    // Output not written: 1.
    let unwritable = dir.path().join("no/such/folder/t.svg");
    let o = summitry(&[
        "render",
        &sample(),
        "--view",
        "timeline",
        "--out",
        unwritable.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
    // A missing corpus: 1.
    let o = summitry(&[
        "render",
        dir.path().join("nothing").to_str().unwrap(),
        "--view",
        "timeline",
        "--out",
        out,
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn layout_writes_positions_for_every_node() {
    let dir = tempfile::tempdir().unwrap();
    let edges = dir.path().join("edges.csv");
    std::fs::write(
        &edges,
        "source,target,weight\nAssad,Rouhani,3\nAssad,\"Putin, V.\",1\nLoner,Loner,1\n",
    )
    .unwrap();
    let out_path = dir.path().join("pos.csv");
    let run = |seed: &str| {
        let out = summitry(&[
            "layout",
            edges.to_str().unwrap(),
            "--iterations",
            "50",
            "--seed",
            seed,
            "--out",
            out_path.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("4 nodes, 3 edges"),
            "{}",
            stderr(&out)
        );
        std::fs::read_to_string(&out_path).unwrap()
    };
    let text = run("7");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("id,x,y"));
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, ["Assad", "Rouhani", "Putin, V.", "Loner"]);
    for r in &rows {
        let (x, y): (f64, f64) = (r[1].parse().unwrap(), r[2].parse().unwrap());
        assert!(x.is_finite() && y.is_finite(), "{r:?}");
    }
    assert_eq!(run("7"), text, "same seed, same positions");
    assert_ne!(run("8"), text, "another seed, other positions");
}

#[test]
fn layout_rejects_bad_input_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("pos.csv");
    let out = out_path.to_str().unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "from,to\na,b\n").unwrap();
    let o = summitry(&["layout", bad.to_str().unwrap(), "--out", out]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("source") && stderr(&o).contains("bad.csv"),
        "{}",
        stderr(&o)
    );
    std::fs::write(&bad, "source,target,weight\na,b,heavy\n").unwrap();
    let o = summitry(&["layout", bad.to_str().unwrap(), "--out", out]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("line 2"), "{}", stderr(&o));
    let o = summitry(&[
        "layout",
        dir.path().join("missing.csv").to_str().unwrap(),
        "--out",
        out,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out_path.exists(), "nothing written on failure");
    // Usage errors.
    std::fs::write(&bad, "source,target\na,b\n").unwrap();
    let o = summitry(&[
        "layout",
        bad.to_str().unwrap(),
        "--theta",
        "-1",
        "--out",
        out,
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = summitry(&["layout", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "missing --out");
}

#[test]
fn a_reader_that_closes_the_pipe_early_ends_the_output_quietly() {
    let gold = Path::new(&sample()).join("gold.json");
    for args in [
        vec![
            "eval",
            &sample(),
            "--gold",
            gold.to_str().unwrap(),
            "--json",
        ],
        vec!["extract", &sample(), "--format", "json"],
    ] {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let out = Command::new(env!("CARGO_BIN_EXE_summitry"))
            .args(&args)
            .stdout(writer)
            .output()
            .expect("run summitry");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    }
}
