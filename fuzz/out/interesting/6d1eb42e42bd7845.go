package main

import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import 
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Workers loop until the context is cancelled; every one of them stops.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var stopped } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }interface{ m() interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m interface{ m() interface{ m() interface{ m() interface{ m() interface{ m() interface{ m() interface{ m