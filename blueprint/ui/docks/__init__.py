"""The dock windows around the canvas: inspector, concept, findings, metrics, history."""
