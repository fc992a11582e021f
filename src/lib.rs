//! The clinic FAQ widget: a Yew accordion with instant search over a dataset
//! that `build.rs` parsed and indexed at build time (see the `faq-core` crate).
//!
//! `embed/element.js` defines the `<faq-widget>` custom element, which mounts
//! the widget in its shadow root through [`embed::mount`].

#![forbid(unsafe_code)]

/// The allocator of the `.wasm` (see `Cargo.toml`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();

pub mod components;
pub mod data;
pub mod embed;
pub mod events;
pub mod hooks;
pub mod ids;
pub mod language;
pub mod shared;
pub mod state;
pub mod texts;
