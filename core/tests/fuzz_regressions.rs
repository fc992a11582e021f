//! Inputs that once crashed a fuzz target (scripts/fuzz.sh), kept so they
//! never crash again.

use std::path::Path;

use faq_core::{parse_bytes, parse_json, Bundle, ErrorKind, Format};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz").join(name)).unwrap()
}

/// fuzz target `parse`: a NUL in a front-matter value reached the bundle
/// encoder, whose NUL-terminated strings cannot hold it.
#[test]
fn a_nul_in_front_matter_is_an_error_on_its_line() {
    let e = parse_bytes(&fixture("nul-in-front-matter.txt"), Format::Text).unwrap_err();
    assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::NulCharacter));
    let e = parse_json("{\"clinic\": \"A\\u0000B\",\n \"entries\": [{\"question\": \"Q?\", \"answer\": \"A.\"}]}")
        .unwrap_err();
    assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::NulCharacter));
    let e = parse_json("{\"clinic\": \"A\",\n \"reviewed-by\": \"\\u0000\", \"entries\": [{\"question\": \"Q?\", \"answer\": \"A.\"}]}")
        .unwrap_err();
    assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::NulCharacter));
    // Everything the parsers accept encodes and decodes.
    let ok = parse_json("{\"clinic\": \"A\", \"entries\": [{\"question\": \"Q?\", \"answer\": \"A.\"}]}").unwrap();
    assert!(Bundle::from_bytes(&Bundle::new(ok, &faq_core::Synonyms::default()).to_bytes()).is_ok());
}
