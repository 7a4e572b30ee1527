//! SVG → PNG with resvg. Fonts: the one egui draws the app with (Ubuntu Light, from
//! `epaint_default_fonts`, embedded in the binary so text renders on a machine without fonts),
//! then the system's.

use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};

/// Largest PNG side, in pixels.
pub const MAX_SIDE: u32 = 16_384;

fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    Arc::clone(FONTS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
        db.load_system_fonts();
        db.set_sans_serif_family("Ubuntu");
        Arc::new(db)
    }))
}

/// The PNG of `svg` at `scale` pixels per SVG unit, with its size.
pub fn png(svg: &str, scale: f32) -> Result<(Vec<u8>, u32, u32), String> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(format!("the scale must be a positive number, not {scale}"));
    }
    let options = usvg::Options {
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)
        .map_err(|e| format!("the figure is not valid SVG: {e}"))?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).round(),
        (size.height() * scale).round(),
    );
    if w < 1.0 || h < 1.0 || w > MAX_SIDE as f32 || h > MAX_SIDE as f32 {
        return Err(format!(
            "a {w}×{h} pixel image is too large (at most {MAX_SIDE} pixels a side): lower --scale or the size"
        ));
    }
    let (w, h) = (w as u32, h as u32);
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("cannot allocate the image")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(w as f32 / size.width(), h as f32 / size.height()),
        &mut pixmap.as_mut(),
    );
    // Opaque (white background): premultiplied and straight alpha are the same.
    let image = image::RgbaImage::from_raw(w, h, pixmap.take()).ok_or("bad image size")?;
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| format!("cannot encode the PNG: {e}"))?;
    Ok((bytes, w, h))
}
