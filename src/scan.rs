//! Reading a share's QR code from a photo or scan of a sheet.
//!
//! A face: it takes the bytes of a PNG or JPEG and returns the QR code's text
//! when it is a kluis share (it starts with `KLUIS`); parsing and checking
//! the share stays with [`Share::parse`](crate::shares::Share::parse).
//!
//! # Security
//!
//! The image comes from outside, and the decoder and the QR finder are
//! work an attacker chooses, so every dimension of that work is bounded
//! separately, each before the work it bounds:
//!
//! - the file: at most [`MAX_IMAGE_BYTES`];
//! - the header: width and height each at most [`MAX_SIDE`], and at most
//!   [`MAX_PIXELS`] pixels (a 38 KB PNG of 39,000,000 × 1 pixels is
//!   refused here, before a pixel is decoded);
//! - the decoded buffer: at most [`MAX_DECODED_BYTES`] (a 16-bit RGBA PNG
//!   of 24 megapixels would need 192 MiB);
//! - the finder: `rqrr` looks at a copy of at most [`SCAN_PIXELS`] pixels
//!   (larger images are scaled down first), and only after a count of the
//!   candidate finder patterns (the three corner squares of a QR code) is
//!   at most [`MAX_CANDIDATES`]. `rqrr` pairs every candidate with every
//!   other and copies the whole image for each pair it tries, so a PNG
//!   tiling 1,024 copies of one code (3,072 candidates) ran for minutes;
//!   it is now refused after one pass over the pixels.
//!
//! More than one code is an error whatever the count, so no code of such an
//! image is decoded, and the message says "more than one" rather than a
//! count `rqrr` may get wrong when codes touch. docs/BENCHMARKS.md
//! ("Share image bombs") has the time and peak memory of each bomb and of
//! the largest image accepted.
//!
//! The decoded text is a share and is returned [`Zeroizing`]; the pixels
//! themselves (which show the share too) are in buffers of `image` and
//! `rqrr` that are not wiped.

use std::io::Cursor;

use image::{GrayImage, ImageFormat, ImageReader};
use zeroize::Zeroizing;

/// Largest image file accepted, in bytes.
pub const MAX_IMAGE_BYTES: usize = 32 << 20;
/// Longest width, and longest height, accepted in pixels (a 50-megapixel
/// phone photo is 8,160 pixels wide).
pub const MAX_SIDE: u32 = 10_000;
/// Largest image accepted, in pixels (24 megapixels: an A4 page scanned at
/// 400 dpi is 15.5).
pub const MAX_PIXELS: u64 = 24_000_000;
/// Largest buffer the decoder may allocate for the pixels, in bytes.
pub const MAX_DECODED_BYTES: u64 = 128 << 20;
/// Largest image the QR finder is run on, in pixels; larger ones are scaled
/// down to fit (a sheet's code stays at several pixels per module).
pub const SCAN_PIXELS: u64 = 1600 * 1600;
/// Most candidate finder patterns an image may hold: one code has three,
/// two codes six; the rest is room for noise in a photo.
pub const MAX_CANDIDATES: usize = 24;

/// Why no share text came out of an image.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ScanError {
    /// The file, a side, the pixel count or the decoded size is above the
    /// limits; nothing was decoded.
    #[error(
        "the image is too large (at most 32 MiB, 10000 pixels a side and 24 megapixels): scan at a lower resolution or crop it"
    )]
    TooLarge,
    /// Not a PNG or JPEG, or a damaged one.
    #[error("the file is not a readable PNG or JPEG image: photograph or scan the sheet again")]
    Unreadable,
    /// No QR code was found.
    #[error("no QR code found in the image: photograph the sheet's QR code flat and sharp")]
    NoCode,
    /// More than one QR code was found.
    #[error("the image holds more than one QR code: crop it to one sheet's code")]
    Several,
    /// More candidate finder patterns than [`MAX_CANDIDATES`]: many codes,
    /// or a pattern made to keep the finder busy. Not searched.
    #[error(
        "the image holds more than 24 QR-code corner patterns, so more than one QR code: crop it to one sheet's code"
    )]
    TooManyCandidates,
    /// A QR code was found but its content could not be decoded.
    #[error(
        "a QR code was found but could not be read: photograph it flat, sharp and well lit, or type the six lines"
    )]
    Undecodable,
    /// The QR code holds something other than a kluis share.
    #[error("the QR code does not hold a kluis share")]
    NotAShare,
}

/// Finds the one QR code in a PNG or JPEG image and returns its text if it
/// is a kluis share.
///
/// Tries the image at its own size when it has at most [`SCAN_PIXELS`]
/// pixels, and a copy scaled down to fit otherwise (also when the own size
/// finds no readable code: noise and blur in large photos confuse the
/// finder).
///
/// # Errors
///
/// See [`ScanError`]; sizes are checked before any pixel is decoded.
pub fn decode_share_text(image_bytes: &[u8]) -> Result<Zeroizing<String>, ScanError> {
    if image_bytes.len() > MAX_IMAGE_BYTES {
        return Err(ScanError::TooLarge);
    }
    let reader = || {
        let r = ImageReader::new(Cursor::new(image_bytes))
            .with_guessed_format()
            .map_err(|_| ScanError::Unreadable)?;
        match r.format() {
            Some(ImageFormat::Png | ImageFormat::Jpeg) => Ok(r),
            _ => Err(ScanError::Unreadable),
        }
    };
    // The header alone first: a small file may claim a huge image.
    let (w, h) = reader()?.into_dimensions().map_err(|e| match e {
        image::ImageError::Limits(_) => ScanError::TooLarge,
        _ => ScanError::Unreadable,
    })?;
    if w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(ScanError::TooLarge);
    }
    let mut r = reader()?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(w);
    limits.max_image_height = Some(h);
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    r.limits(limits);
    let grey = r
        .decode()
        .map_err(|e| match e {
            image::ImageError::Limits(_) => ScanError::TooLarge,
            _ => ScanError::Unreadable,
        })?
        .into_luma8();

    let pixels = u64::from(w) * u64::from(h);
    // Counted at full size too: scaling down can blur many small codes
    // into "no code", which would be the wrong answer.
    if pixels > SCAN_PIXELS && candidates(&grey, MAX_CANDIDATES) > MAX_CANDIDATES {
        return Err(ScanError::TooManyCandidates);
    }
    let mut seen_code = false;
    if pixels <= SCAN_PIXELS {
        match scan(&grey)? {
            Found::Text(t) => return check_marker(t),
            Found::Unreadable => seen_code = true,
            Found::Nothing => {}
        }
    }
    let side = DOWNSCALED_SIDE.min(w.max(h));
    if w.max(h) > DOWNSCALED_SIDE || pixels > SCAN_PIXELS {
        let scale = side as f32 / w.max(h) as f32;
        // `thumbnail` averages whole source blocks: much faster than a
        // filtered resize on 24 megapixels, and as good for a finder.
        let small = image::imageops::thumbnail(
            &grey,
            ((w as f32 * scale) as u32).max(1),
            ((h as f32 * scale) as u32).max(1),
        );
        drop(grey);
        match scan(&small)? {
            Found::Text(t) => return check_marker(t),
            Found::Unreadable => seen_code = true,
            Found::Nothing => {}
        }
    }
    Err(if seen_code {
        ScanError::Undecodable
    } else {
        ScanError::NoCode
    })
}

/// Longest side of the scaled-down copy; its square is [`SCAN_PIXELS`].
const DOWNSCALED_SIDE: u32 = 1600;

enum Found {
    Text(Zeroizing<String>),
    Unreadable,
    Nothing,
}

/// Looks for QR codes in one image of at most [`SCAN_PIXELS`] pixels.
fn scan(img: &GrayImage) -> Result<Found, ScanError> {
    debug_assert!(u64::from(img.width()) * u64::from(img.height()) <= SCAN_PIXELS);
    if candidates(img, MAX_CANDIDATES) > MAX_CANDIDATES {
        return Err(ScanError::TooManyCandidates);
    }
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        img.width() as usize,
        img.height() as usize,
        |x, y| img.get_pixel(x as u32, y as u32).0[0],
    );
    let grids = prepared.detect_grids();
    match grids.as_slice() {
        [] => Ok(Found::Nothing),
        [grid] => {
            // Room for the largest QR code, so the buffer never reallocates
            // and leaves a copy of the share behind.
            let mut out = Zeroizing::new(Vec::with_capacity(8 * 1024));
            if grid.decode_to(&mut *out).is_err() {
                return Ok(Found::Unreadable);
            }
            match std::str::from_utf8(&out) {
                Ok(text) => Ok(Found::Text(Zeroizing::new(text.to_owned()))),
                Err(_) => Err(ScanError::NotAShare),
            }
        }
        _ => Err(ScanError::Several),
    }
}

/// Counts candidate finder patterns in `img`, stopping once there are more
/// than `limit`: places where a row reads black, white, black, white, black
/// in the proportions 1:1:3:1:1, the column through its middle does too
/// (at about the same size), and that on at least half the rows the middle
/// square spans (and at least two).
///
/// Written here because `rqrr` offers no bound of its own: its finder is
/// private and pairs all candidates it finds. The binarisation is the one
/// `rqrr` uses (a moving average along each row, in both directions), so
/// what is counted is what `rqrr` would see; the ratio check is `rqrr`'s,
/// the column check the usual cross-check of QR finders.
fn candidates(img: &GrayImage, limit: usize) -> usize {
    let (w, h) = (img.width() as usize, img.height() as usize);
    if w == 0 || h == 0 {
        return 0;
    }
    let black = binarise(img);
    let at = |x: usize, y: usize| black[y * w + x];
    // Open candidates: (centre x, half width, last row, rows seen).
    let mut open: Vec<(usize, usize, usize, u32)> = Vec::new();
    let mut counted = 0;
    for y in 0..h {
        // Retire candidates no longer continued.
        open.retain(|c| c.2 + 2 >= y);
        let mut runs = [0usize; 5];
        let mut run = 1;
        let mut changes = 0;
        for x in 1..=w {
            if x < w && at(x, y) == at(x - 1, y) {
                run += 1;
                continue;
            }
            runs.rotate_left(1);
            runs[4] = run;
            run = 1;
            changes += 1;
            // A pattern ends with a black run: the run just closed.
            if changes < 5 || !at(x - 1, y) || !finder_ratio(&runs) {
                continue;
            }
            let total: usize = runs.iter().sum();
            let centre = x - runs[4] - runs[3] - runs[2] / 2 - 1;
            if !column_is_finder(&black, w, h, centre, y, total) {
                continue;
            }
            match open
                .iter_mut()
                .find(|c| c.0.abs_diff(centre) <= c.1 && c.2 < y)
            {
                Some(c) => {
                    c.2 = y;
                    c.3 += 1;
                    // Counted once it spans half the rows its middle square
                    // should (3/7 of its width): texture in a photo
                    // rarely keeps the pattern that long.
                    if c.3 == (c.1 * 3 / 7).max(2) as u32 {
                        counted += 1;
                        if counted > limit {
                            return counted;
                        }
                    }
                }
                None => open.push((centre, total / 2, y, 1)),
            }
            // Noise that never repeats on a second row still costs a
            // lookup: bound the open list too.
            if open.len() > 64 * limit {
                return limit + 1;
            }
        }
    }
    counted
}

/// `rqrr`'s threshold (`PreparedImage::prepare`), one byte per pixel, true
/// for black.
fn binarise(img: &GrayImage) -> Vec<bool> {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let threshold_s = (w / 8).max(1);
    let mut out = vec![false; w * h];
    let mut row_average = vec![0usize; w];
    let (mut avg_v, mut avg_u) = (0usize, 0usize);
    for ((y, row), bits) in img
        .as_raw()
        .chunks_exact(w)
        .enumerate()
        .zip(out.chunks_exact_mut(w))
    {
        row_average.fill(0);
        for x in 0..w {
            let (v, u) = if y % 2 == 0 {
                (w - 1 - x, x)
            } else {
                (x, w - 1 - x)
            };
            avg_v = avg_v * (threshold_s - 1) / threshold_s + usize::from(row[v]);
            avg_u = avg_u * (threshold_s - 1) / threshold_s + usize::from(row[u]);
            row_average[v] += avg_v;
            row_average[u] += avg_u;
        }
        for ((bit, &px), &avg) in bits.iter_mut().zip(row).zip(&row_average) {
            *bit = usize::from(px) < avg * (100 - 5) / (200 * threshold_s);
        }
    }
    out
}

/// Whether the column through (`x`, `y`), `y` inside the middle square,
/// reads 1:1:3:1:1 too, over about the `size` the row found.
fn column_is_finder(black: &[bool], w: usize, h: usize, x: usize, y: usize, size: usize) -> bool {
    let at = |y: usize| black[y * w + x];
    if !at(y) {
        return false;
    }
    let mut runs = [0usize; 5];
    // Up: the middle square, the white ring, the black ring.
    let mut yy = y as isize;
    for (slot, colour) in [(2, true), (1, false), (0, true)] {
        while yy >= 0 && at(yy as usize) == colour && runs[slot] <= size {
            runs[slot] += 1;
            yy -= 1;
        }
        if runs[slot] == 0 {
            return false;
        }
    }
    // Down, below `y`.
    let mut yy = y + 1;
    while yy < h && at(yy) && runs[2] <= size {
        runs[2] += 1;
        yy += 1;
    }
    for (slot, colour) in [(3, false), (4, true)] {
        while yy < h && at(yy) == colour && runs[slot] <= size {
            runs[slot] += 1;
            yy += 1;
        }
        if runs[slot] == 0 {
            return false;
        }
    }
    let total: usize = runs.iter().sum();
    total.abs_diff(size) * 2 < size && finder_ratio(&runs)
}

/// Whether five runs are in the proportions 1:1:3:1:1, with `rqrr`'s
/// tolerance.
fn finder_ratio(runs: &[usize; 5]) -> bool {
    const CHECK: [usize; 5] = [1, 1, 3, 1, 1];
    let avg = (runs[0] + runs[1] + runs[3] + runs[4]) / 4;
    let err = avg * 3 / 4;
    runs.iter()
        .zip(CHECK)
        .all(|(&r, c)| r + err >= c * avg && r <= c * avg + err)
}

fn check_marker(text: Zeroizing<String>) -> Result<Zeroizing<String>, ScanError> {
    let starts = text
        .trim_start()
        .get(..5)
        .is_some_and(|m| m.eq_ignore_ascii_case("KLUIS"));
    if starts {
        Ok(text)
    } else {
        Err(ScanError::NotAShare)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shares::{Share, split};
    use image::{ImageEncoder, Luma};
    use rand::SeedableRng;
    use rand::rngs::ChaCha20Rng;

    fn shares() -> Vec<Share> {
        let mut rng = ChaCha20Rng::from_seed([3; 32]);
        split(&[9; 32], [8, 7, 6, 5, 4, 3, 2, 1], 2, 3, &mut rng)
            .unwrap()
            .0
    }

    /// Draws the QR codes of `texts` side by side, 6 px per module.
    fn qr_image(texts: &[&str]) -> GrayImage {
        const PX: u32 = 6;
        let codes: Vec<qrcode::QrCode> = texts
            .iter()
            .map(|t| qrcode::QrCode::with_error_correction_level(t, qrcode::EcLevel::M).unwrap())
            .collect();
        let side = codes.iter().map(|c| c.width() as u32 + 8).max().unwrap() * PX;
        let mut img = GrayImage::from_pixel(side * codes.len() as u32, side, Luma([255]));
        for (n, code) in codes.iter().enumerate() {
            let w = code.width();
            for y in 0..w {
                for x in 0..w {
                    if code[(x, y)] == qrcode::Color::Dark {
                        for dy in 0..PX {
                            for dx in 0..PX {
                                img.put_pixel(
                                    n as u32 * side + (x as u32 + 4) * PX + dx,
                                    (y as u32 + 4) * PX + dy,
                                    Luma([0]),
                                );
                            }
                        }
                    }
                }
            }
        }
        img
    }

    fn png(img: &GrayImage) -> Vec<u8> {
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(
                img.as_raw(),
                img.width(),
                img.height(),
                image::ExtendedColorType::L8,
            )
            .unwrap();
        out
    }

    #[test]
    fn share_qr_decodes_to_the_share() {
        let s = &shares()[0];
        let text = decode_share_text(&png(&qr_image(&[&s.to_qr_text()]))).unwrap();
        assert_eq!(text.as_str(), s.to_qr_text());
        let back = Share::parse(&text).unwrap();
        assert_eq!(back.expose_value(), s.expose_value());
    }

    #[test]
    fn blank_image_has_no_code() {
        let blank = GrayImage::from_pixel(400, 300, Luma([255]));
        assert!(matches!(
            decode_share_text(&png(&blank)),
            Err(ScanError::NoCode)
        ));
    }

    #[test]
    fn two_codes_are_refused() {
        let s = shares();
        let img = qr_image(&[&s[0].to_qr_text(), &s[1].to_qr_text()]);
        assert!(matches!(
            decode_share_text(&png(&img)),
            Err(ScanError::Several)
        ));
    }

    #[test]
    fn other_content_is_not_a_share() {
        let img = qr_image(&["hello world"]);
        assert!(matches!(
            decode_share_text(&png(&img)),
            Err(ScanError::NotAShare)
        ));
        assert_eq!(
            decode_share_text(&png(&qr_image(&["kluis later"])))
                .unwrap()
                .as_str(),
            "kluis later"
        );
    }

    #[test]
    fn garbage_is_unreadable() {
        // xorshift noise: no image format starts like this.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let bytes: Vec<u8> = (0..10_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        assert!(matches!(
            decode_share_text(&bytes),
            Err(ScanError::Unreadable)
        ));
        assert!(matches!(decode_share_text(b""), Err(ScanError::Unreadable)));
        // A GIF is an image, but not one we read.
        assert!(matches!(
            decode_share_text(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
            Err(ScanError::Unreadable)
        ));
        // A PNG cut short after its header.
        let p = png(&qr_image(&["KLUIS"]));
        assert!(matches!(
            decode_share_text(&p[..p.len() / 2]),
            Err(ScanError::Unreadable)
        ));
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// A PNG with a valid header claiming `w` x `h` pixels and an empty
    /// IDAT: no pixel data at all.
    fn png_header_only(w: u32, h: u32) -> Vec<u8> {
        let mut file = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut chunk = |kind: &[u8], data: &[u8]| {
            let mut body = kind.to_vec();
            body.extend(data);
            file.extend((data.len() as u32).to_be_bytes());
            file.extend(&body);
            file.extend(crc32(&body).to_be_bytes());
        };
        let mut ihdr = w.to_be_bytes().to_vec();
        ihdr.extend(h.to_be_bytes());
        ihdr.extend([8, 0, 0, 0, 0]);
        chunk(b"IHDR", &ihdr);
        chunk(b"IDAT", &[]);
        chunk(b"IEND", &[]);
        file
    }

    #[test]
    fn huge_dimensions_are_refused_before_decoding() {
        // Only the header check can refuse this one: there are no pixels.
        let r = decode_share_text(&png_header_only(100_000, 100_000));
        assert!(matches!(r, Err(ScanError::TooLarge)), "{r:?}");
        // Each side is bounded on its own, whatever the pixel count ...
        for (w, h) in [(39_000_000, 1), (1, 39_000_000), (10_001, 1)] {
            let r = decode_share_text(&png_header_only(w, h));
            assert!(matches!(r, Err(ScanError::TooLarge)), "{w}x{h}: {r:?}");
        }
        // ... and so is the pixel count: just above 24 MP is refused ...
        let r = decode_share_text(&png_header_only(6_000, 4_001));
        assert!(matches!(r, Err(ScanError::TooLarge)), "{r:?}");
        // ... while 24 MP and 10,000 a side pass the size checks and fail
        // on the missing data.
        for (w, h) in [(6_000, 4_000), (10_000, 1)] {
            let r = decode_share_text(&png_header_only(w, h));
            assert!(matches!(r, Err(ScanError::Unreadable)), "{w}x{h}: {r:?}");
        }
        // Too many bytes, whatever they are.
        let big = vec![0u8; MAX_IMAGE_BYTES + 1];
        assert!(matches!(decode_share_text(&big), Err(ScanError::TooLarge)));
    }

    #[test]
    fn candidates_are_counted_per_corner_pattern() {
        // Three corner patterns per code; a data area that happens to look
        // like one (QR masking makes that rare, not impossible) adds one.
        let s = shares();
        let text = s[0].to_qr_text();
        for sh in &s {
            let n = candidates(&qr_image(&[&sh.to_qr_text()]), 100);
            assert!((3..=4).contains(&n), "{n}");
        }
        let n = candidates(&qr_image(&[&text, &s[1].to_qr_text()]), 100);
        assert!((6..=8).contains(&n), "{n}");
        let blank = GrayImage::from_pixel(400, 300, Luma([255]));
        assert_eq!(candidates(&blank, 100), 0);
        // The count stops just past the limit.
        let five = qr_image(&[&text, &text, &text, &text, &text]);
        assert_eq!(candidates(&five, 4), 5);
    }

    #[test]
    fn many_codes_are_refused_before_the_finder_runs() {
        let text = shares()[0].to_qr_text();
        let nine: Vec<&str> = vec![&text; 9];
        assert!(matches!(
            decode_share_text(&png(&qr_image(&nine))),
            Err(ScanError::TooManyCandidates)
        ));
    }
}
