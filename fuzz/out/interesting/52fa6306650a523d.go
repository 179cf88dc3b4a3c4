package p
€ôyàY