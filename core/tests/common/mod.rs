//! What the integration tests share: where the repository is, and the seed
//! bundle (`data/faq.txt` with `data/synonyms.txt`), built by `Bundle::load`.

// Each test file uses its own part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use faq_core::Bundle;

/// The repository's root: the folder above `core/`.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The seed bundle, fresh (with no scan remembered).
pub fn seed() -> Bundle {
    let root = root();
    Bundle::load(&root.join("data/faq.txt"), &[root.join("data/synonyms.txt")]).unwrap_or_else(|e| panic!("{e}"))
}
