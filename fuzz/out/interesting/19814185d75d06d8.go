package px, *p, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r)
	var list *node
	for i := range 3 {
		list = &node{i, list}
	}
	for n := list; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 10
	fmt.Println(x)
	np := new(node)
	np.val = 3
	fmt.Println(*np)
	arr := &[2]string{"a", "b"}
	fmt.Println(arr[1], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ]} len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
,
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
 ], len(arr))
}
