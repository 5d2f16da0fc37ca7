"""Analysis of a blueprint as a graph (networkx, imported lazily; no Qt)."""
