"""The wizard's engine without Qt: the steps in order, and the live state of a setting."""
