"""Data models: what users write (förfrågningsunderlag) and how it is read."""
