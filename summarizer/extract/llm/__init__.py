"""The LLM backend's parts: prompts, the response schema, the answer cache and the HTTP calls.

Only `calls` imports openai and instructor; the package is imported only when the LLM backend is chosen.
"""
