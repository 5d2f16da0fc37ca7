"""The user's files: opening and saving, recovery copies, settings storage, the shipped
examples and their thumbnails."""
