package main

// What minigo offers of each standard package. A name is a package-level
// function, type, constant or variable ("Println"), or a method ("Time.Sub").
// A kept type brings all its methods unless some "Type.Method" of it is
// listed, in which case only those. With All, every exported name is kept
// except those in Skip. Names of Go's package that are not kept are listed,
// with the reason from Skip or the default one, at the top of the file.

type Spec struct {
	Path string            // Go import path
	File string            // output file name, in compiler/stdlib
	All  bool              // keep every exported name but Skip's
	Keep []string          // the names kept, when not All
	Skip map[string]string // name -> why it is left out (a default reason otherwise)
	// Declarations written by hand, for names whose Go definition refers to
	// a package minigo does not offer: name -> Go source (doc comment included).
	Override map[string]string
	// One-line doc comments given here, where Go's first sentence is cut
	// short by a code block or is missing: name -> text.
	Docs map[string]string
	// Reasons for skipped names whose Go type (or receiver) mentions the key.
	SkipTypes map[string]string
}

const notListed = "outside the coverage chosen for minigo; add on demand"

var iterSeq = "returns an iter.Seq, and minigo has no package iter yet"
var unsafePointer = "takes an unsafe.Pointer, and minigo has no package unsafe"
var unicodeTables = "a Unicode table, or uses one: minigo's unicode offers the Is*/To* predicates, not Go's tables"
var specialCase = "takes a unicode.SpecialCase, and minigo's unicode has no case tables"

var specs = []Spec{
	{Path: "io", File: "io.go", Keep: []string{
		"Writer", "Reader", "StringWriter", "ByteWriter", "EOF", "Discard", "WriteString", "ReadAll",
	}},
	{Path: "fmt", File: "fmt.go", Keep: []string{
		"Print", "Println", "Printf", "Sprint", "Sprintln", "Sprintf", "Errorf",
		"Fprint", "Fprintln", "Fprintf", "Sscan", "Sscanf", "Sscanln",
		"Stringer", "GoStringer",
	}, Skip: map[string]string{
		"Formatter":    "custom formatting through State is not offered",
		"State":        "custom formatting through State is not offered",
		"FormatString": "custom formatting through State is not offered",
		"Scan":         "of the scanning functions only Sscan, Sscanf and Sscanln are offered",
		"Scanf":        "of the scanning functions only Sscan, Sscanf and Sscanln are offered",
		"Scanln":       "of the scanning functions only Sscan, Sscanf and Sscanln are offered",
		"Fscan":        "of the scanning functions only Sscan, Sscanf and Sscanln are offered",
		"Fscanf":       "of the scanning functions only Sscan, Sscanf and Sscanln are offered",
		"Fscanln":      "of the scanning functions only Sscan, Sscanf and Sscanln are offered",
		"ScanState":    "of the scanning functions only Sscan, Sscanf and Sscanln are offered",
		"Scanner":      "of the scanning functions only Sscan, Sscanf and Sscanln are offered",
	}},
	{Path: "log", File: "log.go", Keep: []string{
		"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln",
		"SetFlags", "Flags", "SetPrefix", "Prefix", "SetOutput",
		"Ldate", "Ltime", "Lmicroseconds", "Llongfile", "Lshortfile", "LUTC", "Lmsgprefix", "LstdFlags",
		"New", "Logger",
	}},
	{Path: "time", File: "time.go", Keep: []string{
		"Duration", "Nanosecond", "Microsecond", "Millisecond", "Second", "Minute", "Hour",
		"Sleep", "Now", "Since", "Until", "After", "AfterFunc", "Tick", "NewTimer", "NewTicker",
		"Timer", "Ticker",
		"Time", "Time.Sub", "Time.Add", "Time.Before", "Time.After", "Time.Equal", "Time.IsZero",
		"Time.Unix", "Time.UnixNano", "Time.UnixMilli", "Time.Format", "Time.String",
		"Time.Year", "Time.Month", "Time.Day", "Time.Hour", "Time.Minute", "Time.Second",
		"Time.Nanosecond", "Time.Weekday", "Time.YearDay",
		"Month", "January", "Weekday", "Sunday",
		"Unix", "UnixMilli", "Date", "ParseDuration",
		"Layout", // the whole layout group: ANSIC ... RFC3339 ... Kitchen ... DateTime, DateOnly, TimeOnly
		"Location", "UTC", "Local",
	}, Docs: map[string]string{
		"Date":        "Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in the appropriate zone for that time in the given location.",
		"Time.String": `String returns the time formatted using the format string "2006-01-02 15:04:05.999999999 -0700 MST".`,
		"January":     "The months of the year (Go's source gives them no doc comment).",
		"Sunday":      "The days of the week (Go's source gives them no doc comment).",
	}},
	{Path: "context", File: "context.go", All: true},
	{Path: "errors", File: "errors.go", All: true},
	{Path: "runtime", File: "runtime.go", Keep: []string{
		"NumGoroutine", "Gosched", "GOMAXPROCS", "NumCPU", "GC", "Goexit", "GOOS", "GOARCH",
		"Version", "MemStats", "ReadMemStats", "KeepAlive", "Error",
		"PanicNilError", "PanicNilError.Error", "PanicNilError.RuntimeError",
	}, Skip: map[string]string{
		"Caller":  "minigo has no program counters or runtime.Func",
		"Callers": "minigo has no program counters or runtime.Func",
		"Stack":   "goroutine stack dumps are minigo's own (see the leak reports), not Go's format",
	}, Docs: map[string]string{
		// Go: const GOOS string = goos.GOOS (internal/goos); the value below is Go's for linux/amd64.
		"GOARCH": `GOARCH is the running program's architecture target; the value is Go's for amd64, and minigo's checker gives the host's.`,
		"GOOS":   `GOOS is the running program's operating system target; the value is Go's for linux, and minigo's checker gives the host's.`,
	}},
	{Path: "sync", File: "sync.go", All: true},
	{Path: "sync/atomic", File: "sync_atomic.go", All: true, Skip: map[string]string{
		"LoadPointer":           unsafePointer,
		"StorePointer":          unsafePointer,
		"SwapPointer":           unsafePointer,
		"CompareAndSwapPointer": unsafePointer,
	}},
	{Path: "strings", File: "strings.go", All: true, Skip: map[string]string{
		"Lines":          iterSeq,
		"SplitSeq":       iterSeq,
		"SplitAfterSeq":  iterSeq,
		"FieldsSeq":      iterSeq,
		"FieldsFuncSeq":  iterSeq,
		"ToUpperSpecial": specialCase,
		"ToLowerSpecial": specialCase,
		"ToTitleSpecial": specialCase,
	}},
	{Path: "strconv", File: "strconv.go", Keep: []string{
		"Itoa", "Atoi", "ParseInt", "ParseUint", "ParseFloat", "ParseBool",
		"FormatInt", "FormatUint", "FormatFloat", "FormatBool",
		"Quote", "QuoteRune", "QuoteToASCII", "Unquote", "UnquoteChar",
		"AppendInt", "AppendQuote", "AppendFloat", "AppendBool", "AppendUint",
		"QuoteRuneToASCII", "QuoteToGraphic", "QuoteRuneToGraphic", "CanBackquote", "IsPrint",
		"NumError", "ErrRange", "ErrSyntax", "IntSize",
	}, Override: map[string]string{
		// Go: const IntSize = strconv.IntSize, naming internal/strconv's, which is
		// intSize = 32 << (^uint(0) >> 63).
		"IntSize": "// IntSize is the size in bits of an int or uint value.\n" +
			"// Go defines it in internal/strconv, as intSize = 32 << (^uint(0) >> 63).\n" +
			"const IntSize = 32 << (^uint(0) >> 63)",
	}},
	{Path: "math", File: "math.go", All: true},
	{Path: "sort", File: "sort.go", Keep: []string{
		"Ints", "Strings", "Float64s", "Slice", "SliceStable", "SliceIsSorted",
		"Search", "SearchInts", "SearchStrings", "Sort", "Stable", "IsSorted", "Reverse",
		"Interface", "IntSlice", "StringSlice", "Float64Slice",
		"IntsAreSorted", "StringsAreSorted", "Float64sAreSorted", "Find",
	}},
	{Path: "os", File: "os.go", Keep: []string{
		"Args", "Exit", "Getenv", "LookupEnv", "Setenv", "Environ",
		"Stdin", "Stdout", "Stderr",
		"File", "File.Write", "File.WriteString", "File.Read", "File.Close", "File.Name",
		"ReadFile", "WriteFile", "FileMode", "Getpid", "Hostname", "ErrNotExist",
	}, Override: map[string]string{
		// Go: type FileMode = fs.FileMode, and in io/fs: type FileMode uint32.
		"FileMode": "// A FileMode represents a file's mode and permission bits.\n" +
			"// Go declares it as an alias of io/fs.FileMode (type FileMode uint32); minigo has\n" +
			"// no io/fs, so it is declared here with fs.FileMode's definition and no methods.\n" +
			"type FileMode uint32",
	}},
	{Path: "bufio", File: "bufio.go", Keep: []string{
		"Scanner", "NewScanner", "Scanner.Scan", "Scanner.Text", "Scanner.Bytes", "Scanner.Err",
		"Scanner.Buffer", "Scanner.Split",
		"SplitFunc", "ScanLines", "ScanWords", "ScanRunes", "ScanBytes", "MaxScanTokenSize",
		"Reader", "NewReader", "NewReaderSize", "Reader.ReadString", "Reader.ReadLine",
		"Reader.ReadRune", "Reader.ReadByte", "Reader.ReadBytes",
		"Reader.Read", // so that *bufio.Reader is an io.Reader, as in Go
		"Writer", "NewWriter", "Writer.WriteString", "Writer.WriteByte", "Writer.WriteRune",
		"Writer.Write", "Writer.Flush", "Writer.Buffered", "Writer.Available", "Writer.Size",
	}},
	{Path: "unicode/utf8", File: "unicode_utf8.go", All: true},
	{Path: "unicode", File: "unicode.go", Keep: []string{
		"IsLetter", "IsDigit", "IsNumber", "IsSpace", "IsUpper", "IsLower", "IsPunct",
		"IsControl", "IsPrint", "IsGraphic", "IsMark", "IsSymbol", "ToUpper", "ToLower", "ToTitle",
		"MaxRune", "ReplacementChar", "MaxASCII", "MaxLatin1",
	}, SkipTypes: map[string]string{
		"RangeTable":  unicodeTables,
		"CaseRange":   unicodeTables,
		"SpecialCase": unicodeTables,
		"Range16":     unicodeTables,
		"Range32":     unicodeTables,
	}, Docs: map[string]string{
		"MaxRune": "Bounds of the Unicode code points, and the replacement character (Go gives each a line comment only).",
		"IsSpace": `IsSpace reports whether the rune is a space character as defined by Unicode's White Space property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).`,
	}},
}
