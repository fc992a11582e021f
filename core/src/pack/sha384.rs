//! SHA-384 for Subresource Integrity values and the `.wasm`'s content-hashed
//! name, through RustCrypto's `sha2` and the `base64` crate; Node's `crypto`
//! computes the same values in `embed/build.mjs` (the end-to-end test that
//! compares `faq-pack`'s files with the build's checks they agree).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha384};

/// The SHA-384 digest of `bytes`.
pub fn sha384(bytes: &[u8]) -> [u8; 48] {
    Sha384::digest(bytes).into()
}

/// The Subresource Integrity value of `bytes`: `sha384-` and the digest in
/// standard base64 (as `embed/build.mjs` writes it with Node's `crypto`).
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", STANDARD.encode(sha384(bytes)))
}

/// Lowercase hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_and_integrity_values_match_the_standards_and_node() {
        // FIPS 180-4's "abc".
        assert_eq!(
            hex(&sha384(b"abc")),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
        );
        // Node: crypto.createHash('sha384').update('abc').digest('base64'), padded.
        assert_eq!(integrity(b"abc"), "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
        assert_eq!(integrity(b"").len(), "sha384-".len() + 64);
    }
}
