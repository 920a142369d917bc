"""Stage 2, reading a setting's switch: the detector's spec, the result model, one page read."""
