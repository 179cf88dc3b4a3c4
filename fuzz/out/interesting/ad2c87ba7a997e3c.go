package p
: for != = fallthrough 0x_ ( else if x { &= 'ab' + >= defer import 'a' else = defer . map ( `raw` , % else 'ab' | [N]   == := := if struct interface []int{} break func * ! /= func() {} %= /* c 
 */ /= "\x" func ! ~ goto L == && << ++ map &^= || default: 😀 goto ' return else 