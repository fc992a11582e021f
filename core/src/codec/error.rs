//! Why bytes do not decode as a bundle, and where.

use std::fmt;

/// Why bytes could not be decoded as a bundle, and where: the offset of the
/// byte at which the value that could not be read starts.
///
/// `Display` gives `byte N: what is wrong; what to do`.
///
/// ```
/// use faq_core::codec::DecodeErrorKind;
/// use faq_core::Bundle;
///
/// let e = Bundle::from_bytes(b"FAQ\x01...").unwrap_err();
/// assert_eq!((e.kind(), e.offset()), (DecodeErrorKind::OtherVersion { found: 1 }, 3));
/// assert!(e.to_string().starts_with("byte 3: a bundle of format version 1"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError {
    kind: DecodeErrorKind,
    offset: usize,
}

/// What is wrong with bytes that do not decode as a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// They do not start with `FAQ`: not a bundle at all.
    NotABundle,
    /// A bundle of another format version, written by another version of faq-core.
    OtherVersion {
        /// The version the bytes have.
        found: u8,
    },
    /// They end before the bundle does: the bundle was cut short.
    Truncated,
    /// A count, a reference, a tag or a date is out of range: the bundle is damaged.
    Damaged,
    /// The text part is not valid UTF-8: the bundle is damaged.
    NotUtf8,
    /// More bytes follow the end of the bundle.
    TrailingData,
}

impl DecodeError {
    pub(super) fn new(kind: DecodeErrorKind, offset: usize) -> Self {
        DecodeError { kind, offset }
    }

    /// What is wrong.
    pub fn kind(&self) -> DecodeErrorKind {
        self.kind
    }

    /// The offset, in the bytes given to [`crate::Bundle::from_bytes`], of the
    /// value that could not be decoded.
    pub fn offset(&self) -> usize {
        self.offset
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "byte {}: {}; rebuild the widget, so that its build.rs writes the bundle again",
            self.offset, self.kind
        )
    }
}

impl std::error::Error for DecodeError {}
