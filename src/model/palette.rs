//! Colour-blind-safe categorical colours shared by the views and the figures: meeting kinds
//! (Okabe–Ito) and countries (Paul Tol's "muted" scheme). A country keeps its colour whatever the
//! filter: colours go to the corpus's most frequent countries in order, every other country is
//! grey. Plain RGB here; the app turns them into egui colours (`app::palette`).

use super::{Dataset, MeetingKind};
use std::collections::HashMap;

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// Okabe–Ito: in person, phone call, video call, letter (the order of `MeetingKind::ALL`).
pub const KIND: [Rgb; 4] = [
    [0x00, 0x72, 0xB2],
    [0xE6, 0x9F, 0x00],
    [0x00, 0x9E, 0x73],
    [0xCC, 0x79, 0xA7],
];

/// Paul Tol's "muted" qualitative scheme, distinct under the common colour-vision deficiencies.
pub const COUNTRY: [Rgb; 9] = [
    [0x33, 0x22, 0x88], // indigo
    [0xCC, 0x66, 0x77], // rose
    [0x11, 0x77, 0x33], // green
    [0xDD, 0xCC, 0x77], // sand
    [0x88, 0xCC, 0xEE], // cyan
    [0x88, 0x22, 0x55], // wine
    [0x44, 0xAA, 0x99], // teal
    [0x99, 0x99, 0x33], // olive
    [0xAA, 0x44, 0x99], // purple
];

/// Countries beyond the palette, and officials without a country.
pub const OTHER: Rgb = [0xB4, 0xB9, 0xC0];

/// Index into [`KIND`].
pub fn kind_index(kind: MeetingKind) -> u8 {
    MeetingKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(0) as u8
}

pub fn kind_rgb(kind: MeetingKind) -> Rgb {
    KIND[kind_index(kind) as usize]
}

/// Colour slots: 0..4 kinds, 4..13 countries, 13 other. One index space, so a mark stores a byte.
pub const SLOTS: usize = 14;
pub const SLOT_OTHER: u8 = 13;

pub fn slot_rgb(slot: u8) -> Rgb {
    match slot as usize {
        s if s < 4 => KIND[s],
        s if s < 4 + COUNTRY.len() => COUNTRY[s - 4],
        _ => OTHER,
    }
}

/// `#rrggbb`.
pub fn hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

/// Country → colour for one corpus.
#[derive(Clone, Debug, Default)]
pub struct CountryPalette {
    slots: HashMap<String, u8>,
}

impl CountryPalette {
    pub fn new(data: &Dataset) -> CountryPalette {
        let slots = data
            .country_counts()
            .into_iter()
            .take(COUNTRY.len())
            .enumerate()
            .map(|(i, (c, _))| (c, 4 + i as u8))
            .collect();
        CountryPalette { slots }
    }

    pub fn slot(&self, country: Option<&str>) -> u8 {
        country
            .and_then(|c| self.slots.get(c).copied())
            .unwrap_or(SLOT_OTHER)
    }

    /// The country holding a colour slot.
    pub fn name_of(&self, slot: u8) -> Option<&str> {
        self.slots
            .iter()
            .find(|(_, s)| **s == slot)
            .map(|(c, _)| c.as_str())
    }

    pub fn rgb(&self, country: Option<&str>) -> Rgb {
        slot_rgb(self.slot(country))
    }
}
