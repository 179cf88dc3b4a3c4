//! libFuzzer target: the fuzzer's bytes pick a seed program (examples/,
//! tests/check/, tests/run/, tests/goroutines/, compiled in) and drive the
//! structured mutations of `mutfuzz` (token deletion and duplication,
//! splicing two files, deep nesting of parens, brackets, braces, unary
//! operators, else-if and selector chains, ... up to 100 000 levels), then
//! parse the result on a 1 GiB-stack thread.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn seeds() -> &'static Vec<Vec<u8>> {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let s: Vec<Vec<u8>> = mutfuzz::load_corpus(&mutfuzz::default_seed_dirs(&repo))
            .into_iter()
            .map(|(_, b)| b)
            .collect();
        assert!(!s.is_empty(), "no seed programs found");
        s
    })
}

fuzz_target!(|data: &[u8]| {
    // Under ASan a 100 000-level input costs seconds; the stable fuzzer
    // (mutfuzz) covers the deepest ones.
    mutfuzz::set_max_depth(20_000);
    let seeds = seeds();
    let mut rng = mutfuzz::Rng::from_bytes(data);
    let input = if rng.one_in(8) {
        mutfuzz::generate(&mut rng)
    } else {
        let a = &seeds[rng.below(seeds.len())];
        let b = &seeds[rng.below(seeds.len())];
        mutfuzz::mutate(a, b, &mut rng, 100_000)
    };
    mutfuzz::on_big_stack(move || {
        let p = grammar::parse_file(&input);
        assert!(p.file.is_some() || !p.errors.is_empty());
    });
});
