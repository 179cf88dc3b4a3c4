package , Empty{})
	
.Age++
	main

"fmt"; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
; return y }()
 (
	import
	"time"p)
