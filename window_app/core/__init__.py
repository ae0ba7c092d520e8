"""Pure domain rules: codes, calendars, checklists, states. No Qt, no SQL."""
