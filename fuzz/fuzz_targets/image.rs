//! Reading a share's QR code from arbitrary bytes as a PNG or JPEG: sizes
//! are bounded before decoding, and no decoder input may panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = kluis::scan::decode_share_text(data);
});
