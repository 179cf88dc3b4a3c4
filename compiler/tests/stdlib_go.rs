//! Standard-library packages written in Go (runtime/go/) offer exactly the
//! API their contract declares (compiler/stdlib/, Go's own signatures):
//! every exported name of the contract exists in the implementation with
//! the same kind and type, and the implementation exports nothing more.

use compiler::check::{check_package, Program};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Exported names of a package file, with their kind and type as the
/// checker spells them (methods of exported types included).
fn exported(src: &str, path: &str) -> BTreeMap<String, String> {
    let mut prog = Program::new();
    let file = prog.add_file(path, Rc::from(src.as_bytes()));
    let ast = grammar::parse_file(src.as_bytes()).file.expect("parses");
    let (pkg, errors) = check_package(&mut prog, file, &ast, path, true);
    assert!(errors.is_empty(), "{path}: {errors:?}");
    let scope = prog.packages[pkg].scope;
    let mut out = BTreeMap::new();
    for (name, &id) in &prog.scopes[scope.0 as usize].names {
        if !name.chars().next().is_some_and(|c| c.is_uppercase()) {
            continue;
        }
        let obj = prog.obj(id);
        let ty = obj
            .ty
            .map(|t| prog.types.display(t, None))
            .unwrap_or_default();
        out.insert(name.to_string(), format!("{:?} {ty}", kind_name(&obj.kind)));
        if let Some(t) = obj.ty {
            if let Some(info) = prog.types.named_info(t) {
                for m in &info.methods {
                    if m.name.chars().next().is_some_and(|c| c.is_uppercase()) {
                        out.insert(
                            format!("{name}.{}", m.name),
                            prog.types.display(m.sig, None),
                        );
                    }
                }
            }
        }
    }
    out
}

fn kind_name(k: &compiler::objects::ObjKind) -> String {
    format!("{k:?}")
        .split(['(', ' ', '{'])
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn context_implements_its_contract_exactly() {
    let contract = exported(include_str!("../stdlib/context.go"), "context");
    let implementation = exported(include_str!("../../runtime/go/context.go"), "context");
    // The comparison sees signatures, not only names.
    assert!(
        contract["WithTimeout"].contains("time.Duration") && contract.len() >= 17,
        "{contract:?}"
    );
    assert_eq!(contract, implementation);
}

#[test]
fn sync_implements_its_contract_exactly() {
    let contract = exported(include_str!("../stdlib/sync.go"), "sync");
    let implementation = exported(include_str!("../../runtime/go/sync.go"), "sync");
    assert!(
        contract.contains_key("Once.Do") && contract.len() >= 30,
        "{contract:?}"
    );
    assert_eq!(contract, implementation);
}

#[test]
fn sort_strings_strconv_and_errors_implement_their_contracts_exactly() {
    for (contract, implementation) in [
        (
            include_str!("../stdlib/sort.go"),
            include_str!("../../runtime/go/sort.go"),
        ),
        (
            include_str!("../stdlib/strings.go"),
            include_str!("../../runtime/go/strings.go"),
        ),
        (
            include_str!("../stdlib/strconv.go"),
            include_str!("../../runtime/go/strconv.go"),
        ),
        (
            include_str!("../stdlib/errors.go"),
            include_str!("../../runtime/go/errors.go"),
        ),
    ] {
        let c = exported(contract, "p");
        assert!(c.len() > 5);
        assert_eq!(c, exported(implementation, "p"));
    }
}
