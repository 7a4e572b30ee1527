//! The shared colours ([`crate::model::palette`]) as egui colours.

use crate::model::MeetingKind;
use crate::model::palette as rgb;
use egui::Color32;

pub use crate::model::palette::{CountryPalette, SLOT_OTHER, SLOTS, kind_index};

const fn c(v: rgb::Rgb) -> Color32 {
    Color32::from_rgb(v[0], v[1], v[2])
}

/// Okabe–Ito: in person, phone call, video call, letter (the order of `MeetingKind::ALL`).
pub const KIND: [Color32; 4] = [
    c(rgb::KIND[0]),
    c(rgb::KIND[1]),
    c(rgb::KIND[2]),
    c(rgb::KIND[3]),
];

/// Countries beyond the palette, and officials without a country.
pub const OTHER: Color32 = c(rgb::OTHER);

pub fn kind_color(kind: MeetingKind) -> Color32 {
    c(rgb::kind_rgb(kind))
}

pub fn slot_color(slot: u8) -> Color32 {
    c(rgb::slot_rgb(slot))
}

/// A country's colour in the corpus's palette.
pub trait CountryColor {
    fn color(&self, country: Option<&str>) -> Color32;
}

impl CountryColor for CountryPalette {
    fn color(&self, country: Option<&str>) -> Color32 {
        c(self.rgb(country))
    }
}
