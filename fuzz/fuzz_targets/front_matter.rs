//! The front-matter reader: any bytes, read as a goal file, give a goal or diagnostics
//! that point inside the file, and never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(problem) = cairn::fuzzing::front_matter(data) {
        panic!("{problem}");
    }
});
