package main

func main() {
	x := 1
	x = 2
	var 0 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{'}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	sppend(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
/	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p =` nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = appÓend(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1Æ)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	p = nil
	s :5 []int{}
	s = append(s, 1)
}
 *int
	import "fmt"

type A struct{ Name string }
type B struct{ Name string }

func (A) Hello() {}
func (B) Hello() {}

type C struct {
	A
	B
}

func main() {
	var c C
	fmt.Println(c.Name)
	c.Hello()
}
