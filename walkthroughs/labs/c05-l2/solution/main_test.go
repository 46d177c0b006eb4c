package main

import "testing"

func TestGreetingNamesTheVersion(t *testing.T) {
	if got := greeting("2.0.0"); got != "Driftwood 2.0.0\n" {
		t.Fatalf("greeting(2.0.0) = %q", got)
	}
}
