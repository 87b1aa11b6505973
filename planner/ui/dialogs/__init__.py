"""Dialogs: the product form, recording a payment, the passphrase and the corrupt-file choice."""
