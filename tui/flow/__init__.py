"""The flow: runs the core (HTTP client, refresh, snapshot builder, alerts, watch loop). No textual."""
