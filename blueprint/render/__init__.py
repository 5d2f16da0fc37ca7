"""Drawing a blueprint, on screen and on paper (Qt, no widgets): the styles, the scene and
its items, the picture with its title band and legend, pages and posters, and the SVG, PNG
and PDF writers. The canvas (``blueprint.ui.canvas``) builds on it; the CLI's export and
report use it without the user interface."""
