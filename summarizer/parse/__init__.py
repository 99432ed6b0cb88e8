"""Pure text parsers shared by both backends: quantities and deadlines."""
