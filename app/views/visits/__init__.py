"""The 訪問記録 tab: the outreach visit log, planned visits, the liaison table and the
disaster programme's activities."""
