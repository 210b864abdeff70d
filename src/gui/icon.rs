//! The app icon (assets/icon.png, drawn from assets/icon.svg): the window
//! icon and the logo in the side panel.

pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// The icon for the window title bar and task bar.
pub fn window_icon() -> Option<egui::IconData> {
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => Some(icon),
        Err(err) => {
            log::warn!("window icon unreadable: {err}");
            None
        }
    }
}

/// The logo as a texture, loaded once.
pub fn logo_texture(ctx: &egui::Context) -> Option<egui::TextureHandle> {
    let image = image::load_from_memory(ICON_PNG).ok()?.to_rgba8();
    let size = [image.width() as usize, image.height() as usize];
    let color = egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw());
    Some(ctx.load_texture("airlock-logo", color, egui::TextureOptions::LINEAR))
}
