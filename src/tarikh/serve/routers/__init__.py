"""One router per resource; ``pages`` and ``views`` serve the HTML pages."""
