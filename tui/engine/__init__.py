"""The engine: story clustering, metal tagging, policy classification and the status board."""
