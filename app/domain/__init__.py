"""Pure rules and arithmetic. Imports nothing outside the standard library."""
