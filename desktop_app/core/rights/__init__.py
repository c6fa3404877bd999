"""The rights desk's documents: the access statement (GDPR Art. 15, JSON and PDF) and the
erasure certificate (Art. 17).

``statement`` builds the data (no reportlab); ``access_pdf`` and ``erasure_pdf`` print it.
"""
