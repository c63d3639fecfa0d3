//! The three pages, one folder each: compare (the default), decide and catalog.

pub mod catalog;
pub mod compare;
pub mod decide;
