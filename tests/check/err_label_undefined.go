package main

func main() {
	goto missing
	for {
		break nowhere
	}
}
