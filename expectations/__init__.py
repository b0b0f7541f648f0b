"""Great Expectations suites over the Kabar warehouse, as code, and the runner that stores their results."""
