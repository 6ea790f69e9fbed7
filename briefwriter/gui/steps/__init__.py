"""One page per step of the guided flow, from Organisation to Review and export."""
