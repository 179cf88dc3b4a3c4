package p

func f() {
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
/switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
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
