"""The offline rule-based backend: targets, priorities, tense and headlines found by rules, no LLM."""
