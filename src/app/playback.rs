//! Playback: the filter's date window slides through the corpus, so every view shows the
//! meetings inside it as time goes by.

use super::theme;
use super::timeline_view::{date_of_day, day_number};
use crate::model::Dataset;
use crate::model::filter::Filter;
use egui::{RichText, Ui};

/// (label, days per second of playback)
pub const SPEEDS: [(&str, f64); 5] = [
    ("1 week/s", 7.0),
    ("1 month/s", 30.44),
    ("3 months/s", 91.3),
    ("1 year/s", 365.25),
    ("5 years/s", 1826.0),
];
/// (label, window length in days)
pub const WINDOWS: [(&str, i32); 5] = [
    ("1 week", 7),
    ("1 month", 30),
    ("3 months", 91),
    ("1 year", 365),
    ("5 years", 1826),
];

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Playback {
    #[serde(skip)]
    pub playing: bool,
    /// First day of the window (fractional: it moves a little every frame).
    #[serde(skip)]
    cursor: Option<f64>,
    pub speed: usize,
    pub window: usize,
}

impl Default for Playback {
    fn default() -> Self {
        Playback {
            playing: false,
            cursor: None,
            speed: 1,
            window: 2,
        }
    }
}

/// First and last meeting day of the corpus.
fn span(data: &Dataset) -> Option<(i32, i32)> {
    let mut days = data.meetings.iter().filter_map(|m| m.date).map(day_number);
    let first = days.next()?;
    Some(days.fold((first, first), |(a, b), d| (a.min(d), b.max(d))))
}

impl Playback {
    pub fn window_days(&self) -> i32 {
        WINDOWS[self.window.min(WINDOWS.len() - 1)].1
    }

    pub fn toggle(&mut self, data: &Dataset, filter: &mut Filter) {
        if self.playing {
            self.playing = false;
            return;
        }
        let Some((first, last)) = span(data) else {
            return;
        };
        // Start where the window is, or at the beginning when it ran off the end.
        let start = filter
            .from
            .map(day_number)
            .filter(|&d| d < last)
            .unwrap_or(first - self.window_days() / 2);
        self.cursor = Some(start as f64);
        self.playing = true;
        self.apply(filter);
    }

    pub fn stop(&mut self) {
        self.playing = false;
    }

    /// Moves the window by the frame's time; call every frame.
    pub fn tick(&mut self, ctx: &egui::Context, data: &Dataset, filter: &mut Filter) {
        if !self.playing {
            return;
        }
        let Some((_, last)) = span(data) else {
            self.playing = false;
            return;
        };
        let dt = ctx.input(|i| i.stable_dt).min(0.1) as f64;
        let speed = SPEEDS[self.speed.min(SPEEDS.len() - 1)].1;
        let cursor = self.cursor.unwrap_or(0.0) + speed * dt;
        self.cursor = Some(cursor);
        if cursor as i32 > last {
            self.playing = false;
        } else {
            self.apply(filter);
            ctx.request_repaint();
        }
    }

    fn apply(&self, filter: &mut Filter) {
        if let Some(c) = self.cursor {
            let from = c.floor() as i32;
            filter.from = Some(date_of_day(from));
            filter.to = Some(date_of_day(from + self.window_days() - 1));
        }
    }

    /// Play/pause, speed and window length; and the current window while playing.
    pub fn controls(&mut self, ui: &mut Ui, data: &Dataset, filter: &mut Filter) {
        let label = if self.playing { "Pause" } else { "Play" };
        let button = egui::Button::new(RichText::new(label).color(if self.playing {
            theme::ACCENT
        } else {
            theme::TEXT_STRONG
        }));
        if ui
            .add(button)
            .on_hover_text("Play the corpus through time (Space)")
            .clicked()
        {
            self.toggle(data, filter);
        }
        let window = self.window;
        egui::ComboBox::from_id_salt("play_window")
            .selected_text(WINDOWS[self.window].0)
            .width(86.0)
            .show_ui(ui, |ui| {
                for (i, (l, _)) in WINDOWS.iter().enumerate() {
                    ui.selectable_value(&mut self.window, i, *l);
                }
            })
            .response
            .on_hover_text("Window length: how much time is shown at once");
        if window != self.window && self.playing {
            self.apply(filter);
        }
        egui::ComboBox::from_id_salt("play_speed")
            .selected_text(SPEEDS[self.speed].0)
            .width(96.0)
            .show_ui(ui, |ui| {
                for (i, (l, _)) in SPEEDS.iter().enumerate() {
                    ui.selectable_value(&mut self.speed, i, *l);
                }
            })
            .response
            .on_hover_text("Playback speed");
    }
}
