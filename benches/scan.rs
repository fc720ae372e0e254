//! Benchmark (not a test): `--share-image` bombs and the largest image
//! accepted (issue 10, finding 7), time and peak memory of
//! `kluis::scan::decode_share_text` in a release build. Run with
//! `cargo bench --bench scan`; the goal is under 2 s and under 256 MiB for
//! every image. The images come from `tests/it/images.rs`, the same ones the
//! tests feed through the binary.
//!
//! Peak memory is the process's high-water mark (VmHWM from /proc), reset
//! before each case by writing 5 to /proc/self/clear_refs, so each line
//! shows the peak of that case alone (the input bytes included).

use std::time::{Duration, Instant};

#[path = "../tests/it/images.rs"]
#[allow(dead_code)]
mod images;

fn hwm_kib() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Codes side by side on white.
fn row(codes: &[image::GrayImage]) -> image::GrayImage {
    let w = codes.iter().map(image::GrayImage::width).sum();
    let h = codes
        .iter()
        .map(image::GrayImage::height)
        .max()
        .unwrap_or(1);
    let mut out = image::GrayImage::from_pixel(w, h, image::Luma([255]));
    let mut x = 0;
    for c in codes {
        image::imageops::overlay(&mut out, c, i64::from(x), 0);
        x += c.width();
    }
    out
}

/// The 1-minute load average, from /proc/loadavg.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

fn reset_hwm() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn main() {
    let mut rng = rand::rng();
    let (shares, _) =
        kluis::shares::split(&[7u8; 32], [1, 2, 3, 4, 5, 6, 7, 8], 2, 3, &mut rng).expect("split");
    let text = shares[0].to_qr_text();
    let texts: Vec<String> = shares.iter().map(|s| s.to_qr_text()).collect();
    // Each case is made just before it runs and dropped after, so the peak
    // of a case is its input plus the decoding.
    type Make<'a> = Box<dyn Fn() -> Vec<u8> + 'a>;
    let cases: Vec<(&str, Make<'_>)> = vec![
        (
            "one share code, 6 px/module",
            Box::new(|| images::png(&images::qr(&text, 6))),
        ),
        (
            "16 copies tiled (4 x 4)",
            Box::new(|| images::png(&images::tiled(&text, 3, 4))),
        ),
        (
            "256 copies tiled (16 x 16)",
            Box::new(|| images::png(&images::tiled(&text, 3, 16))),
        ),
        (
            "1,024 copies tiled (32 x 32), 2 px/module",
            Box::new(|| images::png(&images::tiled(&text, 2, 32))),
        ),
        (
            "1,024 copies tiled (32 x 32), 3 px/module",
            Box::new(|| images::png(&images::tiled(&text, 3, 32))),
        ),
        (
            "5 codes, 1 row, 3 px/module (under the limit)",
            Box::new(|| {
                let codes: Vec<_> = (0..5).map(|i| images::qr(&texts[i % 3], 3)).collect();
                images::png(&row(&codes))
            }),
        ),
        ("39,000,000 x 1 PNG", Box::new(|| images::wide(39_000_000))),
        (
            "10,000 x 1 PNG (widest accepted)",
            Box::new(|| images::wide(10_000)),
        ),
        (
            "6000 x 4000 RGB photo, one code (largest accepted)",
            Box::new(|| images::largest_photo(&[images::qr(&text, 12)])),
        ),
        (
            "6000 x 4000 RGB photo, 7 codes",
            Box::new(|| {
                let codes: Vec<_> = (0..7).map(|i| images::qr(&texts[i % 3], 8)).collect();
                images::largest_photo(&codes)
            }),
        ),
    ];
    println!(
        "share image bombs: decode_share_text, release build, 3 runs each; load average {}",
        load_average()
    );
    println!(
        "{:<52} {:>9} {:>11} {:>9}  result",
        "image", "bytes", "time (max)", "peak RSS"
    );
    let mut worst_time = Duration::ZERO;
    let mut worst_mib = 0;
    for (name, make) in &cases {
        let bytes = make();
        let mut times = Vec::new();
        let mut peak = 0;
        let mut result = String::new();
        for _ in 0..3 {
            let resettable = reset_hwm();
            let t = Instant::now();
            let r = kluis::scan::decode_share_text(&bytes);
            times.push(t.elapsed());
            peak = peak.max(if resettable { hwm_kib() } else { 0 });
            result = match r {
                Ok(t) if t.as_str() == text => "the share".into(),
                Ok(_) => "other text".into(),
                Err(e) => e.to_string(),
            };
        }
        let max = times.iter().max().copied().unwrap_or_default();
        worst_time = worst_time.max(max);
        worst_mib = worst_mib.max(peak / 1024);
        println!(
            "{name:<52} {:>9} {:>8.0} ms {:>5} MiB  {}",
            bytes.len(),
            max.as_secs_f64() * 1000.0,
            peak / 1024,
            result.chars().take(50).collect::<String>()
        );
    }
    let met = worst_time < Duration::from_secs(2) && worst_mib < 256;
    println!(
        "worst: {:.0} ms, {worst_mib} MiB (goal: under 2000 ms and 256 MiB): {}",
        worst_time.as_secs_f64() * 1000.0,
        if met { "met" } else { "NOT MET" }
    );
}
