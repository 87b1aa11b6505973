"""What the app ships besides its code: where the resource files are (icons, translations,
stylesheet, scenarios) and the teaching scenarios read from them."""
