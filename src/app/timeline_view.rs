//! The timeline: calendar time across, one lane per country pair (or per official) down, each
//! meeting a mark. egui_plot gives the time axis, zoom and pan; the marks are one mesh built from
//! [`TimelineModel::glyphs`], which merges marks closer than a few pixels into one sized bubble,
//! so a frame costs the same at 500 or 50,000 meetings.
//!
//! Gestures: Ctrl+scroll zooms time, scroll and drag pan, double-click fits. Dragging on the date
//! axis (or Shift+drag / right-drag on the plot) brushes a date range into the shared filter.

use super::palette::{self, CountryPalette};
use super::state::Selection;
use super::theme;
use super::widgets::{format_date, one_line, participants_label, topics_label};
use crate::model::Dataset;
use crate::model::filter::Filter;
use egui::{
    Align2, Color32, CornerRadius, Mesh, Pos2, Rect, RichText, Sense, Shape, Stroke, Ui, pos2, vec2,
};
use egui_plot::{GridInput, GridMark, Plot, PlotBounds};
use std::sync::Arc;

/// Height of one lane on screen.
pub const LANE_HEIGHT: f32 = 26.0;
const LABEL_WIDTH: f32 = 196.0;
const UNDATED_HEIGHT: f32 = 34.0;

pub use crate::model::timeline::{
    BIN_PX, Bin, ColorMode, DayRange, Lane, LaneMode, MARK_RADIUS, Mark, TimelineModel,
    calendar_ticks, date_of_day, day_number, glyph_radius, tick_label,
};

/// Grid marks on calendar boundaries (days, months, quarters, years, decades), three levels as
/// egui_plot expects, each date carrying the coarsest level it starts.
pub fn calendar_grid(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    calendar_ticks(lo, hi, input.base_step_size)
        .into_iter()
        .map(|t| GridMark {
            value: t.day as f64,
            step_size: t.step,
        })
        .collect()
}

/// Label of a grid mark: years, months or days, depending on the level.
pub fn calendar_label(mark: GridMark, range: &std::ops::RangeInclusive<f64>) -> String {
    tick_label(
        mark.value.round() as i32,
        mark.step_size,
        range.end() - range.start() > 500.0,
    )
}

// ---------------------------------------------------------------------------------------------
// Geometry: plain data, tested and benchmarked without a window.

/// A mark or a bubble of merged marks, in screen space.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    pub center: Pos2,
    pub radius: f32,
    pub count: u32,
    pub colors: [u8; 2],
    /// The first meeting in the glyph.
    pub meeting: u32,
    pub lane: u32,
    pub first_day: i32,
    pub last_day: i32,
    /// Outside the filter's date range: drawn faint, as context.
    pub dim: bool,
    pub selected: bool,
}

/// Where the plot shows what: the data rectangle on screen and the visible days and lanes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub rect: Rect,
    pub day_min: f64,
    pub day_max: f64,
    /// Lane index at the top edge (fractional while scrolling).
    pub lane_top: f64,
    pub lane_height: f32,
}

impl Viewport {
    pub fn x_of(&self, day: f64) -> f32 {
        self.rect.left()
            + ((day - self.day_min) / (self.day_max - self.day_min)) as f32 * self.rect.width()
    }
    pub fn day_at(&self, x: f32) -> f64 {
        self.day_min
            + ((x - self.rect.left()) / self.rect.width()) as f64 * (self.day_max - self.day_min)
    }
    pub fn y_of_lane(&self, lane: usize) -> f32 {
        self.rect.top() + ((lane as f64 - self.lane_top) as f32 + 0.5) * self.lane_height
    }
}

impl TimelineModel {
    /// The per-frame work: the glyphs to draw in `view`, into `out` (cleared first). Marks of a
    /// lane that fall in the same `BIN_PX`-wide slice of time merge into one bubble.
    pub fn glyphs(
        &self,
        view: &Viewport,
        range: DayRange,
        selected: Option<usize>,
        out: &mut Vec<Glyph>,
    ) {
        out.clear();
        if self.lanes.is_empty() || view.day_max <= view.day_min || view.rect.width() <= 0.0 {
            return;
        }
        let px_per_day = view.rect.width() as f64 / (view.day_max - view.day_min);
        let bin_days = (BIN_PX as f64 / px_per_day).max(1.0);
        let first_lane = view.lane_top.floor().max(0.0) as usize;
        let visible = (view.rect.height() / view.lane_height).ceil() as usize + 2;
        let max_radius = (view.lane_height * 0.46).max(MARK_RADIUS);
        for li in (first_lane..self.lanes.len()).take(visible) {
            let y = view.y_of_lane(li);
            self.bins(
                li,
                (view.day_min, view.day_max),
                bin_days,
                range,
                selected,
                |b| {
                    out.push(Glyph {
                        center: pos2(view.x_of(b.center_day()), y),
                        radius: glyph_radius(b.count, max_radius),
                        count: b.count,
                        colors: b.colors,
                        meeting: b.meeting,
                        lane: li as u32,
                        first_day: b.first_day,
                        last_day: b.last_day,
                        dim: b.dim,
                        selected: b.selected,
                    });
                },
            );
        }
    }
}

/// Adds the glyphs to one mesh: anti-aliased discs with a white rim, split in two halves when
/// two colours.
pub fn glyph_mesh(glyphs: &[Glyph], mesh: &mut Mesh) {
    let small = unit_circle::<12>();
    let large = unit_circle::<24>();
    let per = |n: usize| (2 + 3 * n, 7 * n);
    let (v, i) = glyphs.iter().fold((0, 0), |(v, i), g| {
        let (a, b) = per(if g.radius > 7.0 { 24 } else { 12 });
        (v + a, i + b)
    });
    mesh.vertices.reserve(v);
    mesh.indices.reserve(i * 3);
    for g in glyphs {
        let (a, b) = if g.dim {
            let c = Color32::from_rgba_unmultiplied(0xA9, 0xB0, 0xBA, 110);
            (c, c)
        } else {
            (
                palette::slot_color(g.colors[0]),
                palette::slot_color(g.colors[1]),
            )
        };
        let dirs: &[egui::Vec2] = if g.radius > 7.0 { &large } else { &small };
        disc(mesh, g.center, g.radius, a, b, dirs);
    }
}

/// Directions to `N` points on the unit circle, clockwise from the top (half a step in).
fn unit_circle<const N: usize>() -> [egui::Vec2; N] {
    std::array::from_fn(|k| {
        let t = std::f32::consts::TAU * (k as f32 + 0.5) / N as f32;
        vec2(t.sin(), -t.cos())
    })
}

/// A filled disc (left and right halves coloured apart), a 1.2 px white rim, and a half-pixel
/// feather to transparent for anti-aliasing.
fn disc(
    mesh: &mut Mesh,
    center: Pos2,
    radius: f32,
    left: Color32,
    right: Color32,
    dirs: &[egui::Vec2],
) {
    let n = dirs.len() as u32;
    let (r_fill, r_rim, r_out) = (radius, radius + 1.2, radius + 1.7);
    let base = mesh.vertices.len() as u32;
    // Two centre vertices so each half keeps its own colour.
    mesh.colored_vertex(center, left);
    mesh.colored_vertex(center, right);
    for (k, d) in dirs.iter().enumerate() {
        // The first half goes clockwise from the top: the right side.
        let color = if (k as u32) < n / 2 { right } else { left };
        mesh.colored_vertex(center + *d * r_fill, color);
        mesh.colored_vertex(center + *d * r_rim, Color32::WHITE);
        mesh.colored_vertex(center + *d * r_out, Color32::TRANSPARENT);
    }
    for k in 0..n {
        let next = (k + 1) % n;
        let (f0, w0, o0) = (base + 2 + 3 * k, base + 3 + 3 * k, base + 4 + 3 * k);
        let (f1, w1, o1) = (
            base + 2 + 3 * next,
            base + 3 + 3 * next,
            base + 4 + 3 * next,
        );
        let c = if k < n / 2 { base + 1 } else { base };
        mesh.add_triangle(c, f0, f1);
        mesh.add_triangle(f0, w0, f1);
        mesh.add_triangle(f1, w0, w1);
        mesh.add_triangle(w0, o0, w1);
        mesh.add_triangle(w1, o0, o1);
    }
}

/// The glyph under `pos`, if any (the nearest whose disc, plus a little slack, contains it).
pub fn hit(glyphs: &[Glyph], pos: Pos2) -> Option<&Glyph> {
    glyphs
        .iter()
        .map(|g| (g, g.center.distance(pos)))
        .filter(|(g, d)| *d <= g.radius + 3.0)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(g, _)| g)
}

// ---------------------------------------------------------------------------------------------
// The view

#[derive(Clone, PartialEq)]
struct CacheKey {
    data: usize,
    filter: Filter,
    lanes: LaneMode,
    colors: ColorMode,
}

#[derive(Default)]
pub struct TimelineView {
    pub lane_mode: LaneMode,
    pub color_mode: ColorMode,
    model: Arc<TimelineModel>,
    palette: CountryPalette,
    key: Option<CacheKey>,
    /// Visible days; None: fit to the data.
    x_range: Option<(f64, f64)>,
    lane_top: f64,
    /// Day where the current brush started.
    brush_start: Option<f64>,
    glyphs: Vec<Glyph>,
    undated_glyphs: Vec<Glyph>,
    /// Last frame's viewport, for tests and keyboard-free clicking.
    last_view: Option<Viewport>,
    axis_rect: Option<Rect>,
}

impl TimelineView {
    /// Drops caches after the corpus changed.
    pub fn reset(&mut self) {
        *self = TimelineView {
            lane_mode: self.lane_mode,
            color_mode: self.color_mode,
            ..TimelineView::default()
        };
    }

    pub fn model(&self) -> &TimelineModel {
        &self.model
    }

    /// Where the mark of `meeting` was drawn in the last frame.
    pub fn mark_position(&self, meeting: usize) -> Option<Pos2> {
        self.glyphs
            .iter()
            .chain(&self.undated_glyphs)
            .find(|g| g.meeting as usize == meeting && g.count == 1)
            .map(|g| g.center)
    }

    /// The date axis strip, where dragging brushes a range.
    pub fn axis_rect(&self) -> Option<Rect> {
        self.axis_rect
    }

    pub fn viewport(&self) -> Option<Viewport> {
        self.last_view
    }

    /// Shows the whole time span again.
    pub fn fit(&mut self) {
        self.x_range = None;
        self.lane_top = 0.0;
    }

    fn refresh(&mut self, data: &Arc<Dataset>, filter: &Filter) {
        let key = CacheKey {
            data: Arc::as_ptr(data) as usize,
            filter: Filter {
                from: None,
                to: None,
                ..filter.clone()
            },
            lanes: self.lane_mode,
            colors: self.color_mode,
        };
        if self.key.as_ref() == Some(&key) {
            return;
        }
        if self.key.as_ref().is_none_or(|k| k.data != key.data) {
            self.palette = CountryPalette::new(data);
            self.x_range = None;
        }
        let meetings = key.filter.apply(data).meetings;
        self.model = Arc::new(TimelineModel::build(
            data,
            &meetings,
            self.lane_mode,
            self.color_mode,
            &self.palette,
        ));
        self.lane_top = self
            .lane_top
            .min(self.model.lanes.len().saturating_sub(1) as f64);
        self.key = Some(key);
    }

    fn full_range(&self) -> (f64, f64) {
        match self.model.span {
            Some((a, b)) => {
                let pad = ((b - a) as f64 * 0.04).max(20.0);
                (a as f64 - pad, b as f64 + 1.0 + pad)
            }
            None => {
                let today = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| (d.as_secs() / 86_400) as i32);
                (today as f64 - 365.0, today as f64 + 30.0)
            }
        }
    }

    pub fn show(
        &mut self,
        ui: &mut Ui,
        data: &Arc<Dataset>,
        filter: &mut Filter,
        shown: usize,
        selection: &mut Selection,
    ) {
        self.refresh(data, filter);
        self.toolbar(ui, shown);
        ui.add_space(8.0);

        let card = egui::Frame::new()
            .fill(theme::SURFACE)
            .stroke(Stroke::new(1.0, theme::BORDER))
            .corner_radius(CornerRadius::same(8))
            .inner_margin(egui::Margin {
                left: 0,
                right: 12,
                top: 10,
                bottom: 8,
            });
        card.show(ui, |ui| {
            ui.set_min_size(ui.available_size());
            if self.model.lanes.is_empty() && self.model.undated.is_empty() {
                ui.add_space(60.0);
                ui.vertical_centered(|ui| {
                    ui.label(
                        RichText::new("No meetings to show")
                            .font(theme::font(16.0))
                            .color(theme::TEXT_STRONG),
                    );
                    ui.label(
                        RichText::new("Loosen the filters on the left to see more.")
                            .color(theme::TEXT_WEAK),
                    );
                });
                return;
            }
            let avail = ui.available_rect_before_wrap();
            let undated_h = if self.model.undated.is_empty() {
                0.0
            } else {
                UNDATED_HEIGHT
            };
            let legend_h = 26.0;
            let plot_outer = Rect::from_min_max(
                pos2(avail.left() + LABEL_WIDTH, avail.top()),
                pos2(avail.right(), avail.bottom() - undated_h - legend_h),
            );
            self.plot(ui, data, filter, selection, plot_outer, avail.left());
            if undated_h > 0.0 {
                let strip = Rect::from_min_max(
                    pos2(avail.left(), plot_outer.bottom()),
                    pos2(avail.right(), plot_outer.bottom() + undated_h),
                );
                self.undated_strip(ui, data, selection, strip);
            }
            let legend = Rect::from_min_max(
                pos2(avail.left() + 14.0, avail.bottom() - legend_h),
                avail.max,
            );
            self.legend(ui, legend);
            ui.advance_cursor_after_rect(avail);
        });
    }

    fn toolbar(&mut self, ui: &mut Ui, shown: usize) {
        ui.horizontal(|ui| {
            let undated = self.model.undated.len();
            let mut text = format!("{shown} meetings shown");
            if undated > 0 {
                text.push_str(&format!(", {undated} undated"));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Fit")
                    .on_hover_text("Show the whole time span (or double-click the plot)")
                    .clicked()
                {
                    self.fit();
                }
                egui::ComboBox::from_id_salt("timeline_colors")
                    .selected_text(match self.color_mode {
                        ColorMode::Kind => "Colour: kind",
                        ColorMode::Country => "Colour: country",
                    })
                    .width(128.0)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(
                            &mut self.color_mode,
                            ColorMode::Kind,
                            "Kind of meeting",
                        );
                        ui.selectable_value(
                            &mut self.color_mode,
                            ColorMode::Country,
                            "Countries that met",
                        );
                    })
                    .response
                    .on_hover_text(
                        "Colour the marks by kind of meeting or by the countries that met",
                    );
                egui::ComboBox::from_id_salt("timeline_lanes")
                    .selected_text(match self.lane_mode {
                        LaneMode::CountryPair => "Lanes: country pairs",
                        LaneMode::Official => "Lanes: officials",
                    })
                    .width(158.0)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(
                            &mut self.lane_mode,
                            LaneMode::CountryPair,
                            "Country pairs",
                        );
                        ui.selectable_value(&mut self.lane_mode, LaneMode::Official, "Officials");
                    })
                    .response
                    .on_hover_text("One lane per pair of countries, or per official");
                // The count takes what room is left, cut short if need be.
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(
                        egui::Label::new(RichText::new(text).color(theme::TEXT_WEAK))
                            .selectable(false)
                            .truncate(),
                    );
                });
            });
        });
    }

    fn plot(
        &mut self,
        ui: &mut Ui,
        data: &Dataset,
        filter: &mut Filter,
        selection: &mut Selection,
        outer: Rect,
        labels_left: f32,
    ) {
        let n_lanes = self.model.lanes.len();
        let prev_h = self
            .last_view
            .map_or(outer.height() - 24.0, |v| v.rect.height());
        let visible_lanes = (prev_h / LANE_HEIGHT) as f64;
        let max_top = (n_lanes as f64 - visible_lanes).max(0.0);
        self.lane_top = self.lane_top.clamp(0.0, max_top);
        let full = self.full_range();
        let (x0, x1) = self.x_range.unwrap_or(full);
        let y_top = -self.lane_top;
        let y_bottom = y_top - visible_lanes;
        let shift = ui.input(|i| i.modifiers.shift);
        let brushing = self.brush_start.is_some();

        // Lane stripes behind the plot.
        let painter = ui.painter().clone();
        let plot = Plot::new("timeline")
            .show_background(false)
            .show_axes([true, false])
            .show_grid([true, false])
            .show_x(false)
            .show_y(false)
            .allow_zoom([true, false])
            .allow_scroll([true, true])
            .allow_drag([!shift && !brushing, !shift && !brushing])
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .x_grid_spacer(calendar_grid)
            .x_axis_formatter(calendar_label)
            .grid_spacing(egui::Rangef::new(14.0, 120.0))
            .grid_color(Color32::from_rgb(0xD2, 0xD8, 0xDF))
            .set_margin_fraction(vec2(0.0, 0.0));
        let response = ui
            .scope_builder(egui::UiBuilder::new().max_rect(outer), |ui| {
                plot.show(ui, |plot_ui| {
                    plot_ui.set_plot_bounds(PlotBounds::from_min_max([x0, y_bottom], [x1, y_top]));
                })
            })
            .inner;
        let transform = response.transform;
        let frame = *transform.frame();
        let bounds = *transform.bounds();
        // Keep zoom sane: between ten days and four times the data's span.
        let (mut b0, mut b1) = (bounds.min()[0], bounds.max()[0]);
        let max_width = ((full.1 - full.0) * 4.0).max(3650.0);
        if b1 - b0 < 10.0 {
            let c = (b0 + b1) / 2.0;
            (b0, b1) = (c - 5.0, c + 5.0);
        } else if b1 - b0 > max_width {
            let c = (b0 + b1) / 2.0;
            (b0, b1) = (c - max_width / 2.0, c + max_width / 2.0);
        }
        let changed_x = (b0, b1) != (x0, x1);
        if changed_x || self.x_range.is_some() {
            self.x_range = Some((b0, b1));
        }
        let new_top = (-bounds.max()[1]).clamp(
            0.0,
            (n_lanes as f64 - (frame.height() / LANE_HEIGHT) as f64).max(0.0),
        );
        let view = Viewport {
            rect: frame,
            day_min: b0,
            day_max: b1,
            lane_top: new_top,
            lane_height: LANE_HEIGHT,
        };
        self.lane_top = new_top;
        self.last_view = Some(view);

        let range = DayRange::of(filter);
        let clip = painter.with_clip_rect(frame.expand2(vec2(0.0, 1.0)));
        // Lane stripes and the brushed range, under the marks.
        let first = view.lane_top.floor().max(0.0) as usize;
        let count = (frame.height() / LANE_HEIGHT).ceil() as usize + 2;
        for li in (first..n_lanes).take(count) {
            let y = view.y_of_lane(li);
            let band =
                Rect::from_center_size(pos2(frame.center().x, y), vec2(frame.width(), LANE_HEIGHT));
            if li % 2 == 1 {
                clip.rect_filled(
                    band,
                    0,
                    Color32::from_rgba_unmultiplied(0xF3, 0xF5, 0xF8, 150),
                );
            }
            if self.model.lanes[li].official.is_some()
                && self.model.lanes[li].official == selection.official
            {
                clip.rect_filled(band, 0, theme::ACCENT_SOFT.gamma_multiply(0.8));
            }
        }
        if range.is_set() {
            let l = range
                .from
                .map_or(frame.left(), |d| view.x_of(d as f64))
                .max(frame.left() - 2.0);
            let r = range
                .to
                .map_or(frame.right(), |d| view.x_of(d as f64 + 1.0))
                .min(frame.right() + 2.0);
            if r > l {
                let span = Rect::from_min_max(pos2(l, frame.top()), pos2(r, frame.bottom()));
                clip.rect_filled(
                    span,
                    0,
                    Color32::from_rgba_unmultiplied(0x1F, 0x4E, 0x8C, 18),
                );
                for x in [l, r] {
                    clip.vline(
                        x,
                        frame.y_range(),
                        Stroke::new(1.0, theme::ACCENT.gamma_multiply(0.6)),
                    );
                }
            }
        }

        // The marks.
        self.model
            .glyphs(&view, range, selection.meeting, &mut self.glyphs);
        let mut mesh = Mesh::default();
        glyph_mesh(&self.glyphs, &mut mesh);
        clip.add(Shape::mesh(mesh));

        // Lane labels, left of the plot.
        let label_rect = Rect::from_min_max(
            pos2(labels_left, frame.top()),
            pos2(frame.left(), frame.bottom()),
        );
        let lp = painter.with_clip_rect(label_rect);
        for li in (first..n_lanes).take(count) {
            let lane = &self.model.lanes[li];
            let y = view.y_of_lane(li);
            let width = LABEL_WIDTH - 30.0;
            let color = if lane.official.is_some() && lane.official == selection.official {
                theme::ACCENT
            } else {
                theme::TEXT_STRONG
            };
            let name = one_line(ui, &lane.label, theme::font(13.0), color, width);
            let mut x = labels_left + 16.0;
            let name_w = name.size().x;
            lp.galley(pos2(x, y - name.size().y / 2.0), name, color);
            x += name_w + 6.0;
            if let Some(detail) = &lane.detail {
                let room = labels_left + LABEL_WIDTH - 10.0 - x;
                if room > 30.0 {
                    let g = one_line(ui, detail, theme::font(11.5), theme::TEXT_WEAK, room);
                    lp.galley(pos2(x, y - g.size().y / 2.0), g, theme::TEXT_WEAK);
                }
            }
        }
        if n_lanes as f64 > frame.height() as f64 / LANE_HEIGHT as f64 {
            let shown_to = ((view.lane_top + (frame.height() / LANE_HEIGHT) as f64).floor()
                as usize)
                .min(n_lanes);
            painter.text(
                pos2(labels_left + 16.0, frame.bottom() + 4.0),
                Align2::LEFT_TOP,
                format!(
                    "lanes {}–{} of {n_lanes} · scroll for more",
                    first + 1,
                    shown_to
                ),
                theme::font(11.0),
                theme::TEXT_FAINT,
            );
        }

        // Brushing: drag on the date axis, or Shift+drag / right-drag on the plot.
        let axis_rect = Rect::from_min_max(
            pos2(frame.left(), frame.bottom()),
            pos2(frame.right(), outer.bottom()),
        );
        self.axis_rect = Some(axis_rect);
        let axis = ui
            .interact(
                axis_rect,
                ui.scope_id().with("timeline_axis_brush"),
                Sense::click_and_drag(),
            )
            .on_hover_cursor(egui::CursorIcon::ResizeColumn)
            .on_hover_text("Drag across the dates to show only that range");
        axis.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Slider,
                true,
                "Date axis: drag to select a date range",
            )
        });
        let plot_resp = &response.response;
        let pointer = ui.input(|i| i.pointer.interact_pos());
        let press_origin = ui.input(|i| i.pointer.press_origin());
        let plot_brush = plot_resp.dragged_by(egui::PointerButton::Secondary)
            || (plot_resp.dragged_by(egui::PointerButton::Primary) && (shift || brushing));
        if self.brush_start.is_none()
            && ((axis.drag_started())
                || ((plot_resp.drag_started() || plot_resp.dragged()) && plot_brush))
            && let Some(origin) = press_origin
        {
            self.brush_start = Some(view.day_at(origin.x));
        }
        if let Some(start) = self.brush_start {
            let dragging = axis.dragged() || plot_resp.dragged();
            let stopped = axis.drag_stopped() || plot_resp.drag_stopped() || !dragging;
            if let Some(p) = pointer {
                let end = view.day_at(p.x.clamp(frame.left(), frame.right()));
                let (a, b) = if start <= end {
                    (start, end)
                } else {
                    (end, start)
                };
                let (a, b) = (a.floor() as i32, b.floor() as i32);
                let l = view.x_of(a as f64);
                let r = view.x_of(b as f64 + 1.0);
                let span = Rect::from_min_max(pos2(l, frame.top()), pos2(r, outer.bottom()));
                clip.rect_filled(
                    span,
                    0,
                    Color32::from_rgba_unmultiplied(0x1F, 0x4E, 0x8C, 36),
                );
                painter.text(
                    pos2(l.max(frame.left()) + 4.0, frame.top() + 4.0),
                    Align2::LEFT_TOP,
                    format!(
                        "{} – {}",
                        format_date(date_of_day(a)),
                        format_date(date_of_day(b))
                    ),
                    theme::font(12.0),
                    theme::ACCENT,
                );
                if stopped {
                    // A click without movement is not a brush.
                    if (r - l) >= 4.0 && b >= a {
                        filter.from = Some(date_of_day(a));
                        filter.to = Some(date_of_day(b));
                    }
                    self.brush_start = None;
                }
            } else if stopped {
                self.brush_start = None;
            }
        }

        // Hover and click.
        if self.brush_start.is_none()
            && let Some(pos) = plot_resp.hover_pos()
            && let Some(g) = hit(&self.glyphs, pos).copied()
        {
            ui.painter().circle_stroke(
                g.center,
                g.radius + 2.5,
                Stroke::new(1.5, theme::TEXT_STRONG),
            );
            let resp = plot_resp
                .clone()
                .on_hover_cursor(egui::CursorIcon::PointingHand);
            resp.on_hover_ui_at_pointer(|ui| glyph_tooltip(ui, data, &self.model, &g));
            if plot_resp.clicked() {
                if g.count == 1 {
                    selection.meeting = Some(g.meeting as usize);
                } else {
                    // A bubble: zoom in on its days.
                    let pad = ((g.last_day - g.first_day) as f64 * 0.3).max(6.0);
                    self.x_range = Some((g.first_day as f64 - pad, g.last_day as f64 + 1.0 + pad));
                }
            }
        }
        if plot_resp.double_clicked() {
            self.fit();
        }
        // Selected meeting: a ring in the accent colour.
        for g in self.glyphs.iter().filter(|g| g.selected) {
            clip.circle_stroke(g.center, g.radius + 2.5, Stroke::new(2.0, theme::ACCENT));
        }
    }

    fn undated_strip(
        &mut self,
        ui: &mut Ui,
        data: &Dataset,
        selection: &mut Selection,
        strip: Rect,
    ) {
        let painter = ui.painter();
        painter.line_segment(
            [
                pos2(strip.left() + 14.0, strip.top() + 2.0),
                pos2(strip.right(), strip.top() + 2.0),
            ],
            Stroke::new(1.0, theme::BORDER),
        );
        let cy = strip.center().y + 1.0;
        painter.text(
            pos2(strip.left() + 16.0, cy),
            Align2::LEFT_CENTER,
            format!("Undated ({})", self.model.undated.len()),
            theme::font(13.0),
            theme::TEXT_WEAK,
        );
        self.undated_glyphs.clear();
        let step = 2.0 * MARK_RADIUS + 5.0;
        let x0 = strip.left() + LABEL_WIDTH + 8.0;
        let room = ((strip.right() - x0 - 60.0) / step).max(0.0) as usize;
        for (i, m) in self.model.undated.iter().take(room).enumerate() {
            self.undated_glyphs.push(Glyph {
                center: pos2(x0 + i as f32 * step, cy),
                radius: MARK_RADIUS,
                count: 1,
                colors: m.colors,
                meeting: m.meeting,
                lane: u32::MAX,
                first_day: 0,
                last_day: 0,
                dim: false,
                selected: selection.meeting == Some(m.meeting as usize),
            });
        }
        let mut mesh = Mesh::default();
        glyph_mesh(&self.undated_glyphs, &mut mesh);
        painter.add(Shape::mesh(mesh));
        if self.model.undated.len() > room {
            painter.text(
                pos2(x0 + room as f32 * step, cy),
                Align2::LEFT_CENTER,
                format!("+{} more", self.model.undated.len() - room),
                theme::font(12.0),
                theme::TEXT_WEAK,
            );
        }
        for g in self.undated_glyphs.iter().filter(|g| g.selected) {
            painter.circle_stroke(g.center, g.radius + 2.5, Stroke::new(2.0, theme::ACCENT));
        }
        let resp = ui.interact(
            strip,
            ui.scope_id().with("timeline_undated"),
            Sense::click(),
        );
        if let Some(pos) = resp.hover_pos()
            && let Some(g) = hit(&self.undated_glyphs, pos).copied()
        {
            ui.painter().circle_stroke(
                g.center,
                g.radius + 2.5,
                Stroke::new(1.5, theme::TEXT_STRONG),
            );
            if resp.clicked() {
                selection.meeting = Some(g.meeting as usize);
            }
            resp.on_hover_ui_at_pointer(|ui| glyph_tooltip(ui, data, &self.model, &g));
        }
    }

    fn legend(&self, ui: &mut Ui, rect: Rect) {
        let painter = ui.painter().with_clip_rect(rect);
        let mut x = rect.left() + 2.0;
        let cy = rect.center().y + 2.0;
        let mut item = |color: Color32, label: &str| {
            painter.circle_filled(pos2(x + 5.0, cy), 5.0, color);
            let g = painter.layout_no_wrap(label.to_string(), theme::font(12.0), theme::TEXT);
            let w = g.size().x;
            painter.galley(pos2(x + 14.0, cy - g.size().y / 2.0), g, theme::TEXT);
            x += 14.0 + w + 16.0;
        };
        match self.color_mode {
            ColorMode::Kind => {
                for k in crate::model::MeetingKind::ALL {
                    item(palette::kind_color(k), k.label());
                }
            }
            ColorMode::Country => {
                for (c, slot) in self.palette_entries() {
                    item(palette::slot_color(slot), &c);
                }
                item(palette::OTHER, "Other");
            }
        }
        let hint = painter.layout_no_wrap(
            "Ctrl+scroll zooms · drag pans · drag the dates (or Shift+drag) to pick a range".into(),
            theme::font(11.5),
            theme::TEXT_FAINT,
        );
        if x + hint.size().x + 8.0 < rect.right() {
            let pos = pos2(rect.right() - 4.0 - hint.size().x, cy - hint.size().y / 2.0);
            painter.galley(pos, hint, theme::TEXT_FAINT);
        }
    }

    fn palette_entries(&self) -> Vec<(String, u8)> {
        let mut seen: Vec<(String, u8)> = Vec::new();
        for lane in &self.model.lanes {
            for m in lane.marks.iter().take(64) {
                for s in m.colors {
                    if s != palette::SLOT_OTHER && !seen.iter().any(|(_, x)| *x == s) {
                        seen.push((String::new(), s));
                    }
                }
            }
        }
        seen.sort_by_key(|(_, s)| *s);
        seen.into_iter()
            .filter_map(|(_, s)| self.palette.name_of(s).map(|n| (n.to_string(), s)))
            .collect()
    }
}

fn glyph_tooltip(ui: &mut Ui, data: &Dataset, model: &TimelineModel, g: &Glyph) {
    ui.set_max_width(380.0);
    if g.count > 1 {
        let lane = model
            .lanes
            .get(g.lane as usize)
            .map_or("", |l| l.label.as_str());
        ui.label(
            RichText::new(format!("{} meetings", g.count))
                .strong()
                .color(theme::TEXT_STRONG),
        );
        ui.label(
            RichText::new(format!(
                "{} – {}",
                format_date(date_of_day(g.first_day)),
                format_date(date_of_day(g.last_day))
            ))
            .color(theme::TEXT),
        );
        ui.label(RichText::new(lane).color(theme::TEXT_WEAK));
        ui.label(
            RichText::new("Click to zoom in")
                .small()
                .color(theme::TEXT_FAINT),
        );
        return;
    }
    let Some(m) = data.meetings.get(g.meeting as usize) else {
        return;
    };
    let date = m.date.map_or_else(|| "Undated".to_string(), format_date);
    ui.horizontal(|ui| {
        ui.label(RichText::new(date).strong().color(theme::TEXT_STRONG));
        ui.label(RichText::new(m.kind.label()).color(palette::kind_color(m.kind)));
    });
    ui.label(RichText::new(participants_label(data, m)).color(theme::TEXT_STRONG));
    if let Some(place) = &m.place {
        ui.label(RichText::new(format!("in {place}")).color(theme::TEXT));
    }
    let topics = topics_label(data, m);
    if !topics.is_empty() {
        ui.label(RichText::new(topics).small().color(theme::TEXT_WEAK));
    }
    if let Some(a) = m
        .articles
        .first()
        .and_then(|&a| data.corpus.articles.get(a))
    {
        ui.label(
            RichText::new(format!("“{}”", a.title))
                .italics()
                .small()
                .color(theme::TEXT_WEAK),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_follows_the_calendar() {
        let y2017 = day_number(jiff::civil::date(2017, 1, 1)) as f64;
        // Ten years on 1000 px, 14 px minimum spacing: years (and months as the finest level).
        let marks = calendar_grid(GridInput {
            bounds: (y2017, y2017 + 3652.0),
            base_step_size: 3652.0 / 1000.0 * 14.0,
        });
        let years: Vec<String> = marks
            .iter()
            .filter(|m| m.step_size >= 365.0)
            .map(|m| calendar_label(*m, &(y2017..=y2017 + 3652.0)))
            .collect();
        assert!(
            years.contains(&"2017".to_string()) && years.contains(&"2026".to_string()),
            "{years:?}"
        );
        assert!(marks.iter().all(|m| date_of_day(m.value as i32).day() == 1));
        // A month: day marks labelled "5 Mar".
        let mar = day_number(jiff::civil::date(2017, 3, 1)) as f64;
        let marks = calendar_grid(GridInput {
            bounds: (mar, mar + 31.0),
            base_step_size: 0.5,
        });
        let labels: Vec<String> = marks
            .iter()
            .map(|m| calendar_label(*m, &(mar..=mar + 31.0)))
            .collect();
        assert!(labels.contains(&"5 Mar".to_string()), "{labels:?}");
        assert!(labels.contains(&"Mar 2017".to_string()), "{labels:?}");
    }

    #[test]
    fn glyphs_merge_when_zoomed_out_and_split_when_zoomed_in() {
        let data = crate::model::synthetic::dataset(20_000, 7);
        let all: Vec<usize> = (0..data.meetings.len()).collect();
        let palette = CountryPalette::new(&data);
        let model = TimelineModel::build(
            &data,
            &all,
            LaneMode::CountryPair,
            ColorMode::Kind,
            &palette,
        );
        let (a, b) = model.span.unwrap();
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(300.0, 26.0 * 10.0));
        let wide = Viewport {
            rect,
            day_min: a as f64,
            day_max: b as f64 + 1.0,
            lane_top: 0.0,
            lane_height: 26.0,
        };
        let mut out = Vec::new();
        model.glyphs(&wide, DayRange::default(), None, &mut out);
        let in_view: usize = model.lanes.iter().take(12).map(|l| l.marks.len()).sum();
        let drawn: u32 = out.iter().map(|g| g.count).sum();
        assert_eq!(
            drawn as usize, in_view,
            "every mark of the visible lanes is in some glyph"
        );
        assert!(
            out.len() * 3 < in_view * 2,
            "zoomed out, marks merge: {} glyphs for {in_view}",
            out.len()
        );
        assert!(out.len() <= 12 * (300.0 / BIN_PX) as usize + 24);

        // Zoomed in to a month, every mark is its own glyph unless two share a day.
        let narrow = Viewport {
            day_min: a as f64,
            day_max: a as f64 + 30.0,
            ..wide
        };
        model.glyphs(&narrow, DayRange::default(), None, &mut out);
        assert!(out.iter().all(|g| g.first_day == g.last_day));

        // A date range dims what lies outside.
        let range = DayRange {
            from: Some(a + 10),
            to: Some(a + 20),
        };
        model.glyphs(&narrow, range, None, &mut out);
        assert!(
            out.iter()
                .all(|g| g.dim != (a + 10..=a + 20).contains(&g.first_day))
        );
    }

    #[test]
    fn lanes_by_official_hold_each_meeting_once_per_participant() {
        let data = crate::model::synthetic::dataset(500, 3);
        let all: Vec<usize> = (0..data.meetings.len()).collect();
        let palette = CountryPalette::new(&data);
        let model = TimelineModel::build(
            &data,
            &all,
            LaneMode::Official,
            ColorMode::Country,
            &palette,
        );
        let marks: usize = model.lanes.iter().map(|l| l.marks.len()).sum();
        let expected: usize = data
            .meetings
            .iter()
            .filter(|m| m.date.is_some())
            .map(|m| m.participants.len())
            .sum();
        assert_eq!(marks, expected);
        assert_eq!(
            model.undated.len(),
            data.meetings.iter().filter(|m| m.date.is_none()).count()
        );
        assert!(
            model
                .lanes
                .windows(2)
                .all(|w| w[0].marks.len() >= w[1].marks.len())
        );
    }
}
