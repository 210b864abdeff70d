//! The guide's judgement calls made into tools: reviewing the assistant's
//! plan before approving it.

pub mod decide;
pub mod incident;
pub mod learn;
pub mod plan;
pub mod recovery;
