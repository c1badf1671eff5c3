//! Building a paper: which questions, in which order, with which option order.
//!
//! A contest gives every participant the same seed, so the same seed and the
//! same banks must give exactly the same paper on every device and in every
//! release. That is why the random generator and the shuffle are written out
//! here instead of borrowed from a crate whose algorithm may change.

use crate::bank::{Bank, QuestionType};
use crate::catalog::{Catalog, QuestionKey};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the person asked for. Empty filters mean "everything".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaperSpec {
    pub topics: Vec<String>,
    pub types: Vec<QuestionType>,
    pub difficulties: Vec<u8>,
    pub count: usize,
    pub seed: u64,
}

/// One question of a paper, with its options in the order they are shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperItem {
    pub key: QuestionKey,
    pub topic: String,
    pub option_order: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paper {
    pub seed: u64,
    pub items: Vec<PaperItem>,
    /// How many questions matched the filters (may be fewer than asked for).
    pub pool_size: usize,
}

/// How often each question was seen, so practice can prefer fresh questions.
/// Contest papers pass `None`: everyone must get the same paper.
pub type Familiarity<'a> = Option<&'a dyn Fn(&QuestionKey) -> u32>;

/// Builds a paper. Topics get an equal share where the pool allows; within a
/// topic the least-seen questions come first (ties broken by the seed).
pub fn build_paper(catalog: &Catalog, spec: &PaperSpec, familiarity: Familiarity) -> Paper {
    let mut rng = SplitMix64::new(spec.seed);
    // Group the matching questions by topic, in a canonical order that does not
    // depend on the order the banks were loaded in.
    let mut by_topic: BTreeMap<&str, Vec<(QuestionKey, &[crate::bank::AnswerOption])>> = BTreeMap::new();
    let mut banks: Vec<&Bank> = catalog.banks().collect();
    banks.sort_by(|a, b| a.id.cmp(&b.id));
    for bank in banks {
        if !spec.topics.is_empty() && !spec.topics.contains(&bank.topic) {
            continue;
        }
        let mut questions: Vec<_> = bank
            .questions
            .iter()
            .filter(|q| spec.types.is_empty() || spec.types.contains(&q.kind))
            .filter(|q| spec.difficulties.is_empty() || spec.difficulties.contains(&q.difficulty))
            .collect();
        questions.sort_by(|a, b| a.id.cmp(&b.id));
        by_topic
            .entry(bank.topic.as_str())
            .or_default()
            .extend(questions.into_iter().map(|q| (QuestionKey::new(&bank.id, &q.id), q.options.as_slice())));
    }
    let pool_size = by_topic.values().map(Vec::len).sum();

    // Shuffle each topic, then bring the least-seen to the front (stable sort
    // keeps the shuffled order among equals).
    let mut queues: Vec<(&str, Vec<_>)> = by_topic.into_iter().collect();
    for (_, questions) in &mut queues {
        rng.shuffle(questions);
        if let Some(seen) = familiarity {
            questions.sort_by_key(|(key, _)| seen(key));
        }
        questions.reverse(); // pop() takes from the front
    }
    // Deal round-robin across topics so each gets an equal share.
    let mut chosen = Vec::new();
    while chosen.len() < spec.count && queues.iter().any(|(_, q)| !q.is_empty()) {
        for (topic, questions) in &mut queues {
            if chosen.len() == spec.count {
                break;
            }
            if let Some((key, options)) = questions.pop() {
                chosen.push((topic.to_string(), key, options));
            }
        }
    }
    rng.shuffle(&mut chosen);
    let items = chosen
        .into_iter()
        .map(|(topic, key, options)| {
            let mut option_order: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
            rng.shuffle(&mut option_order);
            PaperItem { key, topic, option_order }
        })
        .collect();
    Paper { seed: spec.seed, items, pool_size }
}

/// Turns what people type as a seed (`2026-09-contest`, `42`) into a number,
/// with FNV-1a so every platform agrees.
pub fn seed_from_text(text: &str) -> u64 {
    text.trim().bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// SplitMix64: small, fast, and fully specified, so papers never change
/// between releases.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform number below `bound`, without modulo bias.
    pub fn below(&mut self, bound: u64) -> u64 {
        let zone = u64::MAX - (u64::MAX % bound);
        loop {
            let x = self.next_u64();
            if x < zone {
                return x % bound;
            }
        }
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}
