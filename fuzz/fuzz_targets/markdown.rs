//! The Markdown renderer with its sanitizer: any body renders, and ammonia, sanitizing
//! the output, changes nothing.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(problem) = cairn::fuzzing::markdown(data) {
        panic!("{problem}");
    }
});
