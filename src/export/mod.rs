//! Exports of a [`Dataset`](crate::model::Dataset) for other tools.

pub mod json;
