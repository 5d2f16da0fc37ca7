"""Analysis of a blueprint: the journey index, the metrics, the layout (no Qt, no graph library)."""
