"""`python -m factcheck.cli` runs the command line."""

from factcheck.cli import main

main()
