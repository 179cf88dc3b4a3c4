packamportime & "
)