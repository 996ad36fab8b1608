"""`python -m factcheck.cli` runs the command line."""

from factcheck.cli.commands import main

main()
