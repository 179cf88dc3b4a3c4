package p

type T <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chan <-chn <-chan <-chan <-chan <-chan <-chan <-chan <-chan int
