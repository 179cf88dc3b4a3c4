packagefunc() { _ 1  = func() { _ = n

import "fmt"
func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ = func() { _ =  