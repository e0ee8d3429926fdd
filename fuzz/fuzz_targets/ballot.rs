//! The ballot parser: any bytes, read as a TOML or YAML ballot, give a ballot that reads
//! back the same from the file cairn would write for it, or diagnostics; never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(problem) = cairn::fuzzing::ballot(data) {
        panic!("{problem}");
    }
});
