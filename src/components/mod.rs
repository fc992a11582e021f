//! The widget's components, one per file: [`widget::FaqWidget`] composes
//! them. The small stateless ones are plain view functions of their data
//! (smaller in the `.wasm` than components; see the README's "Size").

pub mod about;
pub mod accordion;
pub mod accordion_item;
pub mod announcer;
pub mod answer;
pub mod care_card;
pub mod empty_state;
pub mod feedback;
pub mod marked;
pub mod other_urgent;
pub mod search_box;
pub mod show_all;
pub mod show_more;
pub mod status;
pub mod topics;
pub mod urgent_advice;
pub mod widget;

use yew::virtual_dom::VList;
use yew::{Callback, Html, MouseEvent};

/// `nodes` as one node, a list: what `collect::<Html>()` makes. The views
/// push their nodes into a `Vec` and call this, rather than each collecting
/// an iterator (each `collect` into `Html` is code of its own in the `.wasm`).
pub fn list(nodes: Vec<Html>) -> Html {
    VList::from(nodes).into()
}

/// A click handler that calls `callback` with `value`. Every button of the
/// widget that reports a fixed value uses it: one closure type for each type
/// of value, rather than one per button, in the `.wasm`.
pub fn on_click<T: Clone + 'static>(callback: &Callback<T>, value: T) -> Callback<MouseEvent> {
    let callback = callback.clone();
    Callback::from(move |_: MouseEvent| callback.emit(value.clone()))
}
