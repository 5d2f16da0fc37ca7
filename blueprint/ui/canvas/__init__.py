"""The blueprint canvas: the view over a :mod:`blueprint.render.scene`, its gestures, keyboard
capture, in-place editors and edit actions. Import from the modules themselves."""
