//! Share-image bombs (issue 10, finding 7), made in code so the tests and
//! `benches/scan.rs` (which includes this file) feed the same bytes.

use image::{GrayImage, ImageEncoder, Luma};

/// A QR code of `text`: `px` pixels a module, a 4-module quiet zone.
pub fn qr(text: &str, px: u32) -> GrayImage {
    let code = qrcode::QrCode::new(text.as_bytes()).expect("qr");
    let w = code.width() as u32;
    let side = (w + 8) * px;
    GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (x / px, y / px);
        let dark = (4..w + 4).contains(&mx)
            && (4..w + 4).contains(&my)
            && code[((mx - 4) as usize, (my - 4) as usize)] == qrcode::Color::Dark;
        Luma([if dark { 0 } else { 255 }])
    })
}

/// `n` × `n` copies of one QR code side by side.
pub fn tiled(text: &str, px: u32, n: u32) -> GrayImage {
    let one = qr(text, px);
    let s = one.width();
    GrayImage::from_fn(s * n, s * n, |x, y| *one.get_pixel(x % s, y % s))
}

/// The PNG of a grey image.
pub fn png(img: &GrayImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::L8,
        )
        .expect("png");
    out
}

/// A white PNG of `width` × 1 pixels (the "39,000,000 × 1" bomb: a few
/// tens of KB that decode to tens of MB).
pub fn wide(width: u32) -> Vec<u8> {
    png(&GrayImage::from_pixel(width, 1, Luma([255])))
}

/// The largest image accepted (24 megapixels, 6000 × 4000, RGB) as a
/// photo-like texture of random 4 × 4 blocks (so the PNG stays under the
/// 32 MiB file limit) with the QR codes `codes` side by side in the
/// middle: what a huge phone photo of one sheet, or of several, costs.
// Only `benches/scan.rs` uses it: too slow to make in a debug test build.
#[allow(dead_code)]
pub fn largest_photo(codes: &[GrayImage]) -> Vec<u8> {
    let (w, h) = (6000u32, 4000u32);
    let cw: u32 = codes.iter().map(GrayImage::width).sum();
    let ch = codes.iter().map(GrayImage::height).max().unwrap_or(0);
    let (ox, oy) = ((w - cw) / 2, (h - ch) / 2);
    let mut blocks = vec![0u8; ((w / 4) * (h / 4)) as usize];
    let mut x = 0x2545_f491_4f6c_dd1du64;
    for b in &mut blocks {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = 96 + (x >> 57) as u8;
    }
    let img = image::RgbImage::from_fn(w, h, |px, py| {
        if (ox..ox + cw).contains(&px) && (oy..oy + ch).contains(&py) {
            let mut cx = px - ox;
            for c in codes {
                if cx < c.width() {
                    let v = if py - oy < c.height() {
                        c.get_pixel(cx, py - oy).0[0]
                    } else {
                        255
                    };
                    return image::Rgb([v, v, v]);
                }
                cx -= c.width();
            }
        }
        let v = blocks[((py / 4) * (w / 4) + px / 4) as usize];
        image::Rgb([v, v, v])
    });
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .expect("png");
    out
}
