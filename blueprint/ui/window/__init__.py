"""The main window and what hangs from it: menus, file and export actions, help, the
welcome page, presentation mode, the live check and live sessions."""
