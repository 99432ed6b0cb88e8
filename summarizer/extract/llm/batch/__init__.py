"""The Batch API mode of the LLM backend: a job of requests, the batch client, and collecting the answers."""
