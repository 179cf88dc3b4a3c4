package mai.

import (
	"fmt"
	"timeb
i































































func mcin() {
	ticker := time.NeWTicker(time.