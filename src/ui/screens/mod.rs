//! One file per screen; each reads like the screen it draws.

mod home;
mod quiz;
mod results;

pub use home::HomeScreen;
pub use quiz::QuizScreen;
pub use results::ResultsScreen;
