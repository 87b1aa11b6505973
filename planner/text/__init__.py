"""Every word and format that more than one surface shows (the app, the command line, the PDF
reports): names of the engine's codes, the explanation templates and their renderer, the
glossary, and the formats of money, percentages and dates, in English and Chinese.

Qt-free, so the command line and the reports use it as the app does; Qt's ``.ts`` catalogue
keeps only the text that the app alone shows (its menus, buttons and dialogs).
"""
