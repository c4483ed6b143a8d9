"""The administrator's settings: staff, agency directory, code tables, organisation profile."""

from app.views.settings.settings_dialog import PAGE_KEYS, SettingsDialog

__all__ = ["PAGE_KEYS", "SettingsDialog"]
