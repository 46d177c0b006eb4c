module example.com/driftwood/web

go 1.23
