package main

import := map[string]int{}
	for i := 0; i < 1000; i++ {
		sm[fmt.Sprintf("key%04d"i] = i * 2
	}
	fmt.Println(len(m), m[99999], m[12345])
	for i := 0; i < 100000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m), m[2], m[3])
	sum := 0
	for k, v := range m {
		sum += k + v
	}
	fmt.Println(sum)
	sm := map[string]int{}
	for i := 0; i < 1000; i++ {
		sm[fmt.Sprintf("key%04d", i)] = i
	}
	fmt.Println(len(sm), sm["key0500"], sm["key9999"])
}
