// A tiny Driftwood web server for the online variant of the multi-stage lab.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func greeting(v string) string { return fmt.Sprintf("Driftwood %s\n", v) }

func main() {
	probe := flag.Bool("healthcheck", false, "ask the running server for /healthz and exit 0 if it answers 200")
	flag.Parse()
	if *probe {
		client := http.Client{Timeout: 2 * time.Second}
		resp, err := client.Get("http://127.0.0.1:8080/healthz")
		if err != nil || resp.StatusCode != http.StatusOK {
			os.Exit(1)
		}
		os.Exit(0)
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	http.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, greeting(version)) })
	log.Printf("driftwood %s listening on :8080", version)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
