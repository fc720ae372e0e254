//! Reading a share's QR code from a photo or scan of a sheet.
//!
//! A face: it takes the bytes of a PNG or JPEG and returns the QR code's text
//! when it is a kluis share (it starts with `KLUIS`); parsing and checking
//! the share stays with [`Share::parse`](crate::shares::Share::parse).
//!
//! # Security
//!
//! The image comes from outside, so its size is bounded twice before any
//! pixel is decoded: at most [`MAX_IMAGE_BYTES`] of input and
//! [`MAX_PIXELS`] pixels, read from the header. The decoded text is a share
//! and is returned [`Zeroizing`]; the pixels themselves (which show the
//! share too) are in buffers of `image` and `rqrr` that are not wiped.

use std::io::Cursor;

use image::{GrayImage, ImageFormat, ImageReader};
use zeroize::Zeroizing;

/// Largest image file accepted, in bytes.
pub const MAX_IMAGE_BYTES: usize = 32 << 20;
/// Largest image accepted, in pixels (40 megapixels: more than any phone).
pub const MAX_PIXELS: u64 = 40_000_000;
/// Longest side of the downscaled copy tried when the full size finds
/// nothing (large photos: noise and slight blur confuse the finder).
const DOWNSCALED_SIDE: u32 = 1600;

/// Why no share text came out of an image.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ScanError {
    /// The file or its pixel count is above the limits; nothing was decoded.
    #[error(
        "the image is too large (at most 32 MiB and 40 megapixels): scan at a lower resolution or crop it"
    )]
    TooLarge,
    /// Not a PNG or JPEG, or a damaged one.
    #[error("the file is not a readable PNG or JPEG image: photograph or scan the sheet again")]
    Unreadable,
    /// No QR code was found.
    #[error("no QR code found in the image: photograph the sheet's QR code flat and sharp")]
    NoCode,
    /// More than one QR code was found.
    #[error("the image holds {0} QR codes: crop it to one sheet's code")]
    Several(usize),
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
/// Tries the image at its own size and, if that finds no readable code, a
/// downscaled copy.
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
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(ScanError::TooLarge);
    }
    let mut r = reader()?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(w);
    limits.max_image_height = Some(h);
    r.limits(limits);
    let grey = r
        .decode()
        .map_err(|e| match e {
            image::ImageError::Limits(_) => ScanError::TooLarge,
            _ => ScanError::Unreadable,
        })?
        .into_luma8();

    let mut seen_code = false;
    match scan(&grey)? {
        Found::Text(t) => return check_marker(t),
        Found::Unreadable => seen_code = true,
        Found::Nothing => {}
    }
    if w.max(h) > DOWNSCALED_SIDE {
        let scale = DOWNSCALED_SIDE as f32 / w.max(h) as f32;
        let small = image::imageops::resize(
            &grey,
            ((w as f32 * scale) as u32).max(1),
            ((h as f32 * scale) as u32).max(1),
            image::imageops::FilterType::Triangle,
        );
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

enum Found {
    Text(Zeroizing<String>),
    Unreadable,
    Nothing,
}

/// Looks for QR codes in one image.
fn scan(img: &GrayImage) -> Result<Found, ScanError> {
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
        several => Err(ScanError::Several(several.len())),
    }
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
            Err(ScanError::Several(2))
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
        // Just above 40 MP is refused too ...
        let r = decode_share_text(&png_header_only(8_000, 5_001));
        assert!(matches!(r, Err(ScanError::TooLarge)), "{r:?}");
        // ... and 36 MP passes the size check and fails on the missing data.
        let r = decode_share_text(&png_header_only(6_000, 6_000));
        assert!(matches!(r, Err(ScanError::Unreadable)), "{r:?}");
        // Too many bytes, whatever they are.
        let big = vec![0u8; MAX_IMAGE_BYTES + 1];
        assert!(matches!(decode_share_text(&big), Err(ScanError::TooLarge)));
    }
}
