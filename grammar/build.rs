fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .process_file("src/go.lalrpop")
        .unwrap();
    println!("cargo:rerun-if-changed=src/go.lalrpop");
}
