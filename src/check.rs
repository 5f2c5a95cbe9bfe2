//! Running the rules over a document.
