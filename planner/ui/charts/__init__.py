"""Charts drawn with matplotlib's object API (``Figure`` + ``FigureCanvasQTAgg``, never pyplot).
matplotlib is imported the first time a chart draws, after the window has painted."""
