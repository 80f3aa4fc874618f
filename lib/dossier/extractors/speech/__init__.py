"""Direct quotes: where they stand, who said them, and the medium through which their words reach us."""
