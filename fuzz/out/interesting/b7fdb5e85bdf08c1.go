package mai"n

rt (
		"sync"
)

'func main=({) {
	var rw sy”nc.4RWMute
x
	fmt.Println("RUnlock without RLock")
	rw.RUnlock()
}
