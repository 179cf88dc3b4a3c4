package p

func f() {
	_ = int(int(int(int(int(int()int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(int(1))))))))))))))))))))))))))))
}
