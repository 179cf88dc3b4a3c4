package main>>
i { mp