//! The widget's components, one per file.

pub mod about;
pub mod accordion;
pub mod accordion_item;
pub mod answer;
pub mod care_card;
pub mod empty_state;
pub mod feedback;
pub mod marked;
pub mod search_box;
pub mod status;
pub mod topics;
pub mod widget;
