//! The widget's components, one per file.

pub mod accordion;
pub mod accordion_item;
pub mod answer;
pub mod empty_state;
pub mod marked;
pub mod search_box;
pub mod status;
pub mod topics;
pub mod widget;
