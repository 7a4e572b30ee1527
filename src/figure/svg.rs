//! A small SVG writer. Every attribute value and every text goes through quick-xml's escaping
//! (and loses the characters XML cannot carry at all), so names containing `<`, `&` or quotes can
//! neither break the file nor inject markup into it. Element and attribute names are always
//! literals in Summitry's code.

use std::fmt::Write as _;

/// The fonts a figure asks for: egui's default (Ubuntu, embedded when rasterising), then common
/// sans-serif faces of the same width for viewers that lack it.
pub const FONT_FAMILY: &str = "Ubuntu, 'Helvetica Neue', Helvetica, Arial, sans-serif";

/// An SVG document being written.
pub struct Svg {
    out: String,
    depth: usize,
    pub width: f32,
    pub height: f32,
}

/// One element being written: add attributes, then `.end()` (empty) or `.text(..)`.
pub struct El<'a> {
    svg: &'a mut Svg,
    name: &'static str,
}

/// A number as SVG wants it: at most two decimals, no trailing zeros.
pub fn num(v: f32) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

/// Text made safe for XML: escaped, without the characters XML 1.0 cannot carry.
pub fn escape(s: &str) -> String {
    quick_xml::escape::escape(crate::export::xml_chars(s).as_ref()).into_owned()
}

impl Svg {
    /// A `width`×`height` document (in CSS pixels) with a `<title>` and a white background.
    pub fn new(width: f32, height: f32, title: &str) -> Svg {
        let mut svg = Svg {
            out: String::with_capacity(64 * 1024),
            depth: 0,
            width,
            height,
        };
        svg.out
            .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            svg.out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{f}\">",
            w = num(width),
            h = num(height),
            f = escape(FONT_FAMILY),
        );
        svg.depth = 1;
        svg.el("title").text(title);
        svg.el("rect")
            .a("width", "100%")
            .a("height", "100%")
            .a("fill", "#ffffff")
            .end();
        svg
    }

    /// Starts an element named `name` (a literal).
    pub fn el(&mut self, name: &'static str) -> El<'_> {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push('<');
        self.out.push_str(name);
        El { svg: self, name }
    }

    /// Opens a group `<g ...>`; close it with [`Svg::close`].
    pub fn group(&mut self) -> El<'_> {
        self.el("g")
    }

    pub fn close(&mut self, name: &'static str) {
        self.depth = self.depth.saturating_sub(1);
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        let _ = writeln!(self.out, "</{name}>");
    }

    /// A comment (its text is kept free of `--`).
    pub fn comment(&mut self, text: &str) {
        let text = crate::export::xml_chars(text).replace("--", "- -");
        let _ = writeln!(
            self.out,
            "{}<!-- {} -->",
            "  ".repeat(self.depth),
            text.trim_end_matches('-')
        );
    }

    /// The document, closed.
    pub fn finish(mut self) -> String {
        while self.depth > 1 {
            self.close("g");
        }
        self.out.push_str("</svg>\n");
        self.out
    }
}

impl El<'_> {
    /// An attribute (its value escaped).
    pub fn a(self, name: &'static str, value: impl AsRef<str>) -> Self {
        let _ = write!(self.svg.out, " {name}=\"{}\"", escape(value.as_ref()));
        self
    }

    /// A numeric attribute.
    pub fn n(self, name: &'static str, value: f32) -> Self {
        let _ = write!(self.svg.out, " {name}=\"{}\"", num(value));
        self
    }

    /// Ends an empty element.
    pub fn end(self) {
        self.svg.out.push_str("/>\n");
    }

    /// Ends the element with `text` (escaped) inside.
    pub fn text(self, text: &str) {
        let _ = writeln!(self.svg.out, ">{}</{}>", escape(text), self.name);
    }

    /// Ends the start tag; children follow until [`Svg::close`].
    pub fn open(self) {
        self.svg.out.push_str(">\n");
        self.svg.depth += 1;
    }
}

/// Roughly how wide `text` is at `size` px in the figure font (Ubuntu; Helvetica and Arial are
/// within a few per cent). Layout only needs to know whether things fit.
pub fn text_width(text: &str, size: f32) -> f32 {
    let em: f32 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | 'I' | 'f' | 't'
            | 'r' => 0.3,
            'm' | 'w' | 'M' | 'W' => 0.8,
            c if c.is_ascii_uppercase() => 0.62,
            c if c.is_ascii_digit() => 0.53,
            '–' | '—' => 0.6,
            c if (c as u32) >= 0x2E80 => 1.0,
            _ => 0.49,
        })
        .sum();
    em * size
}

/// `text` cut with an ellipsis to fit `width` px at `size` px.
pub fn fit_text(text: &str, size: f32, width: f32) -> String {
    if text_width(text, size) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, size) + text_width("…", size) > width {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.256), "1.26");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut svg = Svg::new(10.0, 10.0, "a <b> & \"c\"");
        svg.el("text")
            .a("data-name", "x\" onload=\"alert(1)")
            .text("<script>&\u{0}");
        svg.comment("a -- b --");
        let out = svg.finish();
        assert!(
            out.contains("<title>a &lt;b&gt; &amp; &quot;c&quot;</title>"),
            "{out}"
        );
        assert!(
            out.contains("data-name=\"x&quot; onload=&quot;alert(1)\""),
            "{out}"
        );
        assert!(out.contains(">&lt;script&gt;&amp;</text>"), "{out}");
        assert!(!out.contains("<script"));
        assert!(!out.contains("a -- b"));
    }

    #[test]
    fn fitting_cuts_long_text() {
        let long = "Democratic People's Republic of Korea – United Kingdom";
        let cut = fit_text(long, 13.0, 120.0);
        assert!(
            cut.ends_with('…') && text_width(&cut, 13.0) <= 121.0,
            "{cut}"
        );
        assert_eq!(fit_text("Iran", 13.0, 120.0), "Iran");
    }
}
