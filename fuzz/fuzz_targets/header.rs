//! The vault file's outer layer on arbitrary bytes: the whole-file parser
//! (magic, size, checksum, version, header, body length) and the header
//! reader alone (which the checksum would otherwise shield from most
//! mutations), and the whole-file parser again after the checksum is
//! recomputed as a forger would. None may panic or allocate unbounded
//! memory.

#![no_main]

use kluis::format::{Header, VaultFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut forged = data.to_vec();
    kluis::format::fix_checksum(&mut forged);
    for bytes in [data, &forged[..]] {
        if let Ok(file) = VaultFile::parse(bytes) {
            // A parsed file keeps its invariant: the header bytes are a
            // prefix and the ciphertext has the declared length.
            assert!(bytes.starts_with(&file.header_bytes));
            assert_eq!(file.body_ciphertext.len(), file.header.body_len as usize);
        }
    }
    if let Ok((header, len)) = Header::read(data) {
        assert!(len <= data.len());
        // What was read writes back to the same bytes (one encoding).
        assert_eq!(header.write(), &data[..len]);
    }
});
