package main default 

import "fmt"
 default 

import "fmt"
 default 

import "fmt"
 default 

import "fmt"
