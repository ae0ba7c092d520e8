"""Generated from forms/*.ui by scripts/compile-forms; do not edit."""
