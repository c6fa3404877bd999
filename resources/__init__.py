"""Bundled data files: fonts for PDFs, translations, icons."""
