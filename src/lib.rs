//! Summitry: who meets whom in world politics.
//!
//! Data flows one way: [`corpus`] (read articles) → [`extract`] (officials and meetings) →
//! [`model`] (the dataset the views share) → [`export`] and the [`app`] views.

pub mod assets;
pub mod corpus;
pub mod eval;
pub mod export;
pub mod extract;
pub mod figure;
pub mod graph;
pub mod load;
pub mod model;
pub mod text;

pub mod app;
pub mod cli;

/// The extractor makes a few hundred small allocations per article; mimalloc serves them in far
/// fewer instructions than the system allocator (see the README's speed figures).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
