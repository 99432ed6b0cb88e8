"""The local viewer: a web page on 127.0.0.1 over a run, a database or an eval run, with filters, the
articles highlighted, an eval run's errors and the changes from a base run."""
