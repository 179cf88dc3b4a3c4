package p
default: 