//! Saved data: a small key–value trait (local storage in the browser, memory in
//! tests) and the rules for versioned, namespaced keys.
//!
//! A saved value is never simply dropped: one that cannot be read is moved
//! aside under a backup key and the person is told; a full quota is reported,
//! not fatal.

use crate::text::Lang;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Every key this app writes starts with this, so it never collides with other
/// apps on the same origin (kiosk hosts often serve several).
pub const NAMESPACE: &str = "quality-quiz";

/// Where one kind of data is kept, and the schema version of its current shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub name: &'static str,
    pub version: u32,
}

impl Slot {
    /// E.g. `quality-quiz/v1/progress`.
    pub fn key(&self) -> String {
        self.key_at(self.version)
    }

    fn key_at(&self, version: u32) -> String {
        format!("{NAMESPACE}/v{version}/{}", self.name)
    }
}

/// Per-question statistics and the history of finished attempts.
pub const PROGRESS: Slot = Slot { name: "progress", version: 1 };
/// The attempt in progress, so a reload resumes it.
pub const ATTEMPT: Slot = Slot { name: "attempt", version: 1 };
/// Organizers' bank files picked or dropped on this device.
pub const BANK_FILES: Slot = Slot { name: "bank-files", version: 1 };
/// The chosen language.
pub const SETTINGS: Slot = Slot { name: "settings", version: 1 };

/// Preferences remembered between visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Lang,
}

/// Upgrades a slot's saved value from one schema version to the next. A later
/// release adds entries here when it changes a saved shape.
#[derive(Clone, Copy)]
pub struct Migration {
    pub slot: &'static str,
    pub from_version: u32,
    pub upgrade: fn(Value) -> Result<Value, String>,
}

/// The migrations of this release (none yet: every slot is at version 1).
pub const MIGRATIONS: &[Migration] = &[];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage quota is full.
    QuotaExceeded,
    /// Storage is switched off or unreadable (private mode, policy).
    Unavailable(String),
}

/// The browser's local storage, or a map in tests.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
}

/// An in-memory store with an optional quota, for tests and for browsers
/// where local storage is unavailable.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub entries: BTreeMap<String, String>,
    /// Total bytes of keys and values allowed; `None` is unlimited.
    pub quota_bytes: Option<usize>,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota_bytes {
            let others: usize =
                self.entries.iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| k.len() + v.len()).sum();
            if others + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.entries.remove(key);
        Ok(())
    }
}

/// Something about saved data the person should know. Each has a message in
/// the locale files (`storage.*`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StorageNotice {
    /// A value could not be read; it was kept under `backup_key` and the app
    /// started fresh for that slot.
    MovedAside { key: String, backup_key: String },
    /// A value could not be read and could not be backed up either; it was left
    /// in place and nothing will be saved over it this session.
    LeftInPlace { key: String },
    /// The storage quota is full: the latest change was not saved.
    QuotaExceeded { key: String },
    /// Local storage cannot be used at all; nothing will be remembered.
    Unavailable,
}

/// The app's saved data: versioned slots over a [`KeyValueStore`], collecting
/// the notices the person should see.
pub struct SavedData<S: KeyValueStore> {
    store: S,
    migrations: &'static [Migration],
    /// Keys whose unreadable value could not be backed up: never overwritten.
    protected: BTreeSet<String>,
    pub notices: Vec<StorageNotice>,
}

impl<S: KeyValueStore> SavedData<S> {
    pub fn new(store: S) -> Self {
        Self::with_migrations(store, MIGRATIONS)
    }

    pub fn with_migrations(store: S, migrations: &'static [Migration]) -> Self {
        SavedData { store, migrations, protected: BTreeSet::new(), notices: Vec::new() }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Reads a slot, upgrading an older version's value if that is all there is.
    /// Anything unreadable is moved aside and the default is returned.
    pub fn load<T: DeserializeOwned + Default + Serialize>(&mut self, slot: Slot, now_ms: u64) -> T {
        let key = slot.key();
        match self.store.get(&key) {
            Err(_) => {
                self.notify(StorageNotice::Unavailable);
                return T::default();
            }
            Ok(Some(raw)) => {
                return match serde_json::from_str::<T>(&raw) {
                    Ok(value) => value,
                    Err(_) => {
                        self.move_aside(&key, &raw, now_ms);
                        T::default()
                    }
                };
            }
            Ok(None) => {}
        }
        for version in (1..slot.version).rev() {
            let old_key = slot.key_at(version);
            let Ok(Some(raw)) = self.store.get(&old_key) else { continue };
            match self.upgrade(slot, version, &raw).and_then(|v| serde_json::from_value::<T>(v).map_err(|e| e.to_string())) {
                Ok(value) => {
                    if self.save(slot, &value) {
                        let _ = self.store.remove(&old_key);
                    }
                    return value;
                }
                Err(_) => {
                    self.move_aside(&old_key, &raw, now_ms);
                    return T::default();
                }
            }
        }
        T::default()
    }

    fn upgrade(&self, slot: Slot, from: u32, raw: &str) -> Result<Value, String> {
        let mut value: Value = serde_json::from_str(raw).map_err(|e| e.to_string())?;
        for version in from..slot.version {
            let step = self
                .migrations
                .iter()
                .find(|m| m.slot == slot.name && m.from_version == version)
                .ok_or_else(|| format!("no migration for {} from v{version}", slot.name))?;
            value = (step.upgrade)(value)?;
        }
        Ok(value)
    }

    /// Saves a slot. Returns false (and records a notice) when it could not.
    pub fn save<T: Serialize>(&mut self, slot: Slot, value: &T) -> bool {
        let key = slot.key();
        if self.protected.contains(&key) {
            return false;
        }
        let Ok(json) = serde_json::to_string(value) else { return false };
        match self.store.set(&key, &json) {
            Ok(()) => true,
            Err(StoreError::QuotaExceeded) => {
                self.notify(StorageNotice::QuotaExceeded { key });
                false
            }
            Err(StoreError::Unavailable(_)) => {
                self.notify(StorageNotice::Unavailable);
                false
            }
        }
    }

    /// Removes a slot's value (used for "reset my progress" and a finished attempt).
    pub fn clear(&mut self, slot: Slot) {
        let key = slot.key();
        if !self.protected.contains(&key) {
            let _ = self.store.remove(&key);
        }
    }

    fn move_aside(&mut self, key: &str, raw: &str, now_ms: u64) {
        let backup_key = format!("{NAMESPACE}/backup/{now_ms}/{key}");
        if self.store.set(&backup_key, raw).is_ok() {
            let _ = self.store.remove(key);
            self.notify(StorageNotice::MovedAside { key: key.to_string(), backup_key });
        } else {
            self.protected.insert(key.to_string());
            self.notify(StorageNotice::LeftInPlace { key: key.to_string() });
        }
    }

    fn notify(&mut self, notice: StorageNotice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }
}
