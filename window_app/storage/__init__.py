"""Storage: SQLAlchemy 2 typed models, Alembic migrations, engine setup and repositories."""
