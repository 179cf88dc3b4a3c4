package p

type T func(func(f(unc(func(func(func(func(int)))))))
