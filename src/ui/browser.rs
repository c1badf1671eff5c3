//! The few browser facts the app needs: clock, link parameters, local storage,
//! fetching and reading bank files. Everything else is core.

use crate::store::{KeyValueStore, StoreError};
use crate::text::Lang;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A seed for papers nobody shares.
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 ^ now_ms()
}

/// The decoded query parameters of the page's URL, in order.
pub fn query_pairs() -> Vec<(String, String)> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return Vec::new() };
    let mut pairs = Vec::new();
    if let Ok(Some(iterator)) = js_sys::try_iter(&params) {
        for entry in iterator.flatten() {
            let entry: js_sys::Array = entry.unchecked_into();
            pairs.push((entry.get(0).as_string().unwrap_or_default(), entry.get(1).as_string().unwrap_or_default()));
        }
    }
    pairs
}

/// Drops the quiz parameters from the address bar (keeping `lang` and `bank`),
/// so that a reload after a linked quiz shows the home screen instead of
/// starting the same quiz again.
pub fn forget_quiz_parameters() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(search), Ok(path)) = (location.search(), location.pathname()) else { return };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return };
    for name in ["topics", "count", "seed", "mode", "time"] {
        params.delete(name);
    }
    let query = String::from(params.to_string());
    let url = if query.is_empty() { path } else { format!("{path}?{query}") };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

pub fn set_document_language(lang: Lang, title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(title);
    }
}

/// Moves keyboard and screen-reader focus to an element, after it is drawn.
pub fn focus_by_id(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// The browser's local storage, through gloo-storage. Values are kept as the
/// raw JSON text so that an unreadable one can be backed up exactly as it was.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserStore;

impl BrowserStore {
    /// Local storage can be switched off (privacy settings, some kiosks); gloo
    /// would panic then, so check first.
    fn storage() -> Result<web_sys::Storage, StoreError> {
        match web_sys::window().map(|w| w.local_storage()) {
            Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
            _ => Err(StoreError::Unavailable("localStorage is not available".into())),
        }
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Self::storage()?.get_item(key).map_err(|e| StoreError::Unavailable(format!("{e:?}")))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        Self::storage()?.set_item(key, value).map_err(|error| {
            let name = error.dyn_ref::<web_sys::DomException>().map(|e| e.name()).unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                StoreError::QuotaExceeded
            } else {
                StoreError::Unavailable(format!("{error:?}"))
            }
        })
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        Self::storage()?;
        LocalStorage::delete(key);
        Ok(())
    }
}

/// Fetches a bank file's text. Relative URLs resolve against the page, so the
/// app works under any sub-path.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {} {}", response.status(), response.status_text()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// Reads a file the person picked or dropped.
pub async fn read_file(file: web_sys::File) -> Result<String, String> {
    gloo_file::futures::read_as_text(&gloo_file::File::from(file)).await.map_err(|e| e.to_string())
}
