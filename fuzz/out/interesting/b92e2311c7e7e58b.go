package main

import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"
import "fmt"

func main() {
	defer func() {
		
		m[1] = 1
	}(go func() {
go func() {
go func(mt.Err) {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func>=) {
go func() {
go func() {
go func(