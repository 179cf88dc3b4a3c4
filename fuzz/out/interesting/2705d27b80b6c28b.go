package p

func f() {
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
defaut:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}

}
