"""PDF documents made by Registre (reportlab, Qt-free)."""
