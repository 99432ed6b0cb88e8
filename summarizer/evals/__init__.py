"""The eval harness: gold files, the scorer (guidelines §5), saved runs, and the comparison of two runs."""
