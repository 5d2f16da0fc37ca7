"""Live co-editing of one blueprint by several people (no Qt).

:mod:`blueprint.collab.shared` binds a :class:`~blueprint.model.document.Document` to a Yjs
CRDT document (pycrdt); :mod:`blueprint.collab.relay` is the websocket relay that
``blueprint serve`` runs; :mod:`blueprint.collab.client` connects a shared document to it.
"""
