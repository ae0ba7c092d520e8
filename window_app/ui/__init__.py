"""The thin Qt layer: views, item models and dialogs that call services. No SQL, no rules."""
