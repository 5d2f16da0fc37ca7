"""As-is against to-be in the program: the comparison window, its marks, picture and actions."""
