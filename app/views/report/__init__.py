"""The 報告書 tab: the annual report of a fiscal year (figures, drill-down, checks, PDF,
.xlsx tables) and what staff write and set for it."""
