//! Browser tests of the components in headless Chromium (wasm-bindgen-test):
//! mount the widget with the embedded seed data, act, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use faq_core::Bundle;
use faq_widget::components::widget::{FaqWidget, FaqWidgetProps};
use faq_widget::events::WidgetEvent;
use faq_widget::shared::Shared;
use faq_widget::texts::Texts;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};
use yew::{Callback, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

/// The seed dataset, as build.rs made it (what the page's widget shows).
fn seed() -> Rc<Bundle> {
    faq_widget::data::decode(faq_widget::data::BUILT).unwrap()
}

/// A fixture dataset, parsed and indexed here.
fn fixture(text: &str) -> Rc<Bundle> {
    Rc::new(Bundle::new(faq_core::parse_text(text).unwrap(), &faq_core::Synonyms::default()))
}

/// Mounts a fresh widget with `props` in the document and waits for it to render.
async fn mount_props(props: FaqWidgetProps) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    Renderer::<FaqWidget>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    root
}

/// Waits until the widget in `root` is rendered (the embed layer renders it
/// in a task after mounting) and its start-up has rendered the whole list
/// (a few entries per task; the list is `aria-busy` until then).
async fn settle(root: &Element) {
    yew::scheduler::flush().await;
    for _ in 0..1000 {
        if root.query_selector(".faq").unwrap().is_some() && root.query_selector("[aria-busy]").unwrap().is_none() {
            return;
        }
        gloo::timers::future::TimeoutFuture::new(0).await;
        yew::scheduler::flush().await;
    }
    panic!("the list was still busy after 1000 tasks");
}

/// Mounts a fresh widget over `bundle` (ids prefixed `t`), with the default texts.
async fn mount(bundle: Rc<Bundle>) -> Element {
    mount_props(FaqWidgetProps::new(bundle, "t".into())).await
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap()
}

fn question_texts(root: &Element) -> Vec<String> {
    all(root, ".faq__item:not([hidden]) .faq__question").iter().map(|b| b.text_content().unwrap()).collect()
}

async fn type_query(root: &Element, text: &str) {
    let input: HtmlInputElement = one(root, "input[type=search]").dyn_into().unwrap();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
}

async fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
}

fn focused_text() -> String {
    gloo::utils::document().active_element().and_then(|e| e.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_every_question_as_a_button_in_a_heading_with_a_hidden_panel() {
    let root = mount(seed()).await;
    let buttons = all(&root, ".faq__item:not([hidden]) .faq__question");
    assert_eq!(buttons.len(), 41, "45 entries, 4 of them red flags shown as cards");
    assert_eq!(buttons[0].text_content().unwrap(), "What are back mice?");
    for b in &buttons {
        assert_eq!(b.get_attribute("type").as_deref(), Some("button"));
        assert_eq!(b.parent_element().unwrap().tag_name(), "H3");
        assert_eq!(b.get_attribute("aria-expanded").as_deref(), Some("false"));
        let panel = root.query_selector(&format!("#{}", b.get_attribute("aria-controls").unwrap())).unwrap().unwrap();
        assert!(panel.has_attribute("hidden"));
    }
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), "45 questions");
    assert_eq!(one(&root, "label").get_attribute("for").as_deref(), Some("t-search"));
}

#[wasm_bindgen_test]
async fn clicking_a_question_toggles_its_answer_and_several_can_be_open() {
    let root = mount(seed()).await;
    let buttons = all(&root, ".faq__item:not([hidden]) .faq__question");
    buttons[0].click();
    yew::scheduler::flush().await;
    buttons[1].click();
    yew::scheduler::flush().await;
    for b in &buttons[..2] {
        assert_eq!(b.get_attribute("aria-expanded").as_deref(), Some("true"));
        let panel = one(&root, &format!("#{}", b.get_attribute("aria-controls").unwrap()));
        assert!(!panel.has_attribute("hidden"));
    }
    assert!(one(&root, "#t-a-what-are-back-mice")
        .text_content()
        .unwrap()
        .starts_with("Back mice is a nonmedical term"));
    buttons[0].click();
    yew::scheduler::flush().await;
    assert_eq!(buttons[0].get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(one(&root, "#t-a-what-are-back-mice").has_attribute("hidden"));
    assert_eq!(buttons[1].get_attribute("aria-expanded").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn lists_render_as_lists() {
    let root = mount(seed()).await;
    // A red flag's answer (collapsed at rest, but rendered: find-in-page reaches it).
    let card = one(&root, "#t-a-how-do-i-know-if-my-back-pain-is-serious");
    assert_eq!(one(&card, "h4").text_content().unwrap(), "8 Signs That it’s Time to Call a Doctor for Your Back Pain");
    assert_eq!(all(&card, "ol > li").len(), 6);
    let panel = one(&root, "#t-a-how-do-i-get-rid-of-a-lump-on-my-lower-back");
    assert_eq!(all(&panel, "ol > li").len(), 2);
    assert_eq!(all(&one(&root, "#t-a-what-cancers-cause-back-pain"), "ul > li").len(), 6);
}

#[wasm_bindgen_test]
async fn arrow_home_and_end_keys_move_focus_between_questions() {
    let root = mount(seed()).await;
    let buttons = all(&root, ".faq__item:not([hidden]) .faq__question");
    buttons[0].focus().unwrap();
    press(&buttons[0], "ArrowDown").await;
    assert_eq!(focused_text(), "How painful are back mice?");
    press(&buttons[1], "End").await;
    assert_eq!(focused_text(), "Why does my back pimple hurt?");
    press(&buttons[40], "ArrowDown").await;
    assert_eq!(focused_text(), "What are back mice?", "Down wraps to the first");
    press(&buttons[0], "ArrowUp").await;
    assert_eq!(focused_text(), "Why does my back pimple hurt?", "Up wraps to the last");
    press(&buttons[40], "Home").await;
    assert_eq!(focused_text(), "What are back mice?");
}

#[wasm_bindgen_test]
async fn typing_filters_and_ranks_and_clearing_restores_file_order() {
    let root = mount(seed()).await;
    let all_questions = question_texts(&root);
    type_query(&root, "angio").await;
    let shown = question_texts(&root);
    assert_eq!(shown[0], "What is an Angiolipoma?");
    assert!(shown.len() < 45);
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), format!("{} questions match", shown.len()));
    type_query(&root, "").await;
    assert_eq!(question_texts(&root), all_questions);
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), "45 questions");
}

#[wasm_bindgen_test]
async fn a_search_hides_the_items_it_does_not_show_even_when_nothing_matches_and_clearing_it_shows_the_same_ones_again()
{
    let root = mount(seed()).await;
    let first_item = one(&root, ".faq__item");
    let first_text = first_item.text_content().unwrap();
    type_query(&root, "angio").await;
    assert!(first_item.is_connected(), "kept in the DOM");
    assert!(first_item.has_attribute("hidden"), "not a result: hidden");
    assert_eq!(all(&root, ".faq__item").len(), 41, "no item made or destroyed");
    let shown = all(&root, ".faq__item:not([hidden]) .faq__question");
    assert!(!shown.is_empty() && shown.len() < 41);
    // The keyboard moves among the shown questions only.
    shown[0].focus().unwrap();
    press(&shown[0], "End").await;
    assert_eq!(focused_text(), shown.last().unwrap().text_content().unwrap());
    press(shown.last().unwrap(), "ArrowDown").await;
    assert_eq!(focused_text(), shown[0].text_content().unwrap(), "wraps to the first shown question");
    // A query that shows nothing keeps them too, the list hidden.
    type_query(&root, "xylophone").await;
    assert!(root.query_selector(".faq__empty").unwrap().is_some());
    assert!(one(&root, ".faq__list").has_attribute("hidden"));
    assert_eq!((all(&root, ".faq__item").len(), all(&root, ".faq__item:not([hidden])").len()), (41, 0));
    type_query(&root, "").await;
    assert!(!first_item.has_attribute("hidden") && !one(&root, ".faq__list").has_attribute("hidden"));
    assert!(first_item.is_same_node(Some(&one(&root, ".faq__item"))), "the same item, first again");
    assert_eq!(first_item.text_content().unwrap(), first_text);
}

#[wasm_bindgen_test]
async fn a_keystroke_that_only_hides_items_moves_none() {
    let root = mount(seed()).await;
    type_query(&root, "lipoma tr").await;
    let (before, shown_before) = (all(&root, ".faq__item"), question_texts(&root));
    type_query(&root, "lipoma tre").await;
    let shown_after = question_texts(&root);
    // The case: "lipoma tre" shows fewer of "lipoma tr"'s results, in the same order.
    assert!(!shown_after.is_empty() && shown_after.len() < shown_before.len(), "{shown_after:?} {shown_before:?}");
    let mut rest = shown_before.iter();
    assert!(shown_after.iter().all(|q| rest.any(|b| b == q)), "{shown_after:?} within {shown_before:?}");
    let after = all(&root, ".faq__item");
    assert_eq!(after.len(), before.len(), "no item made or destroyed");
    assert!(before.iter().zip(&after).all(|(b, a)| b.is_same_node(Some(a))), "every item where it was");
}

#[wasm_bindgen_test]
async fn a_search_that_finds_nothing_keeps_the_items_for_the_next_one() {
    let root = mount(seed()).await;
    let first_item = one(&root, ".faq__item");
    type_query(&root, "xylophone").await;
    assert!(first_item.is_connected() && first_item.has_attribute("hidden"), "kept, hidden");
    assert!(one(&root, ".faq__list").has_attribute("hidden"), "the empty list is hidden too");
    type_query(&root, "").await;
    assert!(first_item.is_same_node(Some(&one(&root, ".faq__item:not([hidden])"))), "the same item, first again");
}

#[wasm_bindgen_test]
async fn no_match_shows_the_empty_state_whose_button_clears_the_search() {
    let root = mount(seed()).await;
    type_query(&root, "xylophone <b>bold</b>").await;
    assert!(all(&root, ".faq__item:not([hidden]) .faq__question").is_empty());
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), "No questions match");
    let empty = one(&root, ".faq__empty");
    assert!(empty.text_content().unwrap().contains("No questions match “xylophone <b>bold</b>”"));
    assert!(root.query_selector(".faq__empty b").unwrap().is_none(), "the query is text, not HTML");
    one(&root, ".faq__clear").click();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question").len(), 41);
    let input: HtmlInputElement = one(&root, "input[type=search]").dyn_into().unwrap();
    assert_eq!(input.value(), "");
    let input: &Element = input.as_ref();
    assert_eq!(gloo::utils::document().active_element().as_ref(), Some(input));
}

#[wasm_bindgen_test]
async fn a_keystroke_parses_its_query_once_and_a_click_parses_nothing() {
    use faq_core::work::{counts, reset, WorkCounts};
    let root = mount(seed()).await;
    reset();
    type_query(&root, "lipoma").await;
    assert_eq!(counts(), WorkCounts { parses: 1, expansions: 1 }, "one parse, one word expanded");
    reset();
    type_query(&root, "lipoma removal").await;
    assert_eq!(counts(), WorkCounts { parses: 1, expansions: 2 }, "one parse, each word expanded once");
    reset();
    all(&root, ".faq__item:not([hidden]) .faq__question")[0].click();
    yew::scheduler::flush().await;
    assert_eq!(counts(), WorkCounts::default(), "opening an answer does not search again");
    reset();
    // Nothing matches: the query is still parsed once; its correction ("lipoma") once more.
    type_query(&root, "xipoma").await;
    assert_eq!(one(&root, ".faq__suggestion").text_content().unwrap(), "lipoma");
    assert_eq!(counts(), WorkCounts { parses: 2, expansions: 2 }, "the query and its correction, once each");
}

/// Mounts through the embed layer, as the custom element does: inside a shadow root.
async fn mount_in_shadow_root(
    attributes: &[(&str, &str)],
) -> (Element, web_sys::ShadowRoot, faq_widget::embed::Widget) {
    let document = gloo::utils::document();
    let host = document.create_element("faq-widget-test").unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let widget = faq_widget::embed::mount(host.clone(), shadow.clone(), faq_widget::data::BUILT.to_vec()).unwrap();
    yew::scheduler::flush().await;
    let root: Element = shadow.first_element_child().unwrap();
    settle(&root).await;
    (host, shadow, widget)
}

fn shadow_one(shadow: &web_sys::ShadowRoot, selector: &str) -> HtmlElement {
    shadow.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap()
}

#[wasm_bindgen_test]
fn without_its_data_section_or_with_corrupt_data_the_widget_says_so() {
    // element.js passes the .wasm's `faq` section, or nothing (empty) if it has none.
    let missing = faq_widget::data::decode(&[]).expect_err("no data is an error");
    assert!(
        missing.starts_with(
            "the FAQ data (the .wasm's custom section \"faq\") is missing or corrupt: byte 0: the bundle ends early"
        ),
        "{missing}"
    );
    let corrupt = faq_widget::data::decode(&faq_widget::data::BUILT[..100]).expect_err("a cut bundle is an error");
    assert!(
        corrupt.starts_with("the FAQ data (the .wasm's custom section \"faq\") is missing or corrupt: byte "),
        "{corrupt}"
    );
}

#[wasm_bindgen_test]
async fn the_host_content_stays_on_screen_until_the_first_screen_is_ready_then_faq_ready_fires() {
    let document = gloo::utils::document();
    let host = document.create_element("faq-widget-test").unwrap();
    host.set_inner_html("<p>Static answers</p>");
    document.body().unwrap().append_child(&host).unwrap();
    let ready = Rc::new(RefCell::new(0));
    let listener = {
        let ready = ready.clone();
        gloo::events::EventListener::new(&host, "faq-ready", move |_| *ready.borrow_mut() += 1)
    };
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    // As element.js leaves it: a slot showing the host's content.
    shadow.append_child(&document.create_element("slot").unwrap()).unwrap();
    let _widget = faq_widget::embed::mount(host.clone(), shadow.clone(), faq_widget::data::BUILT.to_vec()).unwrap();
    yew::scheduler::flush().await;
    let root = shadow_one(&shadow, ".faq-root");
    assert!(root.has_attribute("hidden"), "the widget is hidden while it renders its frame");
    assert!(shadow.query_selector("slot").unwrap().is_some(), "the host's content still shows");
    assert_eq!(*ready.borrow(), 0);
    settle(&root).await;
    assert!(!root.has_attribute("hidden"));
    assert!(shadow.query_selector("slot").unwrap().is_none(), "the widget replaced the host's content");
    assert_eq!(*ready.borrow(), 1, "faq-ready once");
    drop(listener);
    host.remove();
}

#[wasm_bindgen_test]
async fn clicks_and_typing_work_inside_a_shadow_root() {
    let (_host, shadow, _widget) = mount_in_shadow_root(&[]).await;
    let first = shadow_one(&shadow, ".faq__item:not([hidden]) .faq__question");
    first.click();
    yew::scheduler::flush().await;
    assert_eq!(first.get_attribute("aria-expanded").as_deref(), Some("true"));

    let input: HtmlInputElement = shadow_one(&shadow, "input[type=search]").dyn_into().unwrap();
    input.set_value("angio");
    let init = EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        shadow_one(&shadow, ".faq__item:not([hidden]) .faq__question").text_content().unwrap(),
        "What is an Angiolipoma?"
    );
}

#[wasm_bindgen_test]
async fn attributes_set_the_texts_and_updates_apply() {
    let (host, shadow, mut widget) =
        mount_in_shadow_root(&[("heading", "Preguntas"), ("count-all", "{count} preguntas")]).await;
    assert_eq!(shadow_one(&shadow, "h2").text_content().unwrap(), "Preguntas");
    assert_eq!(shadow_one(&shadow, "[role=status]").text_content().unwrap(), "45 preguntas");
    host.set_attribute("heading", "Dudas").unwrap();
    widget.update();
    yew::scheduler::flush().await;
    assert_eq!(shadow_one(&shadow, "h2").text_content().unwrap(), "Dudas");
    widget.destroy();
    yew::scheduler::flush().await;
    assert!(shadow.query_selector(".faq").unwrap().is_none(), "destroy unmounts");
}

#[wasm_bindgen_test]
async fn opening_an_answer_fires_a_composed_faq_open_event() {
    use wasm_bindgen::closure::Closure;

    let (host, shadow, _widget) = mount_in_shadow_root(&[]).await;
    /// (type, bubbles, composed, detail.slug) of each event seen.
    type Seen = Vec<(String, bool, bool, String)>;
    let seen: Rc<RefCell<Seen>> = Rc::default();
    let listener = {
        let seen = seen.clone();
        Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let slug = js_sys::Reflect::get(&e.detail(), &"slug".into()).unwrap().as_string().unwrap();
            seen.borrow_mut().push((e.type_(), e.bubbles(), e.composed(), slug));
        })
    };
    let document = gloo::utils::document();
    for name in ["faq-open", "faq-close"] {
        document.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref()).unwrap();
    }
    let first = shadow_one(&shadow, ".faq__item:not([hidden]) .faq__question");
    first.click();
    yew::scheduler::flush().await;
    first.click();
    yew::scheduler::flush().await;
    for name in ["faq-open", "faq-close"] {
        document.remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref()).unwrap();
    }
    host.remove();
    let slug = "what-are-back-mice".to_owned();
    assert_eq!(
        *seen.borrow(),
        [("faq-open".to_owned(), true, true, slug.clone()), ("faq-close".to_owned(), true, true, slug)]
    );
}

#[wasm_bindgen_test]
async fn matched_words_are_marked_as_text_in_questions_and_answers() {
    let root = mount(seed()).await;
    type_query(&root, "angio").await;
    let marks: Vec<String> = all(&root, "mark").iter().map(|m| m.text_content().unwrap()).collect();
    assert!(marks.iter().all(|m| m.to_lowercase().starts_with("angio")), "{marks:?}");
    assert_eq!(one(&root, ".faq__item:not([hidden]) .faq__question-text mark").text_content().unwrap(), "Angiolipoma");
    // The question's text is unchanged around the mark.
    let question = one(&root, ".faq__item:not([hidden]) .faq__question-text");
    assert_eq!(question.text_content().unwrap(), "What is an Angiolipoma?");
    // A collapsed answer is not marked (typing leaves it alone); opened, it is.
    let answer = one(&root, ".faq__list .faq__item:not([hidden]) .faq__answer");
    assert!(answer.text_content().unwrap().to_lowercase().contains("angiolipoma"));
    assert!(answer.query_selector("mark").unwrap().is_none());
    one(&root, ".faq__list .faq__item:not([hidden]) .faq__question").click();
    yew::scheduler::flush().await;
    let marks: Vec<String> = answer
        .query_selector_all("mark")
        .map(|list| (0..list.length()).filter_map(|i| list.item(i)?.text_content()).collect())
        .unwrap();
    assert!(!marks.is_empty() && marks.iter().all(|m| m.to_lowercase().starts_with("angio")), "{marks:?}");
}

#[wasm_bindgen_test]
async fn did_you_mean_offers_a_correction_that_searches_when_clicked() {
    let root = mount(seed()).await;
    type_query(&root, "xipoma").await;
    let suggestion = one(&root, ".faq__suggestion");
    assert_eq!(suggestion.text_content().unwrap(), "lipoma");
    suggestion.click();
    yew::scheduler::flush().await;
    let input: HtmlInputElement = one(&root, "input[type=search]").dyn_into().unwrap();
    assert_eq!(input.value(), "lipoma");
    assert!(!all(&root, ".faq__item:not([hidden]) .faq__question").is_empty());
}

#[wasm_bindgen_test]
async fn show_all_opens_every_answer_and_hide_all_closes_them() {
    let root = mount(seed()).await;
    let button = one(&root, ".faq__show-all");
    assert_eq!(button.text_content().unwrap(), "Show all answers");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    button.click();
    yew::scheduler::flush().await;
    assert!(all(&root, ".faq__answer").iter().all(|p| !p.has_attribute("hidden")));
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question[aria-expanded=true]").len(), 41);
    assert_eq!(all(&root, ".faq__card-question[aria-expanded=true]").len(), 4, "the red flags' answers too");
    let button = one(&root, ".faq__show-all");
    assert_eq!(button.text_content().unwrap(), "Hide all answers");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    button.click();
    yew::scheduler::flush().await;
    assert!(all(&root, ".faq__answer").iter().all(|p| p.get_attribute("hidden").as_deref() == Some("until-found")));
    assert_eq!(all(&root, ".faq__card-question[aria-expanded=false]").len(), 4);
}

#[wasm_bindgen_test]
async fn find_in_page_revealing_a_collapsed_answer_opens_it() {
    let root = mount(seed()).await;
    let panel = one(&root, "#t-a-does-lipoma-go-away");
    assert_eq!(panel.get_attribute("hidden").as_deref(), Some("until-found"), "collapsed, but findable");
    // What the browser does when find-in-page matches text inside the panel.
    let init = EventInit::new();
    init.set_bubbles(true);
    panel.dispatch_event(&Event::new_with_event_init_dict("beforematch", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "#t-q-does-lipoma-go-away").get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!one(&root, "#t-a-does-lipoma-go-away").has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn topic_chips_filter_the_list_and_combine_with_search() {
    let root = mount(fixture(include_str!("fixtures/topics.txt"))).await;
    let chips = all(&root, ".faq__topic");
    let names: Vec<String> = chips.iter().map(|c| c.text_content().unwrap()).collect();
    assert_eq!(names, ["Lumps and lipomas", "Back pain"]);
    assert!(chips.iter().all(|c| c.get_attribute("aria-pressed").as_deref() == Some("false")));
    assert_eq!(question_texts(&root).len(), 4);

    chips[1].click();
    yew::scheduler::flush().await;
    assert_eq!(
        question_texts(&root),
        ["Why is back pain at night a red flag?", "When should I see a doctor about back pain?"]
    );
    assert_eq!(all(&root, ".faq__topic")[1].get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), "2 questions match");

    // Combined with a search: "doctor" within "Back pain" only.
    type_query(&root, "doctor").await;
    assert_eq!(
        question_texts(&root),
        ["When should I see a doctor about back pain?", "Why is back pain at night a red flag?"]
    );
    type_query(&root, "lipoma").await;
    assert!(question_texts(&root).is_empty(), "lipoma entries are in the other topic");

    // Pressing the chip again shows every topic.
    type_query(&root, "").await;
    all(&root, ".faq__topic")[1].click();
    yew::scheduler::flush().await;
    assert_eq!(question_texts(&root).len(), 4);
}

#[wasm_bindgen_test]
async fn a_dataset_without_topics_shows_no_chips() {
    let root = mount(seed()).await;
    assert!(root.query_selector(".faq__topics").unwrap().is_none());
}

/// A dataset of `n` entries: every tenth is about knees, the others about backs.
fn numbered_dataset(n: usize) -> String {
    (1..=n)
        .map(|i| {
            let topic = if i % 10 == 0 { "knees" } else { "backs" };
            format!("Question {i} about {topic}?\nAnswer {i}.\n\n")
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_long_list_renders_a_page_and_show_more_renders_and_focuses_the_next() {
    let root = mount(fixture(&numbered_dataset(1200))).await;
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question").len(), 20);
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), "1200 questions");
    let more = one(&root, ".faq__more");
    assert_eq!(more.text_content().unwrap(), "Show 20 more (20 of 1200 shown)");
    more.click();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question").len(), 40);
    assert_eq!(focused_text(), "Question 21 about backs?", "focus moves to the first new question");
    // A search resets the page, and its results are paged too.
    type_query(&root, "knees").await;
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question").len(), 20);
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), "120 questions match");
    assert_eq!(one(&root, ".faq__more").text_content().unwrap(), "Show 20 more (20 of 120 shown)");
    type_query(&root, "").await;
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question").len(), 20);
}

#[wasm_bindgen_test]
async fn a_deep_link_past_the_rendered_page_renders_and_opens_its_entry() {
    let window = gloo::utils::window();
    window.location().set_hash("faq-question-1100-about-knees").unwrap();
    let root = mount(fixture(&numbered_dataset(1200))).await;
    yew::scheduler::flush().await;
    let question = one(&root, "#t-q-question-1100-about-knees");
    assert_eq!(question.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question").len(), 21, "the first page and the linked entry");
    assert_eq!(focused_text(), "Question 1100 about knees?");
    // Leave no hash behind for the other tests (replaceState fires no hashchange).
    let path = window.location().pathname().unwrap() + &window.location().search().unwrap();
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).unwrap();
}

#[wasm_bindgen_test]
async fn the_start_up_renders_a_frame_then_the_first_screen_then_the_rest_a_few_entries_per_task() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let events: Rc<RefCell<Vec<WidgetEvent>>> = Rc::default();
    let mut props = FaqWidgetProps::new(seed(), "t".into());
    props.on_event = {
        let events = events.clone();
        Callback::from(move |event| events.borrow_mut().push(event))
    };
    Renderer::<FaqWidget>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // The first render: the frame (title, search box, status), the list busy and empty.
    let list = one(&root, ".faq__list");
    assert_eq!(list.get_attribute("aria-busy").as_deref(), Some("true"));
    assert!(root.query_selector("input[type=search]").unwrap().is_some());
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), "45 questions");
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question, .faq__card-question").len(), 0);
    assert_eq!(*events.borrow(), [], "not ready yet");
    // The next task: the first screen, the red flags' block and the first questions.
    gloo::timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question").len(), faq_widget::state::FIRST_RENDER);
    assert_eq!(all(&root, ".faq__card-question").len(), 4, "every red flag at once");
    assert!(root.query_selector(".faq__more").unwrap().is_none(), "no \"Show more\" for the start-up");
    assert_eq!(*events.borrow(), [WidgetEvent::Ready]);
    // Each task after it adds a few, in order, until the list is whole.
    gloo::timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
    let step = faq_widget::state::FIRST_RENDER + faq_widget::state::RENDER_STEP;
    assert_eq!(all(&root, ".faq__item:not([hidden]) .faq__question").len(), step.min(41));
    settle(&root).await;
    assert_eq!(list.get_attribute("aria-busy"), None);
    let whole = question_texts(&root);
    let seed = seed();
    let in_file_order: Vec<&str> = seed.faq.entries.iter().filter(|e| !e.urgent).map(|e| e.question.as_str()).collect();
    assert_eq!(whole, in_file_order);
    assert_eq!(*events.borrow(), [WidgetEvent::Ready], "ready once");
}

#[wasm_bindgen_test]
async fn at_rest_the_red_flags_are_one_urgent_advice_block_of_disclosures_above_the_list() {
    let root = mount(seed()).await;
    let block = one(&root, "section.faq__urgent");
    assert_eq!(block.get_attribute("aria-labelledby").as_deref(), Some("t-urgent"));
    assert_eq!(one(&block, "h3#t-urgent").text_content().unwrap(), "!Urgent advice");
    let list = one(&root, ".faq__list");
    assert!(block.compare_document_position(&list) & 4 != 0, "the block comes before the list");
    let buttons = all(&block, ".faq__card > h4 > button.faq__card-question");
    let questions: Vec<String> =
        buttons.iter().map(|b| one(b, ".faq__card-question-text").text_content().unwrap()).collect();
    assert_eq!(
        questions,
        [
            "When should I be worried about a lump on my back?",
            "Why is back pain at night a red flag?",
            "How do I know if I have had a spinal tumor?",
            "How do I know if my back pain is serious?",
        ]
    );
    for b in &buttons {
        assert_eq!(b.get_attribute("type").as_deref(), Some("button"));
        assert_eq!(b.get_attribute("aria-expanded").as_deref(), Some("false"));
        assert_eq!(one(b, ".faq__card-icon").get_attribute("aria-hidden").as_deref(), Some("true"));
        let panel = one(&root, &format!("#{}", b.get_attribute("aria-controls").unwrap()));
        assert_eq!(panel.get_attribute("hidden").as_deref(), Some("until-found"), "collapsed, but findable");
        assert!(panel.query_selector(".faq__feedback").unwrap().is_none(), "its extras come with the open answer");
    }
    assert!(root.query_selector(".faq__card a").unwrap().is_none(), "no call to action unless the clinic sets one");
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), "45 questions");

    // One tap opens an answer, in full; another closes it.
    buttons[1].click();
    yew::scheduler::flush().await;
    assert_eq!(buttons[1].get_attribute("aria-expanded").as_deref(), Some("true"));
    let panel = one(&root, "#t-a-why-is-back-pain-at-night-a-red-flag");
    assert!(!panel.has_attribute("hidden"));
    assert!(panel.text_content().unwrap().contains("Nocturnal back pain"));
    assert_eq!(all(&panel, ".faq__feedback-button").len(), 2, "\"Was this helpful?\" under the open answer");
    buttons[1].click();
    yew::scheduler::flush().await;
    assert!(panel.has_attribute("hidden"));

    // Find-in-page reaching a collapsed one opens it too.
    let panel = one(&root, "#t-a-how-do-i-know-if-i-have-had-a-spinal-tumor");
    let init = EventInit::new();
    init.set_bubbles(true);
    panel.dispatch_event(&Event::new_with_event_init_dict("beforematch", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(buttons[2].get_attribute("aria-expanded").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_search_shows_matching_red_flags_first_and_links_the_others_after_the_results() {
    let root = mount(seed()).await;
    type_query(&root, "nocturnal").await;
    assert!(root.query_selector(".faq__urgent").unwrap().is_none(), "no block while searching");
    let cards = all(&root, ".faq__card");
    assert_eq!(cards.len(), 1);
    assert!(one(&cards[0], "h3").text_content().unwrap().ends_with("Why is back pain at night a red flag?"));
    assert!(cards[0].text_content().unwrap().contains("Nocturnal back pain"), "a search's card shows its answer");
    assert!(root.query_selector(".faq__list:not([hidden])").unwrap().is_none(), "no other entry mentions it");
    assert!(root.query_selector(".faq__empty").unwrap().is_none(), "a card is a result");
    let others: Vec<String> = all(&root, ".faq__other-urgent-link").iter().map(|b| b.text_content().unwrap()).collect();
    assert_eq!(others.len(), 3, "{others:?}");
    assert!(cards[0].compare_document_position(&one(&root, ".faq__other-urgent")) & 4 != 0, "after the results");
    type_query(&root, "lipoma").await;
    let list = one(&root, ".faq__list");
    assert!(list.compare_document_position(&one(&root, ".faq__other-urgent")) & 4 != 0, "after the list");
    // Following one clears the search, opens its answer and focuses its question.
    type_query(&root, "nocturnal").await;
    all(&root, ".faq__other-urgent-link")[0].click();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".faq__urgent .faq__card").len(), 4);
    let question = one(&root, "#t-q-when-should-i-be-worried-about-a-lump-on-my-back");
    assert_eq!(question.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(focused_text().ends_with("When should I be worried about a lump on my back?"));
}

#[wasm_bindgen_test]
async fn a_weakly_matching_red_flag_stays_at_its_rank_in_the_list_as_a_compact_card() {
    let root = mount(seed()).await;
    type_query(&root, "doctor").await;
    assert!(root.query_selector(".faq__list ~ .faq__card, .faq__card:not(.faq__card--compact)").unwrap().is_none());
    let list = one(&root, ".faq__list");
    let first = list.first_element_child().unwrap();
    assert_eq!(
        first.query_selector(".faq__question-text").unwrap().unwrap().text_content().unwrap(),
        "Which doctor treats back pain?"
    );
    let cards = all(&list, ".faq__card--compact");
    assert!(!cards.is_empty(), "red flags mention a doctor in their answers");
    for card in &cards {
        let button = one(card, "h3 > .faq__card-question");
        assert!(button.text_content().unwrap().starts_with("!Urgent advice: "), "the label leads the question");
        assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    }
    let shown = all(&root, ".faq__item:not([hidden]), .faq__card").len();
    assert_eq!(one(&root, "[role=status]").text_content().unwrap(), format!("{shown} questions match"));
    assert_eq!(one(&root, ".faq__relaxed").text_content().unwrap(), "", "some entries have the word");
    // A red flag in the list opens like its neighbours, and "Show all answers" opens it too.
    one(&root, ".faq__show-all").click();
    yew::scheduler::flush().await;
    assert!(cards
        .iter()
        .all(|c| one(c, ".faq__card-question").get_attribute("aria-expanded").as_deref() == Some("true")));
}

#[wasm_bindgen_test]
async fn results_that_are_only_the_closest_say_so_above_them() {
    let root = mount(seed()).await;
    type_query(&root, "back pain keeps waking me up at night").await;
    let note = one(&root, ".faq__relaxed");
    assert_eq!(note.text_content().unwrap(), "No answer has all your words; the closest:");
    // Announced when it appears: a live region there all along, empty until then.
    assert_eq!(note.get_attribute("aria-live").as_deref(), Some("polite"));
    let first = one(&root, ".faq__card, .faq__item");
    assert!(note.compare_document_position(&first) & 4 != 0, "above the results");
    type_query(&root, "xylophone").await;
    assert_eq!(one(&root, ".faq__relaxed").text_content().unwrap(), "");
}

#[wasm_bindgen_test]
async fn a_query_that_finds_nothing_shows_its_sure_correction_s_results_and_says_so() {
    let root = mount(seed()).await;
    // "bak": too short for the search's typos; "back mice" has every word.
    type_query(&root, "bak mice").await;
    let note = one(&root, ".faq__relaxed");
    assert_eq!(note.text_content().unwrap(), "Showing results for “back mice”:");
    let first = one(&root, ".faq__item");
    assert!(note.compare_document_position(&first) & 4 != 0, "above the results");
    assert_eq!(one(&first, ".faq__question-text").text_content().unwrap(), "What are back mice?");
    assert_eq!(one(&first, "mark").text_content().unwrap(), "back", "the corrected word is marked");
    assert!(root.query_selector(".faq__empty").unwrap().is_none(), "no empty state");
    // Only offered when unsure ("hear" is in one entry): nothing shown, a button.
    type_query(&root, "ear pain").await;
    assert_eq!(one(&root, ".faq__relaxed").text_content().unwrap(), "");
    assert_eq!(one(&root, ".faq__suggestion").text_content().unwrap(), "hear pain");
}

#[wasm_bindgen_test]
async fn the_review_line_and_disclaimer_close_the_widget() {
    let root = mount(seed()).await;
    let review = one(&root, ".faq__review");
    assert!(review.text_content().unwrap().starts_with("Reviewed by the Example Spine Clinic medical team"));
    assert_eq!(one(&review, "time").get_attribute("datetime").as_deref(), Some("2026-10-15"));
    assert!(one(&review, "time").text_content().unwrap().contains("2026"));
    assert!(one(&root, ".faq__disclaimer").text_content().unwrap().contains("does not replace a consultation"));
}

#[wasm_bindgen_test]
async fn the_review_date_is_written_out_when_it_comes_into_view_and_typing_keeps_it() {
    let root = mount(seed()).await;
    let time: HtmlElement = one(&root, ".faq__review time").dyn_into().unwrap();
    // Below 45 questions, out of view: no Intl at start-up, the ISO date stands.
    assert_eq!(time.text_content().as_deref(), Some("2026-10-15"));
    time.scroll_into_view();
    let mut written = String::new();
    for _ in 0..100 {
        gloo::timers::future::TimeoutFuture::new(20).await;
        yew::scheduler::flush().await;
        written = time.text_content().unwrap();
        if written != "2026-10-15" {
            break;
        }
    }
    assert!(written.contains("2026") && !written.contains("2026-10-15"), "{written}");
    type_query(&root, "lipoma").await;
    let again = one(&root, ".faq__review time");
    assert!(again.is_same_node(Some(&time)) && again.text_content().unwrap() == written);
}

#[wasm_bindgen_test]
async fn feedback_fires_a_composed_event_once_and_thanks_politely() {
    let (host, shadow, widget) =
        mount_in_shadow_root(&[("phone", "+44 20 7946 0958"), ("appointment-url", "javascript:alert(1)")]).await;
    let seen: Rc<RefCell<Vec<String>>> = Default::default();
    let listener = {
        let seen = seen.clone();
        gloo::events::EventListener::new(&gloo::utils::document(), "faq-feedback", move |event| {
            let detail = event.dyn_ref::<web_sys::CustomEvent>().unwrap().detail();
            let field = |k: &str| js_sys::Reflect::get(&detail, &k.into()).unwrap();
            assert!(event.composed() && event.bubbles());
            seen.borrow_mut().push(format!(
                "{} {} {}",
                field("slug").as_string().unwrap(),
                field("helpful").as_bool().unwrap(),
                field("answer").as_string().unwrap()
            ));
        })
    };
    // The call to action, in an open red flag: a tel: link; the unsafe booking address is dropped.
    shadow_one(&shadow, "#faq-q-when-should-i-be-worried-about-a-lump-on-my-back").click();
    yew::scheduler::flush().await;
    let call = shadow_one(&shadow, ".faq__card a");
    assert_eq!(call.get_attribute("href").as_deref(), Some("tel:+442079460958"));
    assert_eq!(call.text_content().unwrap(), "Call +44 20 7946 0958");
    assert!(shadow.query_selector("a[href^=javascript]").unwrap().is_none());

    shadow_one(&shadow, "#faq-q-what-are-back-mice").click();
    yew::scheduler::flush().await;
    let panel = shadow_one(&shadow, "#faq-a-what-are-back-mice");
    assert_eq!(one(&panel, ".faq__feedback").get_attribute("role").as_deref(), Some("group"));
    all(&panel, ".faq__feedback-button")[1].click();
    yew::scheduler::flush().await;
    assert_eq!(*seen.borrow(), ["what-are-back-mice false no"]);
    assert_eq!(one(&panel, ".faq__feedback").text_content().unwrap(), "Thank you for your feedback.");
    assert!(panel.query_selector("button.faq__feedback-button").unwrap().is_none(), "asked once");
    let focused = shadow.active_element().map(|e| e.id());
    assert_eq!(
        focused.as_deref(),
        Some("faq-thanks-what-are-back-mice"),
        "focus moves from the gone button to the thanks"
    );
    assert_eq!(shadow_one(&shadow, ".faq__announce").text_content().unwrap(), "Thank you for your feedback.");
    drop(listener);
    drop((host, widget));
}

/// Installs `window.__xss` (what every payload in `tests/fixtures/xss.txt`
/// calls) and returns a reader of the calls it received.
fn xss_tripwire() -> impl Fn() -> Vec<String> {
    let calls = js_sys::Array::new();
    let record = js_sys::Function::new_with_args("calls", "return (what) => calls.push(String(what));")
        .call1(&wasm_bindgen::JsValue::NULL, &calls)
        .unwrap();
    js_sys::Reflect::set(&gloo::utils::window(), &"__xss".into(), &record).unwrap();
    move || calls.iter().map(|c| c.as_string().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn xss_payloads_in_data_and_queries_are_shown_as_text_and_never_run() {
    let fired = xss_tripwire();
    let root = mount(fixture(include_str!("fixtures/xss.txt"))).await;
    one(&root, ".faq__show-all").click();
    yew::scheduler::flush().await;
    for query in [
        "<script>window.__xss('query-script')</script>",
        "<img src=x onerror=\"window.__xss('query-img')\">",
        "javascript:window.__xss('query-href')",
        "</script><script>window.__xss('query-jsonld')</script>",
        "&lt;script&gt;",
        "script",
    ] {
        type_query(&root, query).await;
    }
    type_query(&root, "").await;
    // Give an injected <img onerror> or <svg onload> time to fire.
    gloo::timers::future::TimeoutFuture::new(200).await;
    assert_eq!(fired(), Vec::<String>::new(), "a payload ran");
    let questions = question_texts(&root);
    assert!(questions.contains(&"What does <script>window.__xss('question-script')</script> do?".to_owned()));
    assert!(questions
        .contains(&"What about &lt;script&gt;window.__xss('entity')&lt;/script&gt; and &#60;b&#62;?".to_owned()));
    let text = root.text_content().unwrap();
    assert!(text.contains("<img src=x onerror=\"window.__xss('answer-img')\">"), "the answer shows the markup as text");
    assert!(text.contains("{{constructor.constructor('window.__xss(1)')()}}"));
    assert_eq!(
        all(&root, "script, img, svg, iframe, math, style, details, a").len(),
        0,
        "no element came from the data"
    );

    // Control: the tripwire does fire when markup is parsed as HTML.
    let control = gloo::utils::document().create_element("div").unwrap();
    control.set_inner_html("<img src=x onerror=\"window.__xss('control')\">");
    gloo::utils::body().append_child(&control).unwrap();
    gloo::timers::future::TimeoutFuture::new(200).await;
    control.remove();
    assert_eq!(fired(), ["control"]);
}

#[wasm_bindgen_test]
async fn at_mount_only_ready_is_reported_then_one_search_event_per_new_query_with_the_number_shown() {
    let events: Rc<RefCell<Vec<WidgetEvent>>> = Rc::default();
    let mut props = FaqWidgetProps::new(seed(), "t".into());
    props.on_event = {
        let events = events.clone();
        Callback::from(move |event| events.borrow_mut().push(event))
    };
    let root = mount_props(props).await;
    yew::scheduler::flush().await;
    assert_eq!(*events.borrow(), [WidgetEvent::Ready], "at mount only that the first screen is ready, once");
    type_query(&root, "angio").await;
    let shown = all(&root, ".faq__item:not([hidden]) .faq__question, .faq__card").len();
    assert!(shown > 0 && shown < 45);
    type_query(&root, "").await;
    assert_eq!(
        *events.borrow(),
        [
            WidgetEvent::Ready,
            WidgetEvent::Searched { query: "angio".into(), count: shown },
            WidgetEvent::Searched { query: String::new(), count: 45 },
        ]
    );
}

#[wasm_bindgen_test]
async fn the_group_of_topic_chips_is_named_by_the_topics_label_text() {
    let topics = include_str!("fixtures/topics.txt");
    let root = mount(fixture(topics)).await;
    assert_eq!(one(&root, ".faq__topics").get_attribute("aria-label").as_deref(), Some("Topics"));
    let mut props = FaqWidgetProps::new(fixture(topics), "t".into());
    props.texts = Shared::new(Texts { topics_label: "Temas".into(), ..Texts::default() });
    let root = mount_props(props).await;
    assert_eq!(one(&root, ".faq__topics").get_attribute("aria-label").as_deref(), Some("Temas"));
}

/// Replaces `navigator.clipboard` with one that refuses to write; the
/// returned function puts the real one back.
fn refuse_clipboard() -> impl FnOnce() {
    js_sys::Function::new_no_args(
        "Object.defineProperty(navigator, 'clipboard', { configurable: true, \
         value: { writeText: () => Promise.reject(new Error('denied')) } });",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
    || {
        js_sys::Function::new_no_args("delete navigator.clipboard;").call0(&wasm_bindgen::JsValue::NULL).unwrap();
    }
}

#[wasm_bindgen_test]
async fn with_a_page_url_copy_link_offers_that_page_without_its_fragment() {
    let restore = refuse_clipboard();
    let (host, shadow, widget) = mount_in_shadow_root(&[("page-url", "https://clinic.example/faq?lang=en#top")]).await;
    shadow_one(&shadow, "#faq-q-what-are-back-mice").click();
    yew::scheduler::flush().await;
    shadow_one(&shadow, "#faq-a-what-are-back-mice .faq__copy").click();
    // The refused write settles in a later task.
    gloo::timers::future::TimeoutFuture::new(50).await;
    yew::scheduler::flush().await;
    restore();
    let link: HtmlInputElement = shadow_one(&shadow, "#faq-link-what-are-back-mice").dyn_into().unwrap();
    assert_eq!(link.value(), "https://clinic.example/faq?lang=en#faq-what-are-back-mice");
    let focused: Option<Element> = shadow.active_element();
    assert_eq!(focused.as_ref(), Some(link.as_ref()), "shown selected, for Ctrl+C");
    drop((host, widget));
}

#[wasm_bindgen_test]
async fn without_an_address_worth_sharing_an_open_answer_has_no_copy_link() {
    use faq_widget::components::accordion_item::{AccordionItem, AccordionItemProps};
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = yew::props! { AccordionItemProps {
        bundle: seed(),
        entry: 0,
        open: true,
        question_marks: Rc::new(Vec::new()),
        answer_marks: None,
        id_prefix: "t",
        on_toggle: Callback::noop(),
        on_copy: Callback::noop(),
        texts: Shared::new(Texts::default()),
        link_base: None::<yew::AttrValue>,
        show_link: false,
        on_feedback: Callback::noop(),
        feedback: None,
    } };
    Renderer::<AccordionItem>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".faq__feedback").unwrap().is_some(), "the answer is open");
    assert!(root.query_selector(".faq__copy, .faq__tools").unwrap().is_none());
}
