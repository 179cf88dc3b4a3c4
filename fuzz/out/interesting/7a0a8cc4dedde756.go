package 

import package main

import "fmt"

const c int8 = 127
 int8 = 127
 int8 = 127
 int8 = 127
const d[]any{[]any{[]any