"""The 相談受付 tab: the case list, the intake form and the case file."""
