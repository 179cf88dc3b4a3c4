//! libFuzzer target: `grammar::parse_file` on arbitrary bytes, on a thread
//! with the CLI's 1 GiB stack. A panic, an abort (stack overflow) or a
//! timeout (`-timeout=2`) is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = data.to_vec();
    mutfuzz::on_big_stack(move || {
        let p = grammar::parse_file(&src);
        assert!(p.file.is_some() || !p.errors.is_empty());
    });
});
