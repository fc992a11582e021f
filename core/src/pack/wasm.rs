//! Reading and replacing one custom section of a WebAssembly module, leaving
//! every other byte as it is.
//!
//! A module is an 8-byte header (`\0asm`, version 1) and a list of sections,
//! each an id byte, its size (unsigned LEB128) and its contents; a custom
//! section (id 0) starts its contents with its name (a LEB128 length and
//! UTF-8). Nothing else of the module is parsed.

use std::fmt;
use std::ops::Range;

/// Why a `.wasm` could not be read or rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WasmError {
    /// The bytes do not start with a WebAssembly 1 header.
    NotWasm,
    /// A section runs past the end of the file, or its size or name is malformed.
    Truncated {
        /// The offset of the section's id byte.
        offset: usize,
    },
    /// The module has no custom section of that name.
    NoSection(String),
    /// The module has more than one custom section of that name.
    TwoSections(String),
}

impl fmt::Display for WasmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WasmError::NotWasm => write!(f, "not a WebAssembly module (no \\0asm version 1 header)"),
            WasmError::Truncated { offset } => {
                write!(f, "the WebAssembly module is cut short or malformed (the section at byte {offset})")
            }
            WasmError::NoSection(name) => write!(
                f,
                "the WebAssembly module has no custom section \"{name}\" (not the FAQ widget's .wasm, or one built before it packed its data there)"
            ),
            WasmError::TwoSections(name) => write!(f, "the WebAssembly module has two custom sections \"{name}\""),
        }
    }
}

impl std::error::Error for WasmError {}

/// Where the custom section `name` is: the whole section (from its id byte)
/// and its contents after the name.
struct Found {
    section: Range<usize>,
    contents: Range<usize>,
}

/// The contents of the custom section `name` of `wasm`.
///
/// ```
/// use faq_core::pack::{custom_section, replace_custom_section};
///
/// let empty = b"\0asm\x01\0\0\0";
/// assert!(custom_section(empty, "faq").is_err());
/// // replace_custom_section adds nothing: the section must be there.
/// let wasm = [&empty[..], b"\0\x06\x03faqab"].concat();
/// assert_eq!(custom_section(&wasm, "faq").unwrap(), b"ab");
/// let packed = replace_custom_section(&wasm, "faq", b"xyz").unwrap();
/// assert_eq!(packed, [&empty[..], b"\0\x07\x03faqxyz"].concat());
/// ```
pub fn custom_section<'a>(wasm: &'a [u8], name: &str) -> Result<&'a [u8], WasmError> {
    find(wasm, name).map(|found| &wasm[found.contents])
}

/// `wasm` with the contents of its custom section `name` replaced by
/// `contents`, in the same place; every other byte is kept. The section's
/// size and name are written in their shortest form. Fails if `wasm` is not a
/// WebAssembly module or has no such section (or two).
pub fn replace_custom_section(wasm: &[u8], name: &str, contents: &[u8]) -> Result<Vec<u8>, WasmError> {
    let found = find(wasm, name)?;
    let mut body = leb128(name.len());
    body.extend_from_slice(name.as_bytes());
    body.extend_from_slice(contents);
    let mut out = Vec::with_capacity(wasm.len() - found.section.len() + body.len() + 6);
    out.extend_from_slice(&wasm[..found.section.start]);
    out.push(0);
    out.extend(leb128(body.len()));
    out.extend(body);
    out.extend_from_slice(&wasm[found.section.end..]);
    Ok(out)
}

fn find(wasm: &[u8], name: &str) -> Result<Found, WasmError> {
    if wasm.len() < 8 || wasm[..8] != *b"\0asm\x01\0\0\0" {
        return Err(WasmError::NotWasm);
    }
    let mut found = None;
    let mut pos = 8;
    while pos < wasm.len() {
        let offset = pos;
        let truncated = WasmError::Truncated { offset };
        let id = wasm[pos];
        let (size, after) = read_leb128(wasm, pos + 1).ok_or(truncated.clone())?;
        let end = after.checked_add(size).filter(|&end| end <= wasm.len()).ok_or(truncated.clone())?;
        if id == 0 {
            let (len, name_start) = read_leb128(wasm, after).filter(|&(_, p)| p <= end).ok_or(truncated.clone())?;
            let name_end = name_start.checked_add(len).filter(|&e| e <= end).ok_or(truncated)?;
            if &wasm[name_start..name_end] == name.as_bytes() {
                if found.is_some() {
                    return Err(WasmError::TwoSections(name.to_owned()));
                }
                found = Some(Found { section: offset..end, contents: name_end..end });
            }
        }
        pos = end;
    }
    found.ok_or_else(|| WasmError::NoSection(name.to_owned()))
}

/// An unsigned LEB128 number of at most 32 bits at `pos`, and the position after it.
fn read_leb128(bytes: &[u8], mut pos: usize) -> Option<(usize, usize)> {
    let mut value: u64 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(pos)?;
        pos += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return u32::try_from(value).ok().map(|v| (v as usize, pos));
        }
    }
    None
}

/// `value` as unsigned LEB128, shortest form.
fn leb128(mut value: usize) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with a type section, the custom section `faq` holding
    /// `contents`, a custom `other` section and a (fake) code section.
    fn module(contents: &[u8]) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]); // type section: one () -> ()
        let mut faq = vec![3];
        faq.extend(b"faq");
        faq.extend(contents);
        wasm.push(0);
        wasm.extend(leb128(faq.len()));
        wasm.extend(faq);
        wasm.extend([0, 6, 5]);
        wasm.extend(b"other");
        wasm.extend([10, 4, 1, 2, 0, 0x0b]); // code section
        wasm
    }

    #[test]
    fn replacing_keeps_every_other_byte() {
        let before = module(b"old");
        let after = replace_custom_section(&before, "faq", b"a longer bundle").unwrap();
        assert_eq!(after, module(b"a longer bundle"));
        assert_eq!(custom_section(&after, "faq").unwrap(), b"a longer bundle");
        assert_eq!(custom_section(&after, "other").unwrap(), b"");
        // The same contents give the same bytes.
        assert_eq!(replace_custom_section(&before, "faq", b"old").unwrap(), before);
    }

    #[test]
    fn a_section_over_127_bytes_gets_a_longer_size() {
        let big = vec![9; 300];
        let after = replace_custom_section(&module(b""), "faq", &big).unwrap();
        assert_eq!(after, module(&big));
        assert_eq!(custom_section(&after, "faq").unwrap(), big);
        // And back.
        assert_eq!(replace_custom_section(&after, "faq", b"").unwrap(), module(b""));
    }

    #[test]
    fn a_padded_size_is_read_and_written_shortest() {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([0, 0x86, 0x80, 0x80, 0x80, 0]); // size 6 in five bytes
        wasm.extend(b"\x03faqab");
        assert_eq!(custom_section(&wasm, "faq").unwrap(), b"ab");
        assert_eq!(replace_custom_section(&wasm, "faq", b"ab").unwrap(), b"\0asm\x01\0\0\0\0\x06\x03faqab");
    }

    #[test]
    fn what_is_not_a_module_is_refused() {
        for bytes in [&b""[..], b"\0asm", b"\0asm\x02\0\0\0", b"<!doctype html><html></html>"] {
            assert_eq!(replace_custom_section(bytes, "faq", b"x"), Err(WasmError::NotWasm), "{bytes:?}");
        }
    }

    #[test]
    fn a_module_without_the_section_is_refused() {
        let wasm = replace_custom_section(&module(b""), "other", b"").unwrap();
        assert_eq!(replace_custom_section(&wasm, "fa", b"x"), Err(WasmError::NoSection("fa".into())));
        assert_eq!(custom_section(b"\0asm\x01\0\0\0", "faq"), Err(WasmError::NoSection("faq".into())));
        assert!(WasmError::NoSection("faq".into()).to_string().contains("no custom section \"faq\""));
    }

    #[test]
    fn two_sections_of_the_name_are_refused() {
        let mut wasm = module(b"a");
        wasm.extend(&module(b"b")[8..]);
        assert_eq!(replace_custom_section(&wasm, "faq", b"x"), Err(WasmError::TwoSections("faq".into())));
    }

    #[test]
    fn a_truncated_module_is_refused() {
        let wasm = module(b"bundle");
        // The `faq` section is bytes 14..26 (id, size, name, contents).
        assert_eq!(custom_section(&wasm[..26], "faq").unwrap(), b"bundle");
        for len in 15..26 {
            let result = replace_custom_section(&wasm[..len], "faq", b"x");
            assert_eq!(result, Err(WasmError::Truncated { offset: 14 }), "cut at {len}");
        }
        // Cut inside a later section (`other` is 26..34, the code 34..40): an error, never a panic.
        for len in (27..wasm.len()).filter(|&len| len != 34) {
            assert!(matches!(custom_section(&wasm[..len], "faq"), Err(WasmError::Truncated { .. })), "cut at {len}");
        }
    }
}
