//! Colours, type scale and spacing: one light theme, used everywhere.

use egui::{Color32, CornerRadius, FontFamily, FontId, Margin, Stroke, TextStyle, Theme, Vec2};

pub const ACCENT: Color32 = Color32::from_rgb(0x1F, 0x4E, 0x8C);
pub const ACCENT_SOFT: Color32 = Color32::from_rgb(0xE6, 0xEE, 0xF8);
pub const TEXT_STRONG: Color32 = Color32::from_rgb(0x17, 0x1C, 0x24);
pub const TEXT: Color32 = Color32::from_rgb(0x34, 0x3B, 0x46);
pub const TEXT_WEAK: Color32 = Color32::from_rgb(0x6B, 0x74, 0x80);
pub const TEXT_FAINT: Color32 = Color32::from_rgb(0x9A, 0xA1, 0xAB);
pub const APP_BG: Color32 = Color32::from_rgb(0xF4, 0xF5, 0xF7);
pub const SURFACE: Color32 = Color32::WHITE;
pub const BORDER: Color32 = Color32::from_rgb(0xDD, 0xE1, 0xE6);
pub const ROW_ALT: Color32 = Color32::from_rgb(0xFA, 0xFB, 0xFC);
pub const ROW_HOVER: Color32 = Color32::from_rgb(0xF0, 0xF3, 0xF7);
pub const HIGHLIGHT: Color32 = Color32::from_rgb(0xFF, 0xEB, 0xA8);
pub const ERROR: Color32 = Color32::from_rgb(0xA8, 0x2A, 0x1E);
pub const ERROR_SOFT: Color32 = Color32::from_rgb(0xFB, 0xEC, 0xEA);
pub const WARN: Color32 = Color32::from_rgb(0x9A, 0x5B, 0x00);

pub const PAD_X: i8 = 16;

pub fn font(size: f32) -> FontId {
    FontId::new(size, FontFamily::Proportional)
}

pub fn mono(size: f32) -> FontId {
    FontId::new(size, FontFamily::Monospace)
}

/// Text and tint of a meeting-kind chip.
pub fn kind_colors(kind: crate::model::MeetingKind) -> (Color32, Color32) {
    use crate::model::MeetingKind::*;
    match kind {
        // Darker text on a light tint of the timeline's Okabe–Ito colour for the kind.
        InPerson => (
            Color32::from_rgb(0x00, 0x5A, 0x8E),
            Color32::from_rgb(0xE1, 0xEE, 0xF7),
        ),
        PhoneCall => (
            Color32::from_rgb(0x8A, 0x5A, 0x00),
            Color32::from_rgb(0xFC, 0xF0, 0xD8),
        ),
        VideoCall => (
            Color32::from_rgb(0x00, 0x6B, 0x4F),
            Color32::from_rgb(0xDE, 0xF3, 0xEC),
        ),
        Letter => (
            Color32::from_rgb(0x93, 0x3F, 0x72),
            Color32::from_rgb(0xF8, 0xE8, 0xF1),
        ),
    }
}

/// Installs the theme. Idempotent; call once per context.
pub fn apply(ctx: &egui::Context) {
    ctx.set_theme(Theme::Light);
    ctx.style_mut_of(Theme::Light, |style| {
        style.text_styles = [
            (TextStyle::Heading, font(17.0)),
            (TextStyle::Body, font(14.0)),
            (TextStyle::Button, font(14.0)),
            (TextStyle::Small, font(11.5)),
            (TextStyle::Monospace, mono(12.5)),
        ]
        .into();
        let s = &mut style.spacing;
        s.item_spacing = Vec2::new(8.0, 6.0);
        s.button_padding = Vec2::new(12.0, 5.0);
        s.interact_size.y = 26.0;
        s.window_margin = Margin::same(14);

        let v = &mut style.visuals;
        *v = egui::Visuals::light();
        v.panel_fill = SURFACE;
        v.window_fill = SURFACE;
        v.window_stroke = Stroke::new(1.0, BORDER);
        v.window_corner_radius = CornerRadius::same(8);
        v.window_highlight_topmost = false;
        v.extreme_bg_color = SURFACE;
        v.faint_bg_color = ROW_ALT;
        v.hyperlink_color = ACCENT;
        v.error_fg_color = ERROR;
        v.warn_fg_color = WARN;
        v.selection.bg_fill = Color32::from_rgb(0xC9, 0xDA, 0xF1);
        v.selection.stroke = Stroke::new(1.0, ACCENT);
        v.override_text_color = None;

        let w = &mut v.widgets;
        w.noninteractive.fg_stroke = Stroke::new(1.0, TEXT);
        w.noninteractive.bg_stroke = Stroke::new(1.0, BORDER);
        for wv in [&mut w.inactive, &mut w.hovered, &mut w.active, &mut w.open] {
            wv.corner_radius = CornerRadius::same(6);
        }
        w.inactive.weak_bg_fill = SURFACE;
        w.inactive.bg_fill = Color32::from_rgb(0xE9, 0xEC, 0xF0);
        w.inactive.bg_stroke = Stroke::new(1.0, BORDER);
        w.inactive.fg_stroke = Stroke::new(1.0, TEXT_STRONG);
        w.hovered.weak_bg_fill = ROW_HOVER;
        w.hovered.bg_fill = ROW_HOVER;
        w.hovered.bg_stroke = Stroke::new(1.0, Color32::from_rgb(0xB8, 0xC2, 0xCF));
        w.hovered.fg_stroke = Stroke::new(1.0, TEXT_STRONG);
        // Also the title bar of the topmost window.
        w.open.weak_bg_fill = APP_BG;
        w.active.weak_bg_fill = ACCENT_SOFT;
        w.active.bg_fill = ACCENT_SOFT;
        w.active.bg_stroke = Stroke::new(1.0, ACCENT);
        w.active.fg_stroke = Stroke::new(1.0, TEXT_STRONG);
    });
}

/// Categorical colours for countries: Tableau 10 without its grey (designed to stay apart for
/// the common colour-vision deficiencies), in the order countries are given them.
pub const PALETTE: [Color32; 9] = [
    Color32::from_rgb(0x4E, 0x79, 0xA7),
    Color32::from_rgb(0xF2, 0x8E, 0x2B),
    Color32::from_rgb(0xE1, 0x57, 0x59),
    Color32::from_rgb(0x76, 0xB7, 0xB2),
    Color32::from_rgb(0x59, 0xA1, 0x4F),
    Color32::from_rgb(0xED, 0xC9, 0x48),
    Color32::from_rgb(0xB0, 0x7A, 0xA1),
    Color32::from_rgb(0xFF, 0x9D, 0xA7),
    Color32::from_rgb(0x9C, 0x75, 0x5F),
];
/// Countries past the palette, and officials without a country.
pub const OTHER_COUNTRY: Color32 = {
    let [r, g, b] = crate::model::palette::OTHER;
    Color32::from_rgb(r, g, b)
};

/// A stable colour per country for one dataset: the most active countries
/// ([`crate::model::Dataset::country_counts`], computed on the whole dataset so filters never
/// recolour anything) get the palette in order, the rest share [`OTHER_COUNTRY`].
#[derive(Clone, Debug, Default)]
pub struct CountryColors {
    /// (country, colour, meetings) for the coloured countries, most active first.
    pub named: Vec<(String, Color32, usize)>,
}

impl CountryColors {
    /// The same colours as the filters panel and the timeline (`model::palette`).
    pub fn new(data: &crate::model::Dataset) -> CountryColors {
        let palette = crate::model::palette::CountryPalette::new(data);
        let named = data
            .country_counts()
            .into_iter()
            .map(|(country, n)| {
                let [r, g, b] = palette.rgb(Some(&country));
                (country, Color32::from_rgb(r, g, b), n)
            })
            .collect();
        CountryColors { named }
    }

    pub fn get(&self, country: Option<&str>) -> Color32 {
        country
            .and_then(|c| self.named.iter().find(|(n, _, _)| n == c))
            .map_or(OTHER_COUNTRY, |(_, color, _)| *color)
    }
}
