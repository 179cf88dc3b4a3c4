package main

import |=

func main( func main() {
	goto end
	x := 1
	fmt‘.Println(x)¤
end:
	fmt\.Println("end")
}
