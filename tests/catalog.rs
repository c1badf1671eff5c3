//! The loaded banks: duplicates refused, organizer banks listed and removable.

mod common;

use quality_quiz::bank::{parse_bank, Origin, ProblemKind};
use quality_quiz::catalog::{Catalog, QuestionKey};

#[test]
fn a_second_bank_with_the_same_id_is_refused_with_a_reason() {
    let mut catalog = Catalog::default();
    let bank = common::bank("campus", "campus", 3).to_string();
    assert_eq!(catalog.add(parse_bank(&bank, "a.json", Origin::Organizer)), Some("campus".to_string()));
    assert_eq!(catalog.add(parse_bank(&bank, "b.json", Origin::Organizer)), None);
    assert_eq!(catalog.banks().count(), 1);
    let refused = catalog.reports_with_problems().next().expect("the refused file is reported");
    assert_eq!(refused.origin_label, "b.json");
    assert_eq!(refused.problems[0].kind, ProblemKind::DuplicateBankId { id: "campus".into() });
}

#[test]
fn organizer_banks_are_listed_and_can_be_removed() {
    let mut catalog = common::three_topics(); // built-in
    let extra = common::bank("district", "district", 2).to_string();
    catalog.add(parse_bank(&extra, "district.json", Origin::Organizer));
    let listed: Vec<&str> = catalog.organizer_banks().map(|b| b.id.as_str()).collect();
    assert_eq!(listed, ["district"], "built-in banks are not organizer banks");
    assert!(catalog.topics().contains(&"district".to_string()));

    catalog.remove("district");
    assert_eq!(catalog.organizer_banks().count(), 0);
    assert!(!catalog.topics().contains(&"district".to_string()));
    assert!(catalog.question(&QuestionKey::new("district", "district-001")).is_none());
    assert_eq!(catalog.banks().count(), 3, "the other banks stay");
}
