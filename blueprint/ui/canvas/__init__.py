"""The blueprint canvas: scene (an adapter over the Document), view, gestures and edit actions."""

from blueprint.ui.canvas.actions import EditActions
from blueprint.ui.canvas.scene import BlueprintScene
from blueprint.ui.canvas.view import BlueprintView

__all__ = ["BlueprintScene", "BlueprintView", "EditActions"]
