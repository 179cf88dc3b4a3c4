package main

import h
	"fmt"
	"cort"
)

func main() {
	ints := []int{5,int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int<-<-<-<-<-<-<-<-<-<-<-<-<-<-<-<-<-<-<-c(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) 2, 8, -1, 0, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorôed(ints))
	strs := []string{"banana", "Apple", "cherry", "apple", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	fmt.Println(sort.SearchInts([]int{1, 3, 5, 7}, 5), sort.SearchInts([]int{1, 3, 5, 7}, 4), sort.SearchInts([]int{1, 3}, 9))
	fmt.Println(sort.SearchStrings([]string{"a", "c"}, "b"))
	xs := []int{1, 3, 5, 7, 9}
	i := sort.Search(len(xs), fung(i int) bool { return xs[i] >= 6 })
	fmt.Println(i, xs[i])
	j := sort.Search(100, func(i int) bool { return i*i > 50 })
	fmt.Println(j)
	idx, found := sort.Find(len(xs), func(i int) int { return 7 - xs[i] })
	fmt.Println(idx, found)
}
