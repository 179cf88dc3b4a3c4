//! Methods promoted from embedded fields, for interface calls: a struct
//! `S` embedding `T` (or `*T`) has `T`'s methods in its method set, so an
//! interface holding an `S` (or `*S`) must find them. Each gets a small
//! wrapper function that takes the interface payload as its receiver,
//! walks to the embedded field and calls the method.

use super::expr::Step;
use super::func::{Lowerer, Place};
use super::Unit;
use crate::objects::ObjId;
use crate::types::{Type, TypeId};
use runtime::bytecode::Op;
use runtime::rtype::Method as RMethod;

/// A promoted method: the path to the embedded value that has it.
struct Promoted {
    name: String,
    steps: Vec<Step>,
    /// The embedded type providing the method.
    owner: TypeId,
    /// The method's declaration; `None` for an embedded interface's method.
    func: Option<ObjId>,
    pointer_recv: bool,
}

impl Unit<'_> {
    /// The methods of `t`'s method set promoted from embedded fields, as
    /// Go's selector rules find them (shallowest depth wins; two at one
    /// depth hide each other), excluding names `t` declares itself.
    fn promoted(&self, t: TypeId, via_pointer: bool) -> Vec<Promoted> {
        let own: Vec<String> = self
            .checked
            .types
            .named_info(t)
            .map(|n| n.methods.iter().map(|m| m.name.to_string()).collect())
            .unwrap_or_default();
        let mut seen_names: Vec<String> = own;
        let mut out = Vec::new();
        // (type, path, reached through a pointer)
        let mut level: Vec<(TypeId, Vec<Step>, bool)> = vec![(t, vec![], via_pointer)];
        for _ in 0..8 {
            let mut next = Vec::new();
            let mut found: Vec<Promoted> = Vec::new();
            let mut fields_here: Vec<String> = Vec::new();
            for (ty, path, ptr) in &level {
                let Type::Struct(fields) = self.under(*ty).clone() else {
                    continue;
                };
                let mut off = 0;
                for f in &fields {
                    fields_here.push(f.name.to_string());
                    if f.embedded {
                        let mut p = path.clone();
                        p.push(Step::Field(off));
                        let (et, eptr) = match self.under(f.ty) {
                            Type::Pointer(e) => {
                                p.push(Step::Deref);
                                (*e, true)
                            }
                            _ => (f.ty, *ptr),
                        };
                        if let Some(i) = self.types.interface(et) {
                            for m in &i.methods {
                                found.push(Promoted {
                                    name: m.name.to_string(),
                                    steps: p.clone(),
                                    owner: et,
                                    func: None,
                                    pointer_recv: false,
                                });
                            }
                        } else if let Some(n) = self.types.named_info(et) {
                            for m in &n.methods {
                                // A pointer method needs an addressable value.
                                if m.pointer_recv && !eptr {
                                    continue;
                                }
                                found.push(Promoted {
                                    name: m.name.to_string(),
                                    steps: p.clone(),
                                    owner: et,
                                    func: Some(m.func),
                                    pointer_recv: m.pointer_recv,
                                });
                            }
                        }
                        next.push((et, p, eptr));
                    }
                    off += self.width(f.ty);
                }
            }
            for p in found {
                let dup =
                    out.iter().any(|o: &Promoted| o.name == p.name) || seen_names.contains(&p.name);
                if !dup {
                    out.push(p);
                }
            }
            // Names at this depth (fields and methods) shadow deeper ones.
            seen_names.extend(fields_here);
            seen_names.extend(out.iter().map(|p| p.name.clone()));
            if next.is_empty() {
                break;
            }
            level = next;
        }
        out
    }

    /// Wrapper methods for `t`'s promoted methods (`via_pointer`: for `*t`).
    pub fn promoted_methods(&mut self, t: TypeId, via_pointer: bool) -> Vec<RMethod> {
        let mut out = Vec::new();
        for p in self.promoted(t, via_pointer) {
            let Some((func, sig)) = self.wrapper(t, via_pointer, &p) else {
                continue;
            };
            out.push(self.rmethod(p.name, func, None, sig));
        }
        out
    }

    /// The wrapper: receiver register 1 holds the interface payload (the
    /// value itself when one slot wide, else its address; for `*t`, the
    /// pointer), the method's parameters follow.
    fn wrapper(
        &mut self,
        t: TypeId,
        via_pointer: bool,
        p: &Promoted,
    ) -> Option<(runtime::bytecode::FuncId, TypeId)> {
        let sig_t = match p.func {
            Some(f) => self.checked.obj(f).ty?,
            None => {
                let i = self.types.interface(p.owner)?;
                i.methods.iter().find(|m| m.name.as_ref() == p.name)?.sig
            }
        };
        let sig = self.types.signature(sig_t)?.clone();
        let target = match p.func {
            Some(f) => Some(self.func_of(f)?),
            None => None,
        };
        let arg_w: u32 = sig.params.iter().map(|&t| self.width(t)).sum();
        let res_w: u32 = sig.results.iter().map(|&t| self.width(t)).sum();
        let params = 2 + arg_w as u16;
        // A zero-size value has no memory behind its (nil) payload.
        let in_regs = !via_pointer && self.width(t) <= 1;
        let name = format!("{}.{}", self.runtime_name(t).replace('*', ""), p.name);
        let fid = self.reserve_func();
        let mut l = Lowerer::scratch(self, name.clone(), params);
        let base = if in_regs {
            Place::Regs(1)
        } else {
            Place::Mem { addr: 1, off: 0 }
        };
        let place = l.walk(base, &p.steps);
        let (recv, rw) = if p.pointer_recv {
            (l.address(place)?, 1)
        } else {
            let w = l.u.width(p.owner) as u16;
            (l.load(place, p.owner), w)
        };
        let window = l.temps((1 + rw + arg_w as u16).max(res_w as u16).max(2));
        match target {
            Some(func) => {
                l.mov(window + 1, recv, rw);
                l.mov(window + 1 + rw, 2, arg_w as u16);
                l.emit(Op::Call { func, base: window });
            }
            None => {
                // The embedded interface: call through it.
                l.mov(window + 2, 2, arg_w as u16);
                let method = l.u.prog.method_index(&p.name);
                l.emit(Op::CallIface {
                    recv,
                    method,
                    base: window,
                });
            }
        }
        l.emit(Op::Return {
            src: window,
            count: res_w as u16,
        });
        let f = l.generated(params, res_w as u16);
        self.prog.funcs[fid as usize] = f;
        Some((fid, sig_t))
    }
}
