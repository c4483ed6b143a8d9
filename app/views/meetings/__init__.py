"""The 会議予定 tab: month calendar, meeting list, recurring meetings, case reviews, trainings."""
